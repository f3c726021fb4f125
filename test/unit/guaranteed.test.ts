import { defined, elementAt } from '../../src/domain/guaranteed';

describe('elementAt', () => {
  test('returns the element the contract guarantees', () => {
    expect(elementAt(['a', 'b'], 1, 'two letters')).toBe('b');
    expect(elementAt([0, null], 1, 'a zero and a null')).toBeNull();
  });

  test('a broken contract throws, naming it, the index and the length', () => {
    expect(() => elementAt(['a'], 3, 'stats: one row')).toThrow('stats: one row: no element at index 3 of 1');
  });
});

describe('defined', () => {
  test('returns a defined value, falsy ones included', () => {
    expect(defined(0, 'a count')).toBe(0);
    expect(defined('', 'a text')).toBe('');
  });

  test('undefined throws, naming the contract', () => {
    expect(() => defined(new Map<string, number>().get('x'), 'every id is in the map')).toThrow(
      'every id is in the map: got undefined',
    );
  });
});
