import { describe, expect, it } from 'vitest';
import { developmentDataBoxRegister as developmentBoxPolicy } from './data-box-register.js';

describe('who has a data box in development', () => {
  it('follows the development provider’s test citizens: Petr Dvořák has none, Jan Novák has one', async () => {
    const { TEST_CITIZENS } = await import('@czp/dev-idp');
    const petr = TEST_CITIZENS.find((c) => c.username === 'petr.dvorak');
    const jan = TEST_CITIZENS.find((c) => c.username === 'jan.novak');
    expect(developmentBoxPolicy({ issuer: 'http://localhost:8090', subject: petr?.sub ?? '' })).toBe(false);
    expect(developmentBoxPolicy({ issuer: 'http://localhost:8090', subject: jan?.sub ?? '' })).toBe(true);
    expect(developmentBoxPolicy({ issuer: 'https://nia.example', subject: 'someone-else' })).toBe(true);
  });
});
