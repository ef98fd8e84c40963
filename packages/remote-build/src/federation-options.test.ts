import { SHARED_SINGLETONS } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { remoteFederationOptions } from './federation-options.js';

describe('remote build options', () => {
  const options = remoteFederationOptions('lysa-nad-labem');

  it('takes every shared singleton from the shell and never bundles its own copy', () => {
    // A remote with its own React breaks hooks in the portal (React error #321).
    for (const name of SHARED_SINGLETONS) {
      expect(options.shared[name], name).toMatchObject({ singleton: true, import: false });
    }
  });

  it('exposes the app module under a federation name derived from the service id', () => {
    expect(options.name).toBe('czp_lysa_nad_labem');
    expect(options.exposes).toEqual({ './app': './src/app.tsx' });
    expect(options.experiments).toEqual({ externalRuntime: true });
    expect(options.manifest).toBe(true);
  });
});
