import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, checkWebhookUrlForm, isForbiddenAddress, type Resolver } from './webhook-url.js';

const production = { production: true };
const development = { production: false };
const dns: Record<string, string[]> = {
  'hooks.example.cz': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'intranet.example.cz': ['10.20.30.40'],
  'half.example.cz': ['93.184.216.34', '192.168.1.10'],
  'link.example.cz': ['fe80::1'],
  localhost: ['127.0.0.1', '::1'],
};
const resolve: Resolver = async (host) => {
  const found = dns[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

/** The refusal's field and message, or 'ok'. */
async function verdict(url: string, policy = production): Promise<string> {
  try {
    await checkWebhookUrl(url, policy, resolve);
    return 'ok';
  } catch (error) {
    const refusal = error as { status?: number; field?: string; message: string };
    expect(refusal.status).toBe(400);
    expect(refusal.field).toBe('url');
    return refusal.message;
  }
}

describe('the addresses a production portal never calls', () => {
  it.each([
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.0.1',
    '169.254.169.254',
    '127.0.0.1',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    '::ffff:10.0.0.1',
    '::ffff:c0a8:0101',
    'not-an-address',
  ])('%s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.15.255.255', '172.32.0.1', '8.8.8.8', '2606:4700::1111'])(
    '%s is public',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe('a webhook URL', () => {
  it('in production: https to public names and addresses only', async () => {
    expect(await verdict('https://hooks.example.cz/czp')).toBe('ok');
    expect(await verdict('https://93.184.216.34:8443/czp')).toBe('ok');
    expect(await verdict('http://hooks.example.cz/czp')).toContain('https://');
    expect(await verdict('http://localhost:3000/czp')).toContain('https://');
    expect(await verdict('https://localhost/czp')).toContain('this machine');
    expect(await verdict('https://api.localhost/czp')).toContain('this machine');
    expect(await verdict('https://10.1.1.1/czp')).toContain('10.1.1.1');
    expect(await verdict('https://[fd00::5]/czp')).toContain('public address');
    expect(await verdict('https://intranet.example.cz/czp')).toContain('resolves to 10.20.30.40');
    expect(await verdict('https://half.example.cz/czp')).toContain('resolves to 192.168.1.10');
    expect(await verdict('https://link.example.cz/czp')).toContain('fe80::1');
    expect(await verdict('https://nowhere.example.cz/czp')).toContain('does not resolve');
  });

  it('outside production: http only to localhost or 127.0.0.1, https anywhere', async () => {
    expect(await verdict('http://localhost:3000/czp', development)).toBe('ok');
    expect(await verdict('http://127.0.0.1:3000/czp', development)).toBe('ok');
    expect(await verdict('https://intranet.example.cz/czp', development)).toBe('ok');
    expect(await verdict('http://intranet.example.cz/czp', development)).toContain('localhost or 127.0.0.1');
    expect(await verdict('http://10.0.0.1/czp', development)).toContain('https://');
  });

  it('refuses what is not a plain https URL whatever the policy', () => {
    for (const [url, says] of [
      ['hooks.example.cz/czp', 'absolute URL'],
      ['ftp://hooks.example.cz/', 'https://'],
      ['javascript:alert(1)', 'https://'],
      ['https://me:secret@hooks.example.cz/', 'user name or password'],
      ['https://hooks.example.cz/#x', 'fragment'],
      [`https://hooks.example.cz/${'a'.repeat(2000)}`, '2000 characters'],
    ] as const) {
      expect(() => checkWebhookUrlForm(url, development), url).toThrow(says);
    }
  });
});
