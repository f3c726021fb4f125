import { eventsOf } from './eventTable';

/**
 * A government named by its leader's surname alone ("the Biden administration", "the Modi government") is the state the
 * leader governs on the article's date (4-link.ts, linkGovernments), as "Joe Biden's administration" was: not the
 * leader, nor nothing.
 */
describe('a government named by its leader acts as the leader’s state', () => {
  it.each([
    // (CNN via exbulletin 2021; The Hill 2022; Bloomberg 2019.)
    [
      'The Biden administration imposed a set of sanctions on Russian officials and entities on Tuesday.',
      '2021-03-02',
      ['SANCTION SOURCE:united-states TARGET:russia @2021-03-02'],
    ],
    [
      'The Biden administration on Friday announced a new round of sanctions against Russia.',
      '2022-09-30',
      ['SANCTION SOURCE:united-states TARGET:russia @2022-09-30'],
    ],
    [
      'The Trump administration threatened Venezuela with new sanctions on Monday.',
      '2019-01-28',
      ['THREAT SOURCE:united-states TARGET:venezuela @2019-01-28'],
    ],
    [
      'The Modi government condemned Pakistan on Monday.',
      '2024-06-03',
      ['CRITICISM SOURCE:india TARGET:pakistan @2024-06-03'],
    ],
  ])('%s', (body, published, events) => expect(eventsOf(body, published)).toEqual(events));
});

describe('a government that names no known leader is no actor', () => {
  it.each([['The National Unity Government condemned the junta on Monday.', '2024-06-03', []]])(
    '%s',
    (body, published, events) => expect(eventsOf(body, published)).toEqual(events),
  );
});
