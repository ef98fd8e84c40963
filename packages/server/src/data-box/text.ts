/** Lower case without diacritics: "Výpis" and "vypis" find each other (PGlite has no unaccent extension). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** A size a person reads: "12.4 MB", "500 MB", "830 kB". */
export function formatBytes(bytes: number): string {
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** C0 control characters and DEL. */
const isControlCode = (code: number): boolean => code < 0x20 || code === 0x7f;

/** Whether text has control characters other than tab, line feed, form feed and carriage return. */
export function hasBinaryControls(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isControlCode(code) && code !== 9 && code !== 10 && code !== 12 && code !== 13) return true;
  }
  return false;
}
