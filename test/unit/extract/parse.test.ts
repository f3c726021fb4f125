import { cleanBody, parseArticle, toPublished } from '../../../src/extract/1-parse';

describe('parseArticle', () => {
  const file =
    '---\ntitle: Russia agrees to help\npublished: 2025-03-04\nurl: https://example.org/a\nsource: Example\n---\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n';
  it('reads front matter and body', () => {
    const a = parseArticle(file, 'a.txt');
    expect(a).toMatchObject({
      origin: 'a.txt',
      title: 'Russia agrees to help',
      url: 'https://example.org/a',
      source: 'Example',
      published: '2025-03-04',
    });
    expect(a.body).toBe('First paragraph.\n\nSecond paragraph.');
    expect(a.id).toMatch(/^article-[0-9a-f]{16}$/);
  });
  it('gives null fields when there is no front matter', () => {
    expect(parseArticle('Just text.', 'b.txt')).toMatchObject({
      title: null,
      url: null,
      published: null,
      body: 'Just text.',
    });
  });
});

describe('cleanBody drops page furniture', () => {
  const rows: [string, string][] = [
    ['Text.\nAdvertisement\nMore.', 'Text.\n\nMore.'],
    ['Text.\nTo suggest a correction or clarification, write to us here', 'Text.'],
    ['Text.\nYou can also highlight the text and press Ctrl + Enter', 'Text.'],
    [
      'Kept sentence.\n\n“My Friends’ Enemy is Now My Friend” – Part 2\nOther Topics of Interest\n\n“My Friends’ Enemy is Now My Friend” – Part 2\n\nA teaser of the other story.\n\nSince taking office, Trump has worked.',
      'Kept sentence.\n\nSince taking office, Trump has worked.',
    ],
  ];
  it.each(rows)('%j', (raw, expected) => expect(cleanBody(raw)).toBe(expected));
});

describe('toPublished', () => {
  const rows: [unknown, string | null][] = [
    [new Date('2025-03-04T00:00:00Z'), '2025-03-04'],
    ['2025-03', '2025-03'],
    ['March 4, 2025', '2025-03-04'],
    [2025, '2025'],
    [undefined, null],
  ];
  it.each(rows)('%j → %j', (value, expected) => expect(toPublished(value, 'f')).toBe(expected));
  it('names the contract and the value when the date is unreadable', () => {
    expect(() => toPublished('soon', 'f.txt')).toThrow(/published.*"soon"/);
  });
});
