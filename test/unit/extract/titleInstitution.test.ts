import { peopleAndEvents } from './eventTable';

/**
 * "Secretary of the Security Council Sergei Shoigu": a title's "of" object may name an institution, and its last word
 * ("Council", "Assembly") belongs to the title when the holder's name follows it unbroken. Before, the title stopped
 * at the institution's modifiers and the name opened with its last word: a person "council-sergei-shoigu", the
 * event's side instead of the known person (kremlin.ru's "Secretary of the Security Council Nikolai Patrushev",
 * "Deputy Chairman of the Security Council Dmitry Medvedev", 2021; LANA's "Chairman of the Presidential Council";
 * the Armenian and Vietnamese assemblies' "Speaker of the National Assembly"), also when no list knows the
 * institution ("Director of the Federal Security Service Alexander Bortnikov"). Rows that must not change: an
 * institution the gazetteer knows (the affiliation), an "of" object that is no institution, a comma before the name,
 * an institution with no title before it.
 */
const read = (body: string, published: string) => peopleAndEvents(body, published, (a) => `${a.id}|${a.role}`);

const rows: [string, string, string[], string[]][] = [
  [
    'Putin met Secretary of the Security Council Sergei Shoigu in Moscow on Monday.',
    '2024-05-20',
    ['vladimir-putin|President', 'sergei-shoigu|Secretary of the Security Council'],
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-shoigu'],
  ],
  [
    'Putin met Secretary of the Security Council Nikolai Patrushev and Foreign Minister Sergei Lavrov on Friday.',
    '2021-11-26',
    [
      'vladimir-putin|President',
      'nikolai-patrushev|Secretary of the Security Council',
      'sergei-lavrov|Foreign Minister',
    ],
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:nikolai-patrushev',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-lavrov',
    ],
  ],
  [
    'Deputy Chairman of the Security Council Dmitry Medvedev threatened Ukraine on Thursday.',
    '2023-03-02',
    ['dmitri-medvedev|Deputy Chairman of the Security Council'],
    ['THREAT SOURCE:dmitri-medvedev TARGET:ukraine'],
  ],
  [
    'Chairman of the Presidential Council Mohamed al-Menfi met Sisi in Cairo on Tuesday.',
    '2021-06-01',
    ['mohamed-al-menfi|Chairman of the Presidential Council', 'abdel-fattah-el-sisi|President'],
    ['MEETING PARTICIPANT:mohamed-al-menfi PARTICIPANT:abdel-fattah-el-sisi'],
  ],
  [
    'Speaker of the National Assembly Alen Simonyan received David McAllister in Yerevan on Friday.',
    '2022-07-22',
    ['alen-simonyan|Speaker of the National Assembly', 'david-mcallister|null'],
    ['MEETING PARTICIPANT:alen-simonyan PARTICIPANT:david-mcallister'],
  ],
  // An institution no list knows, its words capitalised (kremlin.ru 2021, duma.gov.ru 2023).
  [
    'Putin held talks with Director of the Federal Security Service Alexander Bortnikov and Director of the Foreign Intelligence Service Sergei Naryshkin on Friday.',
    '2021-11-26',
    [
      'vladimir-putin|President',
      'alexander-bortnikov|Director of the Federal Security Service',
      'sergei-naryshkin|Director of the Foreign Intelligence Service',
    ],
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:alexander-bortnikov',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-naryshkin',
    ],
  ],
  [
    'Chairman of the State Duma Vyacheslav Volodin met with President of Cuba Miguel Diaz-Canel on Saturday.',
    '2023-04-29',
    ['vyacheslav-volodin|Chairman of the State Duma', 'miguel-diaz-canel|President'],
    ['MEETING PARTICIPANT:vyacheslav-volodin PARTICIPANT:miguel-diaz-canel'],
  ],
  [
    'Director of the Central Intelligence Agency William Burns met Zelensky in Kyiv on Monday.',
    '2023-05-01',
    ['william-burns|Director of the Central Intelligence Agency', 'volodymyr-zelensky|President'],
    ['MEETING PARTICIPANT:william-burns PARTICIPANT:volodymyr-zelensky'],
  ],
  // Must not change: an institution the gazetteer knows is the person's affiliation, as before.
  [
    'President of the European Commission Ursula von der Leyen met Zelensky in Kyiv on Monday.',
    '2023-05-01',
    ['ursula-von-der-leyen|President', 'volodymyr-zelensky|President'],
    ['MEETING PARTICIPANT:ursula-von-der-leyen PARTICIPANT:volodymyr-zelensky'],
  ],
  // Must not change: no institution ("the House"), a comma before the name, no title before the institution.
  [
    'Speaker of the House Mike Johnson met Zelensky on Wednesday.',
    '2024-01-10',
    ['mike-johnson|null', 'volodymyr-zelensky|President'],
    ['MEETING PARTICIPANT:mike-johnson PARTICIPANT:volodymyr-zelensky'],
  ],
  [
    'The Secretary of the Security Council, Sergei Shoigu, met Wang Yi in Beijing on Monday.',
    '2024-05-20',
    ['sergei-shoigu|former Defence Minister', 'wang-yi|Foreign Minister'],
    ['MEETING PARTICIPANT:sergei-shoigu PARTICIPANT:wang-yi'],
  ],
  [
    'Wang Yi briefed the Security Council Monday.',
    '2024-05-20',
    ['wang-yi|Foreign Minister'],
    ['BRIEFING SOURCE:wang-yi TARGET:un-security-council'],
  ],
];

describe("an institution closing a title's \"of\" object: the holder's name, not the institution's last word", () => {
  it.each(rows)('%s (published %s)', (text, published, people, events) =>
    expect(read(text, published)).toEqual({ people, events }),
  );
});
