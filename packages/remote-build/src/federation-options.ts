import { REMOTE_EXPOSED_MODULE, SHARED_SINGLETONS, type SharedSingleton } from '@czp/contract';

interface SingletonShare {
  singleton: true;
  requiredVersion: string;
  /** Never bundle a fallback copy: the shell always provides it. */
  import: false;
}

export const REQUIRED_VERSIONS: Record<SharedSingleton, string> = {
  react: '^19.0.0',
  'react-dom': '^19.0.0',
  zustand: '^5.0.0',
  '@czp/design-system': '*',
  '@czp/design-system/forms': '*',
  '@czp/design-system/content': '*',
  '@czp/remote-sdk': '*',
};

/**
 * Module Federation options of `vite` (serve) for a remote, for @module-federation/vite; the production build is the
 * CzP slim container (container-plugin.ts) with the same name, exposed module and shared singletons. The shared list is the contract with the
 * shell: these libraries come from the shell once, never from the remote's own bundle (a remote
 * with its own React breaks hooks: React error #321).
 */
export function remoteFederationOptions(serviceId: string) {
  const shared = Object.fromEntries(
    SHARED_SINGLETONS.map((name) => [
      name,
      { singleton: true, requiredVersion: REQUIRED_VERSIONS[name], import: false } satisfies SingletonShare,
    ]),
  ) as Record<SharedSingleton, SingletonShare>;
  return {
    name: federationName(serviceId),
    filename: 'remoteEntry.js',
    exposes: { [REMOTE_EXPOSED_MODULE]: './src/app.tsx' },
    manifest: true,
    dts: false,
    shared,
    // Use the shell's Module Federation runtime instead of shipping a second one.
    experiments: { externalRuntime: true },
  };
}

export function federationName(serviceId: string): string {
  return `czp_${serviceId.replaceAll('-', '_')}`;
}
