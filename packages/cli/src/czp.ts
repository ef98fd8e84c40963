import { run } from './cli.js';

/** The `czp` executable: runs the command line and exits with its code (0 done, 1 refused, 2 usage error). */
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
