import { vi } from 'vitest';
import type { ShellActions } from '../frame/shell-context.js';

/** Shell actions for component tests: every one a spy that succeeds; pass the ones a test needs to behave. */
export function fakeActions(overrides: Partial<ShellActions> = {}): ShellActions {
  return {
    navigate: vi.fn(),
    retry: vi.fn(),
    report: vi.fn(async () => true),
    setLocale: vi.fn(),
    saveConsent: vi.fn(async () => true),
    extendSession: vi.fn(async () => true),
    logout: vi.fn(),
    sessionEnded: vi.fn(),
    addService: vi.fn(async () => true),
    removeService: vi.fn(async () => true),
    reorderServices: vi.fn(async () => true),
    ...overrides,
  };
}
