import type { CreatedToken, RevokedToken, TokenList } from '@czp/contract';
import type { Command, CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import { formatDate, formatTable } from '../format.js';
import { printServerMessage } from './shared.js';

const TOKENS_PATH = '/api/publisher/tokens';

async function listTokens(context: CommandContext) {
  const result = await context.client().get<TokenList>(TOKENS_PATH);
  if (context.json) return context.printJson(result);
  const { tokens } = result;
  if (tokens.length === 0) {
    context.print('No tokens yet: create one with `czp tokens create <name>`.');
    return;
  }
  const rows = tokens.map((token) => [
    token.id,
    token.name,
    formatDate(token.createdAt),
    token.lastUsedAt ? formatDate(token.lastUsedAt) : 'never',
    token.revokedAt ? `revoked ${formatDate(token.revokedAt)}` : 'valid',
  ]);
  context.print(formatTable(['ID', 'NAME', 'CREATED', 'LAST USED', 'STATUS'], rows));
}

async function createToken(context: CommandContext, name: string | undefined) {
  if (name === undefined || name.trim() === '') {
    throw new UsageError('name the token, e.g. czp tokens create ci-deploy', 'tokens');
  }
  const result = await context.client().post<CreatedToken>(TOKENS_PATH, { json: { name } });
  if (context.json) return context.printJson(result);
  context.print(`Created token "${result.name}" (id ${result.id}):`);
  context.print();
  context.print(`  ${result.token}`);
  context.print();
  context.print('Store it now, e.g. in your password manager or as the CZP_TOKEN secret of your CI:');
  context.print(`it is shown only this once. Revoke it with \`czp tokens revoke ${result.id}\` if it leaks.`);
  printServerMessage(context, result.message, '');
}

async function revokeToken(context: CommandContext, id: string | undefined) {
  if (id === undefined || id.trim() === '') {
    throw new UsageError('name the id of the token to revoke (see `czp tokens list`)', 'tokens');
  }
  const result = await context.client().delete<RevokedToken>(`${TOKENS_PATH}/${encodeURIComponent(id)}`);
  if (context.json) return context.printJson(result);
  const said = `Revoked token ${result.id}${result.revokedAt ? ` at ${formatDate(result.revokedAt)}` : ''}: it can no longer publish.`;
  context.print(said);
  printServerMessage(context, result.message, said);
}

export const tokensCommand: Command = {
  name: 'tokens',
  summary: 'list, create or revoke publishing tokens',
  usage: ['czp tokens list', 'czp tokens create <name>', 'czp tokens revoke <id>'],
  description: [
    'Publishing tokens let people and CI publish for your municipality. `create` prints the new token once: store it',
    'right away. `revoke` stops a token from working (e.g. when someone leaves or it has leaked).',
  ].join('\n'),
  options: [],
  maxArgs: 2,
  needsToken: true,
  examples: [
    'czp tokens list',
    'czp tokens create ci-deploy',
    'czp tokens revoke 0b6f3c1e-8f0a-4d2b-9c1e-3a5d7f9b2c4e',
  ],
  async run(context) {
    const [action, argument] = context.args;
    switch (action) {
      case 'list':
        if (argument !== undefined) throw new UsageError('`czp tokens list` takes no arguments', 'tokens');
        return listTokens(context);
      case 'create':
        return createToken(context, argument);
      case 'revoke':
        return revokeToken(context, argument);
      case undefined:
        throw new UsageError('say what to do with tokens: list, create <name> or revoke <id>', 'tokens');
      default:
        throw new UsageError(`unknown tokens action "${action}": use list, create <name> or revoke <id>`, 'tokens');
    }
  },
};
