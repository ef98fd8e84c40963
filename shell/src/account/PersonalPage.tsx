import type { ReactNode } from 'react';
import { usePortal } from '../state/use-store.js';
import { AccessGate } from './AccessGate.js';
import { personalPageAccess } from './access.js';

/** A personal page: its content once the citizen is signed in and consented, else what would let them see it. */
export function PersonalPage({ name, path, children }: { name: string; path: string; children: ReactNode }) {
  const access = personalPageAccess(usePortal((s) => s.session));
  return (
    <>
      <h1>{name}</h1>
      {access.kind === 'open' ? children : <AccessGate access={access} returnTo={path} what={name} kind="page" />}
    </>
  );
}
