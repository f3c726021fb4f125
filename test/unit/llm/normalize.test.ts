import { findQuote, foldName, isNamedIn, normalise } from '../../../src/llm/normalize';

const body =
  'Russia’s Foreign Minister Sergei Lavrov said on Tuesday that “talks   were useful”.\n\nHe later met  Wang Yi — China’s envoy — in Beijing.';

describe('normalisation keeps each character’s origin', () => {
  test('whitespace runs become one space, quotes and dashes one form each', () => {
    expect(normalise('a \n\t b “c” ‘d’ e—f').text).toBe('a b "c" \'d\' e-f');
  });

  test('each normalised character maps back to its offset in the original', () => {
    const { text, origin } = normalise(body);
    for (let k = 0; k < text.length; k++) {
      const original = body.charAt(origin[k] ?? -1);
      if (text.charAt(k) === ' ') expect(original).toMatch(/\s/);
      else if (!/["'-]/.test(text.charAt(k))) expect(original).toBe(text.charAt(k));
    }
  });
});

describe('a quoted sentence is found in the article after normalisation', () => {
  const within = normalise(body);

  test('straight quotes and single spaces for the article’s curly quotes and double spaces', () => {
    const quote = 'Russia\'s Foreign Minister Sergei Lavrov said on Tuesday that "talks were useful".';
    const found = findQuote(within, quote);
    expect(found).toEqual({ start: 0, end: body.indexOf('.\n') + 1 });
  });

  test('across a line break and a dash, mapped back to the article’s own text', () => {
    const found = findQuote(within, "He later met Wang Yi - China's envoy - in Beijing.");
    expect(found && body.slice(found.start, found.end)).toBe('He later met  Wang Yi — China’s envoy — in Beijing.');
  });

  test('a sentence the article does not have, or changed by one word, is not found', () => {
    expect(findQuote(within, 'He later met Wang Yi in Shanghai.')).toBeNull();
    expect(findQuote(within, 'Russia’s Foreign Minister Sergei Lavrov said on Monday')).toBeNull();
    expect(findQuote(within, '   ')).toBeNull();
  });
});

describe('a name is named in a text as whole words, in any case, accents folded', () => {
  test.each([
    ['Wang Yi', body, true],
    ['wang yi', body, true],
    ['Lavrov', 'LAVROV’S visit', true],
    ['Zelenskyy', 'Zelenskyy’s plan', true],
    ['Erdogan', 'President Erdoğan said', true],
    ['Xi', 'in Xinjiang', false],
    ['Wang', 'Wangari Maathai', false],
    ['', body, false],
  ])('%s', (name, text, named) => {
    expect(isNamedIn(name, text)).toBe(named);
  });

  test('folding keeps letters apart from marks', () => {
    expect(foldName('Luiz Inácio Lula da Silva')).toBe('luiz inacio lula da silva');
  });
});
