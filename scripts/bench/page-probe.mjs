/* global window, document, Element, MutationObserver, requestAnimationFrame */
// What the benchmark injects into the app page before any of the app's scripts run
// (page.addInitScript). Everything is read back with page.evaluate(() => window.__bench).
//
// - Long tasks (PerformanceObserver 'longtask', ≥ 50 ms on the page's main thread) and long
//   animation frames (LoAF, with the invokers of their longest scripts) with their start times.
// - Event Timing entries (the browser's own input-to-next-paint duration of each interaction).
// - Marks: when a data-testid first appears in the DOM (MutationObserver), the click on
//   start-import / wizard-close (capture listeners), and every message of the app's import worker
//   (the global Worker is wrapped; the app's code is not touched).
// - Dashboard updates: from the pointerdown on a select option until both the text of
//   [data-testid=period-range] and the orders KPI [data-testid=kpi-value-orders] have changed,
//   then (b) the next animation frame and (c) the task after that frame (the frame rendered);
//   and (d) the last change inside a chart's card ([data-testid^=chart-]) after the pointerdown.
export function pageProbe() {
  const b = {
    longTasks: [],
    loafs: [],
    events: [],
    marks: {},
    worker: [],
    updates: [],
  }
  window.__bench = b
  const now = () => performance.now()
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    b.longTasksUnsupported = true
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = (e.scripts ?? [])
          .map((s) => ({
            invoker: s.invoker,
            fn: s.sourceFunctionName,
            duration: Math.round(s.duration),
          }))
          .sort((x, y) => y.duration - x.duration)
          .slice(0, 3)
        b.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          scripts,
        })
      }
    }).observe({ type: 'long-animation-frame', buffered: true })
  } catch {
    b.loafUnsupported = true
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId,
        })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {
    b.eventsUnsupported = true
  }

  // The app's import worker: record each message's type and arrival time.
  const NativeWorker = window.Worker
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (e) => {
        const d = e.data ?? {}
        b.worker.push({
          t: now(),
          type: d.type,
          bytes: d.bytes,
          total: d.total,
          rows: d.rows,
          elapsedMs: d.elapsedMs,
        })
      })
    }
  }

  const WATCH = [
    'file-setup',
    'import-progress',
    'import-done',
    'rejected-rows',
    'import-failed',
    'dashboard',
    'kpi-value-orders',
  ]
  const textOf = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null
  let pending = null // an update started by a pointerdown on a select option
  let latest = null // the last update started: its charts' redrawing is timed until the next one
  const onMutations = (records) => {
    // The charts draw after the KPIs, one per task: the last change inside a chart's card is when
    // the whole dashboard has been redrawn.
    if (latest)
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement
        if (el?.closest('[data-testid^="chart-"]')) {
          latest.chartsDone = now()
          break
        }
      }
    for (const id of WATCH) {
      if (b.marks[id] === undefined && document.querySelector(`[data-testid="${id}"]`))
        b.marks[id] = now()
    }
    if (!pending) return
    // An update is complete when the period shown AND the KPI values have changed (the values may
    // arrive later than the period: they can be computed off the main thread).
    const u = pending
    const range = textOf('period-range')
    const orders = textOf('kpi-value-orders')
    if (u.textChange === undefined && range !== null && range !== u.from) {
      u.textChange = now()
      u.to = range
    }
    if (u.valueChange === undefined && orders !== null && orders !== u.ordersBefore) {
      u.valueChange = now()
      u.ordersAfter = orders
    }
    if (u.textChange !== undefined && u.valueChange !== undefined) {
      pending = null
      requestAnimationFrame(() => {
        u.frame = now()
        const ch = new MessageChannel()
        ch.port1.onmessage = () => {
          u.painted = now()
          b.updates.push(u)
        }
        ch.port2.postMessage(0)
      })
    }
  }
  new MutationObserver(onMutations).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  })

  document.addEventListener(
    'pointerdown',
    (e) => {
      const t = e.target
      if (t instanceof Element && t.closest('.ant-select-item-option'))
        latest = pending = {
          start: now(),
          option: t.textContent,
          from: textOf('period-range'),
          ordersBefore: textOf('kpi-value-orders'),
        }
    },
    true,
  )
  document.addEventListener(
    'click',
    (e) => {
      const t = e.target instanceof Element ? e.target.closest('[data-testid]') : null
      const id = t?.getAttribute('data-testid')
      if (id === 'start-import' || id === 'wizard-close') b.marks[`click:${id}`] = now()
    },
    true,
  )
}

/**
 * The bare-parse page: PapaParse alone on the chosen File, in chunk mode with arrays (no header,
 * no per-row objects), counting rows. Served on the app's origin by a Playwright route.
 */
export const BARE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare parse</title></head>
<body>
<input type="file" id="file">
<script src="papaparse.min.js"></script>
<script>
window.runFloor = function () {
  return new Promise(function (resolve, reject) {
    var w = new Worker('floor-worker.js')
    w.onmessage = function (e) { w.terminate(); resolve(e.data) }
    w.onerror = function (e) { reject(new Error(e.message)) }
    w.postMessage(document.getElementById('file').files[0])
  })
}
window.runBare = function () {
  return new Promise(function (resolve, reject) {
    var file = document.getElementById('file').files[0]
    var rows = 0
    var t0 = performance.now()
    Papa.parse(file, {
      chunkSize: 1 << 20,
      chunk: function (r) { rows += r.data.length },
      complete: function () { resolve({ ms: performance.now() - t0, rows: rows }) },
      error: function (e) { reject(new Error(String(e && e.message || e))) }
    })
  })
}
</script>
</body></html>`

/**
 * The app's own parse floor, for reference: what the import worker does before any mapping —
 * 1 MiB slices read with file.slice().arrayBuffer(), TextDecoder in stream mode, PapaParse's
 * low-level Parser on the buffered text — in a worker, counting rows and keeping nothing.
 */
export const FLOOR_WORKER = `importScripts('papaparse.min.js')
onmessage = async function (e) {
  var file = e.data
  var t0 = performance.now()
  var dec = new TextDecoder('utf-8')
  var parser = new Papa.Parser({ delimiter: ',', newline: '\\r\\n', quoteChar: '"' })
  var buffer = ''
  var rows = 0
  for (var at = 0; at < file.size; at += 1 << 20) {
    var bytes = new Uint8Array(await file.slice(at, at + (1 << 20)).arrayBuffer())
    buffer += dec.decode(bytes, { stream: true })
    var r = parser.parse(buffer, 0, true)
    rows += r.data.length
    buffer = buffer.slice(r.meta.cursor)
  }
  buffer += dec.decode()
  if (buffer !== '') rows += parser.parse(buffer, 0, false).data.length
  postMessage({ ms: performance.now() - t0, rows: rows })
}`
