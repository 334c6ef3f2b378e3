// A small ESLint plugin that enforces ShopBridge's import layers by resolving every import
// against the file that makes it (no path-pattern guessing):
//   src/shared   → only src/shared, and no electron / react / dexie / DOM-bound packages
//   src/main     → src/main and src/shared; only src/main/index.ts and ipc wiring may use electron at runtime
//   src/preload  → src/preload and src/shared
//   src/cli      → src/cli and src/shared
//   src/renderer → src/renderer and src/shared, never electron or node:
//   src/renderer/src/features/<a> → never another feature; only app/ composes features
import { dirname, relative, resolve, sep } from 'node:path'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')
const ALIASES = { '@shared/': 'src/shared/', '@renderer/': 'src/renderer/src/' }
const SHARED_FORBIDDEN = [
  /^electron$/,
  /^react(-dom)?($|\/)/,
  /^dexie/,
  /^zustand/,
  /^antd/,
  /^echarts/,
  /^@ant-design\//,
  /^react-/,
  /^node:/,
]

function layerOf(rel) {
  const p = rel.split(sep).join('/')
  if (p.startsWith('src/shared/')) return { layer: 'shared' }
  if (p.startsWith('src/main/')) return { layer: 'main' }
  if (p.startsWith('src/preload/')) return { layer: 'preload' }
  if (p.startsWith('src/cli/')) return { layer: 'cli' }
  if (p.startsWith('src/renderer/')) {
    const m = /^src\/renderer\/src\/features\/([^/]+)\//.exec(p)
    return { layer: 'renderer', feature: m ? m[1] : null }
  }
  return { layer: 'other' }
}

const ALLOWED = {
  shared: ['shared'],
  main: ['main', 'shared'],
  preload: ['preload', 'shared'],
  cli: ['cli', 'shared'],
  renderer: ['renderer', 'shared'],
}

export function checkImport(fromFile, source) {
  const fromRel = relative(ROOT, fromFile)
  const from = layerOf(fromRel)
  if (from.layer === 'other') return null
  let targetRel = null
  for (const [alias, dir] of Object.entries(ALIASES)) {
    if (source.startsWith(alias)) targetRel = dir + source.slice(alias.length)
  }
  if (!targetRel && source.startsWith('.'))
    targetRel = relative(ROOT, resolve(dirname(fromFile), source))
  if (!targetRel) {
    // A package import.
    if (from.layer === 'shared' && SHARED_FORBIDDEN.some((re) => re.test(source)))
      return `src/shared is pure TypeScript: it must not import '${source}'`
    if (from.layer === 'renderer' && (source === 'electron' || source.startsWith('node:')))
      return `the renderer runs sandboxed: it must not import '${source}'`
    return null
  }
  const to = layerOf(targetRel)
  if (to.layer === 'other') return `${from.layer} must not import outside src/ ('${source}')`
  if (!ALLOWED[from.layer].includes(to.layer))
    return `${from.layer} must not import ${to.layer} ('${source}')`
  if (from.layer === 'renderer' && from.feature && to.feature && from.feature !== to.feature)
    return `feature '${from.feature}' must not import feature '${to.feature}': compose them in app/`
  if (from.layer === 'renderer' && !from.feature && to.feature) {
    const p = fromRel.split(sep).join('/')
    if (!p.startsWith('src/renderer/src/app/')) return `only app/ may import features ('${source}')`
  }
  return null
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{msg}}' } },
  create(context) {
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return
      let msg = checkImport(context.filename, node.source.value)
      const rel = relative(ROOT, context.filename).split(sep).join('/')
      if (
        !msg &&
        rel.startsWith('src/main/policy/') &&
        node.source.value === 'electron' &&
        node.importKind !== 'type'
      )
        msg = 'src/main/policy holds pure, unit-tested code: import only types from electron'
      if (msg) context.report({ node: node.source, messageId: 'layer', data: { msg } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check({ source: node.source })
      },
    }
  },
}

export default { rules: { boundaries: rule } }
