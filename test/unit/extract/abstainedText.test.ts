import { eventTable } from './eventTable';

/**
 * A criticism a voted text makes ("a resolution condemning Russia", "a draft resolution that condemned") is the text's,
 * not the one who abstained on it; a body named after "by" adopted it (6-events/agent.ts abstainedText). Rows are real
 * wire sentences (PTI via Defence Cafe and Shortpedia, The Quint, Dhaka Tribune, The Wire 2022; IANS 2016); the last
 * rows are near misses that must keep their edges.
 */
eventTable(
  'a text abstained on condemns, not the abstainer',
  [
    [
      'India on Wednesday abstained in the UN General Assembly on a draft resolution that condemned Russia’s “illegal so-called referendums” and annexation of the Donetsk, Kherson, Luhansk and Zaporizhzhia areas of Ukraine.',
      [],
    ],
    [
      'India has abstained on a Security Council resolution condemning Moscow’s annexation of parts of Ukraine while saying it was “deeply disturbed by the recent turn of developments” there.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
    ],
    [
      'India, along with China and the United Arab Emirates, abstained on a Security Council resolution on Friday, 25 February, condemning the Russian invasion of Ukraine.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022-02-25'],
    ],
    // (The body that adopted it condemns: Dhaka Tribune and The Wire 2022.)
    [
      'Bangladesh on Wednesday abstained from voting on the resolution adopted by the United Nations General Assembly that reprimanded Russia for invading Ukraine.',
      ['CRITICISM SOURCE:united-nations-general-assembly TARGET:russia @2022-03-02'],
    ],
    // Near misses: a criticism after the text's is the subject's own (IANS 2016); the body that votes on a text, and
    // one that tables it, condemn (Kyiv Post 2023, World Politics Review 2022).
    [
      'Israel has termed as “despicable” and “shameful” the US’ move to abstain from vetoing a UN Security Council resolution condemning its settlements in Palestine, accusing the Obama administration of colluding with Jerusalem’s detractors.',
      ['CRITICISM SOURCE:israel TARGET:barack-obama @2022-03-03'],
    ],
    [
      'On Dec. 19 the UN General Assembly voted on a resolution condemning Russia’s violation of the human rights of Ukrainians.',
      ['CRITICISM SOURCE:united-nations-general-assembly TARGET:russia @2021-12-19'],
    ],
    [
      'The first notable abstentions on Ukraine came in late February, when the U.S. tabled a Security Council resolution decrying Russia’s actions.',
      ['CRITICISM SOURCE:united-states TARGET:russia @2022-02'],
    ],
  ],
  '2022-03-03',
);

/**
 * So for a text stopped ("vetoed", "blocked"): the one who stops it condemns no one (rows from the Los Angeles Times
 * 1985 and a blog of 2006 quoting wire copy; the Hungary row is written for the construction). Near misses: a body
 * that adopts or issues a text condemns.
 */
eventTable(
  'a text vetoed or blocked condemns, not the one who stops it',
  [
    [
      'The United States today vetoed a U.N. Security Council resolution condemning Israel’s “iron fist” crackdown in southern Lebanon.',
      [],
    ],
    [
      'The U.S. vetoed a Security Council resolution on Saturday that condemned Israel for its military actions in Gaza.',
      [],
    ],
    ['Hungary blocked an EU statement criticising China.', []],
    // Near misses: adopted, issued.
    [
      'The UN General Assembly adopted a resolution condemning Russia.',
      ['CRITICISM SOURCE:united-nations-general-assembly TARGET:russia @2025-06-03'],
    ],
    ['The G7 issued a statement criticising China.', ['CRITICISM SOURCE:g7 TARGET:china @2025-06-03']],
  ],
  '2025-06-03',
);
