import { defineProject } from 'vitest/config';

/**
 * The design system's unit tests. Works alone (`vitest run` in this folder) and as the
 * `design-system` project of the root vitest config.
 */
export default defineProject({
  test: {
    name: 'design-system',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Components do not import CSS; the stylesheet is tested by building it, not in jsdom.
    css: false,
    // gov.cz's React package ships extensionless ESM imports that Node cannot load: let Vite transform it.
    server: { deps: { inline: [/@gov-design-system-ce/] } },
  },
});
