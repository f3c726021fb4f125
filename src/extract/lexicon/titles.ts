/**
 * Titles of office: the words of "Deputy Prime Minister", "Secretary of State", "the Turkish leader". A title before
 * a capitalised name makes it a person's (3-mentions.ts); a title alone names a person linking resolves (4-link.ts).
 * Stages turn a list into a matcher with `words()` (./words.ts).
 */
import { ARTICLES } from './determiners';
import { PORTFOLIOS } from './officials';
import { words } from './words';

/**
 * The head of a title: the word that says what the person is. "President Emmanuel Macron", "Foreign Minister Hakan
 * Fidan", "Sen. Lindsey Graham", "Cardinal Pietro Parolin". A plural of one ("Prime Ministers Modi and Sharif")
 * titles each of the names it coordinates.
 */
export const TITLE_HEADS: readonly string[] = [
  'president',
  'minister',
  'secretary',
  'advisor',
  'adviser',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'ambassador',
  'envoy',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  // A president's spouse, who meets and travels as one: "First Lady Olena Zelenska", "first lady Jill Biden".
  'lady',
  'emir',
  'sultan',
  'general',
  'commander',
  'chief',
  'counterpart',
  'senator',
  'sen',
  'governor',
  'mayor',
  'director',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  // ("ICC prosecutor Karim Khan", "ICC Chief Prosecutor Fatou Bensouda".)
  'prosecutor',
  'head',
  'official',
  'diplomat',
  'negotiator',
  'pope',
  'speaker',
  'representative',
  'rep',
  'gen',
  // Abbreviated ranks of wire and press-office copy: "Vice Adm. Karl Thomas", "Col. Xerxes Trinidad".
  'adm',
  'col',
  'colonel',
  'admiral',
  'marshal',
  'monarch',
  'secretary-general',
  'czar',
  'tsar',
  'pm',
  // India's External Affairs Minister in PTI and ANI copy: "EAM Jaishankar on Monday met ...".
  'eam',
  // India's National Security Adviser in the same copy: "NSA Ajit Doval on Wednesday held talks with ..." (PTI, ANI,
  // India Today, DNA, NDTV 2018-2021).
  'nsa',
  'ruler',
  // Clergy who act as envoys and heads of churches.
  'cardinal',
  'patriarch',
  'archbishop',
  'bishop',
  'metropolitan',
  // China's cabinet rank, spelt both ways: "Chinese Foreign Minister and State Councillor Wang Yi" (IANS via The
  // Statesman 2019), "State Councilor Wang Yi".
  'councillor',
  'councilor',
  // Who runs for an office holds none yet: "US presidential candidate Donald Trump", "Democratic nominee Kamala Harris"
  // (OUT_OF_OFFICE below: they speak for no state).
  'candidate',
  'nominee',
];
export const TITLE_HEAD = words(TITLE_HEADS);

/**
 * Title modifiers that name a region: "Middle East envoy", "White House spokesman". A place, so never an office
 * after "of" ("the leader of the East African nation").
 */
export const REGION_MODIFIERS: readonly string[] = ['middle', 'east', 'white', 'house'];
export const REGION_MODIFIER = words(REGION_MODIFIERS);

