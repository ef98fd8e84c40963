export type {
  HostApi,
  HostState,
  Locale,
  Notice,
  RemoteLifecycles,
  RemoteProps,
  ServiceApiClient,
  SignedInPerson,
} from '@czp/contract';
export { defineRemote } from './define-remote.js';
export { parseWholeNumber, type WholeNumberError, type WholeNumberOptions, type WholeNumberResult } from './forms.js';
export { RemoteContext, useHost, useHostState, useRemoteProps } from './host-context.js';
export { createTranslator, defineMessages, type Messages, type Translator, useTranslator } from './messages.js';
export { usePageTitle } from './page-title.js';
export {
  type RegisterReadProblem,
  type RegisterReadResult,
  type RegisterReadState,
  readRegister,
  useRegisterRead,
} from './registers.js';
export { useServicePath } from './service-path.js';
export { type SubmitOptions, type SubmitProblem, type SubmitResult, submit } from './submissions.js';
