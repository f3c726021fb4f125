import { eventTable } from './eventTable';

/**
 * A noun for the one who mediates ("mediator", "intermediary") names its mediator by "be" or by apposition, whoever
 * appointed them ("the African Union's mediator" is the AU's appointee, not the AU). The act noun ("Qatar's
 * mediation") stays its possessor's. Rows after real news phrasings (names and wording changed).
 */
eventTable('a mediator noun: the one it names mediates, not who appointed them', [
  [
    "Angolan President Joao Lourenco is the African Union's mediator between Kinshasa and Kigali.",
    ['MEDIATION MEDIATOR:joao-lourenco PARTY:dr-congo PARTY:rwanda @2025-03-04'],
  ],
  [
    "Angolan President Joao Lourenco, the African Union's mediator between Kinshasa and Kigali, met Felix Tshisekedi.",
    [
      'MEDIATION MEDIATOR:joao-lourenco PARTY:dr-congo PARTY:rwanda @2025-03-04',
      'MEETING PARTICIPANT:joao-lourenco PARTICIPANT:felix-tshisekedi @2025-03-04',
    ],
  ],
  [
    'Angolan President Joao Lourenco is the African Union-appointed mediator between Kigali and Kinshasa.',
    ['MEDIATION MEDIATOR:joao-lourenco PARTY:rwanda PARTY:dr-congo @2025-03-04'],
  ],
  // The act noun and the verb keep their agent.
  [
    "Qatar's mediation between Israel and Hamas led to a truce.",
    ['MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-04'],
  ],
  [
    'Egypt and Qatar have acted as mediators between Israel and Hamas.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-03-04',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-04',
    ],
  ],
]);
