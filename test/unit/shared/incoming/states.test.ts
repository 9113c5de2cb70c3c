import { describe, it, expect } from 'vitest';
import {
  canTransition,
  INCOMING_STATES,
  isTerminalState,
  nextStates,
  recordInstruction,
  STATE_LABELS,
  type IncomingState,
  type TransitionContext,
} from '../../../../shared/incoming/states';
import { INCOMING_CLASSES, URGENCY } from '../../../../shared/incoming/vocabulary';

const readOnly: TransitionContext = { incomingClass: 'readOnly', urgency: 'normal' };
const toHandle: TransitionContext = { incomingClass: 'toHandle', urgency: 'normal' };
const request: TransitionContext = { incomingClass: 'request', urgency: 'normal' };
const urgentToHandle: TransitionContext = { incomingClass: 'toHandle', urgency: 'veryUrgent' };
const declaredUrgent: TransitionContext = { incomingClass: 'request', urgency: 'normal', urgentMatter: true };

const DISPOSAL = ['archived', 'pendingRecall', 'pendingDestruction'];

function allContexts(): TransitionContext[] {
  const out: TransitionContext[] = [];
  for (const incomingClass of INCOMING_CLASSES) {
    for (const urgency of URGENCY) {
      out.push({ incomingClass, urgency }, { incomingClass, urgency, urgentMatter: true });
    }
  }
  return out;
}

