import { eventTable } from './eventTable';

/**
 * "Blinken arrived in Riyadh on Monday, and met with Crown Prince Mohammed bin Salman": ", and" opens a clause, but
 * when its first word (past adverbs and words of sequence: "later", "two days later") is a verb, the clause has no subject of its own and the trigger's
 * subject is the clause's before (agent.ts subjectlessOpener). Rows that must not change: the second clause
 * with a subject of its own, a passive ("and was welcomed by"), and a verb of saying whose reported clause has its
 * own actors; nor is an object of the first clause's verb the subject.
 */
eventTable(
  'a second predicate after ", and" takes the subject of the clause before',
  [
    [
      'Secretary of State Antony Blinken arrived in Riyadh on Monday, and met with Saudi Crown Prince Mohammed bin Salman.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:mohammed-bin-salman @2024-06-03'],
    ],
    // ("later" after the day: the meeting's own day is not told.)
    [
      'Brazilian President Luiz Inacio Lula da Silva landed in Beijing on Thursday, and later held talks with Chinese President Xi Jinping.',
      ['MEETING PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:xi-jinping @null'],
    ],
    // (A sequence of days before the verb: "two days later".)
    [
      'Brazilian President Luiz Inacio Lula da Silva landed in Beijing on Thursday, and two days later met Chinese President Xi Jinping.',
      ['MEETING PARTICIPANT:luiz-inacio-lula-da-silva PARTICIPANT:xi-jinping @2024-06-01'],
    ],
    [
      'Indian Prime Minister Narendra Modi flew to Moscow on Monday, and met Russian President Vladimir Putin at his residence.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2024-06-03'],
    ],
    [
      'German Chancellor Olaf Scholz opened the conference in Berlin on Tuesday, and spoke by phone with French President Emmanuel Macron.',
      ['CALL PARTICIPANT:olaf-scholz PARTICIPANT:emmanuel-macron @2024-05-28'],
    ],
    [
      'Ukrainian President Volodymyr Zelensky toured the front line on Friday, and then met NATO Secretary General Jens Stoltenberg in Kharkiv.',
      ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:jens-stoltenberg @2024-05-31'],
    ],
    [
      'Chinese President Xi Jinping criticised the sanctions, and warned the United States against interference.',
      ['THREAT SOURCE:xi-jinping TARGET:united-states @2024-06-03'],
    ],
    // (The subject, not the object coordinated after the first verb: no verb follows "Scholz" in its clause.)
    [
      'US President Joe Biden thanked French President Emmanuel Macron and German Chancellor Olaf Scholz for their support, and spoke with Ukrainian President Volodymyr Zelensky by phone.',
      ['CALL PARTICIPANT:joe-biden PARTICIPANT:volodymyr-zelensky @2024-06-03'],
    ],
    // Must not change: the second clause's own subject.
    [
      'German Chancellor Olaf Scholz landed in Beijing on Sunday, and Chinese Premier Li Qiang met him at the airport.',
      ['MEETING PARTICIPANT:li-qiang PARTICIPANT:olaf-scholz @2024-06-02'],
    ],
    [
      'Secretary of State Antony Blinken arrived in Riyadh on Monday, and the Saudi foreign minister met him at the airport.',
      ['MEETING PARTICIPANT:saudi-arabia PARTICIPANT:antony-blinken @2024-06-03'],
    ],
    [
      'Russia launched missiles at Kyiv overnight, and Ukraine condemned the attack.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
    ],
    // Must not fire: a passive after "and" (the one welcomed is not the welcomer's subject).
    [
      'French President Emmanuel Macron arrived in New Delhi on Thursday, and was welcomed by Indian Prime Minister Narendra Modi.',
      [],
    ],
    // Must not fire for the first clause's subject: the reported clause has actors of its own.
    [
      'Japanese Prime Minister Fumio Kishida visited Kyiv, and told reporters Ukrainian President Volodymyr Zelensky had met Polish President Andrzej Duda.',
      [
        'MEETING PARTICIPANT:fumio-kishida PARTICIPANT:ukraine @2024-06-03',
        'MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:andrzej-duda @2024-06-03',
      ],
    ],
  ],
  '2024-06-03',
);
