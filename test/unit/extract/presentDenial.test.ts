import { eventTable } from './eventTable';

/**
 * "Kigali denies this, and in turn accuses Kinshasa of fighting alongside another armed group" (Reuters 2022): after a
 * denial in the present, a verb of the present's third person after "and" is the denier's next act, as a past verb is
 * after a past denial (assertion.ts DENIAL_VERB_PRESENT); "in turn" is a phrase of sequence between "and" and its verb
 * (clause.ts isSequenceWord). Rows that must not fire: what the denial's "that" governs, and a claim reported under it.
 */
eventTable(
  'a present denial leaves the next act asserted',
  [
    [
      'Kigali denies this, and in turn accuses Kinshasa of fighting alongside another armed group.',
      ['CRITICISM SOURCE:rwanda TARGET:dr-congo @2022-07-06'],
    ],
    ['Rwanda rejects the claims and condemns Congo.', ['CRITICISM SOURCE:rwanda TARGET:dr-congo @2022-07-06']],
    [
      'Rwanda denied the claim, and in turn accused Congo of shelling.',
      ['CRITICISM SOURCE:rwanda TARGET:dr-congo @2022-07-06'],
    ],
    // Must not fire.
    ['Rwanda denies that it accuses Congo of shelling.', []],
    ['Rwanda denies the report that Congo accuses Uganda of shelling.', []],
  ],
  '2022-07-06',
);
