import { eventTable } from './eventTable';

/**
 * Issue 20, tenth round (audit precision, h10pr): a side that protests at another and, in the same report, urges,
 * asks or demands something of it makes one protest, not a protest and a STATEMENT (7-merge isDemandOfProtest). Five
 * audit readers labelled the protest alone (Kang urging Japan to reverse its curbs, Vietnam demanding that China
 * remove its ship, China urging the US to withdraw a sale after its warning, the EU Council condemning Russia and
 * calling on Moscow to stop, Pakistan's spokesperson urging India to stop its rhetoric). Rows retold after news pages
 * (Japan Bullet, VOI citing TASS, UA Position, World Bulletin, Reuters via Plan B and Devdiscourse, JTA, TASS, Xinhua,
 * 2011-2022; the tanker row after the 2019 seizure of the Stena Impero), wording changed.
 */
eventTable('a demand told with a protest at the same side is part of the protest', [
  [
    'Japan lodged a protest with China on Tuesday after Chinese government ships entered its territorial waters. Foreign Minister Yoshimasa Hayashi said Japan had demanded that China withdraw the ships swiftly.',
    ['CRITICISM SOURCE:japan TARGET:china @2025-03-04'],
  ],
  [
    'Japan filed a diplomatic protest with Russia on Thursday over the detention of a fishing boat and demanded that Russia release the crew at once.',
    ['CRITICISM SOURCE:japan TARGET:russia @2025-02-27'],
  ],
  [
    'The Lithuanian Foreign Ministry strongly condemned Russia on Monday and demanded that Moscow withdraw its troops from Ukraine.',
    ['CRITICISM SOURCE:lithuania TARGET:russia @2025-03-03'],
  ],
  [
    'NATO Secretary General Jens Stoltenberg denounced Russia on Monday and called on Moscow to withdraw its troops from eastern Ukraine.',
    ['CRITICISM SOURCE:jens-stoltenberg TARGET:russia @2025-03-03'],
  ],
  [
    'Indonesia lodged a protest with China on Monday over a coastguard ship in its economic zone and asked China to explain the presence of the ship.',
    ['CRITICISM SOURCE:indonesia TARGET:china @2025-03-03'],
  ],
  [
    'Japan protested to South Korea on Tuesday over the entry of a research ship into its waters and urged Seoul to stop the survey.',
    ['CRITICISM SOURCE:japan TARGET:south-korea @2025-03-04'],
  ],
  [
    'EU foreign policy chief Catherine Ashton criticised Israel on Tuesday over new settlement tenders and urged Israel not to proceed with them.',
    ['CRITICISM SOURCE:catherine-ashton TARGET:israel @2025-03-04'],
  ],
  [
    'Lithuania summoned the Russian ambassador on Friday in protest and called on Russia to withdraw its forces from the Ukrainian border.',
    ['CRITICISM SOURCE:lithuania TARGET:russia @2025-02-28'],
  ],
  [
    'Britain condemned Iran on Sunday for seizing the tanker and urged Tehran to release the vessel.',
    ['CRITICISM SOURCE:united-kingdom TARGET:iran @2025-03-02'],
  ],
  // A demand to someone the speaker does not protest at stays a statement: the attack's authors were condemned.
  [
    'Russia condemned the terror attack in Nangarhar on Monday and called on Afghanistan to take urgent measures to protect civilians.',
    ['STATEMENT SOURCE:russia TARGET:afghanistan @2025-03-03'],
  ],
  [
    'Iran condemned the attack on an Afghan village on Wednesday and urged Afghanistan to remain vigilant.',
    ['STATEMENT SOURCE:iran TARGET:afghanistan @2025-02-26'],
  ],
  // The other side's demand answers the protest; it is no part of it.
  [
    'China criticised the United States on Monday. The United States urged China to resume talks.',
    [
      'CRITICISM SOURCE:china TARGET:united-states @2025-03-03',
      'STATEMENT SOURCE:united-states TARGET:china @2025-03-03',
    ],
  ],
  // A protest of another time is another occasion.
  [
    'In 2019, Japan criticised South Korea over the court ruling. On Monday, Japan urged South Korea to resume talks.',
    ['CRITICISM SOURCE:japan TARGET:south-korea @2019', 'STATEMENT SOURCE:japan TARGET:south-korea @2025-03-03'],
  ],
]);