/** Words that qualify a title head: "Foreign Minister", "Deputy Prime Minister", "National Security Advisor". */
export const TITLE_MODIFIERS: readonly string[] = [
  ...PORTFOLIOS,
  ...REGION_MODIFIERS,
  'economic',
  'energy',
  'deputy',
  'vice',
  'prime',
  'national',
  'security',
  'supreme',
  'senior',
  'special',
  'top',
  'former',
  'acting',
  // A holder's standing between governments: "Lebanese caretaker Prime Minister Najib Mikati", "Syria's interim
  // President Ahmed al-Sharaa", "outgoing Chancellor Olaf Scholz" (Al-Monitor 2024, AFP 2025).
  'caretaker',
  'interim',
  'outgoing',
  'transitional',
  // ...and a new one's: "Vietnam's new leader To Lam", "Japan's newly appointed Prime Minister, Shigeru Ishiba", "New
  // Japanese Prime Minister Fumio Kishida", "his new UK counterpart David Lammy" (2021-2024: AP, The New Indian
  // Express, Anadolu's anews, Xinhua via The Patriot).
  'new',
  'newly',
  'appointed',
  'elected',
  'incoming',
  'crown',
  'first',
  'presidential',
  'ministry',
  'affairs',
  'intelligence',
  'military',
  'press',
  'executive',
  'assistant',
  'lieutenant',
  'state',
  'chief',
  'external',
  'home',
  'armed',
  'forces',
  'opposition',
  'border',
  'climate',
  'international',
  'cooperation',
  // (Ariana News 2018: "US peace envoy for Afghanistan Zalmay Khalilzad met President Ashraf Ghani".)
  'peace',
  // Which side of the Taiwan Strait speaks: "A Chinese mainland spokesperson on Thursday slammed" (Xinhua, China Daily,
  // China News Service 2020-2025).
  'mainland',
  // The US cabinet's portfolios named before "Secretary": "U.S. Treasury Secretary Janet Yellen", "US Commerce
  // Secretary Gina Raimondo", "Homeland Security Secretary Alejandro Mayorkas" (Reuters, AP 2021-2024).
  'treasury',
  'commerce',
  'homeland',
  // (Tanjug, B92 2022-23: "EU foreign policy and security chief Josep Borrell", "EU foreign policy chief Kaja Kallas".)
  'policy',
  // Military ranks before their head: "Brigadier General Amir Hatami", "Major General", "Rear Admiral", "Field Marshal".
  'brigadier',
  'major',
  'rear',
  'field',
  // Their abbreviations: "Lt. Gen. Greg Bilton", "Maj. Gen.", "Brig. Gen. Erick Escarcha".
  'lt',
  'maj',
  'brig',
  // The services of a commander or chief: "army chief General Asim Munir", "Air Chief Marshal Zaheer Babar Sidhu",
  // "navy chief Admiral Dinesh Tripathi" (not "joint": "Joint Base Elmendorf-Richardson" is a place's name).
  'army',
  'air',
  'naval',
  'navy',
  // A portfolio's second word: "Deputy Prime Minister for International Relations and Foreign Minister of the Republic
  // of Iraq Fuad Mohamad Hussein" (Al Arabiya 2023).
  'relations',
  // A movement's political wing: "Hamas political chief Ismail Haniyeh", "Hamas political bureau chief" (AP, Reuters,
  // Al Jazeera 2019-2024), "Taliban political office spokesman".
  'political',
  'bureau',
  'office',
  // The other portfolios a cabinet names before "Minister": "Polish Health Minister", "Saudi Oil Minister", "Indonesian
  // Agriculture Minister", "Kenyan Transport Minister" (a probe of 74 titles after a state's adjective, 2026).
  'health',
  'agriculture',
  'industry',
  'transport',
  'oil',
  'petroleum',
  'education',
  'labour',
  'labor',
  'environment',
  'tourism',
  'communications',
  'mining',
  // Other bodies whose head is named by the body: "Kenyan spy chief", "Emirati parliament speaker", "Polish police
  // chief", "Burkinabe junta leader", "Kenyan government spokesman", "Moroccan Attorney General". (Not "central bank":
  // a title goes on after its "of", and "the President of the Central African Republic" is no central banker.)
  'spy',
  'police',
  'parliament',
  'parliamentary',
  'junta',
  'government',
  'attorney',
  // ("Indonesian air force chief": "forces" is above.)
  'force',
  // A body's own word between its owner and the head: "ECOWAS Commission President Omar Touray", "AU Commission
  // chairperson", "Japanese Chief Cabinet Secretary Yoshimasa Hayashi", "Israeli Strategic Affairs Minister Ron Dermer".
  'commission',
  'cabinet',
  'strategic',
];
export const TITLE_MODIFIER = words(TITLE_MODIFIERS);

/** Words after "of" inside a title: "Secretary of State", "Chief of Staff", "Minister of the Interior". */
export const TITLE_OF_OBJECTS: readonly string[] = [
  'state',
  'defense',
  'defence',
  'treasury',
  'commerce',
  'energy',
  'homeland',
  'staff',
  'war',
  'the',
  // The staffs a military chief heads: "Chief of Army Staff", "Chief of the General Staff", "Chief of Naval Staff",
  // "Chief of Army" (Australia's).
  'army',
  'general',
  'naval',
  'air',
  // The operations a chief directs: "Chief of Naval Operations" (not "joint": "Joint Base Elmendorf-Richardson" is a
  // place's name).
  'operations',
];
export const TITLE_OF_OBJECT = words(TITLE_OF_OBJECTS);

/**
 * Words that open a title's "of" object only before another object word: "Chief of Joint Operations", "Chief of the
 * Joint Staff" (alone they open names: "Joint Base Elmendorf-Richardson").
 */
export const OF_OBJECT_OPENERS: readonly string[] = ['joint'];
export const OF_OBJECT_OPENER = words(OF_OBJECT_OPENERS);

