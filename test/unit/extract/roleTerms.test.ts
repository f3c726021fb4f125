import { extract } from '../../../src/extract';
import type { HeldRole } from '../../../src/domain/types';
import { articleOf } from './articleOf';

/** The role the extractor keeps for a person of a one-sentence article: `held`, or undefined for no actor. */
function heldOf(sentence: string, published: string, person: string): HeldRole | null | undefined {
  return extract(articleOf(sentence, published)).actors.find((a) => a.id === person)?.held;
}

const role = (title: string, of: string, from: string | null, to: string | null): HeldRole => ({ title, of, from, to });
const US_PRESIDENT_1 = role('President', 'united-states', '2017-01-20', '2021-01-20');
const US_PRESIDENT_2 = role('President', 'united-states', '2025-01-20', null);

/*
 * The phrasing is news phrasing; several rows are sentences of real reports, shortened: Mottaki (jpost.com, "Ex-Iranian
 * FM criticizes Ahmadinejad for firing him", 2010-12-19), Manmohan Singh (thesouthasiantimes.info, "Former PM Manmohan
 * Singh slams govt on foreign policy"), Trump and Biden (thevaultznews.com, "Trump, Biden meet to discuss transition",
 * November 2024), Obama and Trump (Reuters, "Obama, Trump talk at White House", 2016-11-10: "President-elect Donald
 * Trump held a 90-minute meeting on Thursday with U.S. President Barack Obama").
 */
describe('held roles: the term each person’s role was held, from the gazetteer and from the words', () => {
  // [sentence (real news phrasing), published, person, the role kept]
  const rows: [string, string, string, HeldRole | null][] = [
    // The gazetteer's dated office, the one the article's date means: Trump's two terms.
    [
      'Former US President Donald Trump met Russian Foreign Minister Sergei Lavrov.',
      '2022-05-04',
      'donald-trump',
      US_PRESIDENT_1,
    ],
    [
      'Trump personally raised the issue with US President Donald Trump’s envoy.',
      '2025-03-04',
      'donald-trump',
      US_PRESIDENT_2,
    ],
    ['Putin then met US President Donald Trump in Alaska.', '2025-08-16', 'donald-trump', US_PRESIDENT_2],
    ['Donald Trump met Vladimir Putin in Helsinki, Finland.', '2018-07-17', 'donald-trump', US_PRESIDENT_1],
    // An untitled "Trump" of 2022 is the former President: his first term, to the United States the article names.
    ['Trump criticized the United States and Biden.', '2022-07-17', 'donald-trump', US_PRESIDENT_1],
    // "President-elect" in November 2024: elected, not yet in office: the term to come, as "incoming" says.
    [
      'President-elect Donald Trump has met with Outgoing President Joe Biden at the White House.',
      '2024-11-13',
      'donald-trump',
      US_PRESIDENT_2,
    ],
    // "Outgoing" bounds nothing: Biden's term ends when the gazetteer says, after publication.
    [
      'President-elect Donald Trump has met with Outgoing President Joe Biden at the White House.',
      '2024-11-13',
      'joe-biden',
      role('President', 'united-states', '2021-01-20', '2025-01-20'),
    ],
    // "Former" chooses the office that ended, not the one held later (Medvedev was Prime Minister after).
    [
      'Russia’s former President Dmitry Medvedev criticized Ukraine.',
      '2023-07-17',
      'dmitri-medvedev', // (the gazetteer's preferred spelling, preferredOf)
      role('President', 'russia', '2008-05-07', '2012-05-07'),
    ],
    [
      'Former Ukrainian President Petro Poroshenko criticized President Volodymyr Zelensky.',
      '2023-07-17',
      'petro-poroshenko',
      role('President', 'ukraine', '2014-06-07', '2019-05-20'),
    ],
    // "then-" gives the gazetteer's term, no bound of its own.
    [
      'Then-U.S. President Barack Obama spoke with Russian President Vladimir Putin.',
      '2024-05-04',
      'barack-obama',
      role('President', 'united-states', '2009-01-20', '2017-01-20'),
    ],
    [
      'Then-US Vice President Joe Biden met Israeli Prime Minister Benjamin Netanyahu in Jerusalem.',
      '2024-01-14',
      'joe-biden',
      role('Vice President', 'united-states', '2009-01-20', '2017-01-20'),
    ],
    // Words alone, for a person the gazetteer does not date: "former" ends the role by publication.
    [
      'Iran’s former foreign minister Manouchehr Mottaki criticized Iranian President Mahmoud Ahmadinejad.',
      '2010-12-19',
      // (Named as the gazetteer spells him, so that every article's spelling is one actor: preferredOf, knownPeople.ts.)
      'manuchehr-motaki',
      role('foreign minister', 'iran', null, '2010-12-19'),
    ],
    // "incoming": the gazetteer's term to come (Scholz from 8 December 2021); "outgoing" Merkel's end is the gazetteer's.
    [
      'Outgoing German Chancellor Angela Merkel met incoming German Chancellor Olaf Scholz in Berlin.',
      '2021-12-04',
      'olaf-scholz',
      role('Federal Chancellor', 'germany', '2021-12-08', '2025-05-06'),
    ],
    [
      'Outgoing German Chancellor Angela Merkel met incoming German Chancellor Olaf Scholz in Berlin.',
      '2021-12-04',
      'angela-merkel',
      role('Chancellor', 'germany', '2005-11-01', '2021-12-08'),
    ],
    // A current title of a person the gazetteer does not know: open on both sides. (A made-up name: the row's first
    // one, Hussein Awad, is known now, as foreign minister from April to November 2024.)
    [
      'The Sudanese army chief Abdel Fattah al-Burhan met Sudanese Foreign Minister Hamid Osman Taha.',
      '2025-01-10',
      'hamid-osman-taha',
      role('Foreign Minister', 'sudan', null, null),
    ],
    // A person the gazetteer knows (since the names2 batch): the term of the office the title names.
    [
      'The Sudanese army chief Abdel Fattah al-Burhan met Egyptian Foreign Minister Badr Abdelatty.',
      '2025-01-10',
      'badr-abdelatty',
      role('Foreign Minister', 'egypt', '2024-07-03', null),
    ],
    // Must not: a former role with no state named keeps no role (nothing to hold it in).
    [
      'Former Prime Minister Manmohan Singh slammed the BJP-led government at the Centre.',
      '2022-02-17',
      'manmohan-singh',
      null,
    ],
    ['Former Secretary of State Mike Pompeo criticized Iran.', '2023-11-10', 'mike-pompeo', null],
    // "President-elect" in 2016: the gazetteer's current President is Obama, and Trump holds no office yet.
    [
      'President-elect Donald Trump held a 90-minute meeting on Thursday with U.S. President Barack Obama.',
      '2016-11-10',
      'barack-obama',
      role('President', 'united-states', '2009-01-20', '2017-01-20'),
    ],
  ];
  it.each(rows)('%s (%s): %s', (sentence, published, person, expected) => {
    expect(heldOf(sentence, published, person)).toEqual(expected);
  });

  it('leaves a person without a role, and states, without a held role', () => {
    const { actors } = extract(articleOf('Iran criticized Israel.', '2025-03-04'));
    expect(actors.map((a) => a.held)).toEqual([undefined, undefined]);
  });

  it('changes no actor’s role or affiliation: "Former US President" keeps the extractor’s reading', () => {
    const trump = extract(articleOf('Former US President Donald Trump met Lavrov.', '2022-05-04')).actors[0];
    expect(trump).toMatchObject({ role: 'President', affiliation: 'united-states' });
  });
});
