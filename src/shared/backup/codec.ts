/**
 * JSON encoding for backup rows: plain JSON plus typed arrays (columnar data) and Dates, which
 * JSON.stringify would otherwise turn into objects of indices or strings that cannot be restored.
 */

const TYPED = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const
type TypedName = keyof typeof TYPED

function bytesToBase64(bytes: Uint8Array): string {
  let s = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(s)
}

function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

/** Replaces values JSON cannot carry with tagged objects (`{"$typed": "Int32Array", "b64": …}`). */
export function encodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as TypedName
    if (name in TYPED) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      return { $typed: name, b64: bytesToBase64(bytes) }
    }
  }
  if (value instanceof Date) return { $date: value.toISOString() }
  if (Array.isArray(value)) return value.map(encodeValue)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = encodeValue(v)
  return out
}

/** Reverses encodeValue. Unknown tags are left as plain objects. */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(decodeValue)
  const obj = value as Record<string, unknown>
  if (
    typeof obj.$typed === 'string' &&
    typeof obj.b64 === 'string' &&
    Object.hasOwn(TYPED, obj.$typed)
  ) {
    const bytes = base64ToBytes(obj.b64)
    const Ctor = TYPED[obj.$typed as TypedName]
    const copy = new Uint8Array(bytes) // aligned buffer
    return new Ctor(copy.buffer, 0, copy.byteLength / Ctor.BYTES_PER_ELEMENT)
  }
  if (typeof obj.$date === 'string' && Object.keys(obj).length === 1) return new Date(obj.$date)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) out[k] = decodeValue(v)
  return out
}
