import { eventTable } from './eventTable';

/**
 * A second measure coordinated after the first target, its verb left out, reaches the actor after its own "on"
 * (6-events/structure.ts gappedMeasureMembers): "a 25% tariff on Mexican goods and a 35% tariff on Canadian goods".
 * Phrasings of Mexico News Daily, The Epoch Times, in.gr and gitficonline, 2025 (h17art1's probe). Between the
 * coordinator and "on" stand only a share or a measure: another verb, or nothing measured, reaches no one.
 */
eventTable(
  'a gapped measure reaches its own target',
  [
    [
      'Trump imposed a 25% tariff on Mexican goods and a 35% tariff on Canadian goods on Saturday.',
      [
        'SANCTION SOURCE:donald-trump TARGET:mexico @2025-02-01',
        'SANCTION SOURCE:donald-trump TARGET:canada @2025-02-01',
      ],
    ],
    [
      'Trump signed an order on Saturday imposing a 25% tariff on Indian goods and a 50% tariff on Brazilian products.',
      [
        'SANCTION SOURCE:donald-trump TARGET:india @2025-02-01',
        'SANCTION SOURCE:donald-trump TARGET:brazil @2025-02-01',
      ],
    ],
    [
      'Trump imposed tariffs of 25% on Mexico and 10% on China on Saturday.',
      [
        'SANCTION SOURCE:donald-trump TARGET:mexico @2025-02-01',
        'SANCTION SOURCE:donald-trump TARGET:china @2025-02-01',
      ],
    ],
    [
      'The EU imposed a 20 per cent tariff on Chinese steel and a 15 per cent tariff on Turkish steel on Saturday.',
      [
        'SANCTION SOURCE:european-union TARGET:china @2025-02-01',
        'SANCTION SOURCE:european-union TARGET:turkey @2025-02-01',
      ],
    ],
  ],
  '2025-02-02',
);

eventTable(
  'no gapped measure: another verb, or no measure before the "on"',
  [
    [
      'Trump imposed tariffs on Mexico and spoke on China on Saturday.',
      ['SANCTION SOURCE:donald-trump TARGET:mexico @2025-02-01'],
    ],
    [
      'Trump imposed a 25% tariff on Mexican goods and praised Canada on Saturday.',
      ['SANCTION SOURCE:donald-trump TARGET:mexico @2025-02-01'],
    ],
    [
      'Trump imposed a 25% tariff on Mexican goods and a ban on cattle imports on Saturday.',
      ['SANCTION SOURCE:donald-trump TARGET:mexico @2025-02-01'],
    ],
  ],
  '2025-02-02',
);
