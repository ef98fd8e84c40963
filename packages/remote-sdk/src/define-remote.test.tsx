import type { HostApi, HostState, RemoteProps } from '@czp/contract';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { defineRemote } from './define-remote.js';
import { useHostState } from './host-context.js';
import { defineMessages, useTranslator } from './messages.js';

const messages = defineMessages({ cs: { hello: 'Dobrý den, {name}' }, en: { hello: 'Hello, {name}' } });

function Greeting() {
  const { t } = useTranslator(messages);
  const { person } = useHostState();
  return <p>{t('hello', { name: person?.name ?? '?' })}</p>;
}

function Broken(): never {
  throw new Error('render failed');
}

function props(reportCrash = vi.fn()) {
  const state = createStore<HostState>(() => ({
    locale: 'cs',
    person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'substantial' },
  }));
  const host: HostApi = {
    state,
    navigate: vi.fn(),
    notify: vi.fn(),
    reportCrash,
    setBadge: vi.fn(),
    api: { get: vi.fn(), send: vi.fn() },
  };
  const domElement = document.createElement('div');
  const remoteProps: RemoteProps & { name: string } = {
    name: 'test',
    serviceId: 'test',
    basePath: '/services/test',
    domElement,
    host,
  };
  return { remoteProps, state, domElement, reportCrash };
}

// single-spa-react resolves mount from componentDidMount: real rendering, not act() batching.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

describe('defineRemote', () => {
  it('mounts the root with the host state and follows a change of locale', async () => {
    const lifecycles = defineRemote(Greeting);
    const { remoteProps, state, domElement } = props();
    await lifecycles.bootstrap(remoteProps);
    await lifecycles.mount(remoteProps);
    expect(domElement.textContent).toBe('Dobrý den, Jan Novák');
    state.setState({ locale: 'en' });
    await vi.waitFor(() => expect(domElement.textContent).toBe('Hello, Jan Novák'));
    await lifecycles.unmount(remoteProps);
    expect(domElement.textContent).toBe('');
  });

  it('tells the shell when the remote crashes while rendering', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const lifecycles = defineRemote(Broken);
    const { remoteProps, reportCrash } = props();
    await lifecycles.bootstrap(remoteProps);
    await lifecycles.mount(remoteProps);
    await vi.waitFor(() => expect(reportCrash).toHaveBeenCalled());
    expect(reportCrash).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' }));
  });
});
