import { describe, it, expect } from 'vitest'
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  restoreBounds,
  type Rect,
} from '../../src/main/policy/window-state'

const FHD: Rect = { x: 0, y: 0, width: 1920, height: 1040 } // a 1080p work area minus the taskbar

describe('parseWindowState', () => {
  it('parses a saved state', () => {
    expect(
      parseWindowState({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true }),
    ).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    })
  })
  it('maximized is true only for true', () => {
    const b = { x: 0, y: 0, width: 1000, height: 700 }
    expect(parseWindowState({ bounds: b })?.maximized).toBe(false)
    expect(parseWindowState({ bounds: b, maximized: 'true' })?.maximized).toBe(false)
    expect(parseWindowState({ bounds: b, maximized: 1 })?.maximized).toBe(false)
  })
  it('keeps only the rectangle: other keys in the file never reach the BrowserWindow options', () => {
    const s = parseWindowState({
      bounds: {
        x: 1,
        y: 2,
        width: 1000,
        height: 700,
        kiosk: true,
        webPreferences: { nodeIntegration: true },
      },
      maximized: false,
    })
    expect(s).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false })
    expect(Object.keys(s?.bounds ?? {}).sort()).toEqual(['height', 'width', 'x', 'y'])
  })
  it.each([
    null,
    undefined,
    'x',
    42,
    [],
    {},
    { bounds: null },
    { bounds: { x: 0, y: 0, width: 100 } },
    { bounds: { x: '0', y: 0, width: 100, height: 100 } },
    { bounds: { x: 0, y: 0, width: NaN, height: 100 } },
    { bounds: { x: 0, y: 0, width: 100, height: Infinity } },
    { bounds: { x: null, y: 0, width: 100, height: 100 } },
  ])('malformed %j → null', (raw) => {
    expect(parseWindowState(raw)).toBeNull()
  })
})

describe('restoreBounds', () => {
  it('with nothing saved, centres the default size on the primary display', () => {
    expect(DEFAULT_SIZE).toEqual({ width: 1280, height: 820 })
    expect(restoreBounds(null, [FHD])).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 }, // (1920−1280)/2, (1040−820)/2
      maximized: false,
    })
  })
  it('centres on the primary (first) display even at negative coordinates', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1040 }
    expect(restoreBounds(null, [left, FHD]).bounds).toEqual({
      x: -1600,
      y: 110,
      width: 1280,
      height: 820,
    })
  })
  it('a small screen gets its work area', () => {
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1024, height: 600 }]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    })
  })
  it('rounds the centre', () => {
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1281, height: 821 }]).bounds).toEqual({
      x: 1, // 0.5 rounds up
      y: 1,
      width: 1280,
      height: 820,
    })
  })
  it('with no display information, uses the default size at the origin', () => {
    expect(restoreBounds(null, [])).toEqual({
      bounds: { x: 0, y: 0, width: 1280, height: 820 },
      maximized: false,
    })
  })
  it('restores a visible saved window as it was, maximized included', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }
    expect(restoreBounds(saved, [FHD])).toEqual(saved)
  })
  it('enlarges a saved window smaller than the minimum', () => {
    expect(MIN_SIZE).toEqual({ width: 960, height: 640 })
    const r = restoreBounds(
      { bounds: { x: 100, y: 50, width: 300, height: 200 }, maximized: false },
      [FHD],
    )
    expect(r.bounds).toEqual({ x: 100, y: 50, width: 960, height: 640 })
  })
  it('a window on an unplugged monitor comes back centred on the primary, not maximized', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: true }
    expect(restoreBounds(saved, [FHD])).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximized: false,
    })
  })
  it('restores on a secondary monitor that is still there', () => {
    const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 }
    const saved = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false }
    expect(restoreBounds(saved, [FHD, right])).toEqual(saved)
  })
  it('a quarter visible is enough; less is not', () => {
    // 1000×800 window: a quarter is 200 000 px². At x=1420,y=640 exactly 500×400 is on screen.
    const quarter = { bounds: { x: 1420, y: 640, width: 1000, height: 800 }, maximized: false }
    expect(restoreBounds(quarter, [FHD])).toEqual(quarter)
    const less = { bounds: { x: 1421, y: 640, width: 1000, height: 800 }, maximized: false }
    expect(restoreBounds(less, [FHD]).bounds).toEqual({ x: 320, y: 110, width: 1280, height: 820 })
  })
  it('a window only touching the edge is not visible', () => {
    const saved = { bounds: { x: 1920, y: 0, width: 1000, height: 700 }, maximized: false }
    expect(restoreBounds(saved, [FHD]).bounds.x).toBe(320)
  })
})
