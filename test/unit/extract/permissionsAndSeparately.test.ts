import { eventTable } from './eventTable';

// Issue 20, eighth round (Europe): phrasings after real wires (Kyiv Post, Reuters, AP 2022-2024 on strikes inside
// Russia; Euronews, dpa 2023-2025 on leaders' bilateral meetings).

eventTable('what a side is allowed, cleared or authorized to do is not told as done', [
  // (Must NOT fire: the strike is what was permitted.)
  ['Several Western nations cleared Kyiv to hit targets inside Russia with their weapons on Friday.', []],
  ['Washington allowed Kyiv to hit targets inside Russia with American weapons.', []],
  // (Must fire: the strike itself, told without a permission.)
  [
    'Ukrainian forces struck Russian military targets near Belgorod on Friday.',
    ['CONFLICT PARTICIPANT:ukraine PARTICIPANT:russia @2025-02-28'],
  ],
]);
