/**
 * Statement texts built once per shape. A list statement's text depends only on its shape (./shapes.ts,
 * which the API works out once per parsed document, so the same query brings the same shape object)
 * and on a few settings of the request (a range given or not, the relation types spliced in, a cursor
 * or not); building it again for every request, string by string, cost about 0.02 ms of a small
 * request's CPU (BENCHMARKS.md, issue 22). Only texts are kept, never a parameter or an answer.
 */

/** Texts kept per shape: one per variant; past this many (a client trying every type list), start over. */
const MAX_VARIANTS_PER_SHAPE = 64;

const textsByShape = new WeakMap<object, Map<string, string>>();

/**
 * The text `build` makes for `shape` and `variant` (a key naming everything else the text depends on),
 * built the first time it is asked for. A build that throws keeps nothing.
 */
export function statementText(shape: object, variant: string, build: () => string): string {
  let texts = textsByShape.get(shape);
  if (texts === undefined) {
    texts = new Map();
    textsByShape.set(shape, texts);
  }
  let text = texts.get(variant);
  if (text === undefined) {
    text = build();
    if (texts.size >= MAX_VARIANTS_PER_SHAPE) texts.clear();
    texts.set(variant, text);
  }
  return text;
}
