import { SHARED_SINGLETONS } from '@czp/contract';

interface AssetLists {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}

const none = (): AssetLists => ({ js: { sync: [], async: [] }, css: { sync: [], async: [] } });

export interface ManifestInput {
  name: string;
  version: string;
  requiredVersions: Record<string, string>;
  /** Installed version of each shared singleton (what the remote was built against). */
  sharedVersions: Record<string, string>;
  /** Each exposed module (./app) with the files it needs: on first load (sync) and later (async). */
  exposes: Record<string, AssetLists>;
  /** The container's marker export (container-entry.ts), so a reader can tell a CzP slim container. */
  marker: string;
}

/**
 * `mf-manifest.json` in the shape of Module Federation 2's manifest, as far as the portal reads it (the publishing
 * gate's manifest.ts, czp, the server's archive reader, the e2e budgets): name, the remote entry, the shared
 * singletons (no fallback assets: nothing is bundled), and the exposed modules' assets.
 */
export function federationManifest(input: ManifestInput) {
  const { name } = input;
  return {
    id: name,
    name,
    metaData: {
      name,
      type: 'app',
      buildInfo: { buildVersion: input.version, buildName: name },
      remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' },
      types: { path: '', name: '' },
      globalName: name,
      publicPath: 'auto',
      // Not Module Federation's: the remote entry is a CzP slim container (init/get without the runtime).
      czpContainer: { marker: input.marker, version: 1 },
    },
    shared: SHARED_SINGLETONS.map((shared) => ({
      id: `${name}:${shared}`,
      name: shared,
      version: input.sharedVersions[shared] ?? '0.0.0',
      singleton: true,
      requiredVersion: input.requiredVersions[shared] ?? '*',
      assets: none(),
    })),
    remotes: [],
    exposes: Object.entries(input.exposes).map(([path, assets]) => ({
      id: `${name}:${path.replace(/^\.\//, '')}`,
      name: path.replace(/^\.\//, ''),
      assets,
      path,
    })),
  };
}
export type FederationManifest = ReturnType<typeof federationManifest>;
