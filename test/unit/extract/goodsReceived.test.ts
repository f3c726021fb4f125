import { eventsOf, eventTable } from './eventTable';

/**
 * Weapons and goods a state received "from" another are supplied by that one (triggers.ts, supply-aid-taken-from, with
 * its verb up to eight words before the goods). Rows after real news phrasings of 2022-2025 (Millennium Post, Sputnik,
 * News Ghana, Sakshi Post, Reuters; names and wording shortened).
 */
eventTable('goods received from a giver: the giver supplies the receiver', [
  [
    'Zelenskyy said Ukraine recently received more Patriot systems from Germany.',
    ['SUPPLY SOURCE:germany TARGET:ukraine @null'],
  ],
  [
    'Ukraine has received six F-16 fighter jets from the Netherlands, The Times reported.',
    ['SUPPLY SOURCE:netherlands TARGET:ukraine @2025-03-04'],
  ],
  [
    'Namibia has received security equipment from China with the donation aiming to support law enforcement.',
    ['SUPPLY SOURCE:china TARGET:namibia @2025-03-04'],
  ],
  [
    'Ukraine received the first batch of Leopard 2 tanks from Germany, media outlets reported.',
    ['SUPPLY SOURCE:germany TARGET:ukraine @2025-03-04'],
  ],
  [
    'Russia has received drones and artillery shells from Iran and North Korea, the report said.',
    ['SUPPLY SOURCE:iran SOURCE:north-korea TARGET:russia @2025-03-04'],
  ],
]);

describe('goods received with no giver, or not yet received, supply nothing', () => {
  const rows: string[] = [
    // No giver named (defence-blog 2023: "received the first four Leopard 2 main battle tanks").
    'The Ukrainian army on Friday received the first four Leopard 2 main battle tanks.',
    'Ukraine has received weapons worth billions since 2022.',
    // Still to come, or not received (Sputnik 2024: "will soon receive a new batch of F-16s from Denmark").
    'Ukraine will receive more Patriot systems from Germany next month.',
    'Ukraine has not received the promised air defense systems from Germany.',
    // Denied, or asked for.
    'Kyiv denied that it had received weapons from Iran.',
    'Ukraine had been demanding the supply of Leopard tanks from Germany for weeks.',
    // What was received is no goods.
    'Ukraine received a letter about the air defense systems from Germany.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});
