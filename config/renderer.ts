import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { cspString } from '../src/shared/csp'

const root = resolve(__dirname, '..')
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }

/** Compile-time constants the renderer reads (declared in src/renderer/src/env.d.ts). */
export const rendererDefines = { __APP_VERSION__: JSON.stringify(pkg.version) }

/** Writes the app's CSP into index.html; the dev server also needs inline scripts (React refresh) and its websocket. */
function cspPlugin(): Plugin {
  let serve = false
  return {
    name: 'shopbridge-csp',
    configResolved(c) {
      serve = c.command === 'serve'
    },
    transformIndexHtml(html) {
      const csp = serve
        ? cspString({
            'script-src': "'self' 'unsafe-inline'",
            'connect-src': "'self' ws: http://localhost:*",
          })
        : cspString()
      return html.replace('%SHOPBRIDGE_CSP%', csp)
    },
  }
}

/** The renderer's Vite config, shared by electron-vite (desktop) and vite.web.config.mts (web mode). */
export function rendererConfig(): UserConfig {
  return {
    root: resolve(root, 'src/renderer'),
    base: './',
    publicDir: resolve(root, 'resources/public'),
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared'),
      },
    },
    plugins: [react(), cspPlugin()],
    define: rendererDefines,
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  }
}
