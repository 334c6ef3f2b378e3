import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultExecutableName, findElectronBinary } from '../../scripts/lib/electron-binary.mjs'

// The finder must answer "is there an Electron binary?" from the file system alone: requiring the
// electron package would try to download one. These cases mirror what npm ci leaves behind here
// (package, no dist/) and what a developer with a downloaded binary has.

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shopbridge-electron-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const pkg = () => join(root, 'node_modules', 'electron')
function touch(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}
function expectOneLineFailure(res: ReturnType<typeof findElectronBinary>, pattern: RegExp): void {
  expect(res.ok).toBe(false)
  if (res.ok) return
  expect(res.reason).toMatch(pattern)
  expect(res.reason).not.toContain('\n')
}

describe('findElectronBinary', () => {
  it('reports a missing electron package', () => {
    expectOneLineFailure(findElectronBinary({ root, env: {} }), /node_modules\/electron is missing/)
  })

  it('reports the state npm ci leaves here: package installed, binary never downloaded', () => {
    mkdirSync(pkg(), { recursive: true })
    writeFileSync(join(pkg(), 'index.js'), 'throw new Error("must not be required")')
    expectOneLineFailure(
      findElectronBinary({ root, env: {} }),
      /^no Electron binary \(node_modules\/electron\/dist is missing; it is downloaded on first use/,
    )
  })

  it('reports an unfinished download (dist without path.txt)', () => {
    mkdirSync(join(pkg(), 'dist'), { recursive: true })
    expectOneLineFailure(findElectronBinary({ root, env: {} }), /path\.txt is missing/)
  })

  it('reports path.txt naming a file that is not there', () => {
    mkdirSync(join(pkg(), 'dist'), { recursive: true })
    writeFileSync(join(pkg(), 'path.txt'), 'electron')
    expectOneLineFailure(findElectronBinary({ root, env: {} }), /dist\/electron is missing/)
  })

  it('finds the binary that path.txt names inside dist/', () => {
    const exe = touch(join(pkg(), 'dist', 'electron'))
    writeFileSync(join(pkg(), 'path.txt'), 'electron')
    expect(findElectronBinary({ root, env: {} })).toEqual({ ok: true, path: exe })
  })

  it('honours ELECTRON_EXEC_PATH first, and says so when it is wrong', () => {
    const exe = touch(join(root, 'custom', 'my-electron'))
    expect(findElectronBinary({ root, env: { ELECTRON_EXEC_PATH: exe } })).toEqual({
      ok: true,
      path: exe,
    })
    expectOneLineFailure(
      findElectronBinary({ root, env: { ELECTRON_EXEC_PATH: join(root, 'nope') } }),
      /ELECTRON_EXEC_PATH points at .*nope/,
    )
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH as a dist folder or as the executable itself', () => {
    const dist = join(root, 'override')
    const exe = touch(join(dist, defaultExecutableName('linux')))
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist }
    expect(findElectronBinary({ root, env, platform: 'linux' })).toEqual({ ok: true, path: exe })
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: exe } })).toEqual({
      ok: true,
      path: exe,
    })
    expectOneLineFailure(
      findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'empty') } }),
      /ELECTRON_OVERRIDE_DIST_PATH=.* holds no Electron executable/,
    )
  })

  it('names the executable per platform as electron does', () => {
    expect(defaultExecutableName('linux')).toBe('electron')
    expect(defaultExecutableName('win32')).toBe('electron.exe')
    expect(defaultExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })
})
