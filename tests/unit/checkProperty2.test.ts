/** geo:check on randomly broken real data, half 2 of 1,000 runs (tests/unit/brokenData.ts). */
import { describe, expect, it } from 'vitest';
import { checkBrokenCopies } from './brokenData.ts';

describe('geo:check on randomly broken real data', () => {
  it('gives a list of problems for 500 random mutations and never throws (half 2 of 1,000)', () => {
    // Most mutations break something: the check must have noticed many of them.
    expect(checkBrokenCopies(500)).toBeGreaterThan(250);
  }, 300_000);
});
