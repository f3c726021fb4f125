import { eventTable } from './eventTable';

/**
 * A past participle coordinated after a passive one is passive too, its agent after "by" (6-events/participants.ts
 * passiveVoice, isPassiveCoordinate, byAfter): "Iran was criticised and condemned by France" had France criticised by
 * Iran, the second participle read as active. Rows that must not change: a coordinated verb with an object of its own
 * is active, and an active verb before a passive keeps its voice.
 */
eventTable('a participle coordinated after a passive one is passive', [
  ['Iran was criticised and condemned by France on Monday.', ['CRITICISM SOURCE:france TARGET:iran @2025-03-03']],
  [
    'Iran was condemned and sanctioned by the European Union on Monday.',
    [
      'CRITICISM SOURCE:european-union TARGET:iran @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:iran @2025-03-03',
    ],
  ],
  [
    'Iran was criticised by France and condemned by Germany on Monday.',
    ['CRITICISM SOURCE:france TARGET:iran @2025-03-03', 'CRITICISM SOURCE:germany TARGET:iran @2025-03-03'],
  ],
  [
    'Russia was sanctioned and condemned by the EU and Britain on Monday.',
    [
      'SANCTION SOURCE:european-union SOURCE:united-kingdom TARGET:russia @2025-03-03',
      'CRITICISM SOURCE:european-union SOURCE:united-kingdom TARGET:russia @2025-03-03',
    ],
  ],
]);

eventTable('an active verb keeps its voice beside a passive', [
  [
    'Israel was criticised by the UN and attacked Gaza again on Monday.',
    ['CRITICISM SOURCE:united-nations TARGET:israel @2025-03-03'],
  ],
  [
    'Russia attacked Ukraine and was condemned by the EU on Monday.',
    [
      'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-03-03',
      'CRITICISM SOURCE:european-union TARGET:russia @2025-03-03',
    ],
  ],
]);
