import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './config/renderer'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

// Dependencies are all devDependencies and bundled: the installer carries no node_modules.
export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: shared },
    // A sandboxed preload may only require('electron'): one self-contained CommonJS file.
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: rendererConfig(),
})
