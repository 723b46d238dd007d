import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The machine's zone must never matter: tests name their zones explicitly.
    env: { TZ: 'Pacific/Kiritimati' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
