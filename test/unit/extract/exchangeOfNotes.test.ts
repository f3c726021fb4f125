import { eventsOf, eventTable } from './eventTable';

/**
 * Notes two governments sign and exchange are a deal between them, as Japan's grant aid is formalised (triggers.ts
 * agreement-signed-deal, "notes" after the signing verb). Rows after real news phrasings of 2019-2023 (Ada Derana,
 * PSM News, Embassy of Japan in Fiji; names and wording shortened).
 */
eventTable('signers of an exchange of notes make an agreement', [
  [
    'Finance Secretary Mahinda Siriwardena and Ambassador Mizukoshi Hideaki signed an exchange of notes for a grant of USD 46 million.',
    [
      'AGREEMENT PARTICIPANT:mahinda-siriwardena PARTICIPANT:mizukoshi-hideaki @2025-03-04',
      'MEETING PARTICIPANT:mahinda-siriwardena PARTICIPANT:mizukoshi-hideaki @2025-03-04',
    ],
  ],
  [
    'Foreign Minister Abdulla Shahid and Japanese Ambassador Kazumi Endo signed the Exchange of Notes on behalf of the two countries.',
    [
      'AGREEMENT PARTICIPANT:abdulla-shahid PARTICIPANT:kazumi-endo @2025-03-04',
      'MEETING PARTICIPANT:abdulla-shahid PARTICIPANT:kazumi-endo @2025-03-04',
    ],
  ],
  [
    'Japan and Nauru signed and exchanged notes on Monday to formalize the grant aid.',
    ['AGREEMENT PARTICIPANT:japan PARTICIPANT:nauru @2025-03-03'],
  ],
]);

/** Notes handed or sent by one side, with nothing signed, are no deal. */
describe('no agreement from notes not signed together', () => {
  const rows: string[] = [
    'Russia sent a diplomatic note to Japan on Monday.',
    'China and Russia exchanged diplomatic notes on Monday.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('AGREEMENT'))).toEqual([]));
});
