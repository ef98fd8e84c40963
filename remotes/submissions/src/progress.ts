import { type Locale, SUBMISSION_STATE_NAMES, type SubmissionState, type SubmissionSummary } from '@czp/contract';
import type { SubmissionStep } from '@czp/design-system/content';
import type { Translator } from '@czp/remote-sdk';
import type { MessageKey } from './messages.js';

/**
 * A submission's progress as the design system's SubmissionStatus draws it: the stages every submission goes through
 * (submitted, accepted, being dealt with, decision), the one it is in current, a refusal as `rejected`.
 */

type Stage = 'submitted' | 'accepted' | 'in-progress' | 'decision';
export const STAGES: readonly Stage[] = ['submitted', 'accepted', 'in-progress', 'decision'];
export const STAGE_LABELS: Record<Stage, MessageKey> = {
  submitted: 'stepSubmitted',
  accepted: 'stepAccepted',
  'in-progress': 'stepInProgress',
  decision: 'stepDecision',
};

/** The stage a state belongs to (more information and its supplement are part of dealing with it). */
export const STAGE_OF: Record<SubmissionState, Stage> = {
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

export const TERMINAL: ReadonlySet<SubmissionState> = new Set(['decided-granted', 'decided-refused', 'withdrawn']);

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
