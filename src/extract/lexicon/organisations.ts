/**
 * Organisations: the gazetteer's list of international organisations, alliances, armed groups and parties, and the
 * words that make a capitalised name an organisation's or a company's. organisations.ts builds the gazetteer from
 * this data; 3-mentions.ts finds the organisations an article names that no list knows. Stages turn a list into a
 * matcher with `words()` (./words.ts).
 */
import type { GazetteerForm } from '../countries';
import { words } from './words';

/**
 * International organisations, alliances, armed groups and major parties that act
 * in diplomatic news. No maintained package lists them, so this list is short and
 * deliberate: an unknown organisation is missed rather than invented from any
 * capitalised phrase. News agencies are absent on purpose: "told Bloomberg" is a
 * source of the report, not an actor in it.
 */
export const ORGANISATIONS: Readonly<Record<string, Partial<Record<GazetteerForm, readonly string[]>>>> = {
  'United Nations': { name: ['United Nations', 'UN', 'U.N.'] },
  'UN Security Council': { name: ['UN Security Council', 'U.N. Security Council', 'Security Council'] },
  'European Union': { name: ['European Union', 'EU', 'E.U.'] },
  NATO: { name: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  'International Atomic Energy Agency': { name: ['International Atomic Energy Agency', 'IAEA'] },
  'African Union': { name: ['African Union', 'AU'] },
  'European Commission': { name: ['European Commission'] },
  'European Council': { name: ['European Council'] },
  'European Parliament': { name: ['European Parliament'] },
  'Economic Community of West African States': { name: ['Economic Community of West African States', 'ECOWAS'] },
  'Southern African Development Community': { name: ['Southern African Development Community', 'SADC'] },
  'East African Community': { name: ['East African Community'] },
  'Intergovernmental Authority on Development': { name: ['Intergovernmental Authority on Development', 'IGAD'] },
  'Community of Latin American and Caribbean States': {
    name: ['Community of Latin American and Caribbean States', 'CELAC'],
  },
  'Caribbean Community': { name: ['Caribbean Community', 'CARICOM'] },
  'Organization of American States': { name: ['Organization of American States', 'OAS'] },
  'Organization for Security and Co-operation in Europe': {
    name: ['Organization for Security and Co-operation in Europe', 'OSCE'],
  },
  'Organisation of Islamic Cooperation': {
    name: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'],
  },
  'International Criminal Court': { name: ['International Criminal Court', 'ICC'] },
  'International Court of Justice': { name: ['International Court of Justice', 'ICJ'] },
  'International Committee of the Red Cross': {
    name: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  },
  'Palestinian Authority': { name: ['Palestinian Authority'] },
  'Palestine Liberation Organization': { name: ['Palestine Liberation Organization', 'PLO'] },
  'Palestinian Islamic Jihad': { name: ['Palestinian Islamic Jihad', 'Islamic Jihad'] },
  'Islamic State': { name: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'] },
  'al-Qaeda': { name: ['al-Qaeda', 'al Qaeda', 'Al-Qaeda'] },
  'al-Shabaab': { name: ['al-Shabaab', 'Al-Shabaab', 'al Shabaab'] },
  'Kurdistan Workers Party': { name: ['Kurdistan Workers Party', 'Kurdistan Workers’ Party', 'PKK'] },
  'Wagner Group': { name: ['Wagner Group'] },
  'Rapid Support Forces': { name: ['Rapid Support Forces', 'RSF'] },
  'Sudanese Armed Forces': { name: ['Sudanese Armed Forces', 'SAF'] },
  M23: { name: ['M23', 'March 23 Movement'] },
  'Arab League': { name: ['Arab League'] },
  ASEAN: { name: ['ASEAN', 'Association of Southeast Asian Nations'] },
  BRICS: { name: ['BRICS'] },
  G7: { name: ['G7', 'Group of Seven'] },
  G20: { name: ['G20', 'Group of 20'] },
  OPEC: { name: ['OPEC'] },
  'Gulf Cooperation Council': { name: ['Gulf Cooperation Council', 'GCC'] },
  'Shanghai Cooperation Organisation': {
    name: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
  },
  'International Monetary Fund': { name: ['International Monetary Fund', 'IMF'] },
  'World Bank': { name: ['World Bank'] },
  'World Health Organization': { name: ['World Health Organization', 'WHO'] },
  Hamas: { name: ['Hamas'] },
  Hezbollah: { name: ['Hezbollah', 'Hizbollah'] },
  Houthis: { name: ['Houthis', 'Houthi movement', 'Ansar Allah'], adjective: ['Houthi'] },
  Taliban: { name: ['Taliban'] },
  // Armed groups and movements that are sides of wars, truces and talks in the news of many years; those whose
  // name ends in "Army", "Front", "Alliance" and the like need no entry (ORGANISATION_HEADS below).
  Fatah: { name: ['Fatah'] },
  'Muslim Brotherhood': { name: ['Muslim Brotherhood'] },
  'Tehreek-e-Taliban Pakistan': {
    name: ['Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Pakistani Taliban', 'TTP'],
  },
  'Sudan People’s Liberation Movement-in-Opposition': {
    name: [
      'Sudan People’s Liberation Movement-in-Opposition',
      'Sudan People’s Liberation Movement in Opposition',
      'SPLM-IO',
      'SPLM/IO',
    ],
  },
  'Sudan People’s Liberation Movement': { name: ['Sudan People’s Liberation Movement', 'SPLM'] },
  'Democratic Forces for the Liberation of Rwanda': {
    name: ['Democratic Forces for the Liberation of Rwanda', 'FDLR'],
  },
  'National Liberation Army': { name: ['ELN'] },
  FARC: { name: ['FARC', 'Revolutionary Armed Forces of Colombia'] },
  'Boko Haram': { name: ['Boko Haram'] },
  'Hayat Tahrir al-Sham': { name: ['Hayat Tahrir al-Sham', 'HTS'] },
  'Lashkar-e-Taiba': { name: ['Lashkar-e-Taiba'] },
  'Jaish-e-Mohammed': { name: ['Jaish-e-Mohammed'] },
  'Islamic Revolutionary Guard Corps': { name: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC'] },
  'Democratic Party': { name: ['Democratic Party'], adjective: ['Democratic'], members: ['Democrats'] },
  'Republican Party': { name: ['Republican Party', 'GOP'], adjective: ['Republican'], members: ['Republicans'] },
};

/**
 * Domestic organisations and the state they belong to: where the news makes such an
 * organisation a party to diplomacy ("Democratic leaders used Russia as an
 * intermediary with Iran"), its leaders were acting for that state.
 */
export const ORGANISATION_STATES: Readonly<Record<string, string>> = {
  'Democratic Party': 'United States',
  'Republican Party': 'United States',
};

/**
 * Last words that make a capitalised name an organisation's, though no list knows it: "the Three Brotherhood
 * Alliance", "the Arakan Army", "the National Resistance Front".
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'alliance',
  'army',
  'front',
  'forces',
  'movement',
  'party',
  'council',
  'union',
  'brigade',
  'brigades',
  'organisation',
  'organization',
  'committee',
  'league',
  'coalition',
  'militia',
  'corps',
  'guards',
  'congress',
  'federation',
];
export const ORGANISATION_HEAD = words(ORGANISATION_HEADS);

/**
 * Last words of an institution's name, never of a person's: "Pakistan’s Air Force", "Iran’s Guardian Council", "the
 * Russian Orthodox Church".
 */
export const INSTITUTION_WORDS: readonly string[] = [
  'force',
  'forces',
  'army',
  'navy',
  'guard',
  'guards',
  'corps',
  'ministry',
  'police',
  'command',
  'council',
  'party',
  'court',
  'parliament',
  'assembly',
  'agency',
  'bank',
  'committee',
  'office',
  'government',
  'military',
  'church',
  'conference',
  'union',
  'university',
  // "Russia's Foreign Intelligence Service", "the State Duma".
  'service',
  'duma',
];
export const INSTITUTION_WORD = words(INSTITUTION_WORDS);

/** Lower-case connectors inside an organisation's name: "Community of Latin American and Caribbean States". */
export const NAME_CONNECTORS: readonly string[] = ['of', 'and', 'for', 'on', 'the', 'in', 'de', '&'];
export const NAME_CONNECTOR = words(NAME_CONNECTORS);

/** Nouns that say the names next to them are companies: "oil companies Rosneft and Lukoil", "units of Lockheed Martin". */
export const COMPANY_NOUNS: readonly string[] = [
  'company',
  'companies',
  'firm',
  'firms',
  'giant',
  'giants',
  'maker',
  'makers',
  'manufacturer',
  'manufacturers',
  'contractor',
  'contractors',
  'producer',
  'producers',
  'bank',
  'banks',
  'lender',
  'lenders',
  'conglomerate',
  'conglomerates',
  'insurer',
  'insurers',
  'subsidiary',
  'subsidiaries',
  'units',
  'corporations',
];
export const COMPANY_NOUN = words(COMPANY_NOUNS);

/** Last words that make a capitalised name a company's: "Northrop Grumman Corporation", "Shell plc". */
export const COMPANY_SUFFIXES: readonly string[] = [
  'corp',
  'corporation',
  'inc',
  'ltd',
  'plc',
  'llc',
  'holdings',
  'industries',
  'technologies',
  'aerospace',
  'airlines',
  'petroleum',
  // (VnExpress 2016, defence news: "a memorandum with General Electric", "General Dynamics", "General Atomics",
  // "Hyundai Motors": "General" before them is no officer's title.)
  'electric',
  'motors',
  'dynamics',
  'atomics',
  // (Reuters 2024 on U.S. sanctions over Pakistan's missile program: "Akhtar and Sons Private Limited", "Rockside
  // Enterprise"; South Asian and British companies' legal form, spelt out.)
  'limited',
  'enterprise',
  'enterprises',
];
export const COMPANY_SUFFIX = words(COMPANY_SUFFIXES);

/** The word after "and" inside a family firm's name: "Akhtar and Sons Private Limited", "Lehman Brothers". */
export const FIRM_PARTNERS = words(['sons', 'brothers', 'partners']);

/**
 * Legal forms written as abbreviations after a company's name, with or without a comma before them (token norms, the
 * last dot dropped): "Financiera Cimex S.A.", "Kave Coffee, S.A.", "Gazprom Neft PJSC", "Wagner Group GmbH".
 */
export const COMPANY_LEGAL_FORM = /^(?:s\.a|s\.a\.s|s\.p\.a|s\.a\.b|s\.r\.l|n\.v|b\.v|gmbh|pjsc|ojsc|jsc|ltda|sarl)$/;

/** Lower-case words inside a company name of Spanish or Portuguese form: "Grupo de Administración Empresarial S.A.". */
export const COMPANY_NAME_CONNECTOR = words(['de', 'del', 'da', 'do', 'dos', 'das', 'y', 'e']);

/** Words that end a company's name in a list of them: "Rosneft and Lukoil", "the makers of ...". */
export const COMPANY_NAME_BREAKS: readonly string[] = ['the', 'and', 'of'];
export const COMPANY_NAME_BREAK = words(COMPANY_NAME_BREAKS);

/**
 * Spellings of the gazetteer's reviewed organisations (data/gazetteer/organisations.json, `source: hand`) that name
 * something else too: "the Security Council" (Russia's has one), "the General Assembly" (a legislature's name),
 * "Wagner" (a surname), and two-letter acronyms ("IS", "AA", "EC", "EP", "WB"), which headlines write in capitals
 * for other words.
 */
export const SKIPPED_ORGANISATION_SPELLINGS: ReadonlySet<string> = new Set<string>([
  'Security Council',
  'General Assembly',
  'Wagner',
]);
