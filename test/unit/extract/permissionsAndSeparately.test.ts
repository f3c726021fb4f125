import { eventTable } from './eventTable';

// Issue 20, eighth round (Europe): phrasings after real wires (Kyiv Post, Reuters, AP 2022-2024 on strikes inside
// Russia; Euronews, dpa 2023-2025 on leaders' bilateral meetings).

eventTable('what a side is allowed, cleared or authorized to do is not told as done', [
  // (Must NOT fire: the strike is what was permitted.)
  ['Several Western nations cleared Kyiv to hit targets inside Russia with their weapons on Friday.', []],
  ['Washington allowed Kyiv to hit targets inside Russia with American weapons.', []],
  // (Must fire: the strike itself, told without a permission.)
  [
    'Ukrainian forces struck Russian military targets near Belgorod on Friday.',
    ['CONFLICT PARTICIPANT:ukraine PARTICIPANT:russia @2025-02-28'],
  ],
]);

eventTable(
  '"after talks with X, the two leaders": X and his partner in the exchange just told, not the last two people named',
  [
    // (Must NOT fire between the two met separately.)
    [
      'Italian Prime Minister Giorgia Meloni met separately in Rome on Tuesday with French President Emmanuel Macron and Slovak Prime Minister Robert Fico. After three hours of discussion with Macron, both leaders issued a joint statement.',
      [
        'MEETING PARTICIPANT:giorgia-meloni PARTICIPANT:emmanuel-macron @2025-03-04',
        'MEETING PARTICIPANT:giorgia-meloni PARTICIPANT:robert-fico @2025-03-04',
      ],
    ],
    // (Must fire between the host and the one named.)
    [
      'Erdogan held separate meetings with Aliyev and Pashinyan in Ankara on Thursday. After his talks with Pashinyan, the two leaders signed a trade agreement.',
      [
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ilham-aliyev @2025-02-27',
        'MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:nikol-pashinyan @2025-02-27',
        'AGREEMENT PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:nikol-pashinyan @2025-02-27',
      ],
    ],
    [
      'Macron received Scholz in Paris on Monday. After dinner with Scholz, the two leaders signed a defence pact.',
      [
        'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
        'AGREEMENT PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
        'ALLIANCE PARTICIPANT:france PARTICIPANT:germany @2025-03-03',
      ],
    ],
  ],
);

eventTable(
  '"preparations for", "ahead of", "the ground for" a summit whose members a bracket glosses: the bracket is passed over',
  [
    // (Must NOT fire: the summit is still to come.)
    ['Officials began preparations for a Normandy-format (Russia, Ukraine, France and Germany) summit in Astana.', []],
    ['Diplomats laid the ground for a Quad (US, Japan, India and Australia) summit in Tokyo.', []],
    [
      'Ahead of the BRICS (Brazil, Russia, India, China and South Africa) summit, Putin met Xi in Moscow on Monday.',
      ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
    ],
    // (Must fire: a summit told as held.)
    [
      'The leaders attended a Normandy-format (Russia, Ukraine, France and Germany) summit in Paris on Monday.',
      ['MEETING PARTICIPANT:russia PARTICIPANT:ukraine PARTICIPANT:france PARTICIPANT:germany @2025-03-03'],
    ],
  ],
);

eventTable(
  'a word a trigger needs after it ("helped ... negotiate") is not sought past "and" opening a second predicate',
  [
    [
      'Germany has already struck a similar agreement with the Czech Republic to help supply weapons to Ukraine and is currently negotiating one with Poland.',
      [
        'AGREEMENT PARTICIPANT:germany PARTICIPANT:czechia @2025-03-04',
        'SUPPLY SOURCE:germany TARGET:ukraine @2025-03-04',
        'NEGOTIATION PARTICIPANT:germany PARTICIPANT:poland @2025-03-04',
      ],
    ],
    [
      'Egypt has helped deliver aid to Gaza and is negotiating a truce with Israel.',
      ['NEGOTIATION PARTICIPANT:egypt PARTICIPANT:israel @2025-03-04'],
    ],
    // (Must still fire: the talks are what was helped.)
    [
      'Russia has agreed to assist US President Donald Trump’s administration in engaging with its ally, Iran, on its nuclear program.',
      [
        'MEDIATION MEDIATOR:russia PARTY:united-states PARTY:iran @2025-03-04',
        'ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null',
      ],
    ],
  ],
);

