#!/usr/bin/env node
// `pnpm create czp-service <id>` / `npm init czp-service <id>`: runs `czp new <id> …` of the @czp/cli this package
// depends on, in this process (so its questions reach the terminal), with the arguments as they were given.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
let czp;
try {
  czp = require.resolve('@czp/cli/dist/czp.js');
} catch {
  process.stderr.write(
    'create-czp-service: @czp/cli is not built: in the CzP checkout, run `pnpm --filter @czp/cli build`\n',
  );
  process.exit(1);
}
process.argv.splice(2, 0, 'new');
await import(pathToFileURL(czp).href);
