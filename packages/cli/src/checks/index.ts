import { accessibilityCheck } from './accessibility.js';
import { freshBuildCheck } from './fresh-build.js';
import { manifestCheck } from './manifest.js';
import { metadataCheck } from './metadata.js';
import { sharedCheck } from './shared.js';
import { sizeCheck } from './size.js';
import type { Check } from './types.js';

/** What `czp check` runs, in this order, one line each. A new check is a module here and one line in this list. */
export const CHECKS: readonly Check[] = [
  freshBuildCheck,
  metadataCheck,
  manifestCheck,
  sharedCheck,
  sizeCheck,
  accessibilityCheck,
];
