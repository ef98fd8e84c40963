import { gateCheck } from './gate-check.js';

/** The first load (remoteEntry.js and what ./app needs on mount, gzip-compressed) within its budget. */
export const sizeCheck = gateCheck('size', 'size');
