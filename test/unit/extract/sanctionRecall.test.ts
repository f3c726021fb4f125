import { eventTable } from './eventTable';

/**
 * Recall of sanctions, threats and cooperation on news nobody labelled (issue 20, audit sanc3): each mechanism with
 * rows that must fire and rows that must not. Rows are written after real news phrasings (names and wording changed).
 */

eventTable('an announced measure is decided; one threatened, vowed, conditioned, weighed or denied is not', [
  [
    'The United States said on Thursday it would freeze nearly all security assistance to Pakistan until Islamabad acts against militant groups.',
    ['SANCTION SOURCE:united-states TARGET:pakistan @2025-02-27'],
  ],
  [
    'Canada will impose targeted sanctions on forty Venezuelan officials, including President Nicolas Maduro.',
    ['SANCTION SOURCE:canada TARGET:venezuela @null', 'SANCTION SOURCE:canada TARGET:nicolas-maduro @null'],
  ],
  [
    'The European Union will impose new sanctions on Belarus, its foreign policy chief said.',
    ['SANCTION SOURCE:european-union TARGET:belarus @null'],
  ],
  [
    'Britain said it would swiftly impose sanctions on Russian banks.',
    ['SANCTION SOURCE:united-kingdom TARGET:russia @null'],
  ],
  ['Trump said he would impose tariffs on Mexico if it did not stop migrants.', []],
  ['Trump warned that he would impose tariffs on Mexico on Saturday.', []],
  ['China vowed it would impose countermeasures on Japan.', ['THREAT SOURCE:china TARGET:japan @2025-03-04']],
  ['The EU is considering whether it would impose sanctions on Russia.', []],
  ['Japan would not impose sanctions on Russia, its foreign minister said.', []],
  ['The United States could impose sanctions on Iran, officials said.', []],
  ['The European Union said it would consider sanctions on Guatemalan officials.', []],
  ['Germany called for a freeze of aid to Rwanda on Monday.', []],
  ['The United States said it would lift sanctions on Syria.', []],
]);

eventTable('a participle after a comma is the subject saying why, not the object speaking', [
  [
    'The United States imposed sanctions on Iran on Monday, saying the move would curb its missile programme.',
    ['SANCTION SOURCE:united-states TARGET:iran @2025-03-03'],
  ],
  [
    'Poland and Hungary on Saturday banned imports of grain and dozens of other food products from Ukraine, saying the move would protect farmers.',
    ['SANCTION SOURCE:poland SOURCE:hungary TARGET:ukraine @2025-03-01'],
  ],
  // The speaker after the object is still nobody's object.
  ['To end the war, the United States is sanctioning Rosneft, Bessent said.', []],
]);

eventTable('measures taken in reprisal, and duties raised, sanction the actor they answer', [
  [
    'Beijing responded by raising taxes on the same amount of American imports.',
    ['SANCTION SOURCE:china TARGET:united-states @null'],
  ],
  [
    'China retaliated on Friday against new US tariffs with a series of measures, including levies on all American imports.',
    ['SANCTION SOURCE:china TARGET:united-states @2025-02-28'],
  ],
  [
    'President Obama on Thursday announced a series of retaliatory measures against Russia over its hacking.',
    ['SANCTION SOURCE:barack-obama TARGET:russia @2025-02-27'],
  ],
  [
    'Iran retaliated against Israel with missile strikes on Saturday.',
    ['CONFLICT PARTICIPANT:iran PARTICIPANT:israel @2025-03-01'],
  ],
  ['Russia hit back at European Union sanctions on Friday.', []],
  ['Japan announced a series of new measures to help Ukraine rebuild.', []],
]);

eventTable('drills of a kind of force held by two sides are cooperation; one side alone or onlookers are not', [
  [
    'Russia and China held naval exercises in the Sea of Japan on Monday.',
    ['COOPERATION PARTICIPANT:russia PARTICIPANT:china @2025-03-03'],
  ],
  [
    'The US and South Korea are in the middle of air force drills, which run through Friday.',
    ['COOPERATION PARTICIPANT:united-states PARTICIPANT:south-korea @null'],
  ],
  ['China held naval drills near Taiwan on Monday.', []],
  ['Putin and Lukashenko watched military drills near Minsk on Tuesday.', []],
  ['North Korea fired two missiles as South Korea wrapped up military drills.', []],
]);

