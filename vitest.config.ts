import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { rendererDefines } from './config/renderer'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}

// Unit tests: src/shared and the main process's pure parts in Node; renderer code (Dexie on
// fake-indexeddb, React components) under happy-dom. E2E lives in test/e2e (Playwright).
export default defineConfig({
  resolve: { alias },
  define: rendererDefines,
  test: {
    // A fresh two-core CI machine runs both projects side by side and is 1.5–2× slower than a
    // quiet one: tests with real IndexedDB or full React trees took 5–6 s there, past vitest's
    // default 5 s. A hang still fails; a slow machine does not.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/main/**/*.test.ts', 'test/build/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
})
