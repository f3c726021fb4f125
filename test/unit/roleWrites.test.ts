import type { ExtractedActor } from '../../src/domain/types';
import { planRoleWrites, reportedRole, type RoleReport, type StoredRole } from '../../src/graph/roleWrites';

const report = (from: string | null, to: string | null, title = 'President'): RoleReport => ({
  person: 'donald-trump',
  title,
  of: 'united-states',
  from,
  to,
});
const stored = (ref: string, from: string | null, to: string | null): StoredRole => ({ ref, ...report(from, to) });

describe('planRoleWrites: HOLDS_ROLE relationships after a batch of role reports', () => {
  it('creates one relationship per term, and one only for a term reported twice', () => {
    const plan = planRoleWrites(
      [],
      [report('2017-01-20', '2021-01-20'), report('2025-01-20', null), report('2017-01-20', '2021-01-20')],
    );
    expect(plan).toEqual({ updates: [], creates: [report('2017-01-20', '2021-01-20'), report('2025-01-20', null)] });
  });
  it('writes nothing when a report adds nothing to a stored term (the same article written again)', () => {
    expect(planRoleWrites([stored('r1', '2025-01-20', null)], [report('2025-01-20', null)])).toEqual({
      updates: [],
      creates: [],
    });
  });
  it('dates a relationship stored without a term (written before roles had terms)', () => {
    expect(planRoleWrites([stored('r1', null, null)], [report('2017-01-20', '2021-01-20')])).toEqual({
      updates: [{ ref: 'r1', from: '2017-01-20', to: '2021-01-20' }],
      creates: [],
    });
  });
  it('narrows a stored open end with a later report ("former", no gazetteer date)', () => {
    expect(planRoleWrites([stored('r1', null, null)], [report(null, '2026-02-01')]).updates).toEqual([
      { ref: 'r1', from: null, to: '2026-02-01' },
    ]);
  });
  it('keeps different titles and different states apart', () => {
    const plan = planRoleWrites([stored('r1', null, null)], [report(null, null, 'Vice President')]);
    expect(plan.creates).toEqual([report(null, null, 'Vice President')]);
  });
});

describe('reportedRole: the role an actor reports', () => {
  const actor = (role: string | null, affiliation: string | null): ExtractedActor => ({
    id: 'donald-trump',
    name: 'Donald Trump',
    kind: 'PERSON',
    aliases: [],
    role,
    affiliation,
  });
  it('is the extractor’s held role when there is one, none when it says none', () => {
    const held = { title: 'President', of: 'united-states', from: '2025-01-20', to: null };
    expect(reportedRole({ ...actor('President', 'united-states'), held }, '2025-03-04')).toEqual({
      person: 'donald-trump',
      ...held,
    });
    expect(reportedRole({ ...actor('President', 'united-states'), held: null }, '2025-03-04')).toBeNull();
  });
  it('is an open role for other producers, and never a plain current role for a "former" title', () => {
    expect(reportedRole(actor('President', 'united-states'), '2025-03-04')).toEqual(report(null, null));
    expect(reportedRole(actor('former President', 'united-states'), '2022-05-04')).toEqual(report(null, '2022-05-04'));
    expect(reportedRole(actor('President', null), '2025-03-04')).toBeNull();
  });
});
