import { gateCheck } from './gate-check.js';

/** mf-manifest.json: named after the service, exposes ./app, every file it names is in dist/, the public path. */
export const manifestCheck = gateCheck('manifest', 'manifest');
