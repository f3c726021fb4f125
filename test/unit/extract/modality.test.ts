import { eventsOf } from './eventTable';

/**
 * Modality on news nobody labelled: plans, schedules, reported futures and preparations are not events; the same
 * verbs told as done still are. Rows are written after real news phrasings (names and wording changed).
 */
describe('modality: a planned, scheduled or hoped-for event is not an edge', () => {
  const rows: string[] = [
    // A schedule holds off any event, not only an occasion.
    'Armenia and Azerbaijan are set to sign a peace agreement in Washington on Friday.',
    'Japan and Iran are scheduled to sign an investment agreement in Tokyo on Friday.',
    'Turkish President Recep Tayyip Erdogan is set to host Ukrainian President Volodymyr Zelensky in Ankara on Tuesday.',
    'Chinese Foreign Minister Wang Yi is due to meet Iranian President Hassan Rouhani on Saturday.',
    // The reported future: "would" and "will" reach the rest of their clause.
    'The summit in Helsinki would begin at around 1 p.m. local time with a one-on-one meeting between Vladimir Putin and Joe Biden.',
    'The talks in Geneva will start in the afternoon with a private conversation between Emmanuel Macron and Xi Jinping.',
    'Ukraine would press Washington, the European Union and other partners for tough sanctions on Russia, Zelensky said.',
    // The time ahead of an occasion, and what prepares it.
    'Kremlin aide Yuri Ushakov spoke of laying the ground for possible talks and for a summit of Donald Trump and Vladimir Putin.',
    'The envoys discussed preparations for a meeting between Joe Biden and Xi Jinping.',
    // (LaRouche PR and Sputnik 2017, Mehr 2022: "underway" between, a participle inside the noun phrase.)
    'Valentina Matvienko told reporters that preparations for a previously agreed meeting between Vladimir Putin and Donald Trump are underway.',
    'A diplomatic source told Vedomosti newspaper that preparations are underway for a meeting between Vladimir Putin and Xi Jinping in late December.',
    'In the run-up to the summit between Narendra Modi and Xi Jinping, officials exchanged drafts.',
    'The deal could pave the way for talks between Serbia and Kosovo.',
    'Iranian President Masoud Pezeshkian said he is open to talks with Washington.',
    // A present verb after "before" or "until" is ahead.
    'Rafael Grossi said he would go to Tehran this week, before Iran and the United States meet again.',
    'Nothing is settled until Vladimir Putin and Donald Trump meet.',
    // Likelihood, "be to", arranging, a bid's aim, a question.
    'Vladimir Putin and Donald Trump are likely to meet in Saudi Arabia.',
    'Sergei Lavrov is to meet Antonio Guterres in Geneva on Monday.',
    'The leaders of France and Germany are to hold talks with Volodymyr Zelensky in Kyiv.',
    'The ambassador has been in Washington to help arrange a meeting between Donald Trump and Vladimir Putin.',
    'Emmanuel Macron made a bid to broker talks between Russia and Ukraine.',
    'Did Donald Trump meet Vladimir Putin in Helsinki?',
    // Denials of reports and claims reach into their "that" clause; what is ruled out, proposed or wished is not done.
    'Russia rejected media reports that Moscow and Washington held secret talks over Ukraine in April.',
    'The Kremlin dismissed reports of a phone call between Vladimir Putin and Donald Trump as false.',
    'Dmitry Peskov refuted claims that Vladimir Putin met Petro Poroshenko in secret.',
    // (An adverb of sequence after a denial's noun is not yet a verb of its own.)
    'Dmitry Peskov refuted claims that Vladimir Putin later met Petro Poroshenko in secret.',
    'The Kremlin dismissed reports that two days later Vladimir Putin met Petro Poroshenko.',
    'Volodymyr Zelensky ruled out negotiations with Vladimir Putin.',
    'Turkey proposed hosting talks between Russia and Ukraine.',
    // (The nouns of "ready" and "willing": TRT 2022 and Xinhua 2023 phrasings.)
    'Turkey expressed readiness to host talks between Russia and Ukraine.',
    'China voiced its willingness to facilitate talks between Iran and Saudi Arabia.',
    'Donald Trump and Vladimir Putin have both said they are keen to meet in person.',
    // An occasion named as the subject of a modal or a plan.
    'Talks between Sergei Lavrov and Marco Rubio are expected to take place in Riyadh.',
    'A meeting between Vladimir Putin and Donald Trump is planned for next month.',
    'Talks between Iran and the United States are scheduled for Saturday in Oman.',
    'The summit between Joe Biden and Xi Jinping will take place in San Francisco.',
    'A call between Emmanuel Macron and Vladimir Putin is being prepared.',
    // A condition over a list of names: "and" joins the subject, it opens no clause of its own.
    'If Vladimir Putin and Volodymyr Zelensky meet, Donald Trump will join them.',
    // An occasion called off, put off or not planned: past a name's apposition, a perfect's "has been", a gerund.
    'Dmitry Peskov stated that a meeting between the head of the Kremlin and the President of the United States, Donald Trump, is not planned at the moment.',
    'Dmitry Peskov refuted media reports claiming that a meeting between Vladimir Putin and Dmitry Rogozin, the head of space corporation Roscosmos, was canceled with no explanation.',
    'The highly anticipated summit between Donald Trump and Vladimir Putin has been indefinitely postponed, sources confirmed on Wednesday.',
    'Donald Trump announced that he was canceling his meeting with Vladimir Putin, scheduled for December 1.',
    'Donald Trump has discarded a scheduled meeting at the G20 Summit with Russian President Vladimir Putin.',
    "Japan's Sankei Shimbun said Tokyo is leaning toward skipping a summit between Yoon Suk Yeol and Fumio Kishida on the sidelines of the United Nations General Assembly.",
    // Past a relative clause and on through a list of sides with commas (Xinhua, CNN via IFP, Daily Sabah, The Guardian
    // via RKS 2024-2025).
    'The next Russia-US talks, which Washington has said may be held on Sunday, are likely to take place early next week, Kremlin Spokesman Dmitry Peskov said Thursday.',
    'The meeting between Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio, which had been in the works for the past few days, has been postponed indefinitely, CNN has reported.',
    '"A trilateral meeting between Armenian Foreign Minister Ararat Mirzoyan, Azerbaijani Foreign Minister Jeyhun Bayramov and U.S. Secretary of State Antony Blinken will be held on July 10," the spokesperson said.',
    'Dmitry Peskov stated on Tuesday that a meeting between Russian President Vladimir Putin, his Ukrainian counterpart Volodymyr Zelensky, and U.S. President Donald Trump is unlikely to happen under the current circumstances.',
    // A reported occasion that may or will be: a modal the tagger reads as no verb, "said" with no "that", a possibility.
    "The Russian Foreign Ministry reported earlier that negotiations between Russian Foreign Minister Sergey Lavrov and North Korea's Minister of Foreign Affairs Ri Yong-ho would be held on April 10 in the Russian capital.",
    'The Kremlin on Wednesday said a meeting between Russian President Vladimir Putin and his U.S. counterpart Joe Biden before the end of the year was a realistic possibility.',
    'The Kremlin on Saturday said a meeting between Ukrainian President Volodymyr Zelenskyy and Russia\'s Vladimir Putin was "possible" but only if certain agreements were reached.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

describe('modality: the same verbs told as done still fire', () => {
  const rows: [string, string[]][] = [
    [
      'Armenia and Azerbaijan signed a peace agreement in Washington on Friday.',
      ['AGREEMENT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-02-28'],
    ],
    [
      'Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Ankara on Tuesday.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2025-03-04'],
    ],
    [
      'The summit in Helsinki began at around 1 p.m. with a one-on-one meeting between Vladimir Putin and Joe Biden.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:joe-biden @2025-03-04'],
    ],
    [
      'Ahead of the summit, Vladimir Putin met Xi Jinping in Beijing on Monday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    // A participle inside an occasion's noun phrase, or "underway", without a phrase that prepares it.
    [
      'Vladimir Putin held a previously agreed meeting with Xi Jinping in Beijing.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @null'],
    ],
    [
      'Preparations for the summit were underway when Vladimir Putin met Xi Jinping in Beijing on Monday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Talks between Iran and the United States were underway for three hours in Oman.',
      ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-04'],
    ],
    [
      'Rafael Grossi went to Tehran before Iran and the United States held talks.',
      ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-04'],
    ],
    [
      'Emmanuel Macron met Xi Jinping on Monday and said the two would meet again next year.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Russia and Ukraine held talks in Istanbul on Monday, the Turkish foreign ministry said.',
      ['NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03'],
    ],
    // (Business Standard/ANI 2018, "rejected the report on Wednesday and hours later had a telephonic conversation":
    // a verb after "and" and an adverb of sequence is asserted again; compromise reads "later" as an adjective.)
    [
      'Maithripala Sirisena rejected the report on Wednesday and hours later had a phone conversation with Narendra Modi.',
      ['CALL PARTICIPANT:maithripala-sirisena PARTICIPANT:narendra-modi @2025-02-26'],
    ],
    [
      'Maithripala Sirisena denied the claims and later met Narendra Modi in New Delhi.',
      ['MEETING PARTICIPANT:maithripala-sirisena PARTICIPANT:narendra-modi @2025-03-04'],
    ],
    // (A readiness of its own clause hedges only that clause.)
    [
      'Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday and expressed readiness to host talks between Russia and Ukraine.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    [
      'The Kremlin denied the report, and Vladimir Putin held a phone conversation with Olaf Scholz on Friday.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:olaf-scholz @2025-02-28'],
    ],
    [
      'Talks between Iran and the United States took place on Saturday in Oman.',
      ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01'],
    ],
    [
      'The meeting between Joe Biden and Xi Jinping was held on Wednesday.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26'],
    ],
    [
      'Vladimir Putin held talks with Xi Jinping on Monday and will visit India next week.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Xi Jinping has never condemned the invasion and last month Xi paid a visit to Moscow.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:russia @2025-02'],
    ],
    [
      'Joe Biden met Xi Jinping on Wednesday in a bid to ease tensions.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26'],
    ],
    [
      'In a bid to ease tensions, Joe Biden met Xi Jinping on Wednesday.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-02-26'],
    ],
    [
      'Viktor Orban, who would later meet Vladimir Putin in Moscow, criticised the European Union.',
      [
        'MEETING PARTICIPANT:viktor-orban PARTICIPANT:vladimir-putin @2025-03-04',
        'CRITICISM SOURCE:viktor-orban TARGET:european-union @2025-03-04',
      ],
    ],
    [
      'Joe Biden had met Xi Jinping in Bali in November.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2024-11'],
    ],
    [
      'Vladimir Putin met Xi Jinping on Monday, a meeting that he would later describe as warm.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Recep Tayyip Erdogan met Vladimir Putin on Monday ahead of talks with Volodymyr Zelensky.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
    ],
    // The occasion that did take place, next to one called off or not yet planned.
    [
      'A phone call between Marco Rubio and Sergei Lavrov on Monday ended with no agreement on a meeting or progress toward a summit between Vladimir Putin and Donald Trump.',
      ['CALL PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-03-03'],
    ],
    // A reported occasion that did take place: its own verb, or a meeting the words were said after.
    [
      'Peskov said the talks between Vladimir Putin and Xi Jinping on Monday were constructive.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    [
      'Russian Foreign Minister Sergey Lavrov said following a meeting with his Ukrainian counterpart Dmytro Kuleba on Thursday that Vladimir Putin had never refused to hold contacts.',
      ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:dmytro-kuleba @2025-02-27'],
    ],
    [
      'The meeting between Vladimir Putin and Dmitry Rogozin, the head of Roscosmos, lasted two hours on Monday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:dmitry-rogozin @2025-03-03'],
    ],
    // (Past a relative clause, a list of sides, the verb that tells it done.)
    [
      'The talks between Vladimir Putin and Xi Jinping, which lasted four hours, were constructive.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
    ],
    [
      'A meeting between Vladimir Putin, Xi Jinping and Narendra Modi took place in Kazan on Tuesday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping PARTICIPANT:narendra-modi @2025-03-04'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});

describe('modality: a count of times sums many occasions, of no one day (an undated edge)', () => {
  const rows: [string, string[]][] = [
    [
      'Russian President Vladimir Putin and his Chinese counterpart Xi Jinping have met more than 40 times.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @null'],
    ],
    [
      'Xi noted that he and Putin had met "42 times in the past 10 years" and had developed a deep friendship.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @null'],
    ],
    [
      'Xi said he and Putin have met more than 40 times and stayed in close communication.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @null'],
    ],
    [
      "Zhang Hanhui, China's ambassador to Russia, said that Xi and Putin have met more than 40 times.",
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @null'],
    ],
    // Must keep their day: one occasion of its own, next to the count or alone.
    [
      'Then Erdogan and Putin met on August 5 in Sochi and had very intensive talks on trade.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2024-08-05'],
    ],
    [
      'Putin and Joe Biden met only once while Biden was in office, in Geneva in June 2021.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:joe-biden @2021-06'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});
