import { describe, expect, it } from 'vitest';
import { cleanFileName, cleanLine, cleanMultiline, isVisibleText, textProblem } from './text.js';

describe('textProblem', () => {
  it('accepts ordinary Czech and English text, tabs and line breaks', () => {
    for (const ok of ['Žádost o výpis', 'Hello, world', 'řádek 1\nřádek 2\r\n\tdál', '', 'مرحبا \u200F']) {
      expect(textProblem(ok), JSON.stringify(ok)).toBeNull();
    }
  });

  it('refuses control characters anywhere: NUL, other C0, DEL, C1, broken surrogates', () => {
    for (const bad of [
      'a\u0000b',
      '\u0000',
      'x\u0007',
      'x\u001b[31m',
      'x\u007f',
      'x\u0085',
      'x\u009b',
      'x\uD800',
      '\uDC00y',
    ]) {
      expect(textProblem(bad), JSON.stringify(bad)).toBe('control');
    }
  });

  it('calls text of only invisible characters invisible', () => {
    for (const invisible of [
      '\u200B\u200B\u200B',
      ' \u200C\u200D ',
      '\uFEFF',
      '\u2060',
      '\u3164',
      '\u00AD',
      '\u202E',
      ' \n\t ',
    ]) {
      expect(textProblem(invisible), JSON.stringify(invisible)).toBe('invisible');
      expect(isVisibleText(invisible)).toBe(false);
    }
    expect(isVisibleText('\u200Ba')).toBe(true);
  });
});

describe('cleanLine', () => {
  it('turns line breaks and tabs into spaces (no header or log line injection)', () => {
    expect(cleanLine('Předmět\r\nBcc: evil@example.com')).toBe('Předmět Bcc: evil@example.com');
    expect(cleanLine('a\tb\nc')).toBe('a b c');
  });

  it('removes directional overrides and isolates, so the text reads as it is', () => {
    expect(cleanLine('\u202Efdp.exe')).toBe('fdp.exe');
    expect(cleanLine('x\u2066y\u2069\u202Dz\u202A')).toBe('xyz');
  });

  it('normalises to NFC and trims', () => {
    expect(cleanLine('  Z\u030Cadost  ')).toBe('Žadost');
  });
});

describe('cleanMultiline', () => {
  it('keeps lines with LF ends, NFC', () => {
    expect(cleanMultiline('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(cleanMultiline('C\u030C')).toBe('Č');
  });
});

describe('cleanFileName', () => {
  it('neutralises overrides, separators, reserved characters and leading dots', () => {
    expect(cleanFileName('\u202Efdp.exe')).toBe('fdp.exe');
    expect(cleanFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(cleanFileName('..\\win.ini')).toBe('_win.ini');
    expect(cleanFileName('a<b>:c?.pdf')).toBe('a_b_c_.pdf');
    expect(cleanFileName('.htaccess')).toBe('htaccess');
    expect(cleanFileName('report.pdf\r\nX: y')).toBe('report.pdf X_ y');
  });

  it('falls back when nothing visible is left', () => {
    expect(cleanFileName('\u200B\u200B')).toBe('soubor');
    expect(cleanFileName('...', 'file')).toBe('file');
  });
});
