/**
 * npm run gazetteer:build: builds data/gazetteer/ (people.json, states.json,
 * organisations.json, meta.json) from the sources kept in data/sources/. The same
 * sources give byte-identical files: every list is sorted and nothing depends on the
 * clock. data/gazetteer/README.md describes the files, the sources and their licences.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { GazetteerMeta, Organisation, Person, State } from '../../src/gazetteer/types';
import { facts } from './facts';
import { buildOrganisations } from './organisations';
import { buildPeople } from './people';
import { phoenixGroups, phoenixPeople } from './phoenix';
import { readTsv } from './records';
import { buildStates, stateLookup } from './states';
import { ambiguityRule } from './variants';
import { foreignMinisters, formerLeaders, internationalOfficeholders, leaders } from './wikidata';
import { nameKey } from '../../src/gazetteer/names';

const ROOT = path.resolve(__dirname, '..', '..');
const rel = (p: string) => path.relative(ROOT, path.resolve(p)).split(path.sep).join('/');

interface Options {
  phoenix: string;
  wikidata: string;
  facts: string;
  hand: string;
  out: string;
  since: string;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

function people(o: Options, states: readonly State[], orgs: readonly Organisation[]): Person[] {
  const stateOf = stateLookup(states);
  const holders = new Set([...states.map((s) => s.iso3), ...orgs.map((g) => g.id)]);
  const iso3s = new Set(states.map((s) => s.iso3));
  const hand = new Map(readTsv(read(o.hand, 'ambiguity.tsv')).map(([word = '', list = '']) => [nameKey(word), list]));
  const records = [
    ...facts(readFileSync(o.facts, 'utf8'), (of) => holders.has(of)),
    ...leaders(read(o.wikidata, 'world-leaders-2021.csv'), stateOf),
    ...formerLeaders(read(o.wikidata, 'world-leaders-2021-december.csv'), stateOf),
    ...foreignMinisters(read(o.wikidata, 'foreign-ministers.csv'), stateOf),
    ...internationalOfficeholders(read(o.wikidata, 'international-officeholders.csv')),
    ...phoenixPeople(read(o.phoenix, 'Phoenix.Countries.actors.txt'), iso3s, o.since),
  ];
  return buildPeople(records, ambiguityRule(hand));
}

/** One JSON value per line inside the top-level array: compact, and diffs line by line. */
function jsonLines(items: readonly unknown[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

export function build(o: Options): GazetteerMeta {
  const states = buildStates(read(o.hand, 'states.tsv'));
  const isState = (iso3: string) => states.some((s) => s.iso3 === iso3);
  const orgs = buildOrganisations(
    read(o.hand, 'organisations.tsv'),
    phoenixGroups(read(o.phoenix, 'Phoenix.International.actors.txt'), 'IGO'),
    phoenixGroups(read(o.phoenix, 'Phoenix.MilNonState.actors.txt'), ''),
    isState,
  );
  const persons = people(o, states, orgs);
  const meta: GazetteerMeta = {
    builtFrom: {
      phoenix: rel(o.phoenix),
      wikidata: rel(o.wikidata),
      facts: rel(o.facts),
      hand: rel(o.hand),
      since: o.since,
    },
    counts: {
      people: persons.length,
      roles: persons.reduce((n, p) => n + p.roles.length, 0),
      states: states.length,
      organisations: orgs.length,
    },
  };
  mkdirSync(o.out, { recursive: true });
  writeFileSync(path.join(o.out, 'people.json'), jsonLines(persons));
  writeFileSync(path.join(o.out, 'states.json'), jsonLines(states));
  writeFileSync(path.join(o.out, 'organisations.json'), jsonLines(orgs));
  writeFileSync(path.join(o.out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

function main(): void {
  const data = (...p: string[]) => path.join(ROOT, 'data', ...p);
  const program = new Command()
    .name('gazetteer:build')
    .description('Build the gazetteer (people, states, organisations) from the open sources kept in data/sources/.')
    .option('--phoenix <dir>', 'Phoenix actor dictionaries (Phoenix.*.actors.txt)', data('sources', 'phoenix'))
    .option('--wikidata <dir>', 'Wikidata-derived officeholder CSVs', data('sources', 'wikidata'))
    .option('--facts <file>', 'hand-kept, checked officeholder facts (TSV)', data('sources', 'hand', 'facts.tsv'))
    .option('--hand <dir>', 'hand-kept states.tsv, organisations.tsv and ambiguity.tsv', data('sources', 'hand'))
    .option('--out <dir>', 'where to write the JSON files', data('gazetteer'))
    .option('--since <date>', 'keep Phoenix people with a role in force on or after this date', '2000-01-01')
    .parse();
  const meta = build(program.opts<Options>());
  console.log(`gazetteer: ${JSON.stringify(meta.counts)}`);
}

if (require.main === module) main();
