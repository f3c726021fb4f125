import { eventTable } from './eventTable';

/**
 * Indian wire copy (PTI, ANI) abbreviates the External Affairs Minister's title, alone ("EAM Jaishankar on Monday met
 * ...") or in brackets after the title ("External Affairs Minister (EAM) S Jaishankar met ..."), and other titles the
 * same way ("National Security Adviser (NSA) Ajit Doval"). The abbreviation is part of the title: the name after it
 * is the holder's. Before, the bracketed form defined the title as an organisation of the article
 * (`external-affairs-minister` met Wang Yi) and "EAM Jaishankar" was no one. An organisation's bracketed acronym still
 * names the organisation. The rows retell Jagran, ANI (Yahoo), Telangana Today and PTI (Nation Thailand) copy.
 */

eventTable('a title’s abbreviation before the holder’s name', [
  [
    'External Affairs Minister (EAM) S Jaishankar met his Chinese counterpart Wang Yi on Thursday in Bali.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:wang-yi @2025-02-27'],
  ],
  [
    'EAM Jaishankar on Monday met Armenian Foreign Minister Ararat Mirzoyan in New York.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:ararat-mirzoyan @2025-03-03'],
  ],
  [
    'Chinese Foreign Minister Wang Yi also had a meeting with National Security Adviser (NSA) Ajit Doval on Friday.',
    ['MEETING PARTICIPANT:wang-yi PARTICIPANT:ajit-doval @2025-02-28'],
  ],
  // Must not: a plan; a bracketed abbreviation with no name after it; an organisation's acronym stays the organisation.
  ['EAM Jaishankar will meet Armenian Foreign Minister Ararat Mirzoyan next week.', []],
  ['The External Affairs Minister (EAM) held talks with the visiting delegation on Monday.', []],
  [
    'Russian Foreign Minister Sergei Lavrov met the leaders of the Alliance of Sahel States (AES) in Moscow on Monday.',
    ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:alliance-of-sahel-states @2025-03-03'],
  ],
]);

/**
 * "NSA Ajit Doval": India's National Security Adviser abbreviated before the name, in the copy of DNA (2020), the
 * Millennium Post (2021), New Delhi Times (2020) and Republic World (2019); the gazetteer knows him (facts.tsv). Before,
 * "NSA Ajit Doval" was read as one unknown name and no one met anyone. The agency the US calls the NSA, with no name
 * after it, is no person.
 */
eventTable(
  '"NSA" before the holder’s name',
  [
    [
      'NSA Ajit Doval had a meeting with US Secretary of State Mike Pompeo and US Secretary of Defense Mark Esper at South Block.',
      [
        'MEETING PARTICIPANT:ajit-doval PARTICIPANT:mike-pompeo @2021-09-08',
        'MEETING PARTICIPANT:ajit-doval PARTICIPANT:mark-esper @2021-09-08',
      ],
    ],
    [
      'NSA Ajit Doval on Wednesday held talks with his Russian counterpart Gen Nikolay Patrushev.',
      ['MEETING PARTICIPANT:ajit-doval PARTICIPANT:nikolai-patrushev @2021-09-08'],
    ],
    [
      'NSA Ajit Doval meets Afghan peace negotiator Abdullah in Delhi.',
      ['MEETING PARTICIPANT:ajit-doval PARTICIPANT:abdullah-abdullah @2021-09-08'],
    ],
    [
      'NSA Ajit Doval called on President of Sri Lanka Gotabaya Rajapaksa soon after his arrival in India.',
      ['MEETING PARTICIPANT:ajit-doval PARTICIPANT:gotabaya-rajapaksa @2021-09-08'],
    ],
    // Must not: a plan; the US agency, with no name after it.
    ['NSA Ajit Doval will meet Chinese Foreign Minister Wang Yi next week.', []],
    ['The NSA intercepted calls between the two leaders, officials said.', []],
    ['Snowden leaked documents of the NSA to reporters on Monday.', []],
  ],
  '2021-09-08',
);
