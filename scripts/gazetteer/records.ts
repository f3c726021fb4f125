/**
 * What each source reader hands the assembler: a person as one source names them, with
 * the roles that source gives. The assembler merges records of the same person.
 */
import type { Role } from '../../src/gazetteer/types';

export interface PersonRecord {
  name: string;
  /** Wikidata id, when the source gives one. */
  qid?: string;
  /** Other full spellings of the name the source gives. */
  variants: string[];
  /** Single words the source gives as naming the person alone. */
  alone: string[];
  /**
   * Words that must not name the person alone although their name yields them (the facts file's `!Guterres`):
   * Timor-Leste's Francisco Guterres is "Lu-Olo" in the news, and "Guterres" alone the UN's Secretary-General.
   */
  notAlone?: string[];
  roles: Role[];
}

/** Reads a tab-separated hand file: `#` lines are comments, blank lines skipped, cells trimmed. */
export function readTsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** A cell of `|`-separated values, empty ones dropped. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
