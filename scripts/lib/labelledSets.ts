/**
 * The labelled article sets: where each set's articles and gold files are. npm run eval
 * scores them; a unit test checks that every gold file is well formed against its article.
 * docs/EVALUATION.md says what each set is for.
 */
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface LabelledSet {
  id: string;
  name: string;
  articles: string;
  gold: string;
}

export const LABELLED_SETS: readonly LabelledSet[] = [
  // The seed article is read where `npm start` ingests it, so the text labelled is the text shown.
  {
    id: 'seed',
    name: 'seed article',
    articles: path.join(ROOT, 'seeds', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'seed', 'gold'),
  },
  {
    id: 'dev',
    name: 'own labelled set',
    articles: path.join(ROOT, 'test', 'fixtures', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'gold'),
  },
  // Labelled whole before the extractor ran on it, then used to write mechanisms (issue 20's seventh round).
  {
    id: 'audit',
    name: 'audit set',
    articles: path.join(ROOT, 'test', 'fixtures', 'audit', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'audit', 'gold'),
  },
  // Labelled after the rules were written and never used to write one: how the rules fare on news they were not fitted to.
  {
    id: 'heldout',
    name: 'held-out set',
    articles: path.join(ROOT, 'test', 'fixtures', 'heldout', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'heldout', 'gold'),
  },
  // Labelled in 2026 by readers who never ran the extractor, and scored only before and after a round of rule work.
  {
    id: 'heldout-2026',
    name: 'held-out set, 2026 batch',
    articles: path.join(ROOT, 'test', 'fixtures', 'heldout', '2026', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'heldout', '2026', 'gold'),
  },
  // Retold real articles labelled by a reader who never ran the extractor; scored after each merge by its
  // summary line only, to tell a change that generalises from one fitted to the dev set. Never read while writing rules.
  {
    id: 'validation',
    name: 'validation set',
    articles: path.join(ROOT, 'test', 'fixtures', 'validation', 'articles'),
    gold: path.join(ROOT, 'test', 'fixtures', 'validation', 'gold'),
  },
];

/** The held-out sets, whose figures are also given together: the measure of how the rules fare on unseen news. */
export const isHeldOut = (set: LabelledSet): boolean => set.id.startsWith('heldout');
