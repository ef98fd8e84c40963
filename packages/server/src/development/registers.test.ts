import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../startup/configuration-error.js';
import { startRegisters } from './registers.js';

const noDevelopmentServer = async () => {
  throw new Error('the development register server must not start');
};

describe('the registers behind the bus at start-up', () => {
  it('use CZP_REGISTERS_URL when set, also outside production, and start nothing', async () => {
    const running = await startRegisters({
      env: { CZP_REGISTERS_URL: 'https://registers.example.cz/' },
      production: false,
      startDevelopment: noDevelopmentServer,
    });
    expect(running).toMatchObject({ url: 'https://registers.example.cz', development: false });
    expect(Object.keys(running.gateway?.registers ?? {})).toContain('residents');
  });

  it('refuse a CZP_REGISTERS_URL that is no http(s) address, naming the variable', async () => {
    for (const value of ['registers', 'ftp://registers.example.cz']) {
      await expect(startRegisters({ env: { CZP_REGISTERS_URL: value }, production: true })).rejects.toThrow(
        ConfigurationError,
      );
      await expect(startRegisters({ env: { CZP_REGISTERS_URL: value }, production: true })).rejects.toThrow(
        /CZP_REGISTERS_URL/,
      );
    }
  });

  it('in production without a URL: none (start.ts warns), no development server', async () => {
    const running = await startRegisters({ env: {}, production: true, startDevelopment: noDevelopmentServer });
    expect(running).toMatchObject({ gateway: undefined, url: null, development: false });
  });

  it('outside production start the development server on CZP_DEV_REGISTERS_PORT (8091 by default) and close it', async () => {
    const started: { port: number; host: string }[] = [];
    let closed = 0;
    const startDevelopment = async (options: { port: number; host: string }) => {
      started.push(options);
      return { url: `http://localhost:${options.port}`, close: async () => void closed++ };
    };
    const byDefault = await startRegisters({ env: {}, production: false, startDevelopment });
    const configured = await startRegisters({
      env: { CZP_DEV_REGISTERS_PORT: '9391' },
      host: '0.0.0.0',
      production: false,
      startDevelopment,
    });
    expect(started).toEqual([
      { port: 8091, host: 'localhost' },
      { port: 9391, host: '0.0.0.0' },
    ]);
    expect(configured).toMatchObject({ url: 'http://localhost:9391', development: true });
    expect(configured.gateway).toBeDefined();
    await byDefault.close();
    await configured.close();
    expect(closed).toBe(2);
  });

  it('say which variable to set when the port is taken or not a port', async () => {
    const inUse = async () => {
      throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    };
    const taken = startRegisters({
      env: { CZP_DEV_REGISTERS_PORT: '9392' },
      production: false,
      startDevelopment: inUse,
    });
    await expect(taken).rejects.toThrow(ConfigurationError);
    await expect(taken).rejects.toThrow(/9392.*CZP_DEV_REGISTERS_PORT/);
    await expect(
      startRegisters({ env: { CZP_DEV_REGISTERS_PORT: 'eighty' }, production: false, startDevelopment: inUse }),
    ).rejects.toThrow(/CZP_DEV_REGISTERS_PORT/);
  });

  it('start the real development register server, and name the variable when its port is taken', async () => {
    const running = await startRegisters({
      env: { CZP_DEV_REGISTERS_PORT: '0' },
      production: false,
      log: { info() {} },
    });
    try {
      expect(running.development).toBe(true);
      const port = Number(new URL(running.url ?? '').port);
      expect(port).toBeGreaterThan(0);
      const state = await fetch(`${running.url}/_control`);
      expect((await state.json()).registers.residents).toBe('ok');
      await expect(
        startRegisters({ env: { CZP_DEV_REGISTERS_PORT: String(port) }, production: false, log: { info() {} } }),
      ).rejects.toThrow(`Port ${port} for the development register server is in use`);
    } finally {
      await running.close();
    }
  });

  it('say the port is taken when something else listens there', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, 'localhost', resolve));
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        startRegisters({ env: { CZP_DEV_REGISTERS_PORT: String(port) }, production: false, log: { info() {} } }),
      ).rejects.toThrow(ConfigurationError);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
