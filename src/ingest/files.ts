/**
 * The file stage: which files a list of paths names, and their text. Per-file
 * problems are returned as values so that one bad file never stops the others.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeArticleBytes, type Decoded } from './decode';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface FileProblem {
  file: string;
  reason: string;
}

/** Article files under `paths` (files as given; folders walked, sorted, each real folder once). */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();

  async function visit(p: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      problems.push({
        file: p,
        reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error),
      });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(p);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      const entries = (await readdir(p)).sort();
      for (const entry of entries) await visit(path.join(p, entry), false);
    } else if (explicit || ARTICLE_EXTENSIONS.includes(path.extname(p).toLowerCase())) {
      files.push(p);
    }
  }

  for (const p of paths) await visit(p, true);
  return { files, problems };
}

/** The text of an article file; UnreadableFileError when its bytes are not text we can read. */
export async function readArticleText(file: string): Promise<Decoded> {
  return decodeArticleBytes(await readFile(file));
}
