/**
 * The unit tests as Stryker runs them (`npm run mutate`): all but the two property tests, which feed
 * geo:check 1,000 random mutations of the data and require only that it never throws. Run against
 * every mutant of geo/check they would cost about 30 s each (an estimated 18 hours for geo/), and
 * leaving them out can only lower the score, never raise it.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['**/node_modules/**', 'tests/unit/checkProperty*.test.ts'] },
  }),
);
