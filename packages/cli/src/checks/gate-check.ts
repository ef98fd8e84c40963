import type { GateCheckId } from '@czp/publishing-gate';
import type { Check } from './types.js';

/** A check that reports one line of the publishing gate (the code the server runs on every publish). */
export function gateCheck(id: GateCheckId, title: string): Check {
  return {
    id,
    title,
    async run(context) {
      const result = context.gate().checks.find((check) => check.id === id);
      if (!result) return { status: 'skip', message: 'the publishing gate has no such check' };
      if (result.status === 'pass') return { status: 'pass', message: result.summary };
      if (result.status === 'skip') return { status: 'skip', message: `skipped: ${result.reason}` };
      const { error } = result;
      return {
        status: 'fail',
        message: error.message,
        code: error.code,
        ...(error.file ? { file: error.file } : {}),
        ...(error.field ? { field: error.field } : {}),
      };
    },
  };
}
