import { eventsOf } from './eventTable';

/**
 * A noun of an event that is what a talk was about ("held talks on the war in Ukraine", "a call about the fighting in
 * Sudan") states no event of the talkers: before this guard the talkers came out at war with the place. Rows are
 * written after real news phrasings (names and wording changed); the rows that must fire show the talk itself stays
 * and that the same nouns outside a talk's topic still fire.
 */
describe('a talk\'s topic: an event noun after "talks on", "a call about", "views on" is no event of the talkers', () => {
  const rows: string[] = [
    'Emmanuel Macron and Olaf Scholz held talks on the war in Ukraine on Monday.',
    'Abdel Fattah el-Sisi and Recep Tayyip Erdogan held talks on the conflict in Libya.',
    'Benjamin Netanyahu and Joe Biden exchanged views on the war on Sunday.',
    'Narendra Modi had a phone call with Vladimir Putin about the fighting in Ukraine on Friday.',
    'Antony Blinken and Wang Yi held discussions over the ongoing war in Gaza.',
    'Cyril Ramaphosa spoke with Paul Kagame about the violence in eastern Congo.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text).filter((e) => e.startsWith('CONFLICT'))).toEqual([]));

  it('keeps the talk itself', () =>
    expect(eventsOf('Emmanuel Macron and Olaf Scholz held talks on the war in Ukraine on Monday.')).toEqual([
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-03',
    ]));
});

describe("a talk's topic: the same nouns outside a topic still fire", () => {
  const rows: [string, string][] = [
    ['Russia launched an offensive against Ukraine on Friday.', 'CONFLICT'],
    ['The talks on Monday came days after Russia launched an attack on Ukraine.', 'CONFLICT'],
    ['Israel carried out strikes on Hamas positions in Gaza on Sunday.', 'CONFLICT'],
  ];
  it.each(rows)('%s', (text, type) => expect(eventsOf(text).some((e) => e.startsWith(type))).toBe(true));
});
