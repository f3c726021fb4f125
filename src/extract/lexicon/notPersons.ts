/**
 * Capitalised phrases that look like a person's name but name a place, a platform or nothing: read by
 * ../personNames.ts, which drops or trims the PERSON mentions 3-mentions.ts found. Organisation words (Agency, Fund,
 * Council) are INSTITUTION_WORDS (./organisations.ts); seas and straits GEOGRAPHIC_NOUNS (./places.ts).
 */
import { words } from './words';

/** Words before a saint's name in a place's: "St. Peter's Square", "Saint Isaac's Cathedral", "Ste. Anne". */
export const SAINT_WORDS: readonly string[] = ['st', 'saint', 'ste', 'sainte', 'sankt'];
export const SAINT = words(SAINT_WORDS);

/** Compass words that end a region's name, not a person's: "the Far East", "the Middle East", "the Global South". */
export const COMPASS_WORDS: readonly string[] = ['east', 'west', 'north', 'south'];
export const COMPASS = words(COMPASS_WORDS);

/** A greeting before a form of address: "Dear Mr President" names no one by "Dear Mr". */
export const GREETING_WORDS: readonly string[] = ['dear', 'hello', 'hi'];
export const GREETING = words(GREETING_WORDS);

/**
 * Second halves of a compound adjective made from a name: "Obama-era sanctions", "Saudi-led coalition",
 * "Kremlin-backed", "Qatar-brokered" (not "Jong-un", which continues a name).
 */
export const COMPOUND_ADJECTIVE_ENDS: readonly string[] = [
  'era',
  'led',
  'backed',
  'based',
  'brokered',
  'style',
  'linked',
  'allied',
  'aligned',
  'controlled',
  'occupied',
  'funded',
  'sponsored',
  'run',
  'owned',
  'appointed',
  'friendly',
  'made',
  'type',
];
export const COMPOUND_ADJECTIVE_END = words(COMPOUND_ADJECTIVE_ENDS);

/** Messaging and social platforms that statements are posted on: "wrote on Telegram", "said on Truth Social". */
export const PLATFORM_WORDS: readonly string[] = [
  'telegram',
  'facebook',
  'instagram',
  'whatsapp',
  'youtube',
  'tiktok',
  'weibo',
  'twitter',
  'vkontakte',
  'truth',
];
export const PLATFORM = words(PLATFORM_WORDS);

/** News agencies that credit a story in brackets ("Alaska (AP) —", "(Reuters)"): a source, not a person. */
export const NEWS_AGENCY_WORDS: readonly string[] = [
  'ap',
  'afp',
  'reuters',
  'tass',
  'ria',
  'irna',
  'xinhua',
  'upi',
  'dpa',
  'ansa',
  'efe',
  'interfax',
  'anadolu',
  'yonhap',
  'kyodo',
  // South Asian and Gulf wires ("Colombo, Mar 29 (PTI)", "New Delhi [India], June 10 (ANI)").
  'pti',
  'ani',
  'ians',
  'uni',
  'app',
  'bss',
  'rss',
  'wam',
  'spa',
  'kuna',
];
export const NEWS_AGENCY = words(NEWS_AGENCY_WORDS);
