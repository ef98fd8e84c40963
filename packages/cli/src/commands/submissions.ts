import {
  PUBLISHER_SUBMISSIONS_API,
  type PublisherSubmissionDetail,
  type PublisherSubmissionList,
  SUBMISSION_STATES,
  type SubmissionChange,
  type SubmissionState,
} from '@czp/contract';
import type { Command, CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import { formatDate, formatSize, formatTable, plural } from '../format.js';

const ACTIONS = ['list', 'show', 'status'] as const;
type Action = (typeof ACTIONS)[number];

/** A submission id is a UUID: anything else is a typing error, said before the server is asked. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkState(value: string, where: string): SubmissionState {
  if (!(SUBMISSION_STATES as readonly string[]).includes(value)) {
    throw new UsageError(`${where} must be one of ${SUBMISSION_STATES.join(', ')} (not "${value}")`, 'submissions');
  }
  return value as SubmissionState;
}

function idArgument(value: string | undefined, usage: string): string {
  if (value === undefined) throw new UsageError(`give the submission's id: ${usage}`, 'submissions');
  if (!UUID.test(value)) {
    throw new UsageError(`"${value}" is not a submission id (ids look like 7d3c1f7e-4a57-…)`, 'submissions');
  }
  return value;
}

const submissionPath = (id: string, rest = '') => `${PUBLISHER_SUBMISSIONS_API}/${encodeURIComponent(id)}${rest}`;

async function list(context: CommandContext): Promise<void> {
  if (context.args.length > 1) throw new UsageError('czp submissions list takes no arguments', 'submissions');
  const query = new URLSearchParams();
  if (context.options.service) query.set('service', context.options.service);
  if (context.options.state) query.set('state', checkState(context.options.state, '--state'));
  const suffix = query.size > 0 ? `?${query}` : '';
  const result = await context.client().get<PublisherSubmissionList>(`${PUBLISHER_SUBMISSIONS_API}${suffix}`);
  if (context.json) {
    context.printJson(result);
    return;
  }
  if (result.submissions.length === 0) {
    context.print(`${result.issuerId} has no submissions${suffix ? ' like that' : ' yet'}.`);
    return;
  }
  context.print(`${plural(result.submissions.length, 'submission')} of ${result.issuerId}, newest first:`);
  context.print();
  const rows = result.submissions.map((item) => [
    item.reference,
    formatDate(item.submittedAt),
    item.serviceId,
    item.type,
    item.state,
    item.citizen.name,
    item.id,
  ]);
  context.print(formatTable(['REFERENCE', 'SUBMITTED', 'SERVICE', 'TYPE', 'STATE', 'CITIZEN', 'ID'], rows));
}

async function show(context: CommandContext): Promise<void> {
  const id = idArgument(context.args[1], 'czp submissions show <id>');
  if (context.args.length > 2) throw new UsageError('czp submissions show takes one id', 'submissions');
  const detail = await context.client().get<PublisherSubmissionDetail>(submissionPath(id));
  if (context.json) {
    context.printJson(detail);
    return;
  }
  context.print(`${detail.reference}: ${detail.typeName.en} (${detail.serviceId}), ${detail.state}`);
  context.print(`Submitted ${formatDate(detail.submittedAt)} by ${detail.citizen.name}`);
  context.print();
  context.print('Data:');
  for (const line of JSON.stringify(detail.data, null, 2).split('\n')) context.print(`  ${line}`);
  if (detail.attachments.length > 0) {
    context.print();
    context.print('Attachments (GET /api/publisher/submissions/<id>/attachments/<n>):');
    context.print(
      formatTable(
        ['N', 'NAME', 'TYPE', 'SIZE'],
        detail.attachments.map((file) => [String(file.position), file.name, file.mediaType, formatSize(file.size)]),
        ['right', 'left', 'left', 'right'],
      ),
    );
  }
  context.print();
  context.print('History:');
  context.print(
    formatTable(
      ['WHEN', 'STATE', 'BY', 'NOTE'],
      detail.history.map((entry) => [
        formatDate(entry.at),
        entry.state,
        entry.actor,
        (entry.note?.en ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

async function status(context: CommandContext): Promise<void> {
  const usage = 'czp submissions status <id> <state> [--note <text>]';
  const id = idArgument(context.args[1], usage);
  const stateArgument = context.args[2];
  if (stateArgument === undefined) throw new UsageError(`give the new state: ${usage}`, 'submissions');
  const state = checkState(stateArgument, 'the state');
  const note = context.options.note;
  const result = await context.client().post<SubmissionChange>(submissionPath(id, '/status'), {
    json: { status: state, ...(note ? { note } : {}) },
  });
  if (context.json) {
    context.printJson(result);
    return;
  }
  context.print(`${result.submission.reference}: ${result.previousState} → ${result.submission.state}`);
  context.print('The citizen has the change in the data box.');
}

const RUN: Record<Action, (context: CommandContext) => Promise<void>> = { list, show, status };

export const submissionsCommand: Command = {
  name: 'submissions',
  summary: 'list the submissions citizens sent to your services, read one, change its state',
  usage: [
    'czp submissions [list] [--service <id>] [--state <state>]',
    'czp submissions show <id>',
    'czp submissions status <id> <state> [--note <text>]',
  ],
  description: `Citizens submit the applications your czp.service.json declares ("submissions"); each is delivered to your data box with a reference number. This lists them (newest first, only your own services'), shows one with its data, files and history, and moves it on: accepted, in-progress, needs-information (the citizen is asked to supplement), decided-granted or decided-refused. Each change is a message in the citizen's data box, with the note (the same text in both languages).\nStates: ${SUBMISSION_STATES.join(', ')}.`,
  options: ['service', 'state', 'note'],
  maxArgs: 3,
  needsToken: true,
  examples: [
    'czp submissions',
    'czp submissions --service telc --state delivered --json',
    'czp submissions show 7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11',
    'czp submissions status 7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11 needs-information --note "Doložte očkovací průkaz."',
  ],
  async run(context) {
    const action = context.args[0] ?? 'list';
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`unknown action "${action}": use list, show <id> or status <id> <state>`, 'submissions');
    }
    if (action !== 'status' && context.options.note !== undefined) {
      throw new UsageError('--note goes with czp submissions status', 'submissions');
    }
    await RUN[action as Action](context);
  },
};
