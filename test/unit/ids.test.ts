import { couldBeActorId, slug } from '../../src/domain/ids';

describe('couldBeActorId', () => {
  // Every id is slug's output, so each of these names' slugs must pass: else a client naming an actor by its
  // id would not find it.
  test.each(['Vladimir Putin', 'Recep Tayyip Erdoğan', 'Tô Lâm', '习近平', 'NATO', 'G7', "Côte d'Ivoire", 'Σωκράτης'])(
    'the slug of %s may be an id',
    (name) => expect(couldBeActorId(slug(name))).toBe(true),
  );

  // Names as clients type them: none can be an id, so their look-up skips the id.
  test.each(['Vladimir Putin', 'Putin', 'NATO', 'putin ', '-putin', 'vladimir--putin', 'al-Sisi', "o'brien", ''])(
    '%j is no id',
    (text) => expect(couldBeActorId(text)).toBe(false),
  );
});

describe('slug', () => {
  // One actor, one id: accents and the letters that carry no separate accent fold to their base letters, so the id
  // is the same however an article spells the name.
  test.each([
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['Radosław Sikorski', 'radoslaw-sikorski'],
    ['Đuro Macut', 'duro-macut'],
    ['Jonas Gahr Støre', 'jonas-gahr-store'],
    ['Tô Lâm', 'to-lam'],
    ['Binali Yıldırım', 'binali-yildirim'],
  ])('%s → %s', (name, id) => expect(slug(name)).toBe(id));

  // Other scripts keep their letters (only Latin accents are folded).
  test.each([['习近平', '习近平']])('%s → %s', (name, id) => expect(slug(name)).toBe(id));
});
