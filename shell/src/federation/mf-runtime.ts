import { REMOTE_EXPOSED_MODULE } from '@czp/contract';
import { createInstance } from '@module-federation/enhanced/runtime';
// What `@module-federation/enhanced`'s `provideExternalRuntime` hands remotes: the runtime core, as enhanced's own
// runtime layer exports it (enhanced itself exports only `/runtime`).
import * as runtimeCore from '@module-federation/runtime-tools/runtime-core';
import { sharedLibraries } from './shared-libraries.js';

/**
 * Module Federation's runtime, for a remote entry that is not a CzP slim container: a remote built with stock
 * @module-federation/vite and `externalRuntime` (registered with `czp register-external`, or a remote's `vite`
 * development server). Its own chunk, imported only when such a remote loads: never in the shell's first load.
 */
let federation: ReturnType<typeof createInstance> | undefined;
const registered = new Map<string, string>();

export async function loadWithRuntime(federationName: string, entryUrl: string): Promise<unknown> {
  if (!federation) {
    const federationGlobal = runtimeCore.Global as unknown as Record<string, unknown>;
    federationGlobal._FEDERATION_RUNTIME_CORE = runtimeCore;
    federation = createInstance({ name: 'czp_shell', remotes: [], shared: sharedLibraries() });
  }
  // A new version, or a retry (a new URL, see remote-loader.ts), must not reuse the cached (failed) container.
  const force = registered.has(federationName) && registered.get(federationName) !== entryUrl;
  federation.registerRemotes([{ name: federationName, entry: entryUrl, type: 'module' }], { force });
  registered.set(federationName, entryUrl);
  return federation.loadRemote<unknown>(`${federationName}/${REMOTE_EXPOSED_MODULE.slice(2)}`);
}
