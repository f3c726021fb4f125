import { extract } from '../../../src/extract';
import type { ArticleInput } from '../../../src/domain/types';

/** Events of one text as "TYPE role:actor ... @date [location]" strings (stages 2-7 together). */
function eventsOf(body: string, published: string | null = '2025-03-04'): string[] {
  const article: ArticleInput = { id: 'a', origin: 'a.txt', title: null, url: null, source: null, published, body };
  return extract(article).events.map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`), `@${e.date}`, ...(e.location ? [`[${e.location}]`] : [])].join(' '));
}

describe('findEvents: participants from the sentence structure', () => {
  const rows: [string, string[]][] = [
    ['Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.',
      ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:emmanuel-macron @2025-02-27 [Beijing]']],
    ['Turkey’s Foreign Minister Hakan Fidan spoke by phone with his Ukrainian counterpart Andrii Sybiha on Monday.',
      ['CALL PARTICIPANT:hakan-fidan PARTICIPANT:andrii-sybiha @2025-03-03']],
    ['During a Feb. 18 meeting in Riyadh, Saudi Arabia, US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov discussed Washington’s interest in Moscow facilitating talks with Iran.',
      ['MEETING PARTICIPANT:marco-rubio PARTICIPANT:sergei-lavrov @2025-02-18 [Riyadh, Saudi Arabia]']],
    ['Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi on the US discussions, Russian Foreign Minister Sergei Lavrov said.',
      ['BRIEFING SOURCE:sergei-lavrov TARGET:abbas-araghchi @null']],
    ['Russia has agreed to assist US President Donald Trump’s administration in engaging with its ally, Iran, on its nuclear program.',
      ['MEDIATION MEDIATOR:russia PARTY:united-states PARTY:iran @null', 'ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null']],
    ['Meanwhile, Russia and Iran have strengthened ties, with Moscow using Iranian drones in its war against Ukraine.',
      ['ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null', 'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null']],
    ['Since taking office, Trump has worked to restore US-Russia relations, severed after Moscow’s 2022 full-scale invasion of Ukraine.',
      ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2022']],
    ['Supreme Leader Ayatollah Ali Khamenei recently stated that US President Donald Trump “can’t be trusted” after pulling out of the deal.',
      ['CRITICISM SOURCE:ali-khamenei TARGET:donald-trump @null']],
    ['Egypt and Qatar brokered a ceasefire between Israel and Hamas in January.',
      ['MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-01']],
    ['The European Union imposed new sanctions on Russia on Friday.',
      ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28']],
    ['Ukrainian President Volodymyr Zelensky spoke. Zelensky met NATO Secretary General Mark Rutte in Brussels on Thursday.',
      ['MEETING PARTICIPANT:volodymyr-zelensky PARTICIPANT:mark-rutte @2025-02-27 [Brussels]']],
    ['Pyongyang and Moscow signed a mutual defence treaty in June 2024.',
      ['AGREEMENT PARTICIPANT:north-korea PARTICIPANT:russia @2024-06']],
  ];
  it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});

describe('findEvents: what is not asserted is not an event', () => {
  const rows: string[] = [
    'Iran’s President Masoud Pezeshkian said he supports rejecting talks with Washington.',
    'Russian President Vladimir Putin and US President Donald Trump could meet in Saudi Arabia.',
    'Saudi Crown Prince Mohammed bin Salman will visit Washington next month.',
    'Iranian Foreign Minister Abbas Araghchi said Tehran would not negotiate directly with Washington.',
    'Iran’s Foreign Ministry spokesman Esmaeil Baghaei, when asked about potential Russian mediation, declined to comment.',
    'Kremlin spokesman Dmitry Peskov told Bloomberg that the talks were useful.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

describe('findEvents: confidence', () => {
  it('is lower for a reported event than for a plain one', () => {
    const article = (body: string): ArticleInput => ({ id: 'a', origin: 'a', title: null, url: null, source: null, published: '2025-03-04', body });
    const plain = extract(article('North Korea has supplied Russia with artillery shells.')).events[0];
    const reported = extract(article('North Korea has supplied Russia with artillery shells, according to South Korean intelligence.')).events[0];
    expect(reported.confidence).toBeLessThan(plain.confidence);
    expect(reported.confidence).toBeGreaterThan(0);
  });
});
