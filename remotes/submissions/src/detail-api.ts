import type {
  Conversation,
  MessageView,
  SubmissionAttachment,
  SubmissionChange,
  SubmissionDetail,
  SubmissionHistoryEntry,
} from '@czp/contract';
import { type ServiceApiClient, useHost } from '@czp/remote-sdk';
import { useMemo } from 'react';
import { type Guard, isArrayOf, isObject, isState, isString, isSummary, isText, ROOT, toResult } from './api.js';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The detail's calls of PODÁNÍ's API (below /api/services/submissions/submissions/:id), loaded with the detail. */

const isAttachment = (value: unknown): value is SubmissionAttachment =>
  isObject(value) &&
  isNumber(value.position) &&
  isNumber(value.seq) &&
  isString(value.name) &&
  isNumber(value.size) &&
  isString(value.mediaType);

const isHistoryEntry = (value: unknown): value is SubmissionHistoryEntry =>
  isObject(value) &&
  isNumber(value.seq) &&
  isState(value.state) &&
  isString(value.at) &&
  isString(value.actor) &&
  (value.note === null || isText(value.note)) &&
  isArrayOf(value.attachments, isAttachment);

const isDetail: Guard<SubmissionDetail> = (value): value is SubmissionDetail =>
  isSummary(value) && isDetailPart(value as unknown as Record<string, unknown>);

// The list's outline checks what the list shows; the detail also shows who decides and when it last changed.
const isDetailPart = (value: Record<string, unknown>): boolean =>
  isObject(value.issuer) &&
  isText(value.issuer.name) &&
  isString(value.updatedAt) &&
  isObject(value.data) &&
  isArrayOf(value.history, isHistoryEntry) &&
  isArrayOf(value.attachments, isAttachment) &&
  isString(value.conversationId) &&
  isObject(value.actions) &&
  typeof value.actions.withdraw === 'boolean' &&
  typeof value.actions.supplement === 'boolean';

const isMessage = (value: unknown): value is MessageView =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.subject) &&
  isString(value.date) &&
  isString(value.direction) &&
  isObject(value.sender) &&
  isText(value.sender.name) &&
  isObject(value.recipient) &&
  isText(value.recipient.name);

const isConversation: Guard<Conversation> = (value): value is Conversation =>
  isObject(value) && isString(value.id) && isArrayOf(value.messages, isMessage);

const isChange: Guard<SubmissionChange> = (value): value is SubmissionChange =>
  isObject(value) && isSummary(value.submission) && isState(value.previousState);

/** A file of a submission as a plain link: the browser downloads it (the server sends it as an attachment). */
export function attachmentHref(submissionId: string, position: number): string {
  return `/api/services/submissions${ROOT}/${encodeURIComponent(submissionId)}/attachments/${position}`;
}

/** What the citizen adds when the authority asks for more. */
export function supplementFormData(note: string, files: readonly File[]): FormData {
  const form = new FormData();
  if (note) form.append('note', note);
  for (const file of files) form.append('attachments', file, file.name);
  return form;
}

/** Typed calls of one submission's detail and actions. */
function detailApi(api: ServiceApiClient) {
  const id = encodeURIComponent;
  return {
    detail: (submissionId: string) => toResult(api.get(`${ROOT}/${id(submissionId)}`), isDetail),
    conversation: (submissionId: string) =>
      toResult(api.get(`${ROOT}/${id(submissionId)}/conversation`), isConversation),
    withdraw: (submissionId: string, note?: string) =>
      toResult(api.send('POST', `${ROOT}/${id(submissionId)}/withdraw`, note ? { note } : {}), isChange),
    supplement: (submissionId: string, form: FormData) =>
      toResult(api.send('POST', `${ROOT}/${id(submissionId)}/supplement`, form), isChange),
  };
}

export function useDetailApi() {
  const host = useHost();
  return useMemo(() => detailApi(host.api), [host.api]);
}
