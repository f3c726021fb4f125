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
