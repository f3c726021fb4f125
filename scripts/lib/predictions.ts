/** Extraction into the prediction format of docs/EVALUATION.md, shared by extract and eval. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, toEvalJson } from '../../src/extract';
import type { Extractor } from '../../src/extract/extractor';

export interface Prediction {
  file: string;
  json: ReturnType<typeof toEvalJson>;
  warnings: string[];
}

/** The extractor's prediction for one article file; throws when the extractor cannot extract it. */
export async function predict(file: string, extractor: Extractor): Promise<Prediction> {
  const name = path.basename(file);
  const graph = await extractor.extract(parseArticle(readFileSync(file, 'utf8'), name));
  return { file, json: toEvalJson(graph, name), warnings: graph.warnings };
}

/** Writes `<article base name>.json` into `outDir`. */
export function writePrediction(prediction: Prediction, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const base = path.basename(prediction.file, path.extname(prediction.file));
  writeFileSync(path.join(outDir, `${base}.json`), `${JSON.stringify(prediction.json, null, 1)}\n`);
}
