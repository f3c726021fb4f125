import { eventTable } from './eventTable';

/**
 * A meal is shared at one table (issue 20, sixteenth round: whole articles of 2023-2025 from the Americas). "had
 * dinner Friday evening with" keeps its "with" past the day told between (Washington Post 2024, which a reader found
 * missed), and a conversation "during his dinner" was face to face, no phone call (the same article's next paragraph,
 * which the extractor read as a call). Rows lightly shortened from the real sentences; the last rows show a call and a
 * future meal left alone.
 */
eventTable(
  'meals: a day between a meal and its "with", a conversation at a meal',
  [
    [
      'Canadian Prime Minister Justin Trudeau had dinner Friday evening with Donald Trump at his Mar-a-Lago Club in Palm Beach, Florida.',
      ['MEETING PARTICIPANT:justin-trudeau PARTICIPANT:donald-trump @2024-11-29'],
    ],
    [
      'Vladimir Putin held talks Monday with Xi Jinping in Moscow.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2024-11-25'],
    ],
    [
      'Justin Trudeau told reporters that he had "an excellent conversation" with Donald Trump during his dinner at Mar-a-Lago.',
      ['MEETING PARTICIPANT:justin-trudeau PARTICIPANT:donald-trump @2024-11-30'],
    ],
    [
      'Justin Trudeau told reporters that he had "an excellent conversation" with Donald Trump by phone.',
      ['CALL PARTICIPANT:justin-trudeau PARTICIPANT:donald-trump @2024-11-30'],
    ],
    ['President-elect Donald Trump will be dining with Canadian Prime Minister Justin Trudeau on Friday evening.', []],
  ],
  '2024-11-30',
);
