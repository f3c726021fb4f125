import { eventTable } from './eventTable';

/**
 * "as well as" joins a list's next member as "and" does, in a subject's list and in an object's, and closes a list of
 * bare commas before it, whatever it adds. The rows retell phrasings of UNN, Ukrainska Pravda, News-Pravda and The
 * Guardian (2023-2025) in other words.
 */

eventTable('"as well as" adds the next members of a list of sides', [
  // (UNN 2025: the subject's list, "together with A, B, as well as C and D".)
  [
    'Volodymyr Zelenskyy, together with Emmanuel Macron, Friedrich Merz, as well as Keir Starmer and Donald Tusk, had a telephone conversation with Donald Trump on Friday.',
    [
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:emmanuel-macron PARTICIPANT:friedrich-merz PARTICIPANT:keir-starmer PARTICIPANT:donald-tusk PARTICIPANT:donald-trump @2025-02-28',
    ],
  ],
  // A list closed by its "and" takes more members so.
  [
    'Donald Trump held talks with Emmanuel Macron and Friedrich Merz, as well as Keir Starmer and Donald Tusk, on Friday.',
    [
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:emmanuel-macron @2025-02-28',
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:friedrich-merz @2025-02-28',
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:keir-starmer @2025-02-28',
      'MEETING PARTICIPANT:donald-trump PARTICIPANT:donald-tusk @2025-02-28',
    ],
  ],
  // (Ukrainska Pravda 2023: a titled person after it.)
  [
    'Zelenskyy met with Nicolae Ciuca and Alfred Simonis, as well as Prime Minister Marcel Ciolacu, on Tuesday.',
    [
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:nicolae-ciuca @2025-03-04',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:alfred-simonis @2025-03-04',
      'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:marcel-ciolacu @2025-03-04',
    ],
  ],
  // (The Guardian 2024: people in apposition with their titles.)
  [
    'Viktor Orban held meetings with the Italian prime minister, Giorgia Meloni, and the German chancellor, Olaf Scholz, as well as the Dutch prime minister, Mark Rutte, on Thursday.',
    [
      'MEETING PARTICIPANT:viktor-orban PARTICIPANT:giorgia-meloni @2025-02-27',
      'MEETING PARTICIPANT:viktor-orban PARTICIPANT:olaf-scholz @2025-02-27',
      'MEETING PARTICIPANT:viktor-orban PARTICIPANT:mark-rutte @2025-02-27',
    ],
  ],
  // (News-Pravda 2025: bare commas closed by "as well as with" someone no list member; the states listed stay.)
  [
    'On Friday, Zelensky spoke with the leaders of Germany, Poland, Croatia, Sweden, as well as with the representative of Ivory Coast.',
    [
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:germany @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:poland @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:croatia @2025-02-28',
      'CALL PARTICIPANT:volodymyr-zelensky PARTICIPANT:sweden @2025-02-28',
    ],
  ],
  // Must not: meetings only scheduled; those not invited; what the subject also did, with no one; those the subject
  // also met, named by no actor.
  [
    'Zelenskyy is scheduled to hold meetings with Bart De Wever, Antonio Costa, as well as an audience with King Philippe on Thursday.',
    [],
  ],
  ['Russia, as well as Belarus, was not invited to the summit on Friday.', []],
  [
    'Emmanuel Macron met Olaf Scholz on Monday, as well as visiting the troops of Poland.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03'],
  ],
  [
    'Viktor Orban met Vladimir Putin in Moscow on Friday, as well as officials of the Kremlin.',
    ['MEETING PARTICIPANT:viktor-orban PARTICIPANT:vladimir-putin @2025-02-28'],
  ],
  [
    'Donald Tusk met Volodymyr Zelensky in Kyiv on Monday, as well as inspecting the border with Belarus.',
    ['MEETING PARTICIPANT:donald-tusk PARTICIPANT:volodymyr-zelensky @2025-03-03'],
  ],
]);
