import { eventTable } from './eventTable';

/**
 * Participants from the structure of a sentence (6-events/structure.ts): lists, their continuations and the actors a
 * phrase stands for. Each table states one construction with rows that must give the edges and rows that must not;
 * the phrasings are those of wire news and official readouts.
 */

eventTable(
  '", along with X" after a closed list adds X to that list, not to the subject',
  [
    [
      'Obama spoke with British Prime Minister Gordon Brown, Canadian Prime Minister Stephen Harper and Saudi King Abdullah, along with UN Secretary-General Ban Ki-moon.',
      [
        'CALL PARTICIPANT:barack-obama PARTICIPANT:gordon-brown @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:stephen-harper @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:abdullah @2009-01-23',
        'CALL PARTICIPANT:barack-obama PARTICIPANT:ban-ki-moon @2009-01-23',
      ],
    ],
  ],
  '2009-01-23',
);

eventTable(
  '", along with X": more rows, and rows where X is the subject\'s companion',
  [
    [
      'Erdogan spoke with Putin and Zelensky, along with UN Secretary-General Antonio Guterres, on Monday.',
      [
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2022-06-13',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:volodymyr-zelensky @2022-06-13',
        'CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:antonio-guterres @2022-06-13',
      ],
    ],
    // No closed list before it: the companions act with the subject.
    [
      'Macron, along with Scholz and Draghi, met Zelensky in Kyiv on Thursday.',
      [
        'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:mario-draghi PARTICIPANT:volodymyr-zelensky @2022-06-16',
      ],
    ],
    [
      'Erdogan spoke with Putin, along with UN Secretary-General Antonio Guterres, on Monday.',
      ['CALL PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:antonio-guterres PARTICIPANT:vladimir-putin @2022-06-13'],
    ],
  ],
  '2022-06-17',
);
