import { eventTable } from './eventTable';

/**
 * A gerund after "for" ("for supplying", "for its involvement in sending", "held responsible for seizing") is the deed
 * of the one the "for" phrase is said of, named just before it; the subject who sanctions or blames does not do it
 * (6-events/agent.ts blamedForAgent). Rows are real wire sentences (NHK, CNN, Kyiv Independent, RFE/RL, Reuters,
 * news-pravda); the last rows are near-misses that must keep their edges.
 */
eventTable('a deed blamed "for": done by the one blamed, not by the one who sanctions', [
  // (NHK 2022, CNN 2022: the entities and the carrier sent the drones, not the United States.)
  [
    'The United States has imposed sanctions on four Iranian entities and one individual for their alleged involvement in providing drones to Russia.',
    ['SANCTION SOURCE:united-states TARGET:iran @null'],
  ],
  [
    'Last month, the United States sanctioned an air carrier for its involvement in sending Iranian drones to Russia.',
    [],
  ],
  // (news-pravda 2024, RFE/RL 2019: the leaders and the Russians captured, not those who sanction them.)
  [
    'Sanctions have been imposed against seven leaders of JNIM and Al-Murabitoun for their participation in the capture of US citizens as hostages in West Africa.',
    [],
  ],
  [
    'EU ambassadors have agreed to impose asset freezes and visa bans on eight Russians involved in the capture and jailing of 24 Ukrainian seamen.',
    [],
  ],
  // Near-misses. (Kyiv Independent 2023: a sector no word of the list names keeps the sanction alone.)
  [
    "The White House on Jan. 6 announced new sanctions on Iran's aviation and defense sector for supplying the drones Russia uses to bomb Ukraine's civilian infrastructure.",
    ['SANCTION SOURCE:united-states TARGET:iran @2025-01-06'],
  ],
  // (wicnews 2019, Reuters 2014: no "for" phrase of blame; the subject's own deed and deal stand.)
  [
    'Last November, the Russian navy captured 24 Ukrainian sailors and their vessels in the Kerch Strait.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2024-11'],
  ],
  [
    'Canada has signed a $105 million contract with the Philippines to supply eight military helicopters made by Bell Helicopter Textron Canada, Canadian International Trade Minister Ed Fast said on Friday.',
    ['AGREEMENT PARTICIPANT:canada PARTICIPANT:philippines @2025-02-28'],
  ],
]);
