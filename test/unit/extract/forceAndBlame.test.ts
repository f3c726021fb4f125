import { eventTable } from './eventTable';

/**
 * Who the sides of force and the targets of blame are in the phrasings of wire news on conflict (retold in other
 * words): a state's armed people killed by another's fire, and the one an "X-backed" group is backed by.
 */

eventTable('a state’s armed people under another’s fire are its side; civilians and unowned fire are not', [
  [
    'Two Armenian soldiers were killed by Azerbaijani gunfire on Tuesday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04'],
  ],
  [
    'Three Indian troops were wounded in Pakistani shelling on Friday.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @2025-02-28'],
  ],
  // Must not: civilians suffer force, and soldiers killed in fighting nobody's own name no other side.
  ['Two Armenian civilians were killed by Azerbaijani shelling on Tuesday.', []],
  ['Russian and Ukrainian soldiers were killed in the fighting on Monday.', []],
]);

// (The backing itself is the backer's SUPPLY to the group: rule supply-hyphen-backed. Its hyphenated trigger inside
// the object's noun phrase does not end the strikes' reach.)
eventTable('the backer of an "X-backed" group is no object of what is done to the group', [
  [
    'The United States carried out air strikes on the Iran-backed Houthis in Yemen.',
    ['CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @null', 'SUPPLY SOURCE:iran TARGET:houthis @2025-03-04'],
  ],
  [
    'Israel launched strikes on the Iran-backed Hezbollah in Lebanon on Monday.',
    [
      'CONFLICT PARTICIPANT:israel PARTICIPANT:hezbollah @2025-03-03',
      'SUPPLY SOURCE:iran TARGET:hezbollah @2025-03-03',
    ],
  ],
  // Must not: the backer is not struck.
  ['Ukraine fought Russia-backed separatists in Donbas.', []],
]);

eventTable('a negation inside a relative clause set off by commas hedges only that clause', [
  [
    'Hamas, which has not hit back militarily so far, accused Israel of trying to force it to surrender.',
    ['CRITICISM SOURCE:hamas TARGET:israel @2025-03-04'],
  ],
  // Must not: a negation of the main verb, even past a parenthesis, still hedges it.
  ['Hamas has not accused Israel.', []],
  ['Israel has not, so far, struck Iran.', []],
]);

eventTable('a coordinated subject of one-sided force with no one it fell on did it together', [
  // Must not: "they shot down drones" is no war between the United States and Britain.
  ['American and British forces said they shot down 18 drones and three missiles on Tuesday.', []],
  // Must still fire: mutual force, and force on a named side.
  [
    'Armenia and Azerbaijan fired on each other on Tuesday.',
    ['CONFLICT PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-03-04'],
  ],
  [
    'The United States and Britain struck the Houthis on Tuesday.',
    [
      'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @2025-03-04',
      'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @2025-03-04',
    ],
  ],
]);

eventTable('units and soldiers "of" a state’s forces act for the state', [
  [
    'Units of the Azerbaijani armed forces opened fire on Armenian positions.',
    ['CONFLICT PARTICIPANT:azerbaijan PARTICIPANT:armenia @null'],
  ],
  [
    'Soldiers of the Indian army opened fire on Pakistani posts.',
    ['CONFLICT PARTICIPANT:india PARTICIPANT:pakistan @null'],
  ],
  // Must not: units of no state named act for none.
  ['Units of the army opened fire on protesters in the capital.', []],
]);

eventTable('a measure agreed on against another is no agreement between those who decide it', [
  [
    'European Union foreign ministers agreed to impose new sanctions on Russia on Monday.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-03-03'],
  ],
  // Must not: the ECOWAS leaders' decision is no agreement between Tinubu and Bazoum (teleSUR 2023, retold).
  [
    'Nigerian President Bola Tinubu met ECOWAS leaders in Abuja on Sunday. The leaders also agreed to impose financial and travel sanctions on the military officers involved in the coup.',
    ['MEETING PARTICIPANT:bola-tinubu PARTICIPANT:economic-community-of-west-african-states @2025-03-02'],
  ],
  // Must still fire: an agreement between the sides.
  [
    'Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.',
    ['AGREEMENT PARTICIPANT:iran PARTICIPANT:saudi-arabia @2025-02-28'],
  ],
]);
