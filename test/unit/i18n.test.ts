import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { en } from '../../src/shared/i18n/en'
import { zhCN } from '../../src/shared/i18n/zh-CN'
import { flattenKeys, resources, translate } from '../../src/shared/i18n'

/** The string at a dotted key, or undefined. */
function lookup(table: object, key: string): unknown {
  let node: unknown = table
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  }
  return node
}

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string).sort()

const enKeys = flattenKeys(en)
const zhKeys = flattenKeys(zhCN)

describe('string tables', () => {
  it('flattenKeys gives dotted leaf keys', () => {
    expect(flattenKeys({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toEqual(['a', 'b.c', 'b.d.e'])
    expect(enKeys).toContain('menu.file')
    expect(enKeys).toContain('backup.errors.invalidRow')
    expect(enKeys).toContain('languages.zh-CN')
    expect(enKeys).not.toContain('menu') // only leaves
  })

  it('zh-CN and en have exactly the same keys', () => {
    expect([...zhKeys].sort()).toEqual([...enKeys].sort())
    expect(new Set(enKeys).size).toBe(enKeys.length)
    expect(enKeys.length).toBeGreaterThan(100)
  })

  it('resources maps each locale to its table', () => {
    expect(resources.en).toBe(en)
    expect(resources['zh-CN']).toBe(zhCN)
  })

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ] as const)('%s: every value is a non-empty string', (_locale, table) => {
    const bad = flattenKeys(table).filter((key) => {
      const v = lookup(table, key)
      return typeof v !== 'string' || v.trim() === ''
    })
    expect(bad).toEqual([])
  })

  it('every {{placeholder}} exists in both languages for the same key', () => {
    const mismatches: string[] = []
    for (const key of enKeys) {
      const a = placeholders(lookup(en, key) as string)
      const b = placeholders(lookup(zhCN, key) as string)
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${key}: en ${a} / zh-CN ${b}`)
    }
    expect(mismatches).toEqual([])
  })

  it('placeholders are well-formed (no single braces or spaces inside)', () => {
    for (const key of enKeys) {
      for (const table of [en, zhCN]) {
        const s = lookup(table, key) as string
        const stripped = s.replace(/\{\{\w+\}\}/g, '')
        expect(stripped, key).not.toMatch(/\{\{|\}\}/)
      }
    }
  })

  it('zh-CN strings are actually translated (contain CJK) except names and codes', () => {
    const sameAllowed = new Set(['languages.zh-CN', 'languages.en'])
    const untranslated = zhKeys.filter((k) => {
      const zh = lookup(zhCN, k) as string
      return !sameAllowed.has(k) && !/[\u3000-\u9fff\uff00-\uffef]/.test(zh)
    })
    expect(untranslated).toEqual([])
  })
})

describe('translate', () => {
  it('looks up nested keys in each locale', () => {
    expect(translate('en', 'menu.file')).toBe('File')
    expect(translate('zh-CN', 'menu.file')).toBe('文件')
    expect(translate('en', 'settings.types.grocery')).toBe('Supermarket / grocery')
    expect(translate('en', 'languages.zh-CN')).toBe('简体中文')
  })
  it('interpolates values, numbers included', () => {
    expect(translate('en', 'home.greeting', { name: 'Li' })).toBe('Welcome, Li')
    expect(translate('zh-CN', 'home.greeting', { name: '李' })).toBe('欢迎，李')
    expect(translate('en', 'backup.rows', { count: 3 })).toBe('3 items')
    expect(
      translate('en', 'backup.errors.invalidRow', {
        table: 'settings',
        row: 2,
        field: 'value.currency',
      }),
    ).toBe(
      'The backup has an invalid entry (settings, item 2, field value.currency). Nothing was changed. Try another copy of the backup.',
    )
  })
  it('leaves a placeholder visible when its value is missing', () => {
    expect(translate('en', 'home.greeting')).toBe('Welcome, {{name}}')
    expect(translate('en', 'home.greeting', { other: 'x' })).toBe('Welcome, {{name}}')
  })
  it('does not re-interpolate placeholders found inside values', () => {
    expect(translate('en', 'home.greeting', { name: '{{name}}' })).toBe('Welcome, {{name}}')
  })
  it('keeps 0 (not treated as missing)', () => {
    expect(translate('en', 'backup.rows', { count: 0 })).toBe('0 items')
  })
  it('falls back to the key for unknown keys, non-leaf keys and paths through strings', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
    expect(translate('zh-CN', 'menu')).toBe('menu')
    expect(translate('en', 'menu.file.extra')).toBe('menu.file.extra')
    expect(translate('en', '')).toBe('')
    expect(translate('en', 'constructor')).toBe('constructor')
    expect(translate('en', 'app.name.length')).toBe('app.name.length')
  })
})

// ---------------------------------------------------------------------------------------------
// Static scan: every literal i18n key used in src/ must exist in en.
// ---------------------------------------------------------------------------------------------

const ROOT = resolve(__dirname, '../..')
const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(p))
    } else if (['.ts', '.tsx'].includes(extname(entry.name)) && !entry.name.endsWith('.d.ts')) {
      out.push(p)
    }
  }
  return out
}

// A key: at least two segments of [\w-], joined by dots (so 'menu.' + x, 'File', 'a b' are not keys).
const KEY = String.raw`([\w-]+(?:\.[\w-]+)+)`
const Q = String.raw`(['"])`
const KEY_PATTERNS: RegExp[] = [
  // t('a.b') / t("a.b") / i18n.t('a.b', …); not format('a.b') or split('.'); the literal must be the
  // whole first argument (t('a.' + x) is dynamic and skipped).
  new RegExp(String.raw`(?<![\w$])t\(\s*${Q}${KEY}\1\s*[,)]`, 'g'),
  // <Trans i18nKey="a.b" /> and i18nKey={'a.b'}
  new RegExp(String.raw`\bi18nKey=\{?\s*${Q}${KEY}\1`, 'g'),
  // translate(locale, 'a.b')
  new RegExp(String.raw`(?<![\w$])translate\(\s*[\w$.[\]'"-]+\s*,\s*${Q}${KEY}\1\s*[,)]`, 'g'),
  // fail('a.b', …) — Result failures carry an i18n key
  new RegExp(String.raw`(?<![\w$])fail\(\s*${Q}${KEY}\1\s*[,)]`, 'g'),
  // { tKey: 'a.b' }
  new RegExp(String.raw`\btKey\s*:\s*${Q}${KEY}\1`, 'g'),
]

/** Literal i18n keys used in a piece of source text. */
function keysIn(text: string): string[] {
  const keys: string[] = []
  for (const re of KEY_PATTERNS) for (const m of text.matchAll(re)) keys.push(m[2] as string)
  return keys
}

describe('keysIn (scanner sanity)', () => {
  it('finds the supported forms', () => {
    const src = [
      `t('a.b')`,
      `t("c.d", { n: 1 })`,
      `i18n.t('e.f')`,
      `<Trans i18nKey="g.h" />`,
      `<Trans i18nKey={'g2.h2'} />`,
      `translate(locale, 'i.j')`,
      `translate(this.locale, "i2.j2", { x })`,
      `return fail('k.l', { v: 1 })`,
      `{ tKey: 'm.n-o' }`,
      `t('languages.zh-CN')`,
    ].join('\n')
    expect(keysIn(src).sort()).toEqual(
      [
        'a.b',
        'c.d',
        'e.f',
        'g.h',
        'g2.h2',
        'i.j',
        'i2.j2',
        'k.l',
        'languages.zh-CN',
        'm.n-o',
      ].sort(),
    )
  })
  it('skips non-keys, dynamic keys and look-alikes', () => {
    const src = [
      't(`menu.${k}`)', // template literal
      `t('menu.' + k)`, // concatenation
      `t('file')`, // no dot: relative key inside a helper
      `t('not a.key')`, // spaces
      `t('a.b' + suffix)`,
      `format('x.y')`,
      `split('.')`,
      `sort('p.q')`,
      `const at = t2('r.s')`,
      `import x from './a.b'`,
      `fetch('https://example.com/a.b')`,
      `translate(locale, \`menu.\${k}\`)`,
      `tKey: someVar`,
      `t('a..b')`,
      `t('.a')`,
      `t('a.')`,
    ].join('\n')
    expect(keysIn(src)).toEqual([])
  })
})

describe('every literal i18n key used in src/ exists in en', () => {
  const files = sourceFiles(SRC)
  const used = new Map<string, string[]>() // key → files
  for (const file of files) {
    for (const key of keysIn(readFileSync(file, 'utf8'))) {
      const list = used.get(key) ?? []
      list.push(relative(ROOT, file))
      used.set(key, list)
    }
  }

  it('scans the source tree (whatever exists right now)', () => {
    expect(files.length).toBeGreaterThan(5)
    expect(files.some((f) => f.endsWith(join('shared', 'backup', 'format.ts')))).toBe(true)
    // Known uses in the shell and the backup format.
    expect(used.has('backup.errors.empty')).toBe(true)
    expect(used.has('backup.errors.invalidRow')).toBe(true)
    expect(used.has('menu.about')).toBe(true)
  })

  it('finds no missing key', () => {
    const leaves = new Set(enKeys)
    const missing = [...used]
      .filter(([key]) => !leaves.has(key))
      .map(([key, where]) => `${key} (${where.join(', ')})`)
    expect(missing).toEqual([])
  })
})
