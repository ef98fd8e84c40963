import { janNovakSubmissions } from '@czp/mocks';
import { createTranslator } from '@czp/remote-sdk';
import { describe, expect, it } from 'vitest';
import { historySteps } from './history-steps.js';
import { messages } from './messages.js';
import { summarySteps } from './progress.js';

const cs = createTranslator(messages, 'cs');
type Detail = ReturnType<typeof janNovakSubmissions>[number];
const [dog, allowance, fee, withdrawn] = janNovakSubmissions() as [Detail, Detail, Detail, Detail];
const outline = (steps: { label: string; state: string }[]) => steps.map((step) => `${step.label}: ${step.state}`);

describe('the list’s progress', () => {
  it('marks the stage of the state current and names it by the state', () => {
    expect(outline(summarySteps(dog, cs))).toEqual([
      'Podáno: done',
      'Přijato úřadem: done',
      'Čeká na doplnění: current',
      'Rozhodnutí: upcoming',
    ]);
    expect(outline(summarySteps({ ...allowance, state: 'delivered' }, cs))).toEqual([
      'Doručeno úřadu: current',
      'Přijato úřadem: upcoming',
      'Vyřizuje se: upcoming',
      'Rozhodnutí: upcoming',
    ]);
  });

  it('ends with the decision, a refusal as rejected, a withdrawal as the last step', () => {
    expect(outline(summarySteps(fee, cs)).at(-1)).toBe('Rozhodnuto: vyhověno: done');
    expect(outline(summarySteps({ ...fee, state: 'decided-refused' }, cs)).at(-1)).toBe(
      'Rozhodnuto: zamítnuto: rejected',
    );
    expect(outline(summarySteps(withdrawn, cs))).toEqual(['Podáno: done', 'Vzato zpět: done']);
  });
});

describe('the detail’s progress', () => {
  it('is every change in order with its date and note, the last current, then the stages ahead', () => {
    const steps = historySteps(dog.history, cs);
    expect(outline(steps)).toEqual([
      'Podáno: done',
      'Doručeno úřadu: done',
      'Přijato: done',
      'Vyřizuje se: done',
      'Čeká na doplnění: current',
      'Rozhodnutí: upcoming',
    ]);
    expect(steps[4]).toMatchObject({
      dateTime: '2026-11-30T13:05:00.000Z',
      dateLabel: '30. listopadu 2026 v 13:05',
      description: 'Doložte prosím očkování proti vzteklině.',
    });
    expect(historySteps(fee.history, createTranslator(messages, 'en')).at(-1)).toMatchObject({
      label: 'Decided: granted',
      state: 'done',
      description: 'The declaration was recorded.',
    });
  });
});
