/**
 * Answers already given, on disk (.data/llm-cache by default): one file per question, keyed by the model, the
 * prompt's version, the schema's digest and the article piece's text, so that a re-run over the same files asks
 * nothing. Only answers that passed validation are kept. Each file is written to a temporary name and renamed into
 * place, so a run killed mid-write leaves no half-written answer.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CacheKey {
  model: string;
  promptVersion: string;
  schemaDigest: string;
  /** The hash of the article (publication date and body) and the piece's index and text. */
  articleHash: string;
  piece: number;
  pieceText: string;
}

interface CachedAnswer {
  key: Omit<CacheKey, 'pieceText'>;
  content: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class AnswerCache {
  /** `dir` null: no cache (every question is asked). */
  constructor(readonly dir: string | null) {}

  private fileOf(key: CacheKey): string | null {
    if (this.dir === null) return null;
    const { pieceText, ...rest } = key;
    return path.join(this.dir, `${sha256(JSON.stringify({ ...rest, piece: [key.piece, sha256(pieceText)] }))}.json`);
  }

  /** The content of the answer given before, or null (none, or a file that cannot be read: asked again). */
  read(key: CacheKey): string | null {
    const file = this.fileOf(key);
    if (file === null) return null;
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as Partial<CachedAnswer>;
      return typeof cached.content === 'string' ? cached.content : null;
    } catch {
      return null;
    }
  }

  write(key: CacheKey, content: string): void {
    const file = this.fileOf(key);
    if (file === null) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const { model, promptVersion, schemaDigest, articleHash, piece } = key;
    const record: CachedAnswer = { key: { model, promptVersion, schemaDigest, articleHash, piece }, content };
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(record)}\n`);
    renameSync(temporary, file);
  }
}
