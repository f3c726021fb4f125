import { extract } from '../../../src/extract';
import { linkMentions } from '../../../src/extract/4-link';
import { findMentions } from '../../../src/extract/3-mentions';
import { splitSentences } from '../../../src/extract/2-sentences';
import { articleOf } from './articleOf';

const link = (text: string) => {
  const mentions = findMentions(splitSentences(text));
  return { mentions, ...linkMentions(mentions) };
};

describe('linkMentions', () => {
  it('makes "Trump", "Donald Trump" and "US President Donald Trump" one person with a role and affiliation', () => {
    const { actors } = link('US President Donald Trump spoke. Trump then left. Later Donald Trump returned.');
    expect(actors.find((a) => a.id === 'donald-trump')).toEqual({
      id: 'donald-trump',
      name: 'Donald Trump',
      kind: 'PERSON',
      aliases: ['Trump', 'US President Donald Trump'],
      role: 'President',
      affiliation: 'united-states',
    });
  });

  const rows: [string, string, string | null][] = [
    [
      'Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi. Araghchi confirmed it.',
      'Araghchi',
      'abbas-araghchi',
    ],
    [
      'Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi, Russian Foreign Minister Sergei Lavrov said.',
      'Lavrov',
      'sergei-lavrov',
    ],
    ['According to Bloomberg, the talks failed.', 'Bloomberg', null],
    ['Meanwhile, the Kremlin said so.', 'Kremlin', 'russia'],
    [
      'Reminder: the Biden Administration used the Russians as intermediaries.',
      'Biden Administration',
      'united-states',
    ],
    [
      'Russia agreed to assist US President Donald Trump’s administration.',
      'US President Donald Trump’s administration',
      'united-states',
    ],
    ['Chinese President Xi Jinping spoke. Xi left.', 'Xi', 'xi-jinping'],
    // A word inside a long name: the name a person is known by.
    [
      'Brazilian President Luiz Inacio Lula da Silva spoke. Israel said Lula crossed a red line.',
      'Lula',
      'luiz-inacio-lula-da-silva',
    ],
    [
      'Brazilian President Luiz Inacio Lula da Silva spoke. President Lula left.',
      'President Lula',
      'luiz-inacio-lula-da-silva',
    ],
    ['North Korean leader Kim Jong Un spoke. He was greeted by Kim Jong-un.', 'Kim Jong-un', 'kim-jong-un'],
    // The word after "bin" names the father: King Salman is not Crown Prince Mohammed bin Salman, his son.
    ['Saudi Crown Prince Mohammed bin Salman spoke. King Salman received Abiy.', 'King Salman', 'salman'],
    // [guard: the full name is still the son's]
    [
      'Saudi Crown Prince Mohammed bin Salman spoke. Abiy met Mohammed bin Salman.',
      'Mohammed bin Salman',
      'mohammed-bin-salman',
    ],
    ['Russian President Vladimir Putin spoke. The Russian leader left.', 'Russian leader', 'vladimir-putin'],
    [
      'Egyptian President Abdel Fattah el-Sisi spoke. Biden called Egypt’s head of state.',
      'Egypt’s head',
      'abdel-fattah-el-sisi',
    ],
    // A name whose apposition is a title is a person's.
    [
      'It takes effect, according to Massad Boulos, US President Donald Trump’s Senior Advisor for Africa.',
      'Massad Boulos',
      'massad-boulos',
    ],
    ['It takes effect, according to Massad Boulos, who spoke.', 'Massad Boulos', null],
    // (Wire copy's lower-case title with its object: "president of", "prime minister of".)
    [
      'Abdelfattah El Burhan, president of the Sovereignty Council, flew into Cairo yesterday.',
      'Abdelfattah El Burhan',
      'abdelfattah-el-burhan',
    ],
    ['Masrour Barzani, prime minister of the Kurdistan region, met Erdogan.', 'Masrour Barzani', 'masrour-barzani'],
    // [guard: a lower-case title word without its object's preposition is no office]
    ['The loudest voice was Tendai Biti, chief among the critics.', 'Tendai Biti', null],
    // A title of a state no one holds by that state: the one holder whose state the article never gave.
    [
      'Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan for talks with the Greek leader.',
      'Greek leader',
      'kyriakos-mitsotakis',
    ],
    [
      'North Korea’s foreign minister warned the US. Foreign Minister Ri Yong-ho spoke.',
      'North Korea’s foreign minister',
      'ri-yong-ho',
    ],
    // A title no one in the article holds: the state acts through its officeholder; not one out of office.
    ['Iran’s president criticised Israel.', 'Iran’s president', 'iran'],
    ['Iran’s former president criticised Israel.', 'Iran’s former president', null],
    // (Nor one set off by a comma before a name, which is the name's, after the place the envoy serves in too.)
    [
      'Lula met the Israeli ambassador to Brazil, Daniel Zonshine, on Monday.',
      'Israeli ambassador to Brazil, Daniel Zonshine',
      'daniel-zonshine',
    ],
    // An envoy named by the place he serves in acts for his own state, not for the place (bnnbreaking.com 2023).
    [
      'Russia’s deputy envoy to the United Nations has lashed out at the United States.',
      'Russia’s deputy envoy to the United Nations',
      'russia',
    ],
    // An opposition leader is not the one who leads the state.
    [
      'Greek Prime Minister Kyriakos Mitsotakis spoke. Erdogan met the Greek opposition leader.',
      'Greek opposition leader',
      null,
    ],
    // A holder first named later in the description's own sentence is someone the sentence sets apart from it (White
    // House readout 2012: "The President also spoke with ...; President Dilma Rousseff of Brazil; ..."); a lead's
    // description may still name one the article names further down.
    [
      'The President also spoke with Prime Minister Julia Gillard of Australia; President Dilma Rousseff of Brazil.',
      'President',
      null,
    ],
    ['The Russian leader arrived first. Russian President Vladimir Putin spoke.', 'Russian leader', 'vladimir-putin'],
    // Only "the X administration" is American by idiom; a government that names no known leader is no actor.
    ['Last week, the National Unity Government said so.', 'National Unity Government', null],
  ];
  it.each(rows)('%s: "%s" → %s', (text, surface, id) => {
    const { mentions, actorOf } = link(text);
    const k = mentions.findIndex((m) => m.surface === surface);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(actorOf[k]).toBe(id);
  });

  it('keeps an honorific form and a seat of power as aliases', () => {
    const { actors } = link('Supreme Leader Ayatollah Ali Khamenei spoke. Kremlin spokesman Dmitry Peskov replied.');
    expect(actors.find((a) => a.id === 'ali-khamenei')?.aliases).toContain('Ayatollah Ali Khamenei');
    expect(actors.find((a) => a.id === 'russia')?.aliases).toContain('Kremlin');
  });
});

