/**
 * Reads `blob[from..to)` in slices of `size` bytes, in order, with up to `depth` reads in flight:
 * the browser loads the next slices (in its own process) while the caller converts this one, so
 * the caller does not wait for a read it could have started earlier (docs/performance.md).
 * Leaving the loop early leaves the reads still in flight unused.
 */
export async function* readSlices(
  blob: Blob,
  from: number,
  to: number,
  size: number,
  depth = 3,
): AsyncGenerator<Uint8Array> {
  const inFlight: Promise<ArrayBuffer>[] = []
  let next = from
  const fill = (): void => {
    while (inFlight.length < depth && next < to) {
      const end = Math.min(to, next + size)
      inFlight.push(blob.slice(next, end).arrayBuffer())
      next = end
    }
  }
  fill()
  while (inFlight.length > 0) {
    const bytes = new Uint8Array(await (inFlight.shift() as Promise<ArrayBuffer>))
    fill()
    yield bytes
  }
}
