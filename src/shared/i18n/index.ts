import type { Locale } from '../locale'
import { en, type Messages } from './en'
import { zhCN } from './zh-CN'

/** UI strings of every shipped language, keyed by locale. */
export const resources: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

/** Looks up a dotted key ("menu.file") in a locale's strings; returns the key when absent. */
export function translate(
  locale: Locale,
  key: string,
  values?: Record<string, string | number>,
): string {
  let node: unknown = resources[locale]
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values?.[name] ?? `{{${name}}}`),
  )
}

/** Every dotted key of a string table, for parity tests. */
export function flattenKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flattenKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

export type { Messages }
