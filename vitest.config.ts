import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The machine's zone must never matter: tests name their zones explicitly.
    // DIWAN_SOURCES: `node bin/meetings.js` and `npm start` run the TypeScript sources (tsx), not dist/.
    env: { TZ: 'Pacific/Kiritimati', DIWAN_SOURCES: '1' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
