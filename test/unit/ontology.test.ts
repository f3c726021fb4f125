import { CAMEO_CODES } from '../../src/domain/cameo';
import { ONTOLOGY, RELATION_TYPES, relationTypeOfCameo } from '../../src/domain/ontology';

describe('ontology and CAMEO', () => {
  test.each([
    ['041', 'CALL'],
    ['042', 'MEETING'],
    ['043', 'MEETING'],
    ['044', 'MEETING'],
    ['045', 'MEDIATION'],
    ['046', 'NEGOTIATION'],
    ['057', 'AGREEMENT'],
    ['061', 'COOPERATION'],
    ['111', 'CRITICISM'],
    ['1384', 'THREAT'],
    ['163', 'SANCTION'],
    ['193', 'CONFLICT'],
    ['072', 'SUPPLY'],
    ['040', null],
    ['110', null],
    ['112', null],
    ['051', null],
  ])('CAMEO %s is %s', (code, type) => {
    expect(relationTypeOfCameo(code)).toBe(type);
  });

  test('every mapped code has a name and a Goldstein value in -10..10, and belongs to one type', () => {
    const codes = RELATION_TYPES.flatMap((t) => ONTOLOGY[t].cameo);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(CAMEO_CODES[code]).toBeDefined();
      expect(CAMEO_CODES[code]?.goldstein).toBeGreaterThanOrEqual(-10);
      expect(CAMEO_CODES[code]?.goldstein).toBeLessThanOrEqual(10);
    }
    expect(Object.keys(CAMEO_CODES).sort()).toEqual([...codes].sort());
  });

  test('Goldstein values per type: cooperation positive, conflict negative, none without a code', () => {
    expect(ONTOLOGY.CALL.goldstein).toBe(1.0);
    expect(ONTOLOGY.NEGOTIATION.goldstein).toBe(7.0);
    expect(ONTOLOGY.SANCTION.goldstein).toBe(-8.0);
    expect(ONTOLOGY.CONFLICT.goldstein).toBe(-10.0);
    expect(ONTOLOGY.ALLIANCE.goldstein).toBeNull();
    expect(ONTOLOGY.BRIEFING.cameo).toEqual([]);
  });
});
