// pnpm start: builds the platform (a failure stops here), then each remote on its own (a failing one is reported and
// left out), then runs the server, which publishes the remotes that built (CZP_FAILED_REMOTES names the others).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildForStart, describeFailures } from './start-build.mjs';

const root = resolve(import.meta.dirname, '..');
const windows = process.platform === 'win32';

/** @type {import('./start-build.mjs').Runner} */
const runner = (command, args, { cwd, capture }) =>
  new Promise((done) => {
    const child = spawn(command, args, {
      cwd,
      shell: windows,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // Coloured output stays readable in the shown tail (the colours are removed there).
      env: capture ? { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } : process.env,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => done({ code: 127, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), output }));
  });

const log = (line) => console.log(line);
const outcome = await buildForStart({ root, runner, log });
if (!outcome.ok) {
  console.error(
    `\nThe platform did not build (exit ${outcome.code}); its output is above. The portal cannot start without it.`,
  );
  process.exit(outcome.code || 1);
}
for (const line of describeFailures(outcome.failed)) console.error(line);

const server = spawn(process.execPath, ['packages/server/dist/start.js'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // Only for the repository's remotes: another folder (CZP_REMOTES_DIR) was not built here.
    ...(process.env.CZP_REMOTES_DIR
      ? {}
      : { CZP_FAILED_REMOTES: outcome.failed.map((failure) => failure.dir).join(',') }),
  },
});
// Ctrl+C reaches the server from the terminal itself (a second SIGINT would cut its graceful close short): this
// process only waits for it. SIGTERM, as a process manager sends it to this process alone, is passed on once.
process.on('SIGINT', () => {});
process.once('SIGTERM', () => {
  if (server.exitCode === null) server.kill('SIGTERM');
});
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
