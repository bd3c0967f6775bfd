import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; give a cold machine time to start node.
    testTimeout: 20_000,
  },
});
