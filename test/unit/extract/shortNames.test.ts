import { extract } from '../../../src/extract';
import { linkMentions } from '../../../src/extract/4-link';
import { findMentions } from '../../../src/extract/3-mentions';
import { splitSentences } from '../../../src/extract/2-sentences';
import { articleOf } from './articleOf';

/**
 * A later sentence names a person by a short form of the long name it gave first: the first word and the family name
 * with the middle left out, or a patronymic name without the family name. One person, one actor, so one event told
 * twice stays one edge (the rows are after Gulf, Saudi and US wire copy).
 */
const actorOfSurface = (text: string, surface: string): string | null => {
  const mentions = findMentions(splitSentences(text));
  const { actorOf } = linkMentions(mentions);
  const k = mentions.findIndex((m) => m.surface === surface || m.name === surface);
  expect(k).toBeGreaterThanOrEqual(0);
  return actorOf[k] ?? null;
};

describe('a short form of a long name names the same person', () => {
  const rows: [string, string, string | null][] = [
    [
      'Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met a Hamas delegation. Sheikh Mohammed Al Thani held talks with the team.',
      'Mohammed Al Thani',
      'mohammed-bin-abdulrahman-bin-jassim-al-thani',
    ],
    // (A sentence's opening name keeps its honorific.)
    [
      'Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met the team. Earlier this month, Sheikh Mohammed Al Thani voiced optimism.',
      'Sheikh Mohammed Al Thani',
      'mohammed-bin-abdulrahman-bin-jassim-al-thani',
    ],
    [
      'UAE President Sheikh Mohamed bin Zayed Al Nahyan received Shura Council chief Abdullah bin Mohammed bin Ibrahim Al Sheikh. Mohamed bin Zayed welcomed Abdullah Al Sheikh.',
      'Abdullah Al Sheikh',
      'abdullah-bin-mohammed-bin-ibrahim-al-sheikh',
    ],
    [
      'UAE President Sheikh Mohamed bin Zayed Al Nahyan received Shura Council chief Abdullah bin Mohammed bin Ibrahim Al Sheikh. Mohamed bin Zayed welcomed Abdullah Al Sheikh.',
      'Mohamed bin Zayed',
      'mohamed-bin-zayed-al-nahyan',
    ],
    [
      'Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received the minister. Mohammed bin Salman said the talks were good.',
      'Mohammed bin Salman',
      'mohammed-bin-salman-bin-abdulaziz-al-saud',
    ],
    [
      'Dubai Crown Prince Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum met the envoy. Hamdan bin Mohammed praised the ties.',
      'Hamdan bin Mohammed',
      'hamdan-bin-mohammed-bin-rashid-al-maktoum',
    ],
    [
      'Emir Sheikh Tamim bin Hamad Al Thani received the minister. Tamim Al Thani welcomed him.',
      'Tamim Al Thani',
      'tamim-bin-hamad-al-thani',
    ],
    [
      'Secretary of State John Forbes Kerry met Lavrov in Geneva. John Kerry said the talks were useful.',
      'John Kerry',
      'john-forbes-kerry',
    ],
    // The father, not the son whose name holds his: the short form's first word is the father's.
    [
      'Vice President Sheikh Mohammed bin Rashid Al Maktoum and Crown Prince Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum received the guests. Mohammed Al Maktoum thanked them.',
      'Mohammed Al Maktoum',
      'mohammed-bin-rashid-al-maktoum',
    ],
  ];
  it.each(rows)('%s: "%s" → %s', (text, surface, id) => expect(actorOfSurface(text, surface)).toBe(id));
});

describe('a name that is no short form of one long name stays its own', () => {
  const rows: [string, string, string][] = [
    // Another first word: the emir's father, not the emir.
    [
      'Emir Sheikh Tamim bin Hamad Al Thani spoke. His father, Sheikh Hamad Al Thani, left.',
      'Hamad Al Thani',
      'tamim-bin-hamad-al-thani',
    ],
    // Two long names it shortens: no telling which.
    [
      'UAE President Sheikh Mohamed bin Zayed Al Nahyan met airports chairman Sheikh Mohammed bin Hamad bin Tahnoun Al Nahyan. Mohammed Al Nahyan spoke.',
      'Mohammed Al Nahyan',
      'mohamed-bin-zayed-al-nahyan',
    ],
    [
      'UAE President Sheikh Mohamed bin Zayed Al Nahyan met airports chairman Sheikh Mohammed bin Hamad bin Tahnoun Al Nahyan. Mohammed Al Nahyan spoke.',
      'Mohammed Al Nahyan',
      'mohammed-bin-hamad-bin-tahnoun-al-nahyan',
    ],
    // A name that begins a longer one without a patronymic is another person's ("Jr.", a son).
    ['US President Donald Trump spoke. Donald Trump Jr. left.', 'Donald Trump Jr', 'donald-trump'],
  ];
  it.each(rows)('%s: "%s" is not %s', (text, surface, id) => expect(actorOfSurface(text, surface)).not.toBe(id));
});

describe('one meeting told under a long name and its short form is one edge', () => {
  it('joins "met a Hamas delegation" and "held talks with a Hamas team" of one prime minister', () => {
    const { events } = extract(
      articleOf(
        'Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met a Hamas delegation in Doha on Saturday. ' +
          'Sheikh Mohammed Al Thani held talks with a Hamas team headed by Khalil Al Hayya, the statement said.',
        '2024-12-29',
      ),
    );
    const meetings = events.filter((e) => e.type === 'MEETING' && e.participants.some((p) => p.actorId === 'hamas'));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants.map((p) => p.actorId)).toContain('mohammed-bin-abdulrahman-al-thani');
  });
});

/**
 * A name that opens a sentence after a quote keeps its honorific ("“...,” Mr Zuppi told RAI"): without it, it is the
 * person the article named in full, not a second one (rows after BBC, ABC and Reuters copy).
 */
describe('"Mr", "Dr" or "Sheikh" before a name the article gave in full names that person', () => {
  const rows: [string, string, string | null][] = [
    [
      'Papal envoy Cardinal Matteo Zuppi spoke on Sunday. “There is not a peace plan, not a mediation,” Mr Zuppi told state broadcaster RAI.',
      'Mr Zuppi',
      'matteo-zuppi',
    ],
    [
      'Prime Minister Anthony Albanese met his Solomon Islands counterpart Manasseh Sogavare. “I need a hug,” Mr Sogavare said.',
      'Mr Sogavare',
      'manasseh-sogavare',
    ],
    ['Prime Minister Narendra Modi met Putin. “We are friends,” Mr Modi said.', 'Mr Modi', 'narendra-modi'],
    [
      'WHO chief Tedros Adhanom Ghebreyesus spoke. “The world must act,” Dr Tedros said.',
      'Dr Tedros',
      'tedros-adhanom-ghebreyesus',
    ],
  ];
  it.each(rows)('%s: "%s" → %s', (text, surface, id) => expect(actorOfSurface(text, surface)).toBe(id));
  // [guard: another surname is another person]
  it('keeps "Mr Parolin" apart from Matteo Zuppi', () =>
    expect(
      actorOfSurface('Papal envoy Cardinal Matteo Zuppi spoke. “There is no plan,” Mr Parolin said.', 'Mr Parolin'),
    ).not.toBe('matteo-zuppi'));
});
