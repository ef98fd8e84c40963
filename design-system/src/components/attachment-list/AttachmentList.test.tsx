import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { AttachmentList } from './AttachmentList.js';

const items = [
  { key: '0', name: 'rozhodnutí.pdf', href: '/api/attachments/1/0', type: 'application/pdf', size: '1,26 MB' },
  { key: '1', name: 'příloha.png', href: '/api/attachments/1/1', size: '120 kB' },
];

describe('AttachmentList', () => {
  it('lists the files under a heading, each a download link with its type and size', () => {
    render(<AttachmentList title="Přílohy" items={items} emptyText="Bez příloh" />);
    const section = screen.getByRole('region', { name: 'Přílohy' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Přílohy' })).toBeTruthy();
    const link = within(section).getByRole('link', { name: 'rozhodnutí.pdf' });
    expect(link.getAttribute('href')).toBe('/api/attachments/1/0');
    expect(link.getAttribute('download')).toBe('rozhodnutí.pdf');
    expect(link.parentElement?.textContent).toBe('rozhodnutí.pdf (application/pdf, 1,26 MB)');
    expect(screen.getByRole('link', { name: 'příloha.png' }).parentElement?.textContent).toBe('příloha.png (120 kB)');
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says so when there are no files, with the heading level asked for', () => {
    render(<AttachmentList title="Přílohy" headingLevel={4} items={[]} emptyText="Bez příloh" />);
    expect(screen.getByRole('heading', { level: 4, name: 'Přílohy' })).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Bez příloh')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<AttachmentList title="Přílohy" items={items} emptyText="Bez příloh" />);
    await expectNoAxeViolations(container);
  });
});
