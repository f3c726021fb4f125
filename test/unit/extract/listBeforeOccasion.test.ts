import { eventTable } from './eventTable';

/**
 * A list whose last member follows ", and" and comes before its occasion ("hosted A, B, and C at the March 15
 * meeting"): the occasion noun after a determiner is no verb that would open a clause at ", and", so the last member
 * stays the verb's and the occasion dates them all. The rows retell Central and South Asian summit reports in other
 * words; an ", and" before a real verb still opens a clause.
 */

eventTable('a serial-comma list before its occasion noun', [
  [
    'Kazakh President Nursultan Nazarbayev is hosting Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sooronbai Jeenbekov, and Tajik President Emomali Rahmon at the March 15 meeting in Astana.',
    [
      'MEETING PARTICIPANT:nursultan-nazarbayev PARTICIPANT:shavkat-mirziyoyev @2024-03-15',
      'MEETING PARTICIPANT:nursultan-nazarbayev PARTICIPANT:sooronbai-jeenbekov @2024-03-15',
      'MEETING PARTICIPANT:nursultan-nazarbayev PARTICIPANT:emomali-rahmon @2024-03-15',
    ],
  ],
  [
    'Modi met Sheikh Hasina, Maithripala Sirisena, and Prayut Chan-o-cha at the summit meeting in Kathmandu on Friday.',
    [
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:sheikh-hasina @2025-02-28',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:maithripala-sirisena @2025-02-28',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:prayut-chan-o-cha @2025-02-28',
    ],
  ],
  // Must not: an ", and" before a real verb opens a clause of its own.
  [
    'Modi met Sheikh Hasina on Friday, and the talks lasted two hours.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:sheikh-hasina @2025-02-28'],
  ],
]);
