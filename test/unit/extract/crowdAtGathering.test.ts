import { eventTable } from './eventTable';

/**
 * Attendees of a multilateral summit told as a crowd, and the meetings next to them that must stay. Sentences found
 * with the search tool (pages), retold in the past with the article dated 2025-03-04, a Tuesday: Arab News 2023-05-18
 * (Arab League arrivals in Jeddah), Türkiye Today 2025 (Sharm el-Sheikh peace summit), WION 2023 (G20 in New Delhi),
 * Bankugh 2025 (SCO in Tianjin), AllAfrica 2019 (EAC in Arusha), CanIndia 2022 (five Arab leaders in New Alamein), The
 * Africa Report 2022 (EAC leaders in Nairobi), the White House 2013 (G-20 in St Petersburg), AP 2019 (Hanoi).
 */

eventTable('a crowd at a gathering: some "among" many, or five sides or more who came, do not meet one another', [
  [
    'Leaders from Egypt, Lebanon, Palestine, Bahrain, Yemen, Mauritania and Tunisia arrived in Jeddah on Thursday to take part in the Arab League summit.',
    [],
  ],
  [
    'World leaders, among them Turkish President Recep Tayyip Erdogan and French President Emmanuel Macron, came together in Sharm el-Sheikh on Monday for the peace summit.',
    [],
  ],
  [
    'World leaders, among them US President Joe Biden, Chinese Premier Li Qiang and Turkish President Recep Tayyip Erdogan, gathered in New Delhi on Saturday for the G20 summit.',
    [],
  ],
  // (Nor does the host who brings the crowd together broker anything between its members.)
  [
    'Chinese President Xi Jinping brought together the leaders of Iran, Turkey, Russia and India among heads of state from nearly 20 countries on Sunday for the SCO summit.',
    [],
  ],
  [
    'The presidents of Tanzania, Uganda, Kenya, Rwanda and Burundi arrived in Arusha on Friday to attend the East African Community summit.',
    [],
  ],
]);

eventTable('near misses: a meeting told with its own verb, a pair at their own summit, a host of a crowd', [
  [
    'The leaders of Egypt, the United Arab Emirates, Jordan, Bahrain and Iraq met on Monday over means to develop their all-round relations.',
    [
      'MEETING PARTICIPANT:egypt PARTICIPANT:united-arab-emirates PARTICIPANT:jordan PARTICIPANT:bahrain PARTICIPANT:iraq @2025-03-03',
    ],
  ],
  [
    "DRC's Felix Tshisekedi, Uganda's Yoweri Museveni, Burundi's Evariste Ndayishimiye and Kenya's Uhuru Kenyatta held a meeting in Nairobi on Friday.",
    [
      'MEETING PARTICIPANT:felix-tshisekedi PARTICIPANT:yoweri-museveni PARTICIPANT:evariste-ndayishimiye PARTICIPANT:uhuru-kenyatta @2025-02-28',
    ],
  ],
  [
    'President Barack Obama held a bilateral meeting with President Xi Jinping of China on Friday on the sidelines of the G-20 summit.',
    ['MEETING PARTICIPANT:barack-obama PARTICIPANT:xi-jinping @2025-02-28'],
  ],
  [
    'North Korean leader Kim Jong Un and US President Donald Trump arrived in Hanoi on Tuesday for their second summit.',
    ['MEETING PARTICIPANT:kim-jong-un PARTICIPANT:donald-trump @2025-03-04'],
  ],
]);
