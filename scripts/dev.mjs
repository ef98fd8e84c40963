// pnpm dev: the API server (published remotes, API) on :8080 and the shell's Vite dev server with
// hot reload on :5173, proxying /api, /remotes and /assets/icons to the API server.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (args) => {
  const result = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['--filter', '@czp/design-system', '--filter', '@czp/server', 'build']);
run(['--filter', './remotes/**', 'build']);

const children = [
  spawn(process.execPath, ['packages/server/dist/start.js'], {
    cwd: root,
    stdio: 'inherit',
    // The browser talks to Vite (5173), which proxies /api and /auth here: the identity provider must send it back there.
    env: { ...process.env, CZP_NO_OPEN: '1', CZP_PUBLIC_URL: process.env.CZP_PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn('pnpm', ['--filter', '@czp/shell', 'exec', 'vite', '--configLoader', 'runner', '--open'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
