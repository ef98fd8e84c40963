import type { SubmissionStep } from './SubmissionStatus.js';

/** The states in words, in Czech. */
export const stateLabelsCs = { done: 'Hotovo', current: 'Probíhá', upcoming: 'Čeká', rejected: 'Zamítnuto' };

/** The first step, done: the submission was sent on 2 March 2026. */
export const sentCs: SubmissionStep = {
  id: 'sent',
  label: 'Podání odesláno',
  state: 'done',
  dateLabel: '2. března 2026',
  dateTime: '2026-03-02',
};
export const sentEn: SubmissionStep = {
  id: 'sent',
  label: 'Submission sent',
  state: 'done',
  dateLabel: '2 March 2026',
  dateTime: '2026-03-02',
};

/** The second step, done: the office accepted it on 3 March 2026. */
export const acceptedCs: SubmissionStep = {
  id: 'accepted',
  label: 'Podání přijato úřadem',
  state: 'done',
  dateLabel: '3. března 2026',
  dateTime: '2026-03-03',
};
export const acceptedEn: SubmissionStep = {
  id: 'accepted',
  label: 'Accepted by the office',
  state: 'done',
  dateLabel: '3 March 2026',
  dateTime: '2026-03-03',
};
