import { eventTable } from './eventTable';

/**
 * A list of sides after "between" cut by an aside set off by commas that names who leads or backs the first side: "the
 * conflict between the Sudanese Armed Forces (SAF), led by General Abdel Fattah al-Burhan, and the rival paramilitary
 * Rapid Support Forces (RSF)" (MEES 2024), "the fighting between the SAF, led by ..., and the RSF, commanded by
 * Mohamed Hamdan Dagalo" (WION 2025), "the war between the Sudanese army, led by General al-Burhan, and the RSF"
 * (Africanews). The side after the aside's "and" is the other member; the leader or backer inside the aside is none.
 */
eventTable('a "between" list past a leading or backing aside', [
  [
    'The conflict between the Sudanese Armed Forces (SAF), led by General Abdel Fattah al-Burhan, and the rival paramilitary Rapid Support Forces (RSF) broke out in Khartoum.',
    ['CONFLICT PARTICIPANT:sudanese-armed-forces PARTICIPANT:rapid-support-forces @null'],
  ],
  [
    'The fighting between the Sudanese Armed Forces, led by General Abdel Fattah al-Burhan, and the Rapid Support Forces, commanded by Mohamed Hamdan Dagalo, has devastated the country.',
    ['CONFLICT PARTICIPANT:sudanese-armed-forces PARTICIPANT:rapid-support-forces @null'],
  ],
  [
    'Fighting between the Congolese army, supported by Burundi, and the M23 rebels intensified.',
    ['CONFLICT PARTICIPANT:dr-congo PARTICIPANT:m23 @null'],
  ],
  // Must not: the backer in the aside is no side ("backed by the United States"), after the first member or the last.
  [
    'Fighting between Israel, backed by the United States, and Hamas continued in Gaza.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @null'],
  ],
  [
    'Fighting between Israel and Hamas, backed by Iran, continued in Gaza.',
    ['CONFLICT PARTICIPANT:israel PARTICIPANT:hamas @null'],
  ],
  // Must not: an aside of company ("accompanied by") is no leader or backer; who accompanies a member takes part.
  [
    'Macron met Scholz, accompanied by Meloni, and Sanchez in Paris.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:giorgia-meloni PARTICIPANT:pedro-sanchez PARTICIPANT:olaf-scholz @2025-03-04',
    ],
  ],
]);
