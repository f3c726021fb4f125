import type { GoldActor, PredictedActor } from '../../../src/eval/formats';
import { endpointResolver, foldName, goldNameLookup } from '../../../src/eval/names';

const goldActor = (name: string, aliases: string[] = []): GoldActor => ({ name, aliases, affiliation: null });
const predictedActor = (id: string | null, name: string, aliases: string[] = []): PredictedActor => ({
  id,
  name,
  aliases,
});

describe('foldName', () => {
  it.each([
    ['Sergei Lavrov', 'sergei lavrov'],
    ['  SERGEI   LAVROV ', 'sergei lavrov'],
    ['Côte d’Ivoire', 'cote divoire'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Alaksandr Łukašenka', 'alaksandr lukasenka'],
    ['Jonas Gahr Støre', 'jonas gahr store'],
    ['Đuro Macut', 'duro macut'],
    ['the United States', 'united states'],
    ['The Hague', 'hague'],
    ['U.S.', 'u s'],
    ['Theodore', 'theodore'],
    ['Russia’s', 'russias'],
    ['Al-Shabaab', 'al shabaab'],
    ['', ''],
  ])('%j folds to %j', (spelling, folded) => {
    expect(foldName(spelling)).toBe(folded);
  });
});

describe('goldNameLookup', () => {
  const lookup = goldNameLookup([
    goldActor('United States', ['US', 'Washington']),
    goldActor('Sergei Lavrov', ['Lavrov']),
    goldActor('Washington State', ['Washington']),
  ]);

  it.each([
    ['United States', 'United States'],
    ['the united states', 'United States'],
    ['US', 'United States'],
    ['lavrov', 'Sergei Lavrov'],
    ['Sergei Lavrov’s', undefined],
    ['Moscow', undefined],
    // two actors share a spelling: the later one in the file wins
    ['Washington', 'Washington State'],
  ])('%j is %j', (spelling, name) => {
    expect(lookup(spelling)).toBe(name);
  });
});

describe('endpointResolver', () => {
  const toGold = goldNameLookup([goldActor('Sergei Lavrov', ['Lavrov']), goldActor('Russia', ['Moscow'])]);
  const resolve = endpointResolver(
    [
      predictedActor('sergei-lavrov', 'S. Lavrov', ['Lavrov']),
      predictedActor('moscow-gov', 'Moscow government', ['Moscow', 'Kremlin']),
      predictedActor(null, 'Russia'),
      predictedActor('nobody', 'Nobody Known', []),
    ],
    toGold,
  );

  it.each([
    ['an id, through an alias', 'sergei-lavrov', 'Sergei Lavrov'],
    ['a predicted name', 'S. Lavrov', 'Sergei Lavrov'],
    ['an id whose first spelling is unknown to gold', 'moscow-gov', 'Russia'],
    ['the name of an actor without an id', 'Russia', 'Russia'],
    ['a ref naming no predicted actor, spelled as a gold name', 'Lavrov', 'Sergei Lavrov'],
    ['an actor gold does not have', 'nobody', '?nobody'],
    ['a ref naming nothing at all', 'ghost', '?ghost'],
  ])('resolves %s', (_case, ref, name) => {
    expect(resolve(ref)).toBe(name);
  });
});
