// Regenerates resources/icon.png (512×512, what electron-builder turns into .ico/.icns) from
// resources/public/icon.svg. Run by hand after the SVG changes: `node scripts/make-icon.mjs`.
//
// Why three ways: rsvg-convert (Debian librsvg2-bin) renders the SVG exactly; ImageMagick 6's own SVG
// renderer draws round caps and transparent corners wrongly but is better than nothing; and on a
// machine with neither, a tiny rasterizer below draws the same shapes (rounded square, arch, three
// posts) so the build never lacks an icon. /usr/local/bin/convert on this workplace may be a stand-in
// that is not ImageMagick, so we only call /usr/bin/convert and check it says "ImageMagick".
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const svg = join(root, 'resources/public/icon.svg')
const out = join(root, 'resources/icon.png')
const SIZE = 512

const ok = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return !r.error && r.status === 0 ? r.stdout : null
}

if (ok('rsvg-convert', ['-w', `${SIZE}`, '-h', `${SIZE}`, '-o', out, svg]) !== null) {
  console.log(`icon: ${out} (rsvg-convert)`)
} else if (
  (ok('/usr/bin/convert', ['-version']) ?? '').includes('ImageMagick') &&
  ok('/usr/bin/convert', [
    '-background',
    'none',
    '-density',
    `${(72 * SIZE) / 64}`,
    svg,
    '-resize',
    `${SIZE}x${SIZE}`,
    out,
  ]) !== null
) {
  console.log(`icon: ${out} (ImageMagick)`)
} else {
  writeFileSync(out, rasterize())
  console.log(`icon: ${out} (built-in rasterizer)`)
}

/** Draws icon.svg's shapes (in its 64×64 units) with 4× supersampling and encodes an RGBA PNG. */
function rasterize() {
  const seg = (ax, ay, bx, by) => ({ ax, ay, bx, by })
  const arch = [] // the quadratic curve M10 40 Q32 14 54 40 as 32 segments
  for (let i = 0; i < 32; i++) {
    const p = (t) => [
      (1 - t) ** 2 * 10 + 2 * (1 - t) * t * 32 + t * t * 54,
      (1 - t) ** 2 * 40 + 2 * (1 - t) * t * 14 + t * t * 40,
    ]
    arch.push(seg(...p(i / 32), ...p((i + 1) / 32)))
  }
  const posts = [seg(14, 40, 14, 50), seg(50, 40, 50, 50), seg(32, 27, 32, 50)]
  const dist = (x, y, s) => {
    const dx = s.bx - s.ax,
      dy = s.by - s.ay
    const t = Math.max(0, Math.min(1, ((x - s.ax) * dx + (y - s.ay) * dy) / (dx * dx + dy * dy)))
    return Math.hypot(x - s.ax - t * dx, y - s.ay - t * dy)
  }
  const inRoundRect = (x, y) => {
    const cx = Math.max(14, Math.min(50, x)),
      cy = Math.max(14, Math.min(50, y))
    return x >= 0 && x <= 64 && y >= 0 && y <= 64 && Math.hypot(x - cx, y - cy) <= 14
  }
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  const N = 4
  for (let py = 0; py < SIZE; py++) {
    raw[py * (SIZE * 4 + 1)] = 0 // PNG filter: none
    for (let px = 0; px < SIZE; px++) {
      let cover = 0,
        white = 0
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = ((px + (sx + 0.5) / N) * 64) / SIZE,
            y = ((py + (sy + 0.5) / N) * 64) / SIZE
          if (!inRoundRect(x, y)) continue
          cover++
          if (arch.some((s) => dist(x, y, s) <= 3) || posts.some((s) => dist(x, y, s) <= 2.5))
            white++
        }
      }
      const o = py * (SIZE * 4 + 1) + 1 + px * 4
      const w = cover ? white / cover : 0
      raw[o] = Math.round(0xd4 + (255 - 0xd4) * w)
      raw[o + 1] = Math.round(0x38 + (255 - 0x38) * w)
      raw[o + 2] = Math.round(0x0d + (255 - 0x0d) * w)
      raw[o + 3] = Math.round((255 * cover) / (N * N))
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4),
      sum = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
