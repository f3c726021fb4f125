import { eventTable } from './eventTable';

/**
 * "after a short flight from the Kenyan capital Nairobi, and he was greeted ... by Hailemariam Desalegn" (AFP 2015): a
 * name apposed to a noun phrase is governed by what governs the phrase, so after "from" it is no subject
 * (clause.ts apposedPhraseStart, after a place noun: "capital", "city", "port"); the actor after ", and" with a verb of
 * its own, an auxiliary's too ("was greeted"), opens the next clause (agent.ts isFollowedByVerb); and such a noun before a list's member stands between no members
 * (structure.ts wordsBetween). Rows that must not
 * change: a title before a name is the name's own, a time noun is no place's ("In the evening Queen Elizabeth II
 * held"), and a pronoun heads no phrase ("among them Jordan, Qatar and Iran").
 */
eventTable(
  'a name apposed to a preposition’s object',
  [
    [
      'The jet touched down on Sunday after a short flight from the Kenyan capital Nairobi, and Obama was greeted on the tarmac by Ethiopian Prime Minister Hailemariam Desalegn.',
      ['MEETING PARTICIPANT:barack-obama PARTICIPANT:hailemariam-desalegn @null'],
    ],
    [
      'Obama flew in from Nairobi, and he was greeted by Hailemariam Desalegn.',
      ['MEETING PARTICIPANT:barack-obama PARTICIPANT:hailemariam-desalegn @2015-07-27'],
    ],
    // ("between Israel and the militant group Hamas": the noun a member's name is apposed to joins no words between.)
    [
      'Qatar mediated between Israel and the militant group Hamas, and Egypt hosted the talks.',
      ['MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2015-07-27'],
    ],
    // Must not change.
    [
      'The Kenyan president Uhuru Kenyatta met Obama on Monday.',
      ['MEETING PARTICIPANT:uhuru-kenyatta PARTICIPANT:barack-obama @2015-07-27'],
    ],
    [
      'In the evening Queen Elizabeth II held a state banquet at Buckingham Palace for Chinese President Xi Jinping.',
      ['MEETING PARTICIPANT:elizabeth-ii PARTICIPANT:xi-jinping @2015-07-27'],
    ],
    [
      'Several countries, among them Jordan, Qatar and Iran, have condemned the Israeli strikes on Syria.',
      [
        'CRITICISM SOURCE:jordan SOURCE:qatar SOURCE:iran TARGET:israel @2015-07-27',
        'CONFLICT PARTICIPANT:israel PARTICIPANT:syria @null',
      ],
    ],
  ],
  '2015-07-27',
);
