import { eventTable } from './eventTable';

/**
 * A count of states ("the three countries", "these three West African countries", "all three countries") with no event
 * of three sides told before it stands for the list of three states named in its window (6-events/references.ts,
 * statesListedBefore). Phrasings after wire copy of the Sahel states' confederation (2024) and of the tariffs on Canada,
 * Mexico and China (2025).
 */
eventTable('"the three countries": the list of three states named in the window', [
  // Must fire: the list in the phrase's own sentence, after "these".
  [
    'Burkina Faso, Mali and Niger announced on Saturday the formation of a confederation that strengthens the alliance between these three West African countries.',
    ['ALLIANCE PARTICIPANT:niger PARTICIPANT:mali PARTICIPANT:burkina-faso @null'],
  ],
  // Must fire: the list in the sentence before, which told no event.
  [
    'Burkina Faso, Mali and Niger join together to form a confederation. The leaders of the three countries ratified their alliance at their first summit in Niamey.',
    [
      'ALLIANCE PARTICIPANT:niger PARTICIPANT:mali PARTICIPANT:burkina-faso @null',
      'MEETING PARTICIPANT:niger PARTICIPANT:mali PARTICIPANT:burkina-faso @null',
    ],
  ],
  [
    'Niger, Mali and Burkina Faso said on Sunday they were leaving ECOWAS. The three countries have also cut military ties with France.',
    ['SANCTION SOURCE:burkina-faso SOURCE:mali SOURCE:niger TARGET:france @null'],
  ],
  // Must fire: after "all"; the sentence's own actor (Trump) is not one of them.
  [
    'Canada, Mexico and China said they would respond to the tariffs. All three countries condemned Trump on Sunday.',
    ['CRITICISM SOURCE:china SOURCE:mexico SOURCE:canada TARGET:donald-trump @2025-03-02'],
  ],
  // Must not: only two states were named before.
  [
    'Turkish President Erdogan hosted Somali President Mohamud on Wednesday. The three countries signed a joint declaration.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hassan-sheikh-mohamud @2025-02-26'],
  ],
  // Must not: the list named four states.
  ['Canada, Mexico, China and Japan were hit by the tariffs. The three countries have also cut ties with Russia.', []],
  // Must not: the list was named outside the window (four sentences before).
  [
    'Niger, Mali and Burkina Faso said on Sunday they were leaving ECOWAS. The juntas blamed France. Russia sent instructors. Wagner arrived in Bamako. The three countries have also cut military ties with France.',
    [],
  ],
  // Must not: the leaders of the three countries, as a possessive, are no states.
  [
    "Niger, Mali and Burkina Faso said on Sunday they were leaving ECOWAS. These three countries' leaders met in Niamey.",
    [],
  ],
]);
