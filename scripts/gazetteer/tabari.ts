/**
 * A reader for TABARI/PETRARCH actor dictionaries (the Phoenix files of the Open Event
 * Data Alliance). An entry is a line `NAME_WITH_UNDERSCORES`, optionally followed on the
 * same line or the next ones by `[CODE date-range]` role codes, and by `+VARIANT` lines;
 * `#` starts a comment. Names listed one after another with no code of their own share
 * the codes of the entry that follows them (`UN_ [IGOUNO]` / `U.N._` / ...).
 */

export interface TabariCode {
  /** The CAMEO code: country then roles ("RUSGOV"), or an organisation ("IGOUNO"). */
  code: string;
  /** ISO date the role began, when given. */
  from?: string;
  /** ISO date the role ended, when given. */
  to?: string;
}

export interface TabariEntry {
  /** The entry's own name and its `+` variants, in the file's spelling (underscores, capitals). */
  names: string[];
  codes: TabariCode[];
}

/** "080508" → "2008-05-08"; "19911226" → "1991-12-26". Two-digit years up to 30 are 20xx (the files end in 2014). */
export function tabariDate(raw: string): string | undefined {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    year = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else {
    return undefined;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** "[RUSGOV >080508]", "[RUSGOV 991231-080507]", "[USAGOV <010120]", "[IGOUNO]". */
function parseCode(inner: string): TabariCode | undefined {
  const [code = '', range = ''] = inner.trim().split(/\s+/);
  if (!/^[A-Z]{3,}$/.test(code)) return undefined;
  if (range.startsWith('>')) return { code, from: tabariDate(range.slice(1)) };
  if (range.startsWith('<')) return { code, to: tabariDate(range.slice(1)) };
  const span = /^(\d+)-(\d+)$/.exec(range);
  if (span) return { code, from: tabariDate(span[1] ?? ''), to: tabariDate(span[2] ?? '') };
  return { code };
}

function codesOf(line: string): TabariCode[] {
  return [...line.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => parseCode(m[1] ?? '') ?? []);
}

/** Entries in file order. */
export function parseTabari(text: string): TabariEntry[] {
  const entries: TabariEntry[] = [];
  let current: TabariEntry | undefined;
  let pending: string[] = [];
  const close = () => {
    if (current && current.codes.length > 0) entries.push(current);
    else if (current) pending = [...pending, ...current.names];
    current = undefined;
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '');
    if (line.trim() === '') continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('+')) {
      current?.names.push(trimmed.slice(1).replace(/\[.*$/, '').trim());
      if (current) current.codes.push(...codesOf(trimmed));
    } else if (trimmed.startsWith('[')) {
      if (current) current.codes.push(...codesOf(trimmed));
    } else {
      close();
      const name = trimmed.replace(/\[.*$/, '').trim();
      current = { names: [...pending, name], codes: codesOf(trimmed) };
      pending = [];
    }
  }
  close();
  return entries;
}

/** "VLADIMIR_V._PUTIN_" → "VLADIMIR V. PUTIN". */
export function tabariWords(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}
