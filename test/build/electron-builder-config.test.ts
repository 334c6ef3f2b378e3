import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ID, PRODUCT_NAME } from '../../src/shared/app-meta'

// The installer config is only exercised for real on release machines (building needs an Electron
// download); these are the promises it must keep, checked on every test run.

const root = resolve(__dirname, '../..')
const require = createRequire(import.meta.url)

type Target = string | { target: string; arch?: string[] }
type BuilderConfig = {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  icon: string
  directories: { output: string }
  extraResources: { from: string; to: string }[]
  win: { target: Target[] }
  nsis: Record<string, unknown> & { artifactName: string }
  mac: { target: Target[]; category: string }
  linux: { target: Target[]; category: string; maintainer: string }
}
const config = require(join(root, 'electron-builder.config.cjs')) as BuilderConfig
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string
  productName: string
  dependencies?: Record<string, string>
}
const targetNames = (targets: Target[]) =>
  targets.map((t) => (typeof t === 'string' ? t : t.target))

describe('electron-builder config', () => {
  it('uses the app identity from src/shared/app-meta.ts', () => {
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(pkg.productName).toBe(PRODUCT_NAME)
  })

  it('ships the bundled out/ without source maps or node_modules', () => {
    expect(config.files).toContain('out/**')
    expect(config.files).toContain('!**/*.map')
    expect(config.files.filter((f) => f.includes('node_modules') && !f.startsWith('!'))).toEqual([])
    // electron-builder copies production dependencies into the app: there must be none.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([])
    expect(config.asar).toBe(true)
    expect(config.directories.output).toBe('release')
  })

  it('starts the app from the bundled main process', () => {
    expect(pkg.main.replace(/^\.\//, '')).toMatch(/^out\/main\/.+\.js$/)
  })

  it('builds a per-user NSIS installer that never asks for elevation', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false })
    expect(config.nsis.artifactName).toContain('${version}')
    expect(config.win.target).toContainEqual({ target: 'nsis', arch: ['x64'] })
  })

  it('has targets for Windows, macOS and Linux', () => {
    expect(targetNames(config.win.target)).toContain('nsis')
    expect(targetNames(config.mac.target)).toContain('dmg')
    expect(config.mac.category).toBe('public.app-category.business')
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.linux.category).toBe('Office')
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/) // deb refuses a maintainer without e-mail
  })

  it('has a 512×512 PNG icon', () => {
    const icon = readFileSync(join(root, config.icon))
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]) // IHDR width, height
  })

  it('carries the content packs only when the repo has them', () => {
    const has = existsSync(join(root, 'resources/packs'))
    expect(config.extraResources).toEqual(
      has ? [expect.objectContaining({ from: 'resources/packs', to: 'packs' })] : [],
    )
  })
})
