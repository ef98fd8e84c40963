import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../startup/configuration-error.js';
import { exactOrigin, isAllowedPreviewOrigin, previewSettingsFromEnv } from './settings.js';

describe('preview settings', () => {
  it('are on outside production and off in production unless CZP_ALLOW_PREVIEW=1', () => {
    expect(previewSettingsFromEnv({}).enabled).toBe(true);
    expect(previewSettingsFromEnv({ NODE_ENV: 'test' }).enabled).toBe(true);
    expect(previewSettingsFromEnv({ CZP_ALLOW_PREVIEW: '0' }).enabled).toBe(false);
    expect(previewSettingsFromEnv({ NODE_ENV: 'production' }).enabled).toBe(false);
    expect(previewSettingsFromEnv({ NODE_ENV: 'production', CZP_ALLOW_PREVIEW: '0' }).enabled).toBe(false);
    expect(previewSettingsFromEnv({ NODE_ENV: 'production', CZP_ALLOW_PREVIEW: '1' }).enabled).toBe(true);
  });

  it('refuse a switch that is neither 1 nor 0, and an allow-list entry that is not an origin', () => {
    for (const value of ['yes', 'true', '2']) {
      expect(() => previewSettingsFromEnv({ CZP_ALLOW_PREVIEW: value })).toThrow(ConfigurationError);
    }
    for (const value of ['https://dev.telc.eu/path', '*', 'http://*.telc.eu', 'ftp://x', 'dev.telc.eu']) {
      expect(() => previewSettingsFromEnv({ CZP_PREVIEW_ORIGINS: value }), value).toThrow(/CZP_PREVIEW_ORIGINS/);
    }
  });

  it('allow loopback development servers by default, only the listed origins when CZP_PREVIEW_ORIGINS is set', () => {
    const loopback = previewSettingsFromEnv({});
    expect(loopback.origins).toBe('loopback');
    for (const origin of ['http://localhost:5174', 'http://127.0.0.1:1']) {
      expect(isAllowedPreviewOrigin(loopback, origin), origin).toBe(true);
    }
    for (const origin of ['http://localhost', 'https://localhost:5174', 'http://10.0.0.1:5174', 'http://[::1]:5174']) {
      expect(isAllowedPreviewOrigin(loopback, origin), origin).toBe(false);
    }
    const listed = previewSettingsFromEnv({ CZP_PREVIEW_ORIGINS: ' https://dev.telc.eu/ , http://localhost:9000' });
    expect(listed.origins).toEqual(['https://dev.telc.eu', 'http://localhost:9000']);
    expect(isAllowedPreviewOrigin(listed, 'https://dev.telc.eu')).toBe(true);
    expect(isAllowedPreviewOrigin(listed, 'http://localhost:5174')).toBe(false);
  });

  it('take an origin only exactly: no path, query, fragment, credentials or anything a CSP would read as more', () => {
    expect(exactOrigin('http://localhost:5174')).toBe('http://localhost:5174');
    expect(exactOrigin('http://LOCALHOST:5174/')).toBe('http://localhost:5174');
    for (const text of [
      'http://localhost:5174/x',
      'http://localhost:5174?',
      'http://localhost:5174#',
      'http://a@localhost:5174',
      'http://localhost:5174 https://evil.example',
      "http://localhost:5174;script-src 'unsafe-inline'",
      'data:text/javascript,1',
    ]) {
      expect(exactOrigin(text), text).toBeNull();
    }
  });
});
