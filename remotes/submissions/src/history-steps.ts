import type { SubmissionHistoryEntry } from '@czp/contract';
import type { SubmissionStep } from '@czp/design-system/content';
import type { Translator } from '@czp/remote-sdk';
import type { MessageKey } from './messages.js';
import { STAGE_LABELS, STAGE_OF, STAGES, stateName, TERMINAL } from './progress.js';

/**
 * The detail's progress: every change of the history in order (its date and note), the last one current unless it
 * ended the submission, then the stages still ahead.
 */
export function historySteps(
  history: readonly SubmissionHistoryEntry[],
  translator: Translator<MessageKey>,
): SubmissionStep[] {
  const { t, locale, formatDate } = translator;
  const last = history.at(-1);
  if (!last) return [];
  const steps: SubmissionStep[] = history.map((entry) => {
    const isLast = entry === last;
    const state = !isLast
      ? 'done'
      : entry.state === 'decided-refused'
        ? 'rejected'
        : TERMINAL.has(entry.state)
          ? 'done'
          : 'current';
    return {
      id: `change-${entry.seq}`,
      label: stateName(entry.state, locale),
      state,
      dateLabel: formatDate(entry.at, { dateStyle: 'long', timeStyle: 'short' }),
      dateTime: entry.at,
      ...(entry.note ? { description: entry.note[locale] } : {}),
    };
  });
  if (TERMINAL.has(last.state)) return steps;
  const reached = STAGES.indexOf(STAGE_OF[last.state]);
  for (const stage of STAGES.slice(reached + 1)) {
    steps.push({ id: stage, label: t(STAGE_LABELS[stage]), state: 'upcoming' });
  }
  return steps;
}
