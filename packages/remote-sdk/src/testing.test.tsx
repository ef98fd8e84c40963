import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHost, useHostState } from './host-context.js';
import { createTestHost, TestRemote } from './testing.js';

afterEach(cleanup);

function Probe() {
  const { locale, person } = useHostState();
  const host = useHost();
  return (
    <button type="button" onClick={() => host.navigate('/services/telc/next')}>
      {locale} {person?.name ?? 'nobody'}
    </button>
  );
}

describe('the test host', () => {
  it('renders a remote’s component with host state a test can change, and records what it asks of the shell', async () => {
    const host = createTestHost({
      serviceId: 'telc',
      person: { id: 'p', name: 'Jan Novák', levelOfAssurance: 'high' },
    });
    render(
      <TestRemote host={host}>
        <Probe />
      </TestRemote>,
    );
    expect(screen.getByRole('button').textContent).toBe('cs Jan Novák');
    act(() => host.state.setState({ locale: 'en' }));
    expect(screen.getByRole('button').textContent).toBe('en Jan Novák');
    fireEvent.click(screen.getByRole('button'));
    expect(host.navigations).toEqual(['/services/telc/next']);
    expect(host.props.basePath).toBe('/services/telc');
    expect((await host.props.host.api.get('/anything')).status).toBe(404);
  });
});
