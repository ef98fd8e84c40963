import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { MessageView } from './MessageView.js';
import { messagePartiesCs } from './message-view.fixtures.js';

const props = {
  subject: 'Rozhodnutí o poplatku',
  ...messagePartiesCs,
  body: 'Dobrý den,\n<script>alert("x")</script>\n<b>tučně</b>',
};

describe('MessageView', () => {
  it('is an article named by its subject heading, with from, to and date', () => {
    render(<MessageView {...props} />);
    const article = screen.getByRole('article', { name: 'Rozhodnutí o poplatku' });
    expect(screen.getByRole('heading', { level: 2, name: 'Rozhodnutí o poplatku' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Text zprávy' })).toBeTruthy();
    const terms = Array.from(article.querySelectorAll('dt')).map((dt) => dt.textContent);
    const values = Array.from(article.querySelectorAll('dd')).map((dd) => dd.textContent);
    expect(terms).toEqual(['Od', 'Komu', 'Datum']);
    expect(values).toEqual(['Město Telč', 'Jan Novák', '20. listopadu 2026 10:30']);
    expect(article.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-20T09:30:00.000Z');
  });

  it('shows the body as plain text with its line breaks, never as HTML', () => {
    const { container } = render(<MessageView {...props} />);
    const body = container.querySelector('.czp-message-view__body');
    expect(body?.textContent).toBe(props.body);
    expect(body?.querySelector('script, b')).toBeNull();
  });

  it('takes the heading level, a focusable heading ref, attachments, actions and more', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <MessageView
        {...props}
        headingLevel={3}
        headingRef={ref}
        attachments={<p>Příloha</p>}
        actions={<a href="/odpoved">Odpovědět</a>}
      >
        <p>Konverzace</p>
      </MessageView>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Rozhodnutí o poplatku' });
    expect(ref.current).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    ref.current?.focus();
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('heading', { level: 4, name: 'Text zprávy' })).toBeTruthy();
    expect(screen.getByText('Příloha')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Odpovědět' })).toBeTruthy();
    expect(screen.getByText('Konverzace')).toBeTruthy();
  });

  it('has a heading out of the Tab order only when a ref asks for it', () => {
    render(<MessageView {...props} />);
    expect(screen.getByRole('heading', { level: 2 }).hasAttribute('tabindex')).toBe(false);
  });

  it('has no axe violations', async () => {
    const { container } = render(<MessageView {...props} actions={<a href="/odpoved">Odpovědět</a>} />);
    await expectNoAxeViolations(container);
  });
});
