import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * A title after a state's adjective gives the person that state, whatever portfolio or body the title names
 * (lexicon/titles.ts TITLE_MODIFIERS): a cabinet's other portfolios ("Health Minister", "Oil Minister") and the heads
 * named by their body ("spy chief", "parliament speaker", "junta leader"). Rows that must not
 * change: a body's word with no title head after it names no person.
 */
const personOf = (text: string): string[] =>
  extract(articleOf(text, '2024-05-03'))
    .actors.filter((a) => a.kind === 'PERSON')
    .map((a) => `${a.id}|${a.role}|${a.affiliation}`);

describe('a portfolio or body before a title head: the person acts for the state before it', () => {
  it.each([
    ['Polish Health Minister Adam Niedzielski met Xi Jinping on Monday.', 'adam-niedzielski|Health Minister|poland'],
    ['Saudi Oil Minister Ali al-Naimi met Xi Jinping on Monday.', 'ali-al-naimi|Oil Minister|saudi-arabia'],
    ['Kenyan spy chief Noordin Haji met Xi Jinping on Monday.', 'noordin-haji|spy chief|kenya'],
    [
      'Emirati parliament speaker Saqr Ghobash met Xi Jinping on Monday.',
      'saqr-ghobash-said-ghobash|parliament speaker|united-arab-emirates',
    ],
    ['Indonesian air force chief Tonny Harjono met Xi Jinping on Monday.', 'tonny-harjono|air force chief|indonesia'],
    ['Kenyan government spokesman Isaac Mwaura met Xi Jinping on Monday.', 'isaac-mwaura|government spokesman|kenya'],
    // (A title's "of" goes on to its object: the state, not a "Central" modifier of the title.)
    [
      'The President of the Central African Republic, Faustin Touadéra, met Xi Jinping on Monday.',
      'faustin-archange-touadera|President|central-african-republic',
    ],
  ])('%s', (text, person) => expect(personOf(text)).toContain(person));
});

/** The meeting's sides of one text, as actor ids. */
const sidesOf = (text: string): string[] =>
  extract(articleOf(text, '2024-05-03'))
    .events.filter((e) => e.type === 'MEETING')
    .flatMap((e) => e.participants.map((p) => p.actorId));

describe('an organisation before a title: the person holds it there, and is the one who acts', () => {
  it.each([
    // (A title's head news writes for a body's head: "chairperson", "prosecutor".)
    [
      'African Union Commission chairperson Moussa Faki Mahamat met Xi Jinping on Monday.',
      'moussa-faki-mahamat|chairperson|african-union-commission',
    ],
    ['ICC prosecutor Karim Khan met Xi Jinping on Monday.', 'karim-khan|prosecutor|international-criminal-court'],
    // (A name the article defines owns the title after it, as a gazetteer's does.)
    [
      'Russian Security Council Secretary Sergei Shoigu met Xi Jinping on Monday.',
      'sergei-shoigu|Secretary|russian-security-council',
    ],
    // (A body's own word between its owner and the head.)
    [
      'ECOWAS Commission President Omar Touray met Xi Jinping on Monday.',
      'omar-alieu-touray|Commission President|economic-community-of-west-african-states',
    ],
    [
      'Israeli Strategic Affairs Minister Ron Dermer met Xi Jinping on Monday.',
      'ron-dermer|Strategic Affairs Minister|israel',
    ],
    [
      'Japanese Chief Cabinet Secretary Yoshimasa Hayashi met Xi Jinping on Monday.',
      'yoshimasa-hayashi|Chief Cabinet Secretary|japan',
    ],
  ])('%s', (text, person) => {
    expect(personOf(text)).toContain(person);
    expect(sidesOf(text)).toEqual([person.split('|')[0], 'xi-jinping']);
  });
  // Must not: a defined body with no title after it stands for itself.
  it('the Russian Security Council met on Monday: the council, no person', () =>
    expect(personOf('The Russian Security Council met on Monday to discuss the war.')).toEqual([]));
});

describe('a body named without a title head names no person', () => {
  it.each([
    ['The Kenyan government said on Monday that talks would go on.'],
    ['Polish police arrested two men in Warsaw on Monday.'],
    ['The Brazilian central bank raised rates on Wednesday.'],
  ])('%s', (text) => expect(personOf(text)).toEqual([]));
});
