import { eventTable } from './eventTable';

/**
 * Issue 20, threat vocabulary (h17b-vocab): "X will pay a heavy price" said by another threatens X, the subject of the
 * modal (TASS 2024 on Bagheri Kani, nhub 2017 on KCNA, Newsweek 2021 on Biden, Jerusalem Post 2023 on Netanyahu,
 * Israel National News 2014 on Hamas). A price paid already, a price one is ready to pay, a small price to pay, a price
 * refused, and a price threatened to "anyone" after an actor named before are no threat to that actor; subjects
 * coordinated with the one made to pay pay with it, and none of them says it.
 */
eventTable('a heavy price the sayer says another will pay', [
  [
    'Iran’s acting Foreign Minister Ali Bagheri Kani has said Israel will pay a heavy price for the assassination of Ismail Haniyeh.',
    ['THREAT SOURCE:ali-bagheri-kani TARGET:israel @2025-03-04'],
  ],
  [
    'North Korea said the United States will pay dearly after its ambassador said the nation was begging for war.',
    ['THREAT SOURCE:north-korea TARGET:united-states @2025-03-04'],
  ],
  [
    'US President Joe Biden has said that Russia will have a heavy price to pay if it invades Ukraine.',
    ['THREAT SOURCE:joe-biden TARGET:russia @2025-03-04'],
  ],
  [
    'Hamas says Israel will pay a high price for launching a ground assault on Gaza.',
    ['THREAT SOURCE:hamas TARGET:israel @2025-03-04'],
  ],
  [
    'Netanyahu told a local community leader that Hezbollah will face a heavy price for the attack.',
    ['THREAT SOURCE:benjamin-netanyahu TARGET:hezbollah @2025-03-04'],
  ],
  [
    'Hamas and Iran will pay a full price for their attacks, Israeli Prime Minister Benjamin Netanyahu told the government on Sunday.',
    [
      'THREAT SOURCE:benjamin-netanyahu TARGET:hamas @2025-03-02',
      'THREAT SOURCE:benjamin-netanyahu TARGET:iran @2025-03-02',
    ],
  ],
  ['Ukrainian President Volodymyr Zelensky said Ukraine has paid a heavy price for its freedom.', []],
  ['Former US President Donald Trump said neutrality would be a small price to pay for peace in Ukraine.', []],
  ['Russian Foreign Minister Sergei Lavrov said Russia would not pay a high price for peace.', []],
  [
    'Israeli Prime Minister Benjamin Netanyahu responded to threats from a Hamas leader, saying anyone carrying out terror will pay the full price.',
    [],
  ],
  ['Mexico will pay for the wall, Trump said.', []],
]);
