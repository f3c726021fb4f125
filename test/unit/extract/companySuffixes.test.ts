import { eventTable } from './eventTable';

/**
 * A company named with its legal form spelt out ("Akhtar and Sons Private Limited", "Rockside Enterprise", "Tata Sons
 * Limited") is an organisation, with the "and" of a family firm ("and Sons", "and Brothers") inside its name; a
 * lower-case "sons" is no firm. Rows after real news phrasings (Reuters 2024 on U.S. sanctions over Pakistan's
 * missile program).
 */
eventTable('companies named with a spelt-out legal form', [
  [
    'The United States sanctioned Rockside Enterprise and Akhtar and Sons Private Limited on Wednesday.',
    [
      'SANCTION SOURCE:united-states TARGET:rockside-enterprise @2025-02-26',
      'SANCTION SOURCE:united-states TARGET:akhtar-and-sons-private-limited @2025-02-26',
    ],
  ],
  ['India sanctioned Tata Sons Limited on Friday.', ['SANCTION SOURCE:india TARGET:tata-sons-limited @2025-02-28']],
  [
    'Pakistan’s Prime Minister Shehbaz Sharif and his sons met Erdogan on Friday.',
    ['MEETING PARTICIPANT:shehbaz-sharif PARTICIPANT:recep-tayyip-erdogan @2025-02-28'],
  ],
]);