eventTable(
  'a place opening the story with a bracketed agency or paper ("Belgium, (Brussels Morning Newspaper)") is a dateline',
  [
    [
      'Belgium, (Brussels Morning Newspaper) The EU Council has widened its sanctions against Russia over the war in Ukraine.',
      ['SANCTION SOURCE:eu-council TARGET:russia @null'],
    ],
    [
      'Pakistan, (APP) Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Beijing on Friday.',
      ['MEETING PARTICIPANT:shehbaz-sharif PARTICIPANT:xi-jinping @2025-02-28'],
    ],
    // (Must still read a list of states opening the sentence as its subject.)
    [
      'Japan, South Korea and the United States held talks in Tokyo on Monday.',
      ['NEGOTIATION PARTICIPANT:japan PARTICIPANT:south-korea PARTICIPANT:united-states @2025-03-03'],
    ],
  ],
);

eventTable(
  'a date in a relative clause of another noun than the trigger ("a treaty that they had finalized in March") is not its',
  [
    // (Must NOT date the talks, nor make a second meeting of them.)
    [
      'Pashinyan and Aliyev spoke in Tirana on Friday, May 16. The office said they discussed a peace treaty that the two sides had essentially finalized in March.',
      ['MEETING PARTICIPANT:nikol-pashinyan PARTICIPANT:ilham-aliyev @2025-05-16'],
    ],
    [
      'Erdogan and Putin discussed the grain deal that was signed in July.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @null'],
    ],
    // (Must date: a clause of the trigger's own noun.)
    [
      'Erdogan and Putin held talks that ended on Monday.',
      ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-05-19'],
    ],
  ],
  '2025-05-20',
);

eventTable(
  '"the parties to the conflict" are the sides of what their "to" names, not of the exchange just told',
  [
    // (Must NOT make the Paris pair meet again in Minsk.)
    [
      'Hollande met Poroshenko in Paris on Sunday. The parties to the agreement met again in Minsk on Monday.',
      ['MEETING PARTICIPANT:francois-hollande PARTICIPANT:petro-poroshenko @2015-01-11'],
    ],
    // (Must still resolve "the sides" alone.)
    [
      'Hollande met Poroshenko in Paris on Sunday. The sides agreed to a ceasefire.',
      [
        'MEETING PARTICIPANT:francois-hollande PARTICIPANT:petro-poroshenko @2015-01-11',
        'AGREEMENT PARTICIPANT:francois-hollande PARTICIPANT:petro-poroshenko @2015-01-11',
      ],
    ],
  ],
  '2015-01-12',
);

eventTable(
  '"the body" refers back to the organisation that acted, as "the bloc" does; "the body of" names something else',
  [
    [
      "The EU Council widened its sanctions against Russia on Friday. The body condemned Russia's attacks on civilian targets.",
      ['SANCTION SOURCE:eu-council TARGET:russia @2025-02-28', 'CRITICISM SOURCE:eu-council TARGET:russia @2025-02-28'],
    ],
    // (Must NOT fire: a corpse, no organisation.)
    [
      'The European Union imposed sanctions on Russia on Friday. The body of a Ukrainian soldier was condemned by Russia.',
      ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
    ],
  ],
);

eventTable('", which is why" stands for the clause before it, not for the actor just before its comma', [
  // (Must NOT make Ukraine the one who sanctions.)
  [
    'The Council said that Syria is backing Russian aggression against Ukraine, which is why new sanctions hit one entity and six individuals involved in recruiting Syrians to fight in Ukraine.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null'],
  ],
  // (Must fire: a relative clause of the actor before it.)
  [
    'The talks were held in Doha with Qatar, which imposed sanctions on Syria on Monday.',
    ['SANCTION SOURCE:qatar TARGET:syria @2025-03-03'],
  ],
]);

eventTable('"a deal for X to send Y": X between "for" and "to" is the subject of the verb after it', [
  [
    'Germany agreed a deal with Greece for Athens to send old tanks to Ukraine.',
    ['AGREEMENT PARTICIPANT:germany PARTICIPANT:greece @2025-03-04', 'SUPPLY SOURCE:greece TARGET:ukraine @2025-03-04'],
  ],
  [
    'The US struck a deal with Poland for Warsaw to deliver fighter jets to Ukraine.',
    [
      'AGREEMENT PARTICIPANT:united-states PARTICIPANT:poland @2025-03-04',
      'SUPPLY SOURCE:poland TARGET:ukraine @2025-03-04',
    ],
  ],
  // (Without "for", the clause's subject sends.)
  ['Germany agreed to send old tanks to Ukraine.', ['SUPPLY SOURCE:germany TARGET:ukraine @2025-03-04']],
]);
