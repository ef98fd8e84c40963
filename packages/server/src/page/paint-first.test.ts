import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first.js';

const HEAD = `<head>
    <script type="module" crossorigin src="/static/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/static/index-abc.css">
  </head>`;

describe('paint first', () => {
  it('preloads the shell entry and imports it after the next frame, from a script with the nonce', () => {
    const html = paintFirst(HEAD, 'n0nce');
    expect(html).not.toContain('<script type="module" crossorigin src=');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/static/index-abc.js">');
    const script = /<script type="module" nonce="n0nce">([^<]*)<\/script>/.exec(html)?.[1];
    expect(script).toContain('import("/static/index-abc.js")');
    expect(script).toContain('requestAnimationFrame');
    // The preload comes first, so the entry is requested as early as before; the stylesheet stays where it was.
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('nonce='));
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/static/index-abc.css">');
  });

  it('starts the entry in the script at once when the page is hidden, and after a frame when it is seen', () => {
    const script = /<script[^>]*>([^<]*)<\/script>/.exec(paintFirst(HEAD, 'n'))?.[1] ?? '';
    const run = (visibilityState: string) => {
      const calls: string[] = [];
      const frames: (() => void)[] = [];
      const timers: (() => void)[] = [];
      // The script's `import(...)` stands for the dynamic import; `imported` records it.
      new Function(
        'document',
        'requestAnimationFrame',
        'setTimeout',
        'imported',
        script.replace('import(', 'imported('),
      )(
        { visibilityState },
        (callback: () => void) => frames.push(callback),
        (callback: () => void) => timers.push(callback),
        (src: string) => calls.push(src),
      );
      return { calls, frames, timers };
    };
    expect(run('hidden').calls).toEqual(['/static/index-abc.js']);
    const visible = run('visible');
    expect(visible.calls).toEqual([]);
    for (const frame of visible.frames) frame();
    expect(visible.calls).toEqual([]);
    for (const timer of visible.timers) timer();
    expect(visible.calls).toEqual(['/static/index-abc.js']);
  });

  it('leaves a document without the built entry script as it is', () => {
    const html = '<head><script type="module" src="/src/entry-client.tsx"></script></head>';
    expect(paintFirst(html, 'n')).toBe(html);
  });
});
