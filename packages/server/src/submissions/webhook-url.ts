import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Refusal } from '../http/refusal.js';

/**
 * Where a webhook may point. The portal makes the request, so a URL is a way to make the portal call something on its
 * own network (SSRF): in production only https:// to public addresses, checked when the URL is saved and again for
 * every address the name resolves to when it is sent (webhook-send.ts connects only to an address checked here, so a
 * name that resolves elsewhere later, DNS rebinding, gets nowhere). Outside production a developer's receiver on
 * this machine is allowed over http://localhost or http://127.0.0.1, and https:// to anything.
 */
export interface WebhookUrlPolicy {
  production: boolean;
}

/** Addresses a production portal never calls: private, loopback, link-local, CGNAT, unique-local, multicast, reserved. */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

const MAX_URL_LENGTH = 2000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Whether a production portal refuses to call this address (BlockList judges an IPv4-mapped IPv6 address as IPv4). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const refuse = (message: string) => new Refusal(400, 'validation', message, 'url');

/** The URL's host as a resolver takes it: brackets of an IPv6 literal removed. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** The form checks (no DNS): a 400 naming `url` for anything the policy refuses. Returns the normalised URL. */
export function checkWebhookUrlForm(value: string, policy: WebhookUrlPolicy): URL {
  if (value.length > MAX_URL_LENGTH) throw refuse(`url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('url must be an absolute URL, e.g. https://podatelna.example.cz/czp-webhook');
  }
  if (url.username !== '' || url.password !== '') {
    throw refuse('url must not contain a user name or password: check the X-CzP-Signature header instead');
  }
  if (url.hash !== '') throw refuse('url must not have a #fragment');
  if (url.protocol === 'http:') {
    if (policy.production || !LOCAL_HOSTS.has(url.hostname)) {
      throw refuse(
        policy.production
          ? 'url must start with https:// (webhooks carry a signature, and are sent over TLS only)'
          : 'url must start with https:// (http:// only to localhost or 127.0.0.1 outside production)',
      );
    }
    return url;
  }
  if (url.protocol !== 'https:') throw refuse('url must start with https://');
  if (policy.production) {
    const host = hostOf(url);
    if (host === 'localhost' || host.endsWith('.localhost')) throw refuse('url must not point to this machine');
    if (isIP(host) !== 0 && isForbiddenAddress(host)) {
      throw refuse(`url must point to a public address: ${host} is private, loopback or link-local`);
    }
  }
  return url;
}

/** Resolves a host name to all its addresses (never asked about an IP literal). */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) => {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
};

/**
 * The addresses the request may go to: all the name resolves to, each checked in production (one private address
 * refuses the URL: a name with a public and a private address could be steered to the private one). The message
 * names the address, so an issuer sees why its own internal name is refused.
 */
export async function allowedAddresses(url: URL, policy: WebhookUrlPolicy, resolve: Resolver): Promise<string[]> {
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) !== 0 ? [host] : await resolve(host);
  } catch {
    throw refuse(`url: the host ${host} does not resolve`);
  }
  if (addresses.length === 0) throw refuse(`url: the host ${host} does not resolve`);
  if (policy.production) {
    const forbidden = addresses.find(isForbiddenAddress);
    if (forbidden) {
      throw refuse(`url must point to a public address: ${host} resolves to ${forbidden} (private or link-local)`);
    }
  }
  return addresses;
}

/** Both checks, as PUT …/webhook makes them before saving. */
export async function checkWebhookUrl(value: string, policy: WebhookUrlPolicy, resolve: Resolver): Promise<URL> {
  const url = checkWebhookUrlForm(value, policy);
  await allowedAddresses(url, policy, resolve);
  return url;
}
