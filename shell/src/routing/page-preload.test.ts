import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildManifest, PAGE_SOURCES, pagePreloadHead } from './page-preload.js';
import { matchRoute } from './routes.js';

const manifest: BuildManifest = {
  'index.html': { file: 'static/index-1.js', isEntry: true, imports: ['_jsx.js'] },
  '_jsx.js': { file: 'static/jsx-2.js' },
  '_button.js': { file: 'static/MyServiceButton-3.js', imports: ['index.html', '_jsx.js'] },
  'src/pages/home/HomePage.tsx': { file: 'static/HomePage-4.js', imports: ['index.html', '_button.js', '_jsx.js'] },
};

describe('the page chunk preload the server puts into the head', () => {
  it("names the route's chunk and what it imports beyond the first load", () => {
    expect(pagePreloadHead(matchRoute('/'), manifest)).toBe(
      '<link rel="modulepreload" crossorigin href="/static/HomePage-4.js">' +
        '<link rel="modulepreload" crossorigin href="/static/MyServiceButton-3.js">',
    );
  });

  it("is empty for a service's page (in the first load), without a manifest, and for a chunk it does not know", () => {
    expect(pagePreloadHead(matchRoute('/services/telc'), manifest)).toBe('');
    expect(pagePreloadHead(matchRoute('/'), null)).toBe('');
    expect(pagePreloadHead(matchRoute('/services'), manifest)).toBe('');
  });

  it('names the very modules the browser loads lazily', () => {
    const lazy = readFileSync(join(import.meta.dirname, 'lazy-pages.ts'), 'utf8');
    for (const [id, source] of Object.entries(PAGE_SOURCES)) {
      const imported = source.replace(/^src\//, '../').replace(/\.tsx?$/, '.js');
      expect(lazy, id).toContain(`${id}: () => import('${imported}')`);
    }
  });
});
