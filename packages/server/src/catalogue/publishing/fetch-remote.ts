import { PublishError } from './errors.js';

/** How long and how much the server fetches from an issuer's origin when a remote there is registered. */
export interface RemoteFetchLimits {
  /** Per file, headers and body together. */
  timeoutMs: number;
  fileBytes: number;
  /** All files of the version together (as an uploaded bundle's uncompressed size). */
  totalBytes: number;
}

export const REMOTE_FETCH_LIMITS: RemoteFetchLimits = {
  timeoutMs: 10_000,
  fileBytes: 20 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
};

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Fetches one file of a remote from the issuer's origin. Redirects are refused (they could leave the allow-listed
 * origin); a 404 is the issuer's missing file (400), anything else that fails is their server's (502). The message
 * always names the URL.
 */
export async function fetchRemoteFile(url: string, limits: RemoteFetchLimits = REMOTE_FETCH_LIMITS): Promise<Buffer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const failed = (error: unknown): never => {
    if (error instanceof PublishError) throw error;
    const timedOut = signal.aborted || (error as { name?: string }).name === 'TimeoutError';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = timedOut
      ? `did not answer within ${limits.timeoutMs / 1000} s`
      : `could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message})`;
    throw new PublishError('remote-unreachable', `${url} ${why}`, { file: url });
  };
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'manual', signal, headers: { accept: '*/*' } });
  } catch (error) {
    return failed(error);
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => {});
    if (response.status === 404 || response.status === 410) {
      throw new PublishError(
        'missing-file',
        `${url} is not there (HTTP ${response.status}); upload the whole built remote (its dist/) to the base URL`,
        { file: url },
      );
    }
    const redirect = response.status >= 300 && response.status < 400;
    throw new PublishError(
      'remote-unreachable',
      redirect
        ? `${url} redirects (HTTP ${response.status}) to ${response.headers.get('location') ?? 'elsewhere'}; ` +
            'register the base URL the files are served at, without redirects'
        : `${url} answered HTTP ${response.status} instead of the file`,
      { file: url },
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () =>
    new PublishError('remote-too-large', `${url} is larger than ${megabytes(limits.fileBytes)}`, { file: url });
  if (declared > limits.fileBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body) {
        size += chunk.length;
        if (size > limits.fileBytes) throw tooLarge();
        chunks.push(Buffer.from(chunk));
      }
    }
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    return failed(error);
  }
  return Buffer.concat(chunks);
}
