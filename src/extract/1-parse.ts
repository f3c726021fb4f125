import matter from 'gray-matter';
import { convert } from 'html-to-text';
import { ExtractionError } from './errors';
import type { ArticleInput } from '../domain/types';
import { articleId } from '../domain/ids';
import { isPartialDate, type PartialDate } from '../domain/partialDate';

/**
 * An article file (YAML front matter + body) becomes an ArticleInput.
 * The body keeps only the article's own paragraphs: site furniture
 * ("Advertisement", correction notices) and related-story teasers are dropped
 * so that later stages never read another story's sentences as this one's.
 */

/** Whole lines that are page furniture, never article text. */
const BOILERPLATE: readonly RegExp[] = [
  /^advertisement$/i,
  /^to suggest a correction\b/i,
  /\bpress ctrl\s*\+\s*enter\b/i,
  /^(share|share this article|subscribe|sign up for\b.*|read more|read also|see also)[:.]?$/i,
  /^(photo|image|video)( credit)?:/i,
];

/** A line announcing a block of links to other stories. */
const RELATED_MARKER =
  /^(?:other topics of interest|related(?: (?:articles|stories|news|topics|content))?|more (?:stories|on this topic|from this section)|recommended(?: for you)?|you may also like|most read)[:.]?$/i;

/** A heading: short and without the closing punctuation of a sentence. */
function isHeadline(line: string | undefined): boolean {
  return line !== undefined && line.split(/\s+/).length <= 16 && !/[.!?:;]["”’)]?$/.test(line);
}

/**
 * Drops a related-stories block: the marker, the headlines just before and after
 * it, and a teaser paragraph that follows a headline repeated from elsewhere on
 * the page (sites print a related headline twice: as a link and as a card).
 */
function dropRelatedBlocks(paragraphs: string[]): string[] {
  const drop = new Set<number>();
  const counts = new Map<string, number>();
  for (const p of paragraphs) counts.set(p, (counts.get(p) ?? 0) + 1);
  paragraphs.forEach((p, i) => {
    if (!RELATED_MARKER.test(p)) return;
    drop.add(i);
    for (let j = i - 1; j >= 0 && isHeadline(paragraphs[j]); j--) drop.add(j);
    let j = i + 1;
    for (; j < paragraphs.length && isHeadline(paragraphs[j]); j++) drop.add(j);
    const lastHeadline = paragraphs[j - 1];
    const repeated = j - 1 > i && lastHeadline !== undefined && (counts.get(lastHeadline) ?? 0) > 1;
    if (repeated && j < paragraphs.length) drop.add(j);
  });
  return paragraphs.filter((_, i) => !drop.has(i));
}

/** Splits a body into trimmed paragraphs (one per line; blank lines separate). */
export function cleanBody(raw: string): string {
  const paragraphs = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !BOILERPLATE.some((re) => re.test(line)));
  return dropRelatedBlocks(paragraphs).join('\n\n');
}

/** Front matter "published" as a PartialDate; YAML turns a bare 2025-03-04 into a Date. */
export function toPublished(value: unknown, origin: string): PartialDate | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string') {
    const s = value.trim();
    if (isPartialDate(s)) return s;
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  throw new ExtractionError(
    'BAD_FRONT_MATTER',
    `${origin}: front matter "published" must be a date such as 2025-03-04, got ${JSON.stringify(value)}`,
  );
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

/**
 * The longest text taken as one article: a long feature is 50,000 characters, and
 * NLP cost grows with length, so a bigger input is a dump or a mistake, refused at
 * once rather than chewed on for minutes.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Control characters other than tab and line breaks: a few in a text, many in binary data. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole job
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function checkReadable(fileText: string, origin: string): void {
  if (fileText.length > MAX_ARTICLE_CHARS) {
    throw new ExtractionError(
      'TOO_LARGE',
      `${origin}: ${fileText.length} characters is more than one article (at most ${MAX_ARTICLE_CHARS})`,
    );
  }
  const controls = fileText.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls >= fileText.length / 100) {
    throw new ExtractionError(
      'NOT_TEXT',
      `${origin}: not text (${controls} control or undecodable characters): binary data or a wrong encoding`,
    );
  }
}

/** A page rather than text: it opens with a tag, or is made of paragraph-level tags. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])\b/i;

/**
 * An HTML page as the plain paragraphs of its text: scripts, styles and page
 * furniture (navigation, header, footer, forms) dropped, links kept as their words.
 */
function htmlToPlainText(html: string): { text: string; title: string | null } {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || null;
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...[
        'script',
        'style',
        'noscript',
        'nav',
        'header',
        'footer',
        'aside',
        'form',
        'img',
        'figure',
        'iframe',
        'head',
      ].map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    ],
  });
  return { text, title };
}

export function parseArticle(fileText: string, origin: string): ArticleInput {
  checkReadable(fileText, origin);
  let parsed;
  try {
    // Any options turn off gray-matter's cache, a plain object that "valueOf" or "constructor" would hit.
    parsed = matter(fileText, {});
  } catch (error) {
    throw new ExtractionError(
      'BAD_FRONT_MATTER',
      `${origin}: the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const { data } = parsed;
  const page = HTML_START.test(parsed.content) ? htmlToPlainText(parsed.content) : null;
  const content = page?.text ?? parsed.content;
  const url = text(data.url);
  return {
    id: articleId(url ?? origin),
    origin,
    title: text(data.title) ?? page?.title ?? null,
    url,
    source: text(data.source),
    published: toPublished(data.published ?? data.date, origin),
    body: cleanBody(content),
  };
}
