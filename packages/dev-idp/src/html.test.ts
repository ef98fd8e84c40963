import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from './html.js';

describe('html', () => {
  it('escapes every interpolation', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
    expect(escapeHtml(42)).toBe('42');
  });

  it('nests safe markup, joins arrays and drops empty values', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${false}${undefined}${null}${trustedHtml('<hr>')}`.markup).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul><hr>',
    );
  });
});
