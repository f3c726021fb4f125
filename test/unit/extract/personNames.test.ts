import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * Capitalised phrases that look like names but name no person (src/extract/personNames.ts): places of saints,
 * organisations' fragments, regions, forms of address, ranks, compound adjectives, datelines, platforms; and title
 * phrases glued before a name. Rows adapted from real news sentences (wires and outlets of 2024-2025).
 */
const peopleOf = (body: string, published = '2025-08-10'): string[] =>
  extract(articleOf(body, published))
    .actors.filter((a) => a.kind === 'PERSON')
    .map((a) => a.name);

describe('a phrase that names no person is not a PERSON', () => {
  const rows: [string, string[]][] = [
    ['Pope Leo met Zelensky in St. Peter’s Square on Sunday.', ['Leo', 'Volodymyr Zelensky']],
    ['Putin attended a service at St. Isaac’s Cathedral in St. Petersburg.', ['Vladimir Putin']],
    [
      'Grossi, head of the International Atomic Energy Agency, met Araghchi in Tehran.',
      ['Rafael Grossi', 'Abbas Araghchi'],
    ],
    ['Russian Direct Investment Fund chief Kirill Dmitriev met Witkoff.', ['Kirill Dmitriev', 'Steve Witkoff']],
    ['Dear Mr President, Trump wrote to Putin.', ['Donald Trump', 'Vladimir Putin']],
    ['Major General Ivan Popov said Russia attacked Ukraine.', ['Ivan Popov']],
    ['Trump criticised Obama-era sanctions on Russia.', ['Donald Trump']],
    ['JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) — Putin landed.', ['Vladimir Putin']],
    ['Black Sea ports were struck overnight, Zelensky said.', ['Volodymyr Zelensky']],
    ['Putin met officials in the Far East.', ['Vladimir Putin']],
    ['Truth Social posts by Trump angered Putin.', ['Donald Trump', 'Vladimir Putin']],
  ];
  it.each(rows)('%s', (text, people) => expect(peopleOf(text)).toEqual(people));
});

describe('names that look alike but are people stay people', () => {
  const rows: [string, string[]][] = [
    ['Juan Manuel Santos met Maduro in Quito.', ['Juan Manuel Santos', 'Nicolás Maduro']],
    ['Kim Jong-un received Lavrov in Wonsan.', ['Kim Jong-un', 'Sergei Lavrov']],
    ['Ayatollah Ali Khamenei criticised the United States.', ['Ali Khamenei']],
    ['Special Envoy Steve Witkoff met Putin.', ['Steve Witkoff', 'Vladimir Putin']],
    ['Rick Scott spoke with Zelensky.', ['Rick Scott', 'Volodymyr Zelensky']],
  ];
  it.each(rows)('%s', (text, people) => expect(peopleOf(text)).toEqual(people));
});

describe('a title phrase glued before a name is cut off it', () => {
  const rows: [string, string[]][] = [
    ['Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei criticised the United States.', ['Ali Khamenei']],
    [
      'Supreme Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said on Sunday that Iran would not yield.',
      ['Ali Khamenei'],
    ],
    ['Treasury Scott Bessent said the US would impose sanctions on Russia.', ['Scott Bessent']],
    ['Chief of Staff Susie Wiles spoke to reporters.', ['Susie Wiles']],
  ];
  it.each(rows)('%s', (text, people) => expect(peopleOf(text)).toEqual(people));
});
