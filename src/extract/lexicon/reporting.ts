import { THIRD_PERSON_POSSESSIVES } from './determiners';
import { SPOKESPEOPLE } from './officials';
import { words } from './words';

/**
 * Reporting: verbs of saying and the nouns of those who speak for an actor. The one who says is not the agent of
 * what is said ("X said the talks ..."), and "it" after a verb of saying is the sayer ("Mali's junta said it
 * condemned the sanctions").
 */

/** Verbs of saying: "said", "told reporters", "according to". */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'added',
  'adds',
  'stated',
  'states',
  'reported',
  'reports',
  'noted',
  'notes',
  'wrote',
  'writes',
  'posted',
  'insisted',
  'stressed',
  'explained',
  'according',
];
export const REPORTING_VERB = words(REPORTING_VERBS);

/**
 * Verbs of saying whose next word is whom it was said to, never the subject of what was said: "told Zelensky of his
 * plan ... and called Zelensky afterwards" (Zelensky is told; "said Iran met Oman" opens a clause instead).
 */
export const ADDRESSING_VERB = words(['told', 'tells']);

/**
 * Nouns before "briefing" that make it the news's (a noun, no one briefed): "spoke during a press briefing after his
 * meeting with Amirabdollahian" (AP 2024), "told a news briefing", "at a regular media briefing".
 */
export const PRESS_WORDS: readonly string[] = ['press', 'news', 'media', 'daily', 'regular', 'weekly'];

/**
 * Manners of speaking that appraise what is spoken of, after "spoke" or "talked": "Washington and Moscow spoke
 * positively about the first conversation" (Arab Today 2017), "spoke highly of Qatar", "talked warmly of the deal": an
 * appraisal of a thing, no talk between those who spoke.
 */
export const APPRAISING_MANNERS: readonly string[] = [
  'highly',
  'warmly',
  'positively',
  'favourably',
  'favorably',
  'approvingly',
  'glowingly',
  'fondly',
  'critically',
];

/** What or who speaks for an actor: "a White House statement said", "a Kremlin spokesman said". */
export const SPEAKER_NOUNS: readonly string[] = [
  ...SPOKESPEOPLE,
  'statement',
  'official',
  'officials',
  'readout',
  'source',
  'sources',
];
export const SPEAKER_NOUN = words(SPEAKER_NOUNS);

/**
 * The prepositions inside the name or title of those who report an act: "South Korea's Joint Chiefs of Staff said",
 * "a spokesman for the ministry said" (any other preposition ends the name: "fired missiles toward Japan, ...").
 */
export const REPORTER_NAME_PREPOSITION = words(['of', 'for']);

/** Verbs of thanks and praise: "thanked Egypt for mediating", "lauded Qatar's role". */
export const GRATITUDE_VERBS: readonly string[] = [
  'thanked',
  'thanks',
  'thank',
  'thanking',
  'praised',
  'praises',
  'praising',
  'commended',
  'commends',
  'lauded',
  'lauds',
  'hailed',
  'hails',
  'applauded',
  'congratulated',
  'appreciated',
];
export const GRATITUDE = words(GRATITUDE_VERBS);

/** Words between "for" and a mediation trigger that keep it the thanked one's: "for his tireless efforts to help broker". */
export const THANKED_FOR = words(THIRD_PERSON_POSSESSIVES, [
  'the',
  'tireless',
  'continued',
  'continuing',
  'successful',
  'personal',
  'efforts',
  'effort',
  'role',
  'work',
  'to',
  'help',
  'helping',
]);
