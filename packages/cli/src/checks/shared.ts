import { gateCheck } from './gate-check.js';

/**
 * The shared libraries (React, react-dom, zustand, the design system, the SDK) are declared singletons AND really come
 * from the portal: no copy of any of them in dist/, found by looking at the files, not only the manifest.
 */
export const sharedCheck = gateCheck('shared', 'shared libraries');
