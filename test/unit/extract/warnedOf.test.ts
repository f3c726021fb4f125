import { eventTable } from './eventTable';

/**
 * "warned of further sanctions if Russia moved into eastern Ukraine": a warning of a measure threatens the one its
 * condition names, as "threatened sanctions if" does (participants.ts, threatenedMeasure and conditionTarget; an adverb
 * such as "further" qualifies the measure). A warning of what is no reprisal, measure nor force ("warned of a
 * recession in China", "of a famine in Sudan") foretells it and threatens no one (participants.ts, isForecastWarning).
 */
eventTable(
  'what a warning warns of',
  [
    // (The Hill, March 2014: Obama on Crimea.)
    [
      'Obama warned of further sanctions if Russia moved into eastern Ukraine.',
      ['THREAT SOURCE:barack-obama TARGET:russia @2014-03-21'],
    ],
    [
      'Obama threatened further sanctions if Russia moved troops.',
      ['THREAT SOURCE:barack-obama TARGET:russia @2014-03-21'],
    ],
    [
      'China warned of countermeasures against the United States.',
      ['THREAT SOURCE:china TARGET:united-states @2014-03-21'],
    ],
    ['Israel warned of strikes on Hezbollah.', ['THREAT SOURCE:israel TARGET:hezbollah @2014-03-21']],
    [
      'North Korea warned of nuclear war with the United States.',
      ['THREAT SOURCE:north-korea TARGET:united-states @2014-03-21'],
    ],
    // Forecasts, no threats.
    ['The IMF warned of a recession in China.', []],
    ['The UN warned of a famine in Sudan on Friday.', []],
    ['The WHO warned of a surge in cases in Gaza.', []],
  ],
  '2014-03-21',
);
