import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ServiceDetail, type ServiceDetailProps } from './ServiceDetail.js';
import { serviceDetailLabelsCs, telcFactsCs } from './service-detail.fixtures.js';

const props: ServiceDetailProps = {
  name: 'Portál občana města Telč',
  logoUrl: '/remotes/telc/1.0.0/logo.svg',
  description: '<b>Životní situace</b> a online formuláře města.',
  ...telcFactsCs,
  publishedAt: '2026-11-03T10:00:00Z',
  labels: serviceDetailLabelsCs,
};

/** The <dd> after the <dt> with this text. */
function fact(label: string): HTMLElement {
  const dd = screen.getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return dd;
}

describe('ServiceDetail', () => {
  it('is an article named by the service, the name an h1, the facts under an h2; the description stays text', () => {
    const { container } = render(<ServiceDetail {...props} />);
    expect(screen.getByRole('article', { name: 'Portál občana města Telč' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Portál občana města Telč');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('O službě');
    expect(screen.getByText('<b>Životní situace</b> a online formuláře města.')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('lists the issuer with IČO, category, region, web, support links, level, data read, version and date', () => {
    render(<ServiceDetail {...props} />);
    expect(fact('Vydavatel').textContent).toBe('Město Telč (IČO 00286745)');
    expect(fact('Oblast').textContent).toBe('Obce a města');
    expect(fact('Kraj').textContent).toBe('Kraj Vysočina');
    expect(within(fact('Webové stránky')).getByRole('link').getAttribute('href')).toBe('https://www.telc.cz');
    const support = fact('Technická podpora');
    expect(within(support).getByRole('link', { name: 'podpora@telc.cz' }).getAttribute('href')).toBe(
      'mailto:podpora@telc.cz',
    );
    expect(within(support).getByRole('link', { name: '+420 567 112 411' }).getAttribute('href')).toBe(
      'tel:+420567112411',
    );
    expect(fact('Požadovaná úroveň ověření').textContent).toBe('značná');
    expect(
      within(fact('Jaké vaše údaje může služba číst'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(props.reads);
    const version = fact('Verze');
    expect(version.textContent).toBe('1.2.0 (Zveřejněno 3. 11. 2026)');
    expect(version.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-03T10:00:00Z');
  });

  it('without optional facts: no region or web rows, "none" for the data, no logo, a plain date', () => {
    const { container } = render(
      <ServiceDetail
        {...props}
        logoUrl={undefined}
        region={undefined}
        web={undefined}
        reads={[]}
        publishedAt={undefined}
      />,
    );
    expect(screen.queryByText('Kraj', { selector: 'dt' })).toBeNull();
    expect(screen.queryByText('Webové stránky', { selector: 'dt' })).toBeNull();
    expect(fact('Jaké vaše údaje může služba číst').textContent).toBe('žádné');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('time')).toBeNull();
  });

  it('shows the actions and what follows them, before the facts; heading levels follow headingLevel', () => {
    render(
      <ServiceDetail {...props} headingLevel={2} actions={<button type="button">Přidat službu</button>}>
        <p>Služba byla odebrána.</p>
      </ServiceDetail>,
    );
    const button = screen.getByRole('button', { name: 'Přidat službu' });
    const facts = screen.getByRole('heading', { level: 3, name: 'O službě' });
    expect(button.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Služba byla odebrána.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Portál občana města Telč' })).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<ServiceDetail {...props} actions={<button type="button">Přidat službu</button>} />);
    await expectNoAxeViolations(container);
  });
});
