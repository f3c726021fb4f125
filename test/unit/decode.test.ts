import { decodeArticleBytes, UnreadableFileError } from '../../src/ingest/decode';

const text = 'Erdoğan met Zelensky in Ankara.';

describe('decodeArticleBytes', () => {
  test.each<[string, Buffer, string, string]>([
    ['UTF-8', Buffer.from(text, 'utf8'), text, 'utf-8'],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      text,
      'utf-8',
    ],
    [
      'UTF-16LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      text,
      'utf-16le',
    ],
    [
      'UTF-16BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      text,
      'utf-16be',
    ],
  ])('%s is decoded', (_, bytes, expected, encoding) => {
    expect(decodeArticleBytes(bytes)).toEqual({ text: expected, encoding });
  });

  test.each<[string, Buffer, RegExp]>([
    ['Latin-1', Buffer.from('Erdo\u011fan met Zelensky in K\u00f6ln.', 'latin1'), /not UTF-8/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary data/],
    ['UTF-16 without a byte-order mark', Buffer.from(text, 'utf16le'), /binary data/],
  ])('%s is refused with a reason', (_, bytes, reason) => {
    expect(() => decodeArticleBytes(bytes)).toThrow(UnreadableFileError);
    expect(() => decodeArticleBytes(bytes)).toThrow(reason);
  });
});
