import { eventTable } from './eventTable';

/**
 * Whose deed a noun of force is when it stands in a subordinate clause with a subject of its own (issue 20, seventh
 * round, from South and Central Asian news labelled in full). The rows retell wire phrasings in other words.
 */

eventTable(
  'a noun in an "after X did ..." clause is the deed of X, not of the main clause\'s subject',
  [
    [
      'China has not recognised the government that took office after the Taliban won power in an offensive against the Afghan army.',
      ['CONFLICT PARTICIPANT:taliban PARTICIPANT:afghanistan @null'],
    ],
    [
      'Moscow kept its embassy open after Azerbaijan retook the region in an offensive against Armenian forces.',
      ['CONFLICT PARTICIPANT:azerbaijan PARTICIPANT:armenia @null'],
    ],
    // Must still fire: the main clause's own noun.
    [
      'Russia launched an offensive across Ukraine in February.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022-02'],
    ],
  ],
  '2022-03-24',
);
