import type { z } from 'zod'
import type { Problem } from '../result'
import type { JsonPath } from './json'

/** A problem found in one content file: where (file, line, field) and what (an i18n key + values). */
export interface ContentProblem {
  /** Path relative to the course (or pack) root, e.g. 'm2/l3.en.md'. */
  file: string
  line?: number
  field?: string
  key: string
  /** Interpolation values of `key`; always include `file`, and `line`/`field` when known. */
  values: Record<string, string | number>
}

/** Builds a content problem whose values repeat file, line and field for interpolation. */
export function contentProblem(
  key: string,
  file: string,
  extra: { line?: number; field?: string } & Record<string, string | number | undefined> = {},
): ContentProblem {
  const values: Record<string, string | number> = { file }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) values[k] = v
  const p: ContentProblem = { file, key, values }
  if (extra.line !== undefined) p.line = extra.line
  if (extra.field !== undefined) p.field = extra.field
  return p
}

/** Turns a Result problem carrying { file, line?, field? } in its values into a ContentProblem. */
export function toContentProblem(problem: Problem, file: string): ContentProblem {
  const values: Record<string, string | number> = { file, ...problem.values }
  const p: ContentProblem = { file: String(values.file), key: problem.key, values }
  if (typeof values.line === 'number') p.line = values.line
  if (typeof values.field === 'string') p.field = values.field
  return p
}

/** A readable field path: questions[3].answer. */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

/** The value at a path, or undefined when a step is missing. */
function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(node, part)) return undefined
    node = (node as Record<string | number, unknown>)[part]
  }
  return node
}

const TYPE_KEYS: Record<string, string> = {
  string: 'learn.errors.notText',
  number: 'learn.errors.notNumber',
  int: 'learn.errors.notNumber',
  array: 'learn.errors.notList',
  object: 'learn.errors.notObject',
  boolean: 'learn.errors.notBoolean',
}

/**
 * Translates one zod issue on `input` into a key and values (field = readable path). Custom
 * issues already carry a `learn.*` key as their message and their values as params.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): { key: string; path: JsonPath; values: Record<string, string | number> } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const field = formatPath(path)
  const missing = path.length > 0 && valueAt(input, path) === undefined
  const values: Record<string, string | number> = { field }
  switch (issue.code) {
    case 'custom': {
      if (missing && issue.message !== 'learn.errors.missingLocale')
        return { key: 'learn.errors.missingField', path, values }
      const params = (issue.params ?? {}) as Record<string, string | number>
      const key = issue.message.startsWith('learn.') ? issue.message : 'learn.errors.invalid'
      return { key, path, values: { ...values, ...params } }
    }
    case 'invalid_type':
      if (path.length === 0) return { key: 'learn.errors.rootNotObject', path, values }
      if (missing) return { key: 'learn.errors.missingField', path, values }
      return { key: TYPE_KEYS[issue.expected] ?? 'learn.errors.invalid', path, values }
    case 'too_small':
      if (issue.origin === 'string') return { key: 'learn.errors.emptyText', path, values }
      if (issue.origin === 'array')
        return {
          key: 'learn.errors.tooFew',
          path,
          values: { ...values, min: Number(issue.minimum) },
        }
      return { key: 'learn.errors.invalid', path, values }
    case 'too_big':
      if (issue.origin === 'string')
        return {
          key: 'learn.errors.tooLong',
          path,
          values: { ...values, max: Number(issue.maximum) },
        }
      return { key: 'learn.errors.invalid', path, values }
    case 'invalid_format':
      return {
        key: 'learn.errors.badId',
        path,
        values: { ...values, value: String(valueAt(input, path)) },
      }
    case 'invalid_value':
      if (missing) return { key: 'learn.errors.missingField', path, values }
      return {
        key: 'learn.errors.badChoice',
        path,
        values: {
          ...values,
          value: String(valueAt(input, path)),
          options: issue.values.map(String).join(', '),
        },
      }
    case 'invalid_union': {
      if (missing) return { key: 'learn.errors.missingField', path, values }
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : []
      if (options.length > 0)
        return {
          key: 'learn.errors.badChoice',
          path,
          values: {
            ...values,
            value: String(valueAt(input, path)),
            options: options.map(String).join(', '),
          },
        }
      return { key: 'learn.errors.invalid', path, values }
    }
    case 'unrecognized_keys': {
      const first = issue.keys[0] ?? ''
      const keyPath = [...path, first]
      return {
        key: 'learn.errors.unknownKey',
        path: keyPath,
        values: { field: formatPath(keyPath), keys: issue.keys.join(', ') },
      }
    }
    default:
      return { key: 'learn.errors.invalid', path, values }
  }
}
