import type { RemoteFailureReason } from '@czp/contract';

/** Why a remote could not be used: the fallback explains each differently. */
export class RemoteLoadError extends Error {
  constructor(
    readonly reason: Extract<RemoteFailureReason, 'load-failed' | 'timeout'>,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteLoadError';
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new RemoteLoadError('timeout', `${what} did not answer within ${ms} ms`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
