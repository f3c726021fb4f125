import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * One known person is one actor in every article, whatever form of the name the article writes: the graph merges
 * articles by actor id, and an id made from each article's own form split a person across articles ("Cyril
 * Ramaphosa" and "Ramaphosa" were two actors). The rows are forms seen in wire copy; each gives the actor id of the
 * person who meets Xi Jinping.
 */
const idOf = (body: string, published: string): string | undefined =>
  extract(articleOf(body, published))
    .events.find((e) => e.type === 'MEETING')
    ?.participants.map((p) => p.actorId)
    .find((id) => id !== 'xi-jinping');

describe('a known person has one actor id, whatever form the article writes', () => {
  const rows: [string, string, string][] = [
    [
      'South African President Cyril Ramaphosa met Chinese President Xi Jinping on Tuesday.',
      '2024-09-04',
      'cyril-ramaphosa',
    ],
    ['Ramaphosa met Chinese President Xi Jinping on Tuesday.', '2024-09-04', 'cyril-ramaphosa'],
    [
      'President Matamela Cyril Ramaphosa met Chinese President Xi Jinping on Tuesday.',
      '2024-09-04',
      'cyril-ramaphosa',
    ],
    [
      'Philippine President Ferdinand Marcos Jr. met Chinese President Xi Jinping on Friday.',
      '2023-11-18',
      'ferdinand-marcos-jr',
    ],
    ['President Bongbong Marcos met Chinese President Xi Jinping on Friday.', '2023-11-18', 'ferdinand-marcos-jr'],
    ['President Marcos met Chinese President Xi Jinping on Friday.', '2023-11-18', 'ferdinand-marcos-jr'],
    [
      'External Affairs Minister S Jaishankar met Chinese President Xi Jinping on Tuesday.',
      '2025-07-16',
      'subrahmanyam-jaishankar',
    ],
    ['Jaishankar met Chinese President Xi Jinping on Tuesday.', '2025-07-16', 'subrahmanyam-jaishankar'],
    [
      'Saudi Crown Prince Mohammad bin Salman met Chinese President Xi Jinping on Friday.',
      '2022-12-10',
      'mohammed-bin-salman',
    ],
    [
      'Crown Prince Mohammed bin Salman met Chinese President Xi Jinping on Friday.',
      '2022-12-10',
      'mohammed-bin-salman',
    ],
    // (A y inside a word is no transliteration's ending: the gazetteer's own spelling, not the one without it.)
    [
      'Kazakh President Nursultan Nazarbaev met Chinese President Xi Jinping on Monday.',
      '2017-06-05',
      'nursultan-nazarbayev',
    ],
    ['Nursultan Nazarbayev met Chinese President Xi Jinping on Monday.', '2017-06-05', 'nursultan-nazarbayev'],
    ['Khalil al-Haya met Chinese President Xi Jinping on Monday.', '2025-06-02', 'khalil-al-hayya'],
    ['Volodymyr Zelenskyy met Chinese President Xi Jinping on Monday.', '2019-06-03', 'volodymyr-zelensky'],
  ];
  it.each(rows)('%s (%s) → %s', (body, published, id) => expect(idOf(body, published)).toBe(id));
});

describe('another person of the same surname keeps an actor of their own', () => {
  const rows: [string, string, string][] = [
    ['Lara Trump met Chinese President Xi Jinping on Tuesday.', '2025-05-06', 'donald-trump'],
    [
      'Turkish first lady Emine Erdogan met Chinese President Xi Jinping on Tuesday.',
      '2024-06-04',
      'recep-tayyip-erdogan',
    ],
    ['Hunter Biden met Chinese President Xi Jinping on Tuesday.', '2023-06-06', 'joe-biden'],
  ];
  it.each(rows)('%s (%s) is not %s', (body, published, id) => {
    const found = idOf(body, published);
    expect(found).toBeDefined();
    expect(found).not.toBe(id);
  });
});
