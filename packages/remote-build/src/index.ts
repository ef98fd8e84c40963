import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceMetadataSchema } from '@czp/contract';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { PluginOption, UserConfig } from 'vite';
import { remoteFederationOptions } from './federation-options.js';

/**
 * The whole Vite config of a remote, read from its folder: `czp.service.json` (validated here,
 * so a mistake shows at build time, not at publishing) and `src/app.tsx` (defineRemote()).
 */
export function czpRemoteConfig(remoteDir: string): UserConfig {
  const file = join(remoteDir, 'czp.service.json');
  const parsed = serviceMetadataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`${file} is not valid service metadata:\n${problems}`);
  }
  const plugins: PluginOption[] = [react(), federation(remoteFederationOptions(parsed.data.id))];
  return {
    root: remoteDir,
    plugins,
    build: { target: 'es2022', modulePreload: false, outDir: 'dist', emptyOutDir: true },
  };
}
