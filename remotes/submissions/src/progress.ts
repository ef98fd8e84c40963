import {
  type Locale,
  SUBMISSION_STATE_NAMES,
  type SubmissionHistoryEntry,
  type SubmissionState,
  type SubmissionSummary,
} from '@czp/contract';
import type { SubmissionStep } from '@czp/design-system/content';
import type { Translator } from '@czp/remote-sdk';
import type { MessageKey } from './messages.js';

/**
 * A submission's progress as the design system's SubmissionStatus draws it: the stages every submission goes through
 * (submitted, accepted, being dealt with, decision), the one it is in current, a refusal as `rejected`.
 */

type Stage = 'submitted' | 'accepted' | 'in-progress' | 'decision';
const STAGES: readonly Stage[] = ['submitted', 'accepted', 'in-progress', 'decision'];
const STAGE_LABELS: Record<Stage, MessageKey> = {
  submitted: 'stepSubmitted',
  accepted: 'stepAccepted',
  'in-progress': 'stepInProgress',
  decision: 'stepDecision',
};

/** The stage a state belongs to (more information and its supplement are part of dealing with it). */
const STAGE_OF: Record<SubmissionState, Stage> = {
  submitted: 'submitted',
  delivered: 'submitted',
  accepted: 'accepted',
  'in-progress': 'in-progress',
  'needs-information': 'in-progress',
  supplemented: 'in-progress',
  'decided-granted': 'decision',
  'decided-refused': 'decision',
  withdrawn: 'decision',
};

const TERMINAL: ReadonlySet<SubmissionState> = new Set(['decided-granted', 'decided-refused', 'withdrawn']);

export const stateName = (state: SubmissionState, locale: Locale) => SUBMISSION_STATE_NAMES[state][locale];

/** The summary's progress (the list): each stage, the one of the state current and named by the state. */
export function summarySteps(summary: SubmissionSummary, translator: Translator<MessageKey>): SubmissionStep[] {
  const { t, locale } = translator;
  // A withdrawn submission never reaches a decision, and the list does not know how far it went before (the detail's
  // history does): submitted, then withdrawn.
  if (summary.state === 'withdrawn') {
    return [
      { id: 'submitted', label: t('stepSubmitted'), state: 'done' },
      { id: 'withdrawn', label: stateName('withdrawn', locale), state: 'done' },
    ];
  }
  const reached = STAGES.indexOf(STAGE_OF[summary.state]);
  const terminal = TERMINAL.has(summary.state);
  return STAGES.map((stage, index): SubmissionStep => {
    if (index < reached) return { id: stage, label: t(STAGE_LABELS[stage]), state: 'done' };
    if (index > reached) return { id: stage, label: t(STAGE_LABELS[stage]), state: 'upcoming' };
    const state = summary.state === 'decided-refused' ? 'rejected' : terminal ? 'done' : 'current';
    return { id: stage, label: stateName(summary.state, locale), state };
  });
}

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
