/**
 * A long article is asked about in pieces, each ending at a paragraph's end, each after the first beginning with
 * the last paragraphs of the one before (the overlap), so that an event told across a paragraph break is seen
 * whole in some piece. The pieces' events are merged by the merge stage (7-merge.ts), which joins the copies the
 * overlap makes.
 */

export interface Piece {
  index: number;
  /** Character offset of the piece in the article body. */
  start: number;
  text: string;
}

/** Paragraphs as [start, end) offsets into the body, blank lines between them left out. */
function paragraphs(body: string): [number, number][] {
  const spans: [number, number][] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(body); m !== null; m = blank.exec(body)) {
    if (m.index > start) spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < body.length) spans.push([start, body.length]);
  return spans;
}

/**
 * The pieces of at most about `maxChars` characters (a paragraph longer than that is a piece of its own), each
 * after the first opening with up to `overlapChars` of the previous piece's last paragraphs.
 */
export function splitArticle(body: string, maxChars: number, overlapChars: number): Piece[] {
  if (!(maxChars > 0 && overlapChars >= 0 && overlapChars < maxChars))
    throw new Error(`splitArticle: needs 0 <= overlapChars < maxChars, got ${overlapChars} and ${maxChars}`);
  if (body.length <= maxChars) return [{ index: 0, start: 0, text: body }];
  const paras = paragraphs(body);
  const groups: [number, number][][] = [];
  let group: [number, number][] = [];
  for (const p of paras) {
    const first = group[0];
    if (first !== undefined && p[1] - first[0] > maxChars) {
      groups.push(group);
      const overlap = overlapOf(group, overlapChars);
      // An overlap that would leave no room for the new paragraph is dropped: every piece brings new text.
      const from = overlap[0]?.[0] ?? p[0];
      group = p[1] - from > maxChars ? [] : overlap;
    }
    group.push(p);
  }
  groups.push(group);
  return groups.map((g, index) => {
    const start = g[0]?.[0] ?? 0;
    const end = g.at(-1)?.[1] ?? start;
    return { index, start, text: body.slice(start, end) };
  });
}

/** The last paragraphs of a group that fit in `overlapChars`, to open the next group. */
function overlapOf(group: readonly [number, number][], overlapChars: number): [number, number][] {
  const kept: [number, number][] = [];
  const last = group.at(-1);
  if (last === undefined) return kept;
  for (let k = group.length - 1; k >= 1; k--) {
    const p = group[k];
    if (p === undefined || last[1] - p[0] > overlapChars) break;
    kept.unshift(p);
  }
  return kept;
}
