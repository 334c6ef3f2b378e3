// Memory of a process tree on Linux, read from /proc: the root (a browser we launched, a command we
// spawned) and every descendant. PSS (proportional set size) is summed, not RSS: Chromium's
// processes share their code and fonts, and RSS would count those pages once per process.
import { readdirSync, readFileSync } from 'node:fs'

/** The parent PID of `pid`, or -1 when it is gone. `comm` may hold spaces and parentheses. */
export function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return -1
  }
}

/** `root` and all its descendants that are alive now. */
export function processTree(root) {
  const children = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const pid = Number(name)
    const ppid = parentOf(pid)
    if (ppid < 0) continue
    const list = children.get(ppid)
    if (list) list.push(pid)
    else children.set(ppid, [pid])
  }
  const out = []
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()
    out.push(pid)
    for (const c of children.get(pid) ?? []) stack.push(c)
  }
  return out
}

/** { pss, rss } of one process in bytes (smaps_rollup), or null when it is gone. */
export function processMemory(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)
      return m ? Number(m[1]) * 1024 : 0
    }
    return { pss: kb('Pss'), rss: kb('Rss') }
  } catch {
    return null
  }
}

/** Summed PSS and RSS of the tree of `root` now, and how many processes it had. */
export function treeMemory(root) {
  let pss = 0
  let rss = 0
  let processes = 0
  for (const pid of processTree(root)) {
    const m = processMemory(pid)
    if (!m) continue
    pss += m.pss
    rss += m.rss
    processes++
  }
  return { pss, rss, processes }
}

/**
 * Private resident memory of one process from /proc/PID/status (kernel counters: cheap to read):
 * anonymous pages (heaps, V8, caches) plus shared-memory pages (Chromium's IPC buffers). File-backed
 * pages (code, fonts) are left out: they are shared between the processes and barely move.
 */
export function privateMemory(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)
      return m ? Number(m[1]) * 1024 : 0
    }
    return kb('RssAnon') + kb('RssShmem')
  } catch {
    return null
  }
}

/**
 * Samples the tree of `root` every `everyMs` until stop(). Each sample sums privateMemory over the
 * tree (smaps_rollup's PSS walks every page table: ~40 ms per sample on an idle browser and far more
 * on a busy one, which would slow the two-core machine being measured; the status counters cost
 * ~20 µs per process). The process list is re-read every `rescanMs`. stop() returns the peak, the
 * first sample (the baseline), the sampler's own CPU time and the series ([ms, bytes]).
 */
export function sampleTree(root, { everyMs = 100, rescanMs = 1000 } = {}) {
  const t0 = performance.now()
  let pids = processTree(root)
  let lastScan = t0
  let peak = { bytes: 0, atMs: 0 }
  let first = null
  const series = []
  let busyMs = 0
  let longestTickMs = 0
  const tick = () => {
    const now = performance.now()
    if (now - lastScan >= rescanMs) {
      pids = processTree(root)
      lastScan = now
    }
    let bytes = 0
    const each = {}
    for (const pid of pids) {
      const b = privateMemory(pid) ?? 0
      bytes += b
      each[pid] = b
    }
    if (first === null) first = bytes
    series.push([Math.round(now - t0), bytes])
    if (bytes > peak.bytes) peak = { bytes, atMs: Math.round(now - t0), each }
    const took = performance.now() - now
    busyMs += took
    longestTickMs = Math.max(longestTickMs, took)
  }
  tick()
  const timer = setInterval(tick, everyMs)
  return {
    stop() {
      clearInterval(timer)
      tick()
      return { peak, first, samples: series.length, series, busyMs, longestTickMs }
    },
  }
}

/** The kind of a Chromium process (`--type=renderer`, …; "browser" without one). */
export function processKind(pid) {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    const m = /--type=([\w-]+)/.exec(cmd)
    const util = /--utility-sub-type=([\w.-]+)/.exec(cmd)
    return m ? (util ? `${m[1]}:${util[1]}` : m[1]) : 'browser'
  } catch {
    return 'gone'
  }
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (/proc/stat). */
function machineTicks() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]
  const v = line.trim().split(/\s+/).slice(1).map(Number)
  const idle = (v[3] ?? 0) + (v[4] ?? 0) // idle + iowait
  const total = v.reduce((a, b) => a + b, 0)
  return { busy: total - idle, total }
}

/** CPU time (user + system, clock ticks) used so far by the live processes of `root`'s tree. */
function treeTicks(root) {
  let ticks = 0
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) // utime stime cutime cstime
    } catch {
      // gone
    }
  }
  return ticks
}

/**
 * How busy the machine was with OTHER work while we measured: the machine's busy CPU time minus
 * our own (this process and its descendants), as a share of all cores over the interval. Other
 * people's test runs on a two-core machine slow every figure here, so the bench reports this next
 * to them.
 */
export function foreignLoad() {
  const m0 = machineTicks()
  const o0 = treeTicks(process.pid)
  return {
    stop() {
      const m1 = machineTicks()
      const ours = treeTicks(process.pid) - o0
      const total = m1.total - m0.total
      return total > 0 ? Math.max(0, (m1.busy - m0.busy - ours) / total) : 0
    },
  }
}
