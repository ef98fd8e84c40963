import { FOLDERS, type Folder } from './api.js';

/** The remote's routes below /services/data-box. */
export type Route =
  | { name: 'mailbox'; folder: Folder }
  | { name: 'message'; id: string }
  | { name: 'compose'; replyTo?: string }
  | { name: 'draft'; id: string }
  | { name: 'settings' }
  | { name: 'not-found' };

const isFolder = (value: string | null): value is Folder => FOLDERS.includes(value as Folder);

export function parseRoute(path: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found' };
  if (first === undefined) {
    const folder = params.get('folder');
    return { name: 'mailbox', folder: isFolder(folder) ? folder : 'inbox' };
  }
  if (second === undefined) {
    if (isFolder(first)) return { name: 'mailbox', folder: first };
    if (first === 'compose') {
      const replyTo = params.get('reply');
      return replyTo ? { name: 'compose', replyTo } : { name: 'compose' };
    }
    if (first === 'settings') return { name: 'settings' };
    return { name: 'not-found' };
  }
  if (first === 'message') return { name: 'message', id: second };
  if (first === 'drafts') return { name: 'draft', id: second };
  return { name: 'not-found' };
}

export const paths = {
  folder: (folder: Folder) => `/${folder}`,
  message: (id: string) => `/message/${encodeURIComponent(id)}`,
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
  compose: (replyTo?: string) => (replyTo ? `/compose?reply=${encodeURIComponent(replyTo)}` : '/compose'),
  settings: '/settings',
};
