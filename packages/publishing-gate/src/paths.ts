import { GateError } from './errors.js';

/** Build by-products Vite leaves in dist/ that are never published. */
export function isBuildByProduct(path: string): boolean {
  return path.startsWith('.vite/') || path === 'mf-stats.json' || path === 'index.html';
}

const SEGMENT = /^[A-Za-z0-9._~@+-]+$/;

/** Refuses a path that is absolute, climbs out of the bundle, or has characters a URL cannot carry plainly. */
export function checkBundlePath(path: string, bundle = 'the bundle'): void {
  const escapes =
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[A-Za-z]:/.test(path) ||
    path.split('/').some((segment) => segment === '..' || segment === '.');
  if (escapes) {
    throw new GateError('invalid-path', `${bundle}: the file path "${path}" escapes the bundle`, { file: path });
  }
  if (path.length > 300 || !path.split('/').every((segment) => SEGMENT.test(segment))) {
    throw new GateError(
      'invalid-path',
      `${bundle}: the file path "${path}" cannot be published (letters, digits and . _ ~ @ + - only, at most 300 characters)`,
      { file: path },
    );
  }
}

/** The files that are published: every path checked, build by-products left out, in the order given. */
export function publishableFiles<T>(files: ReadonlyMap<string, T>, bundle: string): Map<string, T> {
  const kept = new Map<string, T>();
  for (const [path, content] of files) {
    checkBundlePath(path, bundle);
    if (!isBuildByProduct(path)) kept.set(path, content);
  }
  return kept;
}
