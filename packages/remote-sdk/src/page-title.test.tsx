import type { HostApi } from '@czp/contract';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle } from './page-title.js';
import { createTestHost, TestRemote } from './testing.js';

function Page({ title }: { title: string | null }) {
  usePageTitle(title);
  return null;
}

afterEach(cleanup);

describe('usePageTitle', () => {
  it('sets the title while shown, follows a change and clears it when the page goes', () => {
    const host = createTestHost({ serviceId: 'telc' });
    const view = render(
      <TestRemote host={host}>
        <Page title="Ohlášení živnosti" />
      </TestRemote>,
    );
    expect(host.titles).toEqual(['Ohlášení živnosti']);
    view.rerender(
      <TestRemote host={host}>
        <Page title="  Trade licence " />
      </TestRemote>,
    );
    expect(host.titles).toEqual(['Ohlášení živnosti', null, 'Trade licence']);
    view.unmount();
    expect(host.titles.at(-1)).toBeNull();
  });

  it('takes an empty title for none, and works with a host that has no setTitle', () => {
    const host = createTestHost({ serviceId: 'telc' });
    render(
      <TestRemote host={host}>
        <Page title=" " />
      </TestRemote>,
    );
    expect(host.titles).toEqual([null]);
    cleanup();
    const { setTitle: _none, ...older } = host.props.host;
    const oldHost = { ...host, props: { ...host.props, host: older as HostApi } };
    expect(() =>
      render(
        <TestRemote host={oldHost}>
          <Page title="Ohlášení živnosti" />
        </TestRemote>,
      ),
    ).not.toThrow();
  });
});