eventTable('steps vowed against an actor and responses promised in force are threats', [
  [
    'The Chinese government vowed on Wednesday to take "firm and forceful measures" against US threats.',
    ['THREAT SOURCE:china TARGET:united-states @2025-02-26'],
  ],
  ['China vowed to take measures to support Hong Kong on Friday.', []],
  [
    'North Korea said it would strongly react to the drills of South Korea.',
    ['THREAT SOURCE:north-korea TARGET:south-korea @2025-03-04'],
  ],
  ['Iranian Foreign Minister Abbas Araghchi said Iran would strongly support Iraq on Monday.', []],
  [
    'North Korea warned that Pyongyang would take "fiercer" military action against the United States if Washington keeps up its drills.',
    ['THREAT SOURCE:north-korea TARGET:united-states @2025-03-04'],
  ],
  ['The central bank will take measures against inflation, the governor said.', []],
  ['Germany will not take action against Russia, the chancellor said.', []],
]);

eventTable('"its" opening the reason for an act is the one the act falls on', [
  [
    'The EU agreed on a new round of sanctions against Russia over its invasion of Ukraine on Thursday.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-27',
      'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-27',
    ],
  ],
  ['Russia said its invasion of Ukraine would go on.', ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null']],
]);

eventTable('the subject of a clause joined by "and" acts in its "by" or "after" gerund', [
  [
    'That came four days after Washington imposed duties on Chinese goods and Beijing responded by raising taxes on American imports.',
    ['SANCTION SOURCE:united-states TARGET:china @null', 'SANCTION SOURCE:china TARGET:united-states @null'],
  ],
  [
    'Macron met Scholz in Paris and Meloni arrived in Rome after meeting Zelensky.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-03-04',
      'MEETING PARTICIPANT:giorgia-meloni PARTICIPANT:volodymyr-zelensky @2025-03-04',
    ],
  ],
  [
    'Erdogan arrived in Ankara after holding talks with Pashinyan.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:nikol-pashinyan @2025-03-04'],
  ],
  // The last member of a list is no clause's subject.
  [
    "A Hamas delegation made up of Ismail Haniyeh and two other leaders, Khaled Meshaal and Khalil al-Hayya, left Cairo on Thursday after meeting Egypt's intelligence chief Abbas Kamel.",
    ['MEETING PARTICIPANT:hamas PARTICIPANT:abbas-kamel @2025-02-27'],
  ],
]);

eventTable('a measure eased or lifted is no sanction, however far its noun', [
  ["The United States has announced it is easing some restrictions on Syria's transitional government.", []],
  [
    'The United States announced new export restrictions on China on Monday.',
    ['SANCTION SOURCE:united-states TARGET:china @2025-03-03'],
  ],
]);

eventTable('the US sanctions offices speak for the United States (round 14 probe: Daily Caller, NY Post, The Hill)', [
  [
    'The Treasury Department announced sanctions against several key Venezuelan officials on Wednesday.',
    ['SANCTION SOURCE:united-states TARGET:venezuela @2025-02-26'],
  ],
  [
    'The Treasury Department on Friday announced new sanctions against Venezuelan officials who blocked aid.',
    ['SANCTION SOURCE:united-states TARGET:venezuela @2025-02-28'],
  ],
  [
    'OFAC also announced sanctions against Russian banks on Thursday.',
    ['SANCTION SOURCE:united-states TARGET:russia @2025-02-27'],
  ],
  [
    'The Office of Foreign Assets Control imposed sanctions on Russian banks on Thursday.',
    ['SANCTION SOURCE:united-states TARGET:russia @2025-02-27'],
  ],
  [
    'The Commerce Department added 36 Chinese companies to its export blacklist on Monday.',
    ['SANCTION SOURCE:united-states TARGET:china @2025-03-03'],
  ],
  // Sanctions lifted or a list named impose nothing.
  ['The Treasury Department said it would lift sanctions on Syria.', []],
  [
    'Treasury Department officials met Chinese officials in Beijing on Monday.',
    ['MEETING PARTICIPANT:united-states PARTICIPANT:china @2025-03-03'],
  ],
]);
