import { canMove, SUBMISSION_STATES, WITHDRAWABLE_STATES } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { janNovakSubmissions } from './submissions.js';

// The mock answers as the server would: its submissions keep the contract's rules.
describe("Jan Novák's submissions", () => {
  it('are newest first, each history a legal path ending in the state, actions as the server sets them', () => {
    const submissions = janNovakSubmissions();
    const times = submissions.map((s) => s.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    for (const s of submissions) {
      expect(SUBMISSION_STATES).toContain(s.state);
      expect(s.history.at(-1)?.state, s.reference).toBe(s.state);
      expect(s.history.at(-1)?.at, s.reference).toBe(s.updatedAt);
      expect(s.history[0]).toMatchObject({ state: 'submitted', at: s.submittedAt });
      for (let i = 1; i < s.history.length; i += 1) {
        const from = s.history[i - 1]?.state;
        const to = s.history[i]?.state;
        expect(from && to && canMove(from, to), `${s.reference}: ${from} → ${to}`).toBe(true);
      }
      expect(s.actions).toEqual({
        withdraw: WITHDRAWABLE_STATES.includes(s.state),
        supplement: s.state === 'needs-information',
      });
      const files = s.history.flatMap((entry) => entry.attachments);
      expect(s.attachments).toEqual(files);
    }
  });
});
