/**
 * A small JSON reader that also remembers on which line every value (and object member) starts,
 * so content problems can name the line of a bad field. Accepts exactly RFC 8259 JSON (after an
 * optional BOM), like JSON.parse.
 */

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[]

/** A parsed JSON document with the line (1-based) of each value. */
export interface JsonDoc {
  value: unknown
  /** Line where the value at `path` starts; for a missing path, the line of its nearest parent. */
  lineOf(path: JsonPath): number
}

class JsonSyntaxError extends Error {
  constructor(readonly pos: number) {
    super('json')
  }
}

// JSON strings must not contain raw control characters (U+0000–U+001F).
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WS = /[ \t\n\r]*/y

const pathKey = (path: JsonPath): string => path.join('\u0001')

/** Line (1-based) of an offset in a text, given the offsets where lines start. */
function lineAt(starts: readonly number[], pos: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= pos) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** Parses JSON text; on a syntax error returns the line (1-based) where reading stopped. */
export function parseJsonDoc(
  text: string,
): { ok: true; doc: JsonDoc } | { ok: false; line: number } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const starts = [0]
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i)
    if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  const positions = new Map<string, number>()
  let pos = 0

  const ws = (): void => {
    WS.lastIndex = pos
    WS.exec(src)
    pos = WS.lastIndex
  }
  const match = (re: RegExp): string => {
    re.lastIndex = pos
    const m = re.exec(src)
    if (!m) throw new JsonSyntaxError(pos)
    pos = re.lastIndex
    return m[0]
  }
  const expect = (ch: string): void => {
    if (src[pos] !== ch) throw new JsonSyntaxError(pos)
    pos++
  }

  const value = (path: (string | number)[]): unknown => {
    ws()
    if (!positions.has(pathKey(path))) positions.set(pathKey(path), pos)
    const c = src[pos]
    if (c === '{') {
      pos++
      const obj: Record<string, unknown> = {}
      ws()
      if (src[pos] === '}') {
        pos++
        return obj
      }
      for (;;) {
        ws()
        const keyPos = pos
        const key = JSON.parse(match(STRING)) as string
        positions.set(pathKey([...path, key]), keyPos)
        ws()
        expect(':')
        const v = value([...path, key])
        Object.defineProperty(obj, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        })
        ws()
        if (src[pos] === ',') {
          pos++
          continue
        }
        expect('}')
        return obj
      }
    }
    if (c === '[') {
      pos++
      const arr: unknown[] = []
      ws()
      if (src[pos] === ']') {
        pos++
        return arr
      }
      for (;;) {
        arr.push(value([...path, arr.length]))
        ws()
        if (src[pos] === ',') {
          pos++
          continue
        }
        expect(']')
        return arr
      }
    }
    if (c === '"') return JSON.parse(match(STRING)) as string
    if (src.startsWith('true', pos)) return ((pos += 4), true)
    if (src.startsWith('false', pos)) return ((pos += 5), false)
    if (src.startsWith('null', pos)) return ((pos += 4), null)
    return Number(match(NUMBER))
  }

  try {
    const v = value([])
    ws()
    if (pos !== src.length) throw new JsonSyntaxError(pos)
    return {
      ok: true,
      doc: {
        value: v,
        lineOf(path) {
          for (let n = path.length; n >= 0; n--) {
            const at = positions.get(pathKey(path.slice(0, n)))
            if (at !== undefined) return lineAt(starts, at)
          }
          return 1
        },
      },
    }
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return { ok: false, line: lineAt(starts, Math.min(e.pos, src.length)) }
    throw e
  }
}
