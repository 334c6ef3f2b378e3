import { defineConfig } from 'vite'
import { rendererConfig } from './config/renderer'

// Web mode: the same renderer, served by Vite (dev) or `vite preview` of the production build on 127.0.0.1.
export default defineConfig({
  ...rendererConfig(),
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
})
