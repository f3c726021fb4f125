import { eventTable } from './eventTable';

/**
 * A mediation whose object is a quarrel ("a crisis", "the border row", "the dispute") or whose word is followed by a
 * role ("a mediating role") takes the quarrel's or the role's "between" for its parties, as it takes a deal's. Offers
 * and wishes stay unsaid, and a quarrel that is not the mediation's object keeps its "between". Rows after real news
 * phrasings of 2017-2022 (AP, Sudan Tribune, Reuters, The Quint; names and wording changed).
 */
eventTable('a mediation of a quarrel between two sides, or a mediating role between them', [
  [
    "Kuwait is trying to mediate a Gulf crisis between Qatar and Saudi Arabia, Qatar's foreign minister said Tuesday.",
    ['MEDIATION MEDIATOR:kuwait PARTY:qatar PARTY:saudi-arabia @2025-03-04'],
  ],
  [
    'Kuwait has been playing a mediating role between Qatar and the Saudi-led boycotters since the crisis began.',
    ['MEDIATION MEDIATOR:kuwait PARTY:qatar PARTY:saudi-arabia @2025-03-04'],
  ],
  [
    'South Sudan sent a delegation on Monday to mediate the border row between Sudan and Ethiopia.',
    ['MEDIATION MEDIATOR:south-sudan PARTY:sudan PARTY:ethiopia @2025-03-03'],
  ],
  [
    'Egypt played a mediating role between Israel and Hamas in 2014.',
    ['MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2014'],
  ],
  [
    'Kuwait has also been seeking to mediate in the dispute between Qatar and Saudi Arabia.',
    ['MEDIATION MEDIATOR:kuwait PARTY:qatar PARTY:saudi-arabia @2025-03-04'],
  ],
  // Near misses: an offer, a wish, a quarrel that is no object of the mediation, a role of no mediation.
  ['South Sudan has expressed readiness to mediate the dispute between Sudan and Ethiopia.', []],
  ['Kuwait offered to mediate the rift between Qatar and Saudi Arabia.', []],
  ['Qatar mediated a truce in Gaza amid tensions between Israel and Hezbollah.', []],
  ["Egypt's role between Israel and Hamas was praised.", []],
]);
