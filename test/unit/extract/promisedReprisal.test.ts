import { eventTable } from './eventTable';

/**
 * A reprisal promised against another is a threat, in the forms the wire uses besides "vowed to retaliate": a readiness
 * declared ("is prepared to respond with retaliatory tariffs", "was ready to retaliate to the U.S. steps"), a response
 * promised with reprisals ("will respond with reciprocity to Trump's tariff"), and a condition set off before the threat
 * ("Should it become necessary, ..."), which the threat is made on and does not doubt. Rows after real news phrasings
 * (Mercopress, in.gr, CNBC, NBC 2025 on the tariff disputes of Canada, the EU and Brazil with the United States).
 */
eventTable('a reprisal promised is a threat to the one it answers', [
  [
    'Should it become necessary, Canada is prepared to respond with retaliatory tariffs of 25% on US$ 107 billion worth of US goods, Joly explained.',
    ['THREAT SOURCE:canada TARGET:united-states @2025-03-04'],
  ],
  [
    'European Commission President Ursula von der Leyen warned that the European Union is prepared to retaliate if negotiations with Washington fail.',
    ['THREAT SOURCE:european-union TARGET:united-states @2025-03-04'],
  ],
  [
    'EU chief Ursula von der Leyen suggested the bloc was ready to retaliate to the U.S. steps against it.',
    ['THREAT SOURCE:ursula-von-der-leyen TARGET:united-states @2025-03-04'],
  ],
  [
    "Brazilian President Luiz Inacio Lula da Silva said that his country will respond with reciprocity to U.S. President Donald Trump's 50% tariff rate on his country's exports.",
    ['THREAT SOURCE:brazil TARGET:donald-trump @2025-03-04'],
  ],
  [
    'If necessary, Canada stands ready to take countermeasures against the United States.',
    ['THREAT SOURCE:canada TARGET:united-states @2025-03-04'],
  ],
  // Must not fire: a readiness for talks or an answer, a readiness denied, a threat inside the condition itself.
  ['Canada is prepared to negotiate with the United States, Joly said.', []],
  ['The European Union is ready to respond to the US proposal.', []],
  ['Canada is not prepared to retaliate against the United States, Joly said.', []],
  ['If Russia threatens Poland, NATO will respond.', []],
  ['Brazil will respond with a proposal to the United States, the minister said.', []],
  ['The minister read a prepared statement on retaliation against Russia.', []],
]);
