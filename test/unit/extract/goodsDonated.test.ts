import { eventsOf, eventTable } from './eventTable';

/**
 * Verbs that only mean giving goods away ("donate", "gift", "transfer"), in every form and the bare one after "will"
 * too, reach their goods and receiver as far as supply-supplied-goods' verbs do, past a sum's worth or a long name
 * (triggers.ts, supply-donated-goods). Rows after real news phrasings of 2020-2024 (UAWire, Ukrainian News, UNN, Epoch
 * Times; names and wording shortened).
 */
eventTable('goods donated, gifted or transferred: the giver supplies the receiver', [
  [
    'The United States is transferring $25 million worth of defense and medical equipment to Ukraine.',
    ['SUPPLY SOURCE:united-states TARGET:ukraine @2025-03-04'],
  ],
  [
    'The Netherlands, together with another unnamed country, will transfer the American MIM-104 Patriot air defense system to Ukraine.',
    ['SUPPLY SOURCE:netherlands TARGET:ukraine @2025-03-04'],
  ],
  [
    'Romania will transfer its Patriot air defense system to Ukraine in accordance with the decision of its council.',
    ['SUPPLY SOURCE:romania TARGET:ukraine @2025-03-04'],
  ],
  [
    'The Australian government has announced that it will gift 20 Bushmaster military vehicles to Ukraine.',
    ['SUPPLY SOURCE:australia TARGET:ukraine @2025-03-04'],
  ],
  ['Sweden donated CV90 combat vehicles to Ukraine in 2023.', ['SUPPLY SOURCE:sweden TARGET:ukraine @2023']],
]);

describe('a transfer asked for, refused, still to be approved or told as a noun supplies nothing', () => {
  const rows: string[] = [
    // (news.online.ua 2024: a decision still to be approved; a transfer noun after an article.)
    'According to the US ambassador to NATO, the decision to transfer additional Patriot air defence systems to Ukraine should be approved.',
    'Russia said a transfer of weapons to Ukraine would be a red line.',
    // Refused, or only asked for.
    'Turkey refused to donate weapons to Ukraine.',
    'Poland asked Germany to transfer tanks to Ukraine.',
    // Goods that are no weapons, aid or equipment.
    'Russia will transfer the prisoners to Ukraine on Friday.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('SUPPLY'))).toEqual([]));
});