/**
 * The last word of a title's "of" object that news also writes in lower case: "chief of the general staff", "chief of
 * army staff", "Congolese head of state Denis Sassou-Nguesso", "secretary of state Marco Rubio".
 */
export const LOWER_TITLE_ENDS: readonly string[] = [
  'staff',
  'army',
  'state',
  // "UAE state minister for foreign affairs Anwar Gargash" (AFP via Arabian Business 2017).
  'affairs',
];
export const LOWER_TITLE_END = words(LOWER_TITLE_ENDS);

/** Prepositions inside a title, before its object: "Secretary of State", "Minister for Foreign Affairs". */
export const TITLE_PREPOSITIONS: readonly string[] = ['of', 'for'];
export const TITLE_PREPOSITION = words(TITLE_PREPOSITIONS);

/** Prepositions before the place an envoy is posted to: "Ambassador to Malaysia", "Special Envoy for Africa". */
export const POSTING_PREPOSITIONS: readonly string[] = ['to', 'for'];
export const POSTING_PREPOSITION = words(POSTING_PREPOSITIONS);

/**
 * Lower-case words an apposition may hold before its title: "Massad Boulos, the Senior Advisor for Africa", "..., a
 * special envoy of ...".
 */
export const APPOSITION_FILLERS: readonly string[] = [...ARTICLES, 'of', 'for', 'to'];
export const APPOSITION_FILLER = words(APPOSITION_FILLERS);

/**
 * Title heads that say nothing of the office without an affiliation: "the leader" alone could be anyone's, "the
 * Turkish leader" is Turkey's.
 */
export const VAGUE_TITLES: readonly string[] = ['leader', 'head', 'official', 'chief'];
export const VAGUE_TITLE = words(VAGUE_TITLES);

/**
 * Words standing where a title goes that name no office ("his Venezuelan counterpart Nicolas Maduro", "DRC leader
 * Felix Tshisekedi", "the Saudi ruler"): a known person's office on the article's date says more, and replaces them.
 */
export const NO_OFFICE_TITLES: readonly string[] = ['counterpart', 'leader', 'chief', 'head', 'ruler', 'strongman'];
export const NO_OFFICE_TITLE = new RegExp(`^(?:${NO_OFFICE_TITLES.join('|')})$`, 'i');

/** Titles for whoever leads, matched against a holder's role: "the Greek leader", "Egypt’s head of state". */
export const LEADER_WORDS: readonly string[] = ['leader', 'head'];
export const LEADER_WORD = words(LEADER_WORDS);

/**
 * Titles of the one who leads a state: "President", "Prime Minister", "King". Phrases of one or two words, matched
 * at the end of a person's role ("Deputy Prime Minister" is not, "Prime Minister" is).
 */
export const TOP_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
  'leader',
  'monarch',
];
/**
 * Titles of royal families, as the last word of a person's title ("Crown Prince", "Sheikh"): they name a ruler or a
 * royal, never an office-holder of a ministry ("Prince Mohammed", "Sheikh Tamim", "Emir Tamim").
 */
export const ROYAL_TITLES = words([
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'amir',
  'sultan',
  'sheikh',
  'sheikha',
  'emperor',
]);
/** A role that ends in a top title, any case: "President", "Deputy Prime Minister" (phrases, so not `words()`). */
export const TOP_ROLE = new RegExp(`\\b(?:${TOP_TITLES.join('|')})$`, 'i');

/**
 * Titles news writes for another office's, matched against a holder's role when the title names the holder's state:
 * "the Canadian premier" after "Canadian Prime Minister Justin Trudeau" (not a bare "the premier", which may be a
 * province's).
 */
export const SAME_OFFICE_TITLES: Readonly<Record<string, readonly string[]>> = { premier: ['prime minister'] };

/** The word for whoever runs a state's diplomacy, matched against a holder's role: "the American diplomat". */
export const DIPLOMAT_WORD = words(['diplomat']);

/**
 * Words of a role held outside office, so that it stands for no state: "the former president", "the opposition
 * leader", "the exiled king". Tested inside a role as written.
 */
export const OUT_OF_OFFICE: readonly string[] = ['opposition', 'former', 'rebel', 'exiled', 'candidate', 'nominee'];
/** One of OUT_OF_OFFICE anywhere in a role or surface as written, any case ("Opposition leader"), so not `words()`. */
export const OUT_OF_OFFICE_ROLE = new RegExp(OUT_OF_OFFICE.join('|'), 'i');
