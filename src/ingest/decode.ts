/**
 * Bytes of an article file to text. UTF-8 is the rule; a byte-order mark names
 * UTF-16 (decoded) or UTF-8 (dropped). Anything else that is not valid UTF-8 is
 * refused with a reason, never guessed: a Latin-1 file read as UTF-8 would put
 * mangled names into the graph.
 */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export function decodeArticleBytes(bytes: Buffer): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new UnreadableFileError('binary data, not text (it contains NUL bytes)');
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD; a UTF-8 byte-order mark is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new UnreadableFileError(
      'not UTF-8 text (Latin-1 or another legacy encoding?): convert it, e.g. iconv -f latin1 -t utf-8',
    );
  }
}
