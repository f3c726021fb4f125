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
    'In the run-up to the summit between Narendra Modi and Xi Jinping, officials exchanged drafts.',
    'The deal could pave the way for talks between Serbia and Kosovo.',
    'Iranian President Masoud Pezeshkian said he is open to talks with Washington.',
    // A present verb after "before" or "until" is ahead.
    'Rafael Grossi said he would go to Tehran this week, before Iran and the United States meet again.',
    'Nothing is settled until Vladimir Putin and Donald Trump meet.',
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
    [
      'Rafael Grossi went to Tehran before Iran and the United States held talks.',
      ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-04'],
    ],
    [
      'Emmanuel Macron met Xi Jinping on Monday and said the two would meet again next year.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:xi-jinping @2025-03-03'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});
