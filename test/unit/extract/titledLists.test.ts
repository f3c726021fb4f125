import { eventTable } from './eventTable';

/**
 * A plural title before a list of names ("foreign ministers A of X, B of Y and C of Z", "Presidents A of X, B of Y,
 * and C of Z", "his counterparts A of X and B of Y"): the title names every member, so a name the gazetteer does not
 * know is a person's as right after a title, and each member's "of" gives its state. The rows retell the phrasings of
 * Central Asian, South Asian and European wire copy in other words.
 */

eventTable('each member of a titled list is a person and a side', [
  [
    'Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, Serdar Berdymukhammedov of Turkmenistan, and Shavkat Mirziyoyev of Uzbekistan met in Astana on Friday.',
    [
      'MEETING PARTICIPANT:sadyr-japarov PARTICIPANT:emomali-rahmon PARTICIPANT:serdar-berdimuhamedov PARTICIPANT:shavkat-mirziyoyev @2025-02-28',
    ],
  ],
  [
    'Kyrgyz President Sadyr Japarov met with foreign ministers Vladimir Norov of Uzbekistan, Sirojiddin Muhriddin of Tajikistan, and Mukhtar Tileuberdi of Kazakhstan on Monday.',
    [
      'MEETING PARTICIPANT:sadyr-japarov PARTICIPANT:vladimir-norov @2025-03-03',
      'MEETING PARTICIPANT:sadyr-japarov PARTICIPANT:sirojiddin-muhriddin @2025-03-03',
      'MEETING PARTICIPANT:sadyr-japarov PARTICIPANT:mukhtar-tileuberdi @2025-03-03',
    ],
  ],
  [
    'Tajik President Emomali Rahmon received foreign ministers Bakhtiyor Saidov of Uzbekistan, Jeenbek Kulubaev of Kyrgyzstan and Murat Nurtleu of Kazakhstan in Dushanbe on Monday.',
    [
      'MEETING PARTICIPANT:emomali-rahmon PARTICIPANT:bakhtiyor-saidov @2025-03-03',
      'MEETING PARTICIPANT:emomali-rahmon PARTICIPANT:jeenbek-kulubaev @2025-03-03',
      'MEETING PARTICIPANT:emomali-rahmon PARTICIPANT:murat-nurtleu @2025-03-03',
    ],
  ],
  [
    'Kazakh Foreign Minister Murat Nurtleu held talks with his counterparts Jeenbek Kulubaev of Kyrgyzstan and Rashid Meredov of Turkmenistan in Astana on Tuesday.',
    [
      'MEETING PARTICIPANT:murat-nurtleu PARTICIPANT:jeenbek-kulubaev @2025-03-04',
      'MEETING PARTICIPANT:murat-nurtleu PARTICIPANT:rashid-meredov @2025-03-04',
    ],
  ],
  [
    'Zelensky met foreign ministers Urmas Reinsalu of Estonia, Edgars Rinkevics of Latvia and Gabrielius Landsbergis of Lithuania in Kyiv on Monday.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:urmas-reinsalu @2025-03-03',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:edgars-rinkevics @2025-03-03',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:gabrielius-landsbergis @2025-03-03',
    ],
  ],
  [
    'Foreign ministers Wang Yi, Amir Khan Muttaqi and Ishaq Dar met in Beijing on Wednesday.',
    ['MEETING PARTICIPANT:wang-yi PARTICIPANT:amir-khan-muttaqi PARTICIPANT:ishaq-dar @2025-02-26'],
  ],
  // The two-name "and" case keeps each coordinated owner's state (read by the rule of two names).
  [
    'On Thursday, Iraqi and Syrian Foreign Ministers Fuad Hussein and Faisal Mekdad called Iranian Foreign Minister Hossein Amir-Abdollahian.',
    [
      'CALL PARTICIPANT:fuad-hussein PARTICIPANT:hossein-amir-abdollahian @2025-02-27',
      'CALL PARTICIPANT:faisal-mekdad PARTICIPANT:hossein-amir-abdollahian @2025-02-27',
    ],
  ],
  // Must not: names set off by commas with no "and" closing them are no list; states after a plural title stay states.
  ['Presidents Putin, Xi said on Monday that the talks went well.', []],
  [
    'The leaders of Kazakhstan, Kyrgyzstan and Tajikistan met in Astana on Friday.',
    ['MEETING PARTICIPANT:kazakhstan PARTICIPANT:kyrgyzstan PARTICIPANT:tajikistan @2025-02-28'],
  ],
]);

/**
 * Lists and titled persons in Kenyan and US press (Capital FM 2022, Pulse Kenya 2023): a list opened after "heads of
 * state", a person's state in brackets after each member, and a title owned by a name no actor is read from ("Delaware
 * Senator").
 */
eventTable('heads of state, bracketed states and a place before a title', [
  [
    'On Monday, William Ruto met with several heads of state including Paul Kagame (Rwanda), Filipe Nyusi (Mozambique) and Felix Tshisekedi (Congo).',
    [
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:paul-kagame @2025-03-03',
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:filipe-nyusi @2025-03-03',
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:felix-tshisekedi @2025-03-03',
    ],
  ],
  [
    'On Monday, William Ruto met with several Presidents including Paul Kagame and Samia Suluhu Hassan.',
    [
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:paul-kagame @2025-03-03',
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:samia-suluhu-hassan @2025-03-03',
    ],
  ],
  [
    'On Sunday, Raila Odinga held talks with Delaware Senator Chris Coons.',
    ['MEETING PARTICIPANT:raila-odinga PARTICIPANT:chris-coons @2025-03-02'],
  ],
  // Must not: a person's bracketed state is no side of its own; a list after heads of state that names no one leaves
  // no side.
  [
    'William Ruto met Filipe Nyusi (Mozambique) and Paul Kagame (Rwanda) on Monday.',
    [
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:filipe-nyusi @2025-03-03',
      'MEETING PARTICIPANT:william-ruto PARTICIPANT:paul-kagame @2025-03-03',
    ],
  ],
  ['On Monday, William Ruto met with several heads of state including in Nairobi.', []],
]);
