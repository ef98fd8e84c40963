// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Frame } from './frame.js';

describe('server rendering', () => {
  it('renders the whole frame with renderToString in Node (no window, no document)', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(<Frame />);
    expect(html).toContain('Portál občana');
    expect(html).toContain('href="#main"');
    expect(html).toContain('<main id="main" tabindex="-1"');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('class="gov-tile');
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-live="polite"');
  });
});
