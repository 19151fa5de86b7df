import { describe, expect, test } from 'vitest';
import { gateRefusal, stageGate, type GateMilestone } from '../../server/domain/stage-gate.js';

const plan: GateMilestone[] = [
  { id: 1, name: '项目立项', stage: 'maturity', actualFinish: '2026-01-10' },
  { id: 2, name: '用地预审', stage: 'maturity', actualFinish: null },
  { id: 3, name: '施工许可', stage: 'acceleration', actualFinish: null },
  { id: 4, name: '竣工验收', stage: 'contribution', actualFinish: null },
];

describe('the stage gate', () => {
  test('a move within a column asks nothing', () => {
    const gate = stageGate('maturity', 'maturity', plan);
    expect(gate).toMatchObject({ direction: 'none', needsReason: false, unfinished: [] });
    expect(gateRefusal(gate, undefined)).toBeNull();
  });

  test('forward past an unfinished milestone of the stage it leaves needs a reason, naming it', () => {
    const gate = stageGate('maturity', 'acceleration', plan);
    expect(gate).toMatchObject({ direction: 'forward', leaving: ['maturity'], needsReason: true });
    expect(gate.unfinished.map((m) => m.name)).toEqual(['用地预审']);
    expect(gateRefusal(gate, undefined)).toEqual({
      key: 'move.gateUnfinished',
      params: { names: '用地预审', count: 1 },
    });
    expect(gateRefusal(gate, '   ')).not.toBeNull();
    expect(gateRefusal(gate, '区领导调度会同意先行开工')).toBeNull();
  });

  test('skipping a stage leaves both stages: their unfinished milestones all count, later ones do not', () => {
    const gate = stageGate('maturity', 'contribution', plan);
    expect(gate.leaving).toEqual(['maturity', 'acceleration']);
    expect(gate.unfinished.map((m) => m.id)).toEqual([2, 3]);
    expect(gateRefusal(gate, '')?.params).toEqual({ names: '用地预审、施工许可', count: 2 });
  });

  test('forward with every milestone of the leaving stage finished goes straight through', () => {
    const done = plan.map((m) => (m.stage === 'acceleration' ? { ...m, actualFinish: new Date('2026-02-01') } : m));
    const gate = stageGate('acceleration', 'contribution', done);
    expect(gate).toMatchObject({ direction: 'forward', needsReason: false, unfinished: [] });
    expect(gateRefusal(gate, undefined)).toBeNull();
  });

  test('backward always needs a reason, whatever is finished', () => {
    const allDone = plan.map((m) => ({ ...m, actualFinish: '2026-01-10' }));
    for (const [from, to] of [
      ['acceleration', 'maturity'],
      ['contribution', 'maturity'],
      ['contribution', 'acceleration'],
    ] as const) {
      const gate = stageGate(from, to, allDone);
      expect(gate).toMatchObject({ direction: 'backward', needsReason: true });
      expect(gateRefusal(gate, undefined)).toEqual({ key: 'move.backwardReason', params: {} });
      expect(gateRefusal(gate, '撤销移动')).toBeNull();
    }
  });
});
