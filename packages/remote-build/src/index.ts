import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceMetadataSchema } from '@czp/contract';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { czpContainer } from './container-plugin.js';
import { federationName, REQUIRED_VERSIONS, remoteFederationOptions } from './federation-options.js';

/**
 * The whole Vite config of a remote, read from its folder: `czp.service.json` (validated here,
 * so a mistake shows at build time, not at publishing) and `src/app.tsx` (defineRemote()).
 *
 * `vite build` (and `vite build --watch`, czp dev --portal) makes a CzP slim container (container-plugin.ts);
 * `vite` (serve) keeps @module-federation/vite's development server, whose remoteEntry.js keeps the same container
 * contract (the shell loads it through the Module Federation runtime it imports for such entries).
 */
export function czpRemoteConfig(remoteDir: string): UserConfig {
  const file = join(remoteDir, 'czp.service.json');
  const parsed = serviceMetadataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`${file} is not valid service metadata:\n${problems}`);
  }
  const version = readVersion(remoteDir);
  const plugins: PluginOption[] = [
    react(),
    czpContainer({ remoteDir, name: federationName(parsed.data.id), version, requiredVersions: REQUIRED_VERSIONS }),
    serveOnly(federation(remoteFederationOptions(parsed.data.id))),
  ];
  return {
    root: remoteDir,
    plugins,
    build: { target: 'es2022', modulePreload: false, outDir: 'dist', emptyOutDir: true },
  };
}

function readVersion(remoteDir: string): string {
  try {
    return (
      (JSON.parse(readFileSync(join(remoteDir, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

/** Module Federation's plugins in `vite` (serve) only: the build is the slim container's. */
function serveOnly(plugins: Plugin[]): Plugin[] {
  return plugins.map((plugin) => {
    const apply = plugin.apply;
    return {
      ...plugin,
      apply: (config, env) =>
        env.command === 'serve' &&
        (apply === undefined || (typeof apply === 'function' ? apply(config, env) : apply === 'serve')),
    };
  });
}
