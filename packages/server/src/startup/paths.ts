import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The folder holding pnpm-workspace.yaml, walking up from `from`. */
export function findRepoRoot(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The `lib/` folder of @gov-design-system-ce/icons as the design system resolves it, or null. */
export function resolveIconsDir(repoRoot: string): string | null {
  try {
    const require = createRequire(join(repoRoot, 'design-system', 'package.json'));
    const lib = join(dirname(require.resolve('@gov-design-system-ce/icons/package.json')), 'lib');
    return existsSync(lib) ? lib : null;
  } catch {
    return null;
  }
}
