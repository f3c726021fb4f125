import { eventTable } from './eventTable';

/**
 * A threat that names the measure threatened right after its verb: the target after the measure's "on" or "against"
 * ("threatened sanctions against Turkey", "threatened to slap sanctions on Turkey"), right after the measure's own verb
 * ("threatened to sanction Turkish officials"), or the actor whose act the measure is conditioned on ("threatened tough
 * sanctions if Turkey does not play by the rules", "threatened harsher sanctions in the future unless Ankara
 * changes tack"). Rows after real news phrasings, 2019-2021 (Rudaw, Protothema, Bloomberg, Just the News, DW, Al
 * Arabiya; wording shortened, names kept).
 */
eventTable(
  'the target of a threatened measure',
  [
    ['Donald Trump threatened sanctions against Turkey.', ['THREAT SOURCE:donald-trump TARGET:turkey @2019-10-10']],
    ['Donald Trump threatened to slap sanctions on Turkey.', ['THREAT SOURCE:donald-trump TARGET:turkey @2019-10-10']],
    [
      'The United States threatened to sanction members of Venezuela’s security forces.',
      ['THREAT SOURCE:united-states TARGET:venezuela @2019-10-10'],
    ],
    [
      'Donald Trump threatened tough sanctions if Turkey does not play by the rules.',
      ['THREAT SOURCE:donald-trump TARGET:turkey @2019-10-10'],
    ],
    [
      'The European Union threatened harsher sanctions in the future unless Turkey changes tack.',
      ['THREAT SOURCE:european-union TARGET:turkey @2019-10-10'],
    ],
    [
      'The United States has threatened sanctions if Russia invades its neighbor.',
      ['THREAT SOURCE:united-states TARGET:russia @2019-10-10'],
    ],
    // (A warning that names whom it warns before the measure keeps that one.)
    ['Joe Biden warned Russia sanctions would follow.', ['THREAT SOURCE:joe-biden TARGET:russia @2019-10-10']],
    // (A place after "off" is where, not who: the coordinated verb's subject stays the Union.)
    [
      'The European Union condemned drilling off Cyprus and threatened harsher sanctions unless Turkey changes tack.',
      ['THREAT SOURCE:european-union TARGET:turkey @2019-10-10'],
    ],
  ],
  '2019-10-10',
);

eventTable(
  'no target read into a threatened measure',
  [
    // ("over" names the reason, not whom the measure falls on.)
    ['The United States threatened sanctions over Ukraine.', []],
    // (The imposer of "EU sanctions" is no target.)
    ['France and Germany threatened EU sanctions over the poisoning of Alexei Navalny.', []],
    // (A condition whose subject suffers the act, or is no actor.)
    ['The European Union threatened sanctions if Ukraine is attacked.', []],
    ['Donald Trump threatened sanctions if the talks fail.', []],
    // (Measures urged on another, or a threat dismissed, are no threat told.)
    ['Several lawmakers pressed Donald Trump to impose sanctions on Turkey.', []],
    ['Donald Trump threatened sanctions, Turkey said.', []],
    // (A port its state's possessive locates is no target.)
    ['US senators threatened to slap sanctions on Germany’s Mukran Port.', []],
  ],
  '2019-10-10',
);
