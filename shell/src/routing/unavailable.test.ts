import type { CatalogueEntry } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes.js';
import { worksWithoutDatabase } from './unavailable.js';

const catalogue = [{ id: 'telc' }] as CatalogueEntry[];

describe('worksWithoutDatabase', () => {
  it('draws the public pages and the services of the last good catalogue; personal pages, login and consent wait', () => {
    for (const path of [
      '/',
      '/services',
      '/services/telc',
      '/services/telc/forms',
      '/catalogue/telc',
      '/accessibility',
    ]) {
      expect(worksWithoutDatabase(matchRoute(path), catalogue), path).toBe(true);
    }
    for (const path of ['/profile', '/data-box', '/services/znojmo', '/login', '/consent', '/settings/notifications']) {
      expect(worksWithoutDatabase(matchRoute(path), catalogue), path).toBe(false);
    }
    expect(worksWithoutDatabase(matchRoute('/'), [])).toBe(false);
  });
});