describe('one person under two transliterations of their name is one actor (the first full name)', () => {
  const people = (text: string) =>
    link(text)
      .actors.filter((a) => a.kind === 'PERSON')
      .map((a) => a.name);
  const rows: [string, string[]][] = [
    [
      'RDIF head Kirill Dmitriev met Witkoff in Miami. Dmitriyev said the talks went well. Kirill Dmitriyev left.',
      ['Kirill Dmitriev'],
    ],
    [
      'Kremlin aide Yuri Ushakov spoke. Presidential aide Yury Ushakov added that a meeting was agreed.',
      ['Yuri Ushakov'],
    ],
    ['Foreign Minister Sergei Lavrov spoke. Sergey Lavrov then left.', ['Sergei Lavrov']],
    // Different people who share a given name stay two.
    [
      'Foreign Minister Sergei Lavrov spoke. Deputy Foreign Minister Sergei Ryabkov added.',
      ['Sergei Lavrov', 'Sergei Ryabkov'],
    ],
    ['Supreme Leader Ali Khamenei spoke. Security chief Ali Larijani added.', ['Ali Khamenei', 'Ali Larijani']],
  ];
  it.each(rows)('%s', (text, expected) => expect(people(text)).toEqual(expected));
});

describe('a person the gazetteer spells another way keeps the article’s spellings, surname included, as aliases', () => {
  // The whole extractor, since the gazetteer is asked on the article's day.
  const person = (text: string, name: string) =>
    extract(articleOf(text, '2012-05-01')).actors.find((a) => a.name === name);
  it('finds "Mottaki" for the Manuchehr Motaki of the gazetteer', () =>
    expect(person('Iranian Foreign Minister Manouchehr Mottaki met Lavrov.', 'Manuchehr Motaki')?.aliases).toEqual(
      expect.arrayContaining(['Manouchehr Mottaki', 'Mottaki', 'Motaki']),
    ));
  it('adds no second surname when the article spells the name as the gazetteer does', () =>
    expect(person('Russian Foreign Minister Sergei Lavrov spoke.', 'Sergei Lavrov')?.aliases).toEqual([
      'Lavrov',
      'Russian Foreign Minister Sergei Lavrov',
    ]));
});

describe('a title "-elect" is a title: the name after it is the person', () => {
  const people = (text: string) =>
    extract(articleOf(text, '2024-12-09'))
      .actors.filter((a) => a.kind === 'PERSON')
      .map((a) => [a.name, a.role]);
  const rows: [string, (string | null)[][]][] = [
    ["The visit came ahead of President-elect Donald Trump's inauguration.", [['Donald Trump', 'President-elect']]],
    ['Prime Minister-elect Mark Carney spoke on Friday.', [['Mark Carney', 'Prime Minister-elect']]],
    // Must not: "elected" is no title, and a name stays whole.
    ['Voters elected Joe Biden.', [['Joe Biden', 'President']]],
    ['Karen Elect-Smith spoke on Friday.', [['Karen Elect-Smith', null]]],
  ];
  it.each(rows)('%s', (text, expected) => expect(people(text)).toEqual(expected));
});
