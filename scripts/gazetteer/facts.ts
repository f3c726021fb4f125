/**
 * The hand-kept facts file (data/sources/hand/facts.tsv): officeholders the open lists
 * lack or hold stale (leaders since 2022, leaders of organisations and armed groups),
 * one role a row, each with the page or Wikidata item that was checked.
 */
import { ROLE_KINDS, type Role, type RoleKind } from '../../src/gazetteer/types';
import { listCell, readTsv, type PersonRecord } from './records';

const KINDS: ReadonlySet<string> = new Set(ROLE_KINDS);

const isRoleKind = (value: string): value is RoleKind => KINDS.has(value);

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Columns: name, wikidata, variants (|), alone (|, a word prefixed `!` withheld), title, kind, of, from, to, source,
 * check.
 * `of` is a state's ISO3 or an organisation's id; `to` empty means still in office.
 */
export function facts(text: string, isKnownHolder: (of: string) => boolean): PersonRecord[] {
  return readTsv(text).map((cells, i) => {
    const [name = '', qid = '', variants, alone, title = '', kind = '', of = '', from = '', to = '', source = ''] =
      cells;
    const where = `facts row ${i + 1} (${name})`;
    if (!name || !title || !source) throw new Error(`${where}: name, title and source are required`);
    if (!isRoleKind(kind)) throw new Error(`${where}: kind must be one of ${[...KINDS].join(', ')}, got "${kind}"`);
    if (!isKnownHolder(of)) throw new Error(`${where}: "of" must be a state's ISO3 or an organisation id, got "${of}"`);
    for (const date of [from, to])
      if (date && !PARTIAL_DATE.test(date)) throw new Error(`${where}: dates must be YYYY[-MM[-DD]], got "${date}"`);
    const role: Role = { title, kind, of, source: 'facts' };
    if (from) role.from = from;
    if (to) role.to = to;
    // "!Word" in the alone cell withholds a word the name would otherwise give (see PersonRecord.notAlone).
    const words = listCell(alone);
    const record: PersonRecord = {
      name,
      variants: listCell(variants),
      alone: words.filter((w) => !w.startsWith('!')),
      roles: [role],
    };
    const withheld = words.filter((w) => w.startsWith('!')).map((w) => w.slice(1));
    if (withheld.length > 0) record.notAlone = withheld;
    if (qid) record.qid = qid;
    return record;
  });
}
