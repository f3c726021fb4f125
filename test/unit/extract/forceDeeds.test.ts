import { eventTable } from './eventTable';

/**
 * Issue 20, tenth round (audit CRITICISM misses): a condemned act of force named by another noun of force than the one
 * that told it ("Israel's strike on Doha ... Qatar called the attack cowardly"), and a roundup of reactions that goes on
 * condemning the lead's attack sentences later (deeds.ts, doerBefore). Rows retold after AP 2022 (Vinnytsia), Mehr
 * 2024 and Canindia 2023 (Damascus), CNN 2023 (Taganrog), Reuters and The Hill 2013 (North Waziristan), Interfax 2019
 * (Meharda), Reuters 2025 (Iran), AFP 2025 (Doha); wording and sometimes actors changed.
 */
eventTable('criticism: an act of force taken up by another noun of force', [
  [
    'Russia’s missile strike on Vinnytsia killed 20 people on Thursday.\n\nUkraine called the attack an act of terrorism.',
    ['CRITICISM SOURCE:ukraine TARGET:russia @2025-02-27'],
  ],
  [
    'Israel’s missile strike hit a building in Damascus on Tuesday.\n\nSyria condemned the attack as a barbaric crime.',
    ['CRITICISM SOURCE:syria TARGET:israel @2025-03-04'],
  ],
  [
    'An Israeli missile attack hit Damascus early on Sunday.\n\nIran condemned the strike on Sunday.',
    ['CRITICISM SOURCE:iran TARGET:israel @2025-03-02'],
  ],
  [
    'Ukraine’s missile attack wounded 14 people in Taganrog on Friday.\n\nRussia condemned the strike on Saturday.',
    ['CRITICISM SOURCE:russia TARGET:ukraine @2025-03-01'],
  ],
  [
    'A U.S. drone strike killed seven people in North Waziristan on Wednesday.\n\nPakistan condemned the attack on Thursday as a breach of its sovereignty.',
    ['CRITICISM SOURCE:pakistan TARGET:united-states @2025-02-27'],
  ],
  [
    'Israel’s airstrike on Iran’s nuclear sites came before dawn on Friday.\n\nOman denounced the attack on Friday.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:iran @2025-02-28', 'CRITICISM SOURCE:oman TARGET:israel @2025-02-28'],
  ],
  [
    'Hamas’s raid on southern Israel killed hundreds on Saturday.\n\nBritain condemned the attacks on Saturday.',
    ['CRITICISM SOURCE:united-kingdom TARGET:hamas @2025-03-01'],
  ],
  // (A roundup: the lead's attack condemned four sentences on, no other attack told between.)
  [
    'Arab states condemned Israel’s strike on Doha on Tuesday.\n\nHere is a roundup of the reactions.\n\nThe UN chief spoke of a flagrant violation.\n\nMany leaders spoke on Tuesday.\n\nEgypt condemned the attack as a flagrant violation of international law.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:qatar @2025-03-04', 'CRITICISM SOURCE:egypt TARGET:israel @2025-03-04'],
  ],
]);

// Not when the act has no doer told, when two doers told acts of force before (the far reach needs one), when the
// earlier noun is no act of force, nor for a decision told more than two sentences before (only force reaches far).
eventTable('criticism: no doer for an act of force', [
  ['A strike hit Doha on Tuesday.\n\nEgypt condemned the attack on Wednesday.', []],
  ['Israel’s decision angered Qatar on Monday.\n\nEgypt condemned the attack on Tuesday.', []],
  [
    'Israel’s strike on Doha came on Tuesday.\n\nIran’s missile attack on Haifa followed on Wednesday.\n\nHere is a roundup of the reactions.\n\nThe UN chief spoke of a flagrant violation.\n\nMany leaders spoke on Wednesday.\n\nEgypt condemned the attack as a flagrant violation of international law.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:qatar @2025-03-04'],
  ],
  [
    'Israel announced a decision to annex the valley on Monday.\n\nHere is a roundup of the reactions.\n\nThe UN chief spoke of a flagrant violation.\n\nMany leaders spoke on Monday.\n\nEgypt condemned the decision on Tuesday.',
    [],
  ],
]);
