import { medianPair } from '../../scripts/bench/ingest';

describe("the ingest benchmark's median pair", () => {
  test('is the pair of the middle ratio, whatever the order the pairs ran in', () => {
    const [first, slow, fast] = [{ ratio: 1.19 }, { ratio: 1.53 }, { ratio: 1.1 }];
    expect(medianPair([first, slow, fast])).toBe(first);
    expect(medianPair([slow, fast, first])).toBe(first);
    expect(medianPair([fast, slow, first])).toBe(first);
  });

  test('of one pair is that pair', () => {
    const one = { ratio: 1.3 };
    expect(medianPair([one])).toBe(one);
  });

  test('refuses an even number of pairs or none: they have no one middle pair', () => {
    expect(() => medianPair([])).toThrow('an odd number of pairs, got 0');
    expect(() => medianPair([{ ratio: 1 }, { ratio: 2 }])).toThrow('an odd number of pairs, got 2');
  });
});
