import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { isSemanticVersion } from './metadata.js';

describe('isSemanticVersion', () => {
  it('accepts what the semver package accepts, within the contract’s pattern', () => {
    const versions = ['1.0.0', '0.0.1', '10.20.30', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0-x-y.z'];
    const refused = ['01.0.0', '1.01.0', '1.0.01', '1.0.0-01', '1.0', '1.0.0.0', '1.0.0-', '1.0.0-a..b'];
    for (const version of versions) {
      expect(isSemanticVersion(version), version).toBe(true);
      expect(semver.valid(version), version).toBe(version);
    }
    for (const version of [...refused, `1.0.${'9'.repeat(17)}`]) {
      expect(isSemanticVersion(version), version).toBe(false);
      expect(semver.valid(version), version).toBeNull();
    }
  });
});
