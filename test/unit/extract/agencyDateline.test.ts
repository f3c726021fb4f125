import { eventTable } from './eventTable';

/**
 * A dateline of place and date closed by a wire credit in brackets, with no dash ("Colombo, Mar 29 (PTI)", "Islamabad,
 * Aug 20 (PTI)", "Colombo [Sri Lanka], March 29 (ANI):"), as Indian and Pakistani wire copy writes it: the place is the
 * report's, no actor of the story, and the story's subject comes after the credit. The rows retell PTI and ANI reports
 * in other words; a bracketed agency inside the story ends no dateline.
 */

eventTable("a wire credit in brackets ends the dateline before the story's subject", [
  [
    'Islamabad, Aug 20 (PTI) The foreign ministers of Pakistan, China and Afghanistan are holding a trilateral meeting on Wednesday in Kabul to discuss security.',
    ['MEETING PARTICIPANT:pakistan PARTICIPANT:china PARTICIPANT:afghanistan @2025-02-26'],
  ],
  [
    'Colombo, Mar 29 (PTI) External Affairs Minister S Jaishankar on Tuesday met his Nepali counterpart Narayan Khadka.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:narayan-khadka @2025-03-04'],
  ],
  [
    'Colombo [Sri Lanka], March 29 (ANI): Indian External Affairs Minister S Jaishankar met his Nepali counterpart Narayan Khadka on Tuesday.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:narayan-khadka @2025-03-04'],
  ],
  [
    'New Delhi, June 10 (PTI) Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Monday.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // Must not: a credit in brackets after the story's first words is no dateline ("Modi (PTI)" opens nothing).
  [
    'India and Pakistan (PTI) agreed to a ceasefire on Saturday.',
    ['AGREEMENT PARTICIPANT:india PARTICIPANT:pakistan @2025-03-01'],
  ],
]);
