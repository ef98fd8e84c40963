import { describe, expect, it } from 'vitest';
import { isLevelOfAssurance, satisfiesLevel } from './levels.js';

describe('levels of assurance', () => {
  it('orders low < substantial < high', () => {
    expect(satisfiesLevel('high', 'substantial')).toBe(true);
    expect(satisfiesLevel('substantial', 'substantial')).toBe(true);
    expect(satisfiesLevel('substantial', 'high')).toBe(false);
    expect(satisfiesLevel('low', 'substantial')).toBe(false);
    expect(satisfiesLevel('low', undefined)).toBe(true);
  });

  it('recognises only the three eIDAS levels', () => {
    expect(isLevelOfAssurance('high')).toBe(true);
    expect(isLevelOfAssurance('HIGH')).toBe(false);
    expect(isLevelOfAssurance(undefined)).toBe(false);
  });
});
