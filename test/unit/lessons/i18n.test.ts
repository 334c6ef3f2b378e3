import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flattenKeys } from '../../../src/shared/i18n'
import { en } from '../../../src/shared/i18n/en'
import { zhCN } from '../../../src/shared/i18n/zh-CN'
import { LESSON_STATUSES } from '../../../src/shared/lessons/progress'
import { TRY_IT } from '../../../src/shared/lessons/schemas'

const DIR = resolve(__dirname, '../../../src/shared/lessons')
const source = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('\n')
const used = new Set([...source.matchAll(/['"`](learn\.[\w.-]+)['"`]/g)].map((m) => m[1] as string))
const enKeys = new Set(flattenKeys(en))

describe('learn.* strings', () => {
  it('every learn.* key used by src/shared/lessons exists in both languages', () => {
    expect(used.size).toBeGreaterThan(40)
    const zhKeys = new Set(flattenKeys(zhCN))
    expect([...used].filter((k) => !enKeys.has(k) || !zhKeys.has(k))).toEqual([])
  })

  it('every learn.errors.* string is used (no stale error texts)', () => {
    const errors = [...enKeys].filter((k) => k.startsWith('learn.errors.'))
    expect(errors.filter((k) => !used.has(k))).toEqual([])
  })

  it('has a label per try-it tool and per lesson status', () => {
    for (const id of TRY_IT) expect(enKeys.has(`learn.tryIt.ids.${id}`), id).toBe(true)
    for (const s of LESSON_STATUSES) expect(enKeys.has(`learn.status.${s}`), s).toBe(true)
  })

  it('content error texts tell the reader where and what to do', () => {
    const errors = en.learn.errors as Record<string, string>
    const zh = zhCN.learn.errors as Record<string, string>
    for (const [key, text] of Object.entries(errors)) {
      if (key.startsWith('progress')) continue
      expect(text, key).toMatch(/\{\{file\}\}/)
      expect(zh[key], key).toMatch(/\{\{file\}\}/)
    }
  })
})
