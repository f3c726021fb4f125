import { eventTable } from './eventTable';

/**
 * A measure on a group of a nation's people who act on their own ("extremist Israeli settlers", "two Mexican drug
 * cartels", "one of Ecuador's most violent gangs") is no measure on their state; one on the state's own people
 * ("Iranian military figures", "Israeli officials") or its citizens barred from entry is. Rows retold after Ynet, News.az,
 * Steptoe, Al Jazeera, OFAC notices, The Epoch Times, The Nightly and VOV (2024-2025), wording changed.
 */
eventTable('own-cause groups: a measure on settlers, cartels or gangs is none on their state', [
  ['The UK on Monday announced sanctions against extremist Israeli settlers who attacked Palestinians.', []],
  ['On Wednesday, the United States announced new sanctions on Israeli settlers in the occupied West Bank.', []],
  ['President Trump ordered the revocation of sanctions on far-right Israeli settler groups.', []],
  ['The Treasury Department said on Thursday it is sanctioning two Mexican drug cartels and seven individuals.', []],
  ["On February 7, the United States sanctioned one of Ecuador's most violent gangs.", []],
  [
    "The U.S. Treasury on Monday placed sanctions on six individuals for their connections to Mexico's Sinaloa Cartel.",
    [],
  ],
]);

eventTable("own-cause groups: a measure on a state's officials or citizens is one on the state", [
  [
    'Australia imposed fresh sanctions on Iranian military figures on Tuesday.',
    ['SANCTION SOURCE:australia TARGET:iran @2025-03-04'],
  ],
  [
    'The European Union imposed sanctions on Israeli officials on Monday.',
    ['SANCTION SOURCE:european-union TARGET:israel @2025-03-03'],
  ],
  [
    'The Russian Foreign Ministry on Friday barred 200 US citizens from entry.',
    ['SANCTION SOURCE:russia TARGET:united-states @2025-02-28'],
  ],
  [
    'Japan froze the assets of four Russian organisations on Friday.',
    ['SANCTION SOURCE:japan TARGET:russia @2025-02-28'],
  ],
]);
