import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { tokensPlugin } from '../scripts/tokens.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const icons = resolve(here, '../node_modules/@gov-design-system-ce/icons/lib');

/** Storybook for designers: every component in all its states, both locales, both themes, and the tokens. */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // GovIcon fetches /assets/icons/<type>/<name>.svg, served by the API server in the portal.
  staticDirs: [{ from: icons, to: '/assets/icons' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A designer edits src/tokens/tokens.ts and sees every story change: the plugin regenerates tokens.css.
  viteFinal: async (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), tokensPlugin()] }),
};

export default config;
