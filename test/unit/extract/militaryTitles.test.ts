import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';
import { eventTable } from './eventTable';

/**
 * Military titles before a name: an office with its "of" object ("Chief of Army Staff", "Chief of the Defence Staff",
 * "chief of the general staff", "Chief of Army"), a service ("army chief", "Air Chief Marshal") or a hyphenated head
 * ("commander-in-chief"), then a rank ("General", "Field Marshal", "Admiral", "Lieutenant General"), then the name:
 * the whole chain titles the person, so the state's possessive before it is the person's affiliation and the event is
 * the person's, not the state's. Rows retold after wire and press-office reports (Pakistan, India, Britain, Russia,
 * Ukraine, Indonesia, Australia, 2022-2025), names of real officers, wording changed.
 */
eventTable('military titles: the person after a chain of office, service and rank takes part', [
  [
    'US President Donald Trump met Pakistan’s Chief of Army Staff General Asim Munir at the White House on Wednesday.',
    ['MEETING PARTICIPANT:donald-trump PARTICIPANT:asim-munir @2025-02-26'],
  ],
  [
    'Britain’s Chief of the Defence Staff Admiral Tony Radakin spoke with Russia’s chief of the general staff General Valery Gerasimov by phone on Tuesday.',
    ['CALL PARTICIPANT:tony-radakin PARTICIPANT:valery-gerasimov @2025-03-04'],
  ],
  [
    'Indonesian army chief Lieutenant General Maruli Simanjuntak met Australian Chief of Army Lieutenant General Simon Stuart in Jakarta on Friday.',
    ['MEETING PARTICIPANT:maruli-simanjuntak PARTICIPANT:simon-stuart @2025-02-28'],
  ],
  [
    'Pakistan’s Air Chief Marshal Zaheer Ahmed Babar Sidhu met Turkish Defence Minister Yasar Guler in Ankara on Thursday.',
    ['MEETING PARTICIPANT:zaheer-ahmed-babar-sidhu PARTICIPANT:yasar-guler @2025-02-27'],
  ],
  // (The same "of" object in lower case: "head of state", "chief of the general staff", before a name.)
  [
    'Gabonese President Brice Oligui Nguema met Angolan head of state Joao Lourenco in Luanda on Sunday.',
    ['MEETING PARTICIPANT:brice-oligui-nguema PARTICIPANT:joao-lourenco @2025-03-02'],
  ],
]);

/**
 * Abbreviated ranks of wire and press-office copy (US Navy and INDOPACOM readouts, Philippine press, 2023-2024):
 * "Adm.", "Vice Adm.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col." title the name after them instead of being
 * read as a person "Adm" or "Brig"; "Chief of Naval Operations", "Chief of Joint Operations" are offices.
 */
eventTable('military titles: abbreviated ranks title the officer after them', [
  [
    'Chief of Naval Operations Adm. Lisa Franchetti met Philippine Navy chief Vice Adm. Toribio Adaci at Pearl Harbor on Friday.',
    ['MEETING PARTICIPANT:lisa-franchetti PARTICIPANT:toribio-adaci @2025-02-28'],
  ],
  [
    'Australian Chief of Joint Operations Lt. Gen. Greg Bilton met Japanese fleet commander Vice Adm. Akira Saito in Manila on Saturday.',
    ['MEETING PARTICIPANT:greg-bilton PARTICIPANT:akira-saito @2025-03-01'],
  ],
  [
    'Adm. John Aquilino met Philippine President Ferdinand Marcos Jr. in Manila on Tuesday.',
    ['MEETING PARTICIPANT:john-aquilino PARTICIPANT:ferdinand-marcos-jr @2025-03-04'],
  ],
  [
    'Brig. Gen. Erick Escarcha of the Philippine Air Force met Maj. Gen. Yoshida of Japan on Monday.',
    ['MEETING PARTICIPANT:erick-escarcha PARTICIPANT:yoshida @2025-03-03'],
  ],
  // (A dateline's state before its dash is where the report was filed, not the officer's affiliation: he meets the
  // Philippine president as a foreigner would.)
  [
    'MANILA, PHILIPPINES - Adm. John Aquilino visited the Philippines on Tuesday, where he met with Philippine President Ferdinand Marcos Jr.',
    ['MEETING PARTICIPANT:john-aquilino PARTICIPANT:ferdinand-marcos-jr @2025-03-04'],
  ],
  // (A rank alone is nobody: a spokesman's report of others' talks gives no edge of his.)
  ['AFP public affairs chief Col. Xerxes Trinidad said the two military leaders discussed the Balikatan exercise.', []],
]);

// (Words of the services and staffs stay out of names and institutions that are no title.)
eventTable('military titles: service words outside a title change nothing', [
  [
    'Trump met Putin at Joint Base Elmendorf-Richardson in Anchorage on Friday.',
    ['MEETING PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-02-28'],
  ],
  [
    'US President Joe Biden boarded Air Force One in Warsaw on Tuesday after meeting Polish President Andrzej Duda.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:andrzej-duda @2025-03-04'],
  ],
  // (A lower-case "head of state" with no name after it stays a description of the one named before.)
  [
    'Joe Biden spoke with Egyptian President Abdel Fattah el-Sisi on Monday. Biden later spoke with Egypt’s head of state about the hostages on Tuesday.',
    [
      'CALL PARTICIPANT:joe-biden PARTICIPANT:abdel-fattah-el-sisi @2025-03-03',
      'CALL PARTICIPANT:joe-biden PARTICIPANT:abdel-fattah-el-sisi @2025-03-04',
    ],
  ],
]);

describe('military titles: the chain is the role, the possessive the affiliation', () => {
  const rows: [string, string, string, string][] = [
    [
      'Saudi Crown Prince Mohammed bin Salman received Pakistan’s army chief Field Marshal Asim Munir in Riyadh.',
      'asim-munir',
      'army chief Field Marshal',
      'pakistan',
    ],
    [
      'Ukraine’s commander-in-chief General Valery Zaluzhny met Polish President Andrzej Duda in Warsaw.',
      'valery-zaluzhny',
      'commander-in-chief General',
      'ukraine',
    ],
    [
      'Indian Chief of Defence Staff General Anil Chauhan met US Defense Secretary Lloyd Austin in New Delhi.',
      'anil-chauhan',
      'Chief of Defence Staff General',
      'india',
    ],
  ];
  it.each(rows)('%s', (text, id, role, affiliation) => {
    const person = extract(articleOf(text)).actors.find((a) => a.id === id);
    expect({ role: person?.role, affiliation: person?.affiliation }).toEqual({ role, affiliation });
  });
});
