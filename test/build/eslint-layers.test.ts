import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error — a plain .mjs ESLint plugin without type declarations
import { checkImport } from '../../config/eslint-layers.mjs'

const root = resolve(__dirname, '../..')
const f = (p: string): string => resolve(root, p)
const check = checkImport as (file: string, source: string) => string | null

describe('import layers (lint rule)', () => {
  it('keeps src/shared pure', () => {
    expect(check(f('src/shared/money.ts'), './dates')).toBeNull()
    expect(check(f('src/shared/money.ts'), 'zod')).toBeNull()
    expect(check(f('src/shared/money.ts'), 'electron')).toMatch(/pure/)
    expect(check(f('src/shared/money.ts'), 'react')).toMatch(/pure/)
    expect(check(f('src/shared/money.ts'), 'dexie')).toMatch(/pure/)
    expect(check(f('src/shared/money.ts'), 'node:fs')).toMatch(/pure/)
    expect(check(f('src/shared/money.ts'), '../main/index')).toMatch(/shared must not import main/)
    expect(check(f('src/shared/csv/x.ts'), '@renderer/db/db')).toMatch(/shared must not import renderer/)
  })

  it('keeps main and renderer apart', () => {
    expect(check(f('src/main/index.ts'), '../shared/csp')).toBeNull()
    expect(check(f('src/main/index.ts'), '../renderer/src/app/App')).toMatch(/main must not import renderer/)
    expect(check(f('src/renderer/src/main.tsx'), '../../main/index')).toMatch(/renderer must not import main/)
    expect(check(f('src/renderer/src/main.tsx'), 'electron')).toMatch(/sandboxed/)
    expect(check(f('src/renderer/src/main.tsx'), 'node:path')).toMatch(/sandboxed/)
    expect(check(f('src/preload/index.ts'), '../main/index')).toMatch(/preload must not import main/)
  })

  it('keeps features apart; only app/ composes them', () => {
    const learn = f('src/renderer/src/features/learn/LearnPage.tsx')
    expect(check(learn, '../../components/ComingSoon')).toBeNull()
    expect(check(learn, '../../db/settings')).toBeNull()
    expect(check(learn, '../plan/PlanPage')).toMatch(/feature 'learn' must not import feature 'plan'/)
    expect(check(learn, '@renderer/features/analyse/AnalysePage')).toMatch(/must not import feature/)
    expect(check(f('src/renderer/src/app/App.tsx'), '../features/learn/LearnPage')).toBeNull()
    expect(check(f('src/renderer/src/components/X.tsx'), '../features/learn/LearnPage')).toMatch(
      /only app\/ may import features/,
    )
  })
})
