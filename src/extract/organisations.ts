import { phraseKey, type GazetteerEntry, type GazetteerForm } from './countries';

/**
 * International organisations, alliances, armed groups and major parties that act
 * in diplomatic news. No maintained package lists them, so this list is short and
 * deliberate: an unknown organisation is missed rather than invented from any
 * capitalised phrase. News agencies are absent on purpose: "told Bloomberg" is a
 * source of the report, not an actor in it.
 */
const ORGANISATIONS: Readonly<Record<string, Partial<Record<GazetteerForm, readonly string[]>>>> = {
  'United Nations': { name: ['United Nations', 'UN', 'U.N.'] },
  'UN Security Council': { name: ['UN Security Council', 'U.N. Security Council', 'Security Council'] },
  'European Union': { name: ['European Union', 'EU', 'E.U.'] },
  NATO: { name: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  'International Atomic Energy Agency': { name: ['International Atomic Energy Agency', 'IAEA'] },
  'African Union': { name: ['African Union'] },
  'Arab League': { name: ['Arab League'] },
  ASEAN: { name: ['ASEAN', 'Association of Southeast Asian Nations'] },
  BRICS: { name: ['BRICS'] },
  G7: { name: ['G7', 'Group of Seven'] },
  G20: { name: ['G20', 'Group of 20'] },
  OPEC: { name: ['OPEC'] },
  'Gulf Cooperation Council': { name: ['Gulf Cooperation Council', 'GCC'] },
  'Shanghai Cooperation Organisation': { name: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'] },
  'International Monetary Fund': { name: ['International Monetary Fund', 'IMF'] },
  'World Bank': { name: ['World Bank'] },
  'World Health Organization': { name: ['World Health Organization', 'WHO'] },
  Hamas: { name: ['Hamas'] },
  Hezbollah: { name: ['Hezbollah', 'Hizbollah'] },
  Houthis: { name: ['Houthis', 'Houthi movement', 'Ansar Allah'], adjective: ['Houthi'] },
  Taliban: { name: ['Taliban'] },
  'Islamic Revolutionary Guard Corps': { name: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC'] },
  'Democratic Party': { name: ['Democratic Party'], adjective: ['Democratic'], members: ['Democrats'] },
  'Republican Party': { name: ['Republican Party', 'GOP'], adjective: ['Republican'], members: ['Republicans'] },
};

function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const [actor, forms] of Object.entries(ORGANISATIONS)) {
    for (const [form, phrases] of Object.entries(forms) as [GazetteerForm, readonly string[]][]) {
      for (const p of phrases) map.set(phraseKey(p), { actor, kind: 'ORGANIZATION', form });
    }
  }
  return map;
}

export const ORGANISATION_GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();
