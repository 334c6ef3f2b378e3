import { describe, it, expect } from 'vitest'
import { guardHandler, type InvokeEventLike } from '../../src/main/ipc-guard'
import { appOrigins } from '../../src/main/policy/url-policy'
import type { ChannelArgs } from '../../src/shared/ipc/contract'

const PROD = appOrigins()
const trusted: InvokeEventLike = {
  senderFrame: { url: 'app://shopbridge/index.html#/settings', parent: null },
}
const untrusted: Record<string, InvokeEventLike> = {
  'a sub-frame': {
    senderFrame: { url: 'app://shopbridge/index.html', parent: { url: 'app://shopbridge/' } },
  },
  'another origin': { senderFrame: { url: 'https://evil.example/', parent: null } },
  'a file: page': { senderFrame: { url: 'file:///tmp/x.html', parent: null } },
  'no frame': { senderFrame: null },
}

function savingHandler() {
  const calls: ChannelArgs<'files:save'>[] = []
  const handler = async (...args: ChannelArgs<'files:save'>) => {
    calls.push(args)
    return { saved: true, path: '/docs/x.json' }
  }
  return { calls, guarded: guardHandler('files:save', handler, () => PROD) }
}

const goodSave = {
  suggestedName: 'x.json',
  content: '{}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
}

describe('guardHandler', () => {
  it.each(Object.entries(untrusted))('rejects %s before the handler runs', async (_what, event) => {
    const { calls, guarded } = savingHandler()
    await expect(guarded(event, goodSave)).rejects.toThrow(
      'files:save: refused an untrusted sender',
    )
    expect(calls).toHaveLength(0)
  })

  it('checks the sender before the arguments', async () => {
    const { calls, guarded } = savingHandler()
    await expect(guarded(untrusted['another origin'] as InvokeEventLike, 'junk')).rejects.toThrow(
      /untrusted sender/,
    )
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['no argument', []],
    ['an extra argument', [goodSave, 'extra']],
    ['a wrong type', ['x.json']],
    ['an empty name', [{ ...goodSave, suggestedName: '' }]],
    ['a bad extension', [{ ...goodSave, filters: [{ name: 'X', extensions: ['.exe'] }] }]],
  ])('rejects %s without calling the handler', async (_what, args) => {
    const { calls, guarded } = savingHandler()
    await expect(guarded(trusted, ...args)).rejects.toThrow('files:save: invalid arguments')
    expect(calls).toHaveLength(0)
  })

  it('passes good arguments, parsed, and returns the handler’s result', async () => {
    const { calls, guarded } = savingHandler()
    await expect(guarded(trusted, { ...goodSave, sneaky: true })).resolves.toEqual({
      saved: true,
      path: '/docs/x.json',
    })
    expect(calls).toHaveLength(1)
    // Unknown keys are stripped by the schema: the handler sees only what the contract names.
    expect(calls[0]).toEqual([goodSave])
    expect(calls[0]?.[0]).not.toHaveProperty('sneaky')
  })

  it('the handler receives schema defaults (print options)', async () => {
    const seen: ChannelArgs<'print:toPdf'>[] = []
    const guarded = guardHandler(
      'print:toPdf',
      async (...args) => {
        seen.push(args)
        return { saved: false }
      },
      () => PROD,
    )
    await guarded(trusted, { page: 'profile', options: {}, suggestedName: 'p.pdf' })
    expect(seen[0]?.[0].options).toEqual({ pageSize: 'A4', margins: 'normal', landscape: false })
  })

  it('zero-argument channels reject any argument', async () => {
    let n = 0
    const guarded = guardHandler(
      'backup:listAuto',
      async () => {
        n++
        return { dir: '/b', files: [] }
      },
      () => PROD,
    )
    await expect(guarded(trusted)).resolves.toEqual({ dir: '/b', files: [] })
    await expect(guarded(trusted, 'x')).rejects.toThrow('backup:listAuto: invalid arguments')
    expect(n).toBe(1)
  })

  it('reads the allowed origins on every call', async () => {
    let origins: string[] = []
    const guarded = guardHandler(
      'app:getInfo',
      async () => ({ version: '1', platform: 'x', userDataDir: '/', backupDir: '/' }),
      () => origins,
    )
    await expect(guarded(trusted)).rejects.toThrow(/untrusted/)
    origins = PROD
    await expect(guarded(trusted)).resolves.toMatchObject({ version: '1' })
  })

  it('lets handler errors through unchanged', async () => {
    const guarded = guardHandler(
      'backup:readAuto',
      async () => {
        throw new Error('no such automatic backup')
      },
      () => PROD,
    )
    await expect(guarded(trusted, { name: 'shopbridge-auto-2026-11-25.json' })).rejects.toThrow(
      'no such automatic backup',
    )
    await expect(guarded(trusted, { name: '../x' })).rejects.toThrow('invalid arguments')
  })
})