function reachable(ctx: TransitionContext): Set<IncomingState> {
  const seen = new Set<IncomingState>(['registered']);
  const queue: IncomingState[] = ['registered'];
  while (queue.length > 0) {
    for (const next of nextStates(queue.shift()!, ctx)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

// Walks a path, asserting every step is allowed.
function walk(ctx: TransitionContext, path: IncomingState[]): void {
  for (let i = 1; i < path.length; i++) {
    expect(canTransition(path[i - 1], path[i], ctx), `${path[i - 1]} -> ${path[i]}`).toBe(true);
  }
}

describe('STATE_LABELS', () => {
  it('labels the 15 states in Chinese', () => {
    expect(INCOMING_STATES.map((s) => STATE_LABELS[s]).join(' ')).toBe(
      '已登记 初审通过 已退文 传阅中 阅毕 拟办 呈签中 已批示 已交办 办理中 已办结 已答复 已归档 待清退 待销毁',
    );
  });
});

describe('nextStates', () => {
  it('gives the 批办类 table for a 平件', () => {
    const table = Object.fromEntries(INCOMING_STATES.map((s) => [s, nextStates(s, toHandle)]));
    expect(table).toEqual({
      registered: ['screened', 'returned'],
      screened: ['proposed', 'returned'],
      returned: [],
      circulating: [],
      read: DISPOSAL,
      proposed: ['submitted', 'returned'],
      submitted: ['instructed', 'returned'],
      instructed: ['assigned', 'returned'],
      assigned: ['inProgress', 'done'],
      inProgress: ['done'],
      done: ['replied', ...DISPOSAL],
      replied: DISPOSAL,
      archived: [],
      pendingRecall: [],
      pendingDestruction: [],
    });
    expect(Object.fromEntries(INCOMING_STATES.map((s) => [s, nextStates(s, request)]))).toEqual(table);
  });

  it('opens 先行交办 from 拟办 and 呈签中 for urgent items only', () => {
    expect(nextStates('proposed', urgentToHandle)).toEqual(['submitted', 'assigned', 'returned']);
    expect(nextStates('submitted', urgentToHandle)).toEqual(['instructed', 'assigned', 'returned']);
    expect(nextStates('proposed', declaredUrgent)).toEqual(['submitted', 'assigned', 'returned']);
    expect(nextStates('proposed', { incomingClass: 'request', urgency: 'telegramRoutine' })).toContain('assigned');
    // Urgency never skips the 拟办 record or the screening.
    expect(nextStates('screened', urgentToHandle)).toEqual(['proposed', 'returned']);
    expect(nextStates('registered', urgentToHandle)).toEqual(['screened', 'returned']);
  });

  it('sends 阅知类 through 传阅 only', () => {
    expect(nextStates('registered', readOnly)).toEqual(['screened', 'returned']);
    expect(nextStates('screened', readOnly)).toEqual(['circulating', 'returned']);
    expect(nextStates('circulating', readOnly)).toEqual(['read']);
    expect(nextStates('read', readOnly)).toEqual(DISPOSAL);
    expect(nextStates('screened', { incomingClass: 'readOnly', urgency: 'telegramFlash' })).toEqual([
      'circulating',
      'returned',
    ]);
  });

  it('reaches exactly the states of each track from 已登记', () => {
    expect([...reachable(readOnly)].sort()).toEqual(
      ['registered', 'screened', 'returned', 'circulating', 'read', ...DISPOSAL].sort(),
    );
    const handled = ['registered', 'screened', 'returned', 'proposed', 'submitted', 'instructed', 'assigned'];
    expect([...reachable(toHandle)].sort()).toEqual(
      [...handled, 'inProgress', 'done', 'replied', ...DISPOSAL].sort(),
    );
    expect([...reachable(urgentToHandle)].sort()).toEqual([...reachable(toHandle)].sort());
  });

  it('has no dead end: every reachable state is terminal or leads on', () => {
    for (const ctx of allContexts()) {
      for (const s of reachable(ctx)) {
        expect(isTerminalState(s) || nextStates(s, ctx).length > 0, `${s} ${JSON.stringify(ctx)}`).toBe(true);
      }
    }
  });

  it('agrees with canTransition for every pair and every context', () => {
    let pairs = 0;
    for (const ctx of allContexts()) {
      for (const from of INCOMING_STATES) {
        const next = nextStates(from, ctx);
        for (const to of INCOMING_STATES) {
          const verdict = canTransition(from, to, ctx);
          expect(verdict === true, `${from} -> ${to} ${JSON.stringify(ctx)}`).toBe(next.includes(to));
          if (verdict !== true) expect(verdict).toMatch(/[\u4e00-\u9fff]/);
          pairs++;
        }
      }
    }
    expect(pairs).toBe(3 * 5 * 2 * 15 * 15);
  });
});

describe('isTerminalState', () => {
  it('marks 已退文 and the three disposals as terminal', () => {
    expect(INCOMING_STATES.filter(isTerminalState)).toEqual(['returned', ...DISPOSAL]);
  });
});

describe('canTransition', () => {
  it('walks the full 阅知类 and 批办类 paths', () => {
    walk(readOnly, ['registered', 'screened', 'circulating', 'read', 'archived']);
    walk(toHandle, [
      'registered', 'screened', 'proposed', 'submitted', 'instructed', 'assigned', 'inProgress', 'done', 'replied',
      'archived',
    ]);
    walk(request, ['registered', 'screened', 'proposed', 'submitted', 'instructed', 'assigned', 'done', 'pendingRecall']);
  });

  it('lets 退文 happen until the item is assigned', () => {
    for (const from of ['registered', 'screened', 'proposed', 'submitted', 'instructed'] as const) {
      expect(canTransition(from, 'returned', toHandle), from).toBe(true);
    }
    expect(canTransition('assigned', 'returned', toHandle)).toBe('不能从“已交办”直接转为“已退文”');
    expect(canTransition('circulating', 'returned', readOnly)).toBe('不能从“传阅中”直接转为“已退文”');
  });

  it('explains why a 阅知类 item is not handled', () => {
    expect(canTransition('read', 'assigned', readOnly)).toBe('阅知类文件不需要交办');
    expect(canTransition('screened', 'assigned', readOnly)).toBe('阅知类文件不需要交办');
    expect(canTransition('read', 'done', readOnly)).toBe('阅知类文件不需要交办');
    expect(canTransition('read', 'replied', readOnly)).toBe('阅知类文件不需要答复');
    expect(canTransition('screened', 'proposed', readOnly)).toBe('阅知类文件只需传阅，不需要拟办呈签');
  });

  it('explains why a 批办类 or 请示类 item is not just circulated', () => {
    expect(canTransition('screened', 'circulating', toHandle)).toBe('批办类文件须拟办呈签，不能只传阅');
    expect(canTransition('screened', 'circulating', request)).toBe('请示类文件须拟办呈签，不能只传阅');
  });

  it('refuses 先行交办 for a 平件 and allows it for any urgent mark or a declared 紧急事项', () => {
    const reason = '平件须领导批示后才能交办；紧急事项才可先行交办、事后补签';
    expect(canTransition('proposed', 'assigned', toHandle)).toBe(reason);
    expect(canTransition('submitted', 'assigned', request)).toBe(reason);
    expect(canTransition('proposed', 'assigned', urgentToHandle)).toBe(true);
    expect(canTransition('submitted', 'assigned', { incomingClass: 'request', urgency: 'urgent' })).toBe(true);
    expect(canTransition('submitted', 'assigned', declaredUrgent)).toBe(true);
    expect(canTransition('proposed', 'assigned', { ...toHandle, urgentMatter: false })).toBe(reason);
  });

  it('never skips steps, goes back, or leaves a terminal state', () => {
    expect(canTransition('registered', 'assigned', urgentToHandle)).toBe('不能从“已登记”直接转为“已交办”');
    expect(canTransition('registered', 'proposed', toHandle)).toBe('不能从“已登记”直接转为“拟办”');
    expect(canTransition('done', 'inProgress', toHandle)).toBe('不能从“已办结”直接转为“办理中”');
    expect(canTransition('instructed', 'submitted', toHandle)).toBe('不能从“已批示”直接转为“呈签中”');
    expect(canTransition('returned', 'screened', toHandle)).toBe(
      '已退文的收文不能再办理；重新报送的应另行登记新的收文号',
    );
    expect(canTransition('archived', 'done', toHandle)).toBe('“已归档”的收文不能再改变状态');
    expect(canTransition('pendingDestruction', 'archived', readOnly)).toBe('“待销毁”的收文不能再改变状态');
    expect(canTransition('done', 'done', toHandle)).toBe('已处于“已办结”状态');
  });

  it('rejects unknown states coming from stored data', () => {
    expect(canTransition('lost' as IncomingState, 'done', toHandle)).toBe('未知的收文状态');
    expect(canTransition('done', 'toString' as IncomingState, toHandle)).toBe('未知的收文状态');
    expect(nextStates('lost' as IncomingState, toHandle)).toEqual([]);
  });
});

describe('recordInstruction (批示 and 补签)', () => {
  it('moves 呈签中 to 已批示 and keeps 已批示 for further signatures', () => {
    expect(recordInstruction('submitted', toHandle)).toEqual({ state: 'instructed', lateSignature: false });
    expect(recordInstruction('instructed', request)).toEqual({ state: 'instructed', lateSignature: false });
    expect(recordInstruction('submitted', urgentToHandle)).toEqual({ state: 'instructed', lateSignature: false });
  });

  it('records a 补签 after 先行交办 without moving the state back', () => {
    walk(urgentToHandle, ['registered', 'screened', 'proposed', 'assigned']);
    for (const state of ['assigned', 'inProgress', 'done', 'replied'] as const) {
      expect(recordInstruction(state, urgentToHandle), state).toEqual({ state, lateSignature: true });
      expect(recordInstruction(state, declaredUrgent), state).toEqual({ state, lateSignature: true });
    }
    walk(urgentToHandle, ['assigned', 'inProgress', 'done', 'replied', 'archived']);
  });

  it('refuses a 补签 for a 平件, which was assigned only after its 批示', () => {
    expect(recordInstruction('assigned', toHandle)).toBe(
      '平件已按批示交办，不需要补签；只有紧急事项才可先行交办、事后补签',
    );
  });

  it('refuses a 批示 before 呈签, for 阅知类, and once the item is closed', () => {
    expect(recordInstruction('proposed', toHandle)).toBe('尚未呈签，不能记录批示');
    expect(recordInstruction('registered', urgentToHandle)).toBe('尚未呈签，不能记录批示');
    expect(recordInstruction('circulating', readOnly)).toBe('阅知类文件只需传阅，不需要批示');
    expect(recordInstruction('returned', toHandle)).toBe('已退文的收文不能再办理；重新报送的应另行登记新的收文号');
    expect(recordInstruction('archived', urgentToHandle)).toBe('“已归档”的收文不能再补签');
    expect(recordInstruction('nope' as IncomingState, toHandle)).toBe('未知的收文状态');
  });
});
