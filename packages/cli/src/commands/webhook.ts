import {
  SERVICE_WEBHOOK_PATH,
  type WebhookDelivery,
  type WebhookInfo,
  type WebhookRemoved,
  type WebhookSaved,
  type WebhookTestResult,
} from '@czp/contract';
import type { Command, CommandContext } from '../command.js';
import { ReportedError, UsageError } from '../errors.js';
import { formatDate, formatTable, plural } from '../format.js';
import { serviceFromContext, servicePath } from './shared.js';

const ACTIONS = ['set', 'show', 'remove', 'rotate', 'test'] as const;
type Action = (typeof ACTIONS)[number];

const webhookPath = (serviceId: string, rest = '') => servicePath(serviceId, `${SERVICE_WEBHOOK_PATH}${rest}`);

/** The secret, set apart so it is easy to copy, and what to do with it. */
function printSecret(context: CommandContext, secret: string) {
  context.print();
  context.print('Signing secret (shown only now: keep it where your receiver reads it):');
  context.print(`  ${secret}`);
  context.print();
  context.print('Each request carries X-CzP-Signature: sha256=<HMAC-SHA256 of "<X-CzP-Timestamp>.<body>">;');
  context.print('see `czp webhook --help` for how to check it.');
}

/** What the last attempt got: the HTTP status, or why there was none. */
function lastOutcome(delivery: WebhookDelivery): string {
  const last = delivery.attempts.at(-1);
  if (!last) return 'not sent yet';
  const answer = last.status === null ? (last.error ?? 'no answer') : `HTTP ${last.status}`;
  return last.status !== null && last.error ? `${answer} (${last.error})` : answer;
}

async function set(context: CommandContext, serviceId: string): Promise<void> {
  const url = context.args[1];
  if (url === undefined) throw new UsageError('give the URL of your receiver: czp webhook set <url>', 'webhook');
  const result = await context.client().request<WebhookSaved>('PUT', webhookPath(serviceId), { json: { url } });
  if (context.json) {
    context.printJson(result);
    return;
  }
  if (result.created) {
    context.print(`${result.serviceId} tells ${result.url} of each new submission.`);
    if (result.secret) printSecret(context, result.secret);
    context.print('Try it: czp webhook test');
  } else {
    context.print(
      `${result.serviceId} now tells ${result.url}; the secret is unchanged (czp webhook rotate for a new one).`,
    );
  }
}

async function show(context: CommandContext, serviceId: string): Promise<void> {
  const info = await context.client().get<WebhookInfo>(webhookPath(serviceId));
  if (context.json) {
    context.printJson(info);
    return;
  }
  context.print(`${info.serviceId} → ${info.url}`);
  context.print(`Set ${formatDate(info.createdAt)}, secret made ${formatDate(info.secretCreatedAt)}`);
  context.print();
  if (info.deliveries.length === 0) {
    context.print('No deliveries yet: each new submission makes one (czp webhook test sends a ping).');
    return;
  }
  context.print(`The last ${plural(info.deliveries.length, 'delivery', 'deliveries')}, newest first:`);
  context.print(
    formatTable(
      ['CREATED', 'EVENT', 'REFERENCE', 'STATE', 'ATTEMPTS', 'LAST ANSWER', 'DELIVERY'],
      info.deliveries.map((delivery) => [
        formatDate(delivery.createdAt),
        delivery.event,
        delivery.reference ?? '',
        delivery.state,
        String(delivery.attempts.length),
        lastOutcome(delivery),
        delivery.id,
      ]),
    ),
  );
}

async function remove(context: CommandContext, serviceId: string): Promise<void> {
  const result = await context.client().delete<WebhookRemoved>(webhookPath(serviceId));
  if (context.json) context.printJson(result);
  else context.print(result.message);
}

async function rotate(context: CommandContext, serviceId: string): Promise<void> {
  const result = await context.client().post<WebhookSaved>(webhookPath(serviceId, '/rotate'));
  if (context.json) {
    context.printJson(result);
    return;
  }
  context.print(
    `${result.serviceId}: a new secret signs every request from now on (retries too); the old one is void.`,
  );
  if (result.secret) printSecret(context, result.secret);
}

async function test(context: CommandContext, serviceId: string): Promise<void> {
  const result = await context.client().post<WebhookTestResult>(webhookPath(serviceId, '/test'));
  if (context.json) context.printJson(result);
  else {
    const attempt = result.delivery.attempts[0];
    context.print(`${result.ok ? '✓' : '✗'} ${result.message}${attempt ? ` (${attempt.durationMs} ms)` : ''}`);
  }
  // A receiver that did not take the ping fails the command, so a script can tell.
  if (!result.ok) throw new ReportedError(result.message, { code: 'webhook-failed' });
}

const RUN: Record<Action, (context: CommandContext, serviceId: string) => Promise<void>> = {
  set,
  show,
  remove,
  rotate,
  test,
};

export const webhookCommand: Command = {
  name: 'webhook',
  summary: 'tell your own system of each new submission: a signed POST to your URL, per service',
  usage: [
    'czp webhook set <url> [--service <id>]',
    'czp webhook [show] [--service <id>]',
    'czp webhook rotate | test | remove [--service <id>]',
  ],
  description: [
    'For each new submission to the service the portal POSTs JSON {event: "submission.created", id, reference, serviceId, type, submittedAt} to your URL: no form data and no name (read those with czp submissions show <id>). A 2xx answer ends it; anything else (also a redirect, which is not followed, or no answer in 10 s) is retried 1 s, 2 s, 4 s … later, ten attempts in all. The URL must be https:// (http://localhost or http://127.0.0.1 on a development portal) and, on a production portal, a public address.',
    'set answers the signing secret once; show lists the last deliveries and their attempts; rotate makes a new secret; test sends a ping at once (exit 1 when it is not answered 2xx); remove stops the deliveries.',
    'Check each request: X-CzP-Signature is "sha256=" and the hex HMAC-SHA256, with the secret, of X-CzP-Timestamp, ".", and the raw body. Refuse old timestamps (over 5 minutes) and process each X-CzP-Delivery once: a retry, or a resend after a portal restart, carries the same one. In Node:',
    "  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(timestamp + '.' + rawBody).digest('hex');",
    '  const valid = expected.length === signature.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));',
    'The service is the "id" in ./czp.service.json, or the one given with --service.',
  ].join('\n'),
  options: ['service'],
  maxArgs: 2,
  needsToken: true,
  examples: [
    'czp webhook set https://podatelna.telc.cz/czp-webhook --service telc',
    'czp webhook set http://localhost:4000/hook',
    'czp webhook show --json',
    'czp webhook test',
    'czp webhook rotate',
  ],
  async run(context) {
    const action = context.args[0] ?? 'show';
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`unknown action "${action}": use set <url>, show, remove, rotate or test`, 'webhook');
    }
    if (action !== 'set' && context.args.length > 1) {
      throw new UsageError(`czp webhook ${action} takes no other argument`, 'webhook');
    }
    const serviceId = await serviceFromContext(context, 'webhook', undefined);
    await RUN[action as Action](context, serviceId);
  },
};
