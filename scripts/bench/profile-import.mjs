// `node scripts/bench/profile-import.mjs`: where the import's time goes, function by function.
//
// Builds an UNMINIFIED renderer into tmp/bench/prof-renderer (so profiles show real function
// names; out/ is left alone), serves it, imports the benchmark file once in headless Chromium and
// records CPU profiles over raw CDP: the page's main thread (Start → dashboard shown) and every
// worker of the page (the import worker, the analytics worker), each attached before its first
// line runs. Prints the top functions by self and
// inclusive time and writes tmp/bench/profile-*.cpuprofile (open them in DevTools → Performance).
// Run `npm run bench:import` first: it makes the file.
//
// Profiling costs time itself (sampling every 0.5 ms): use the bench for the figures, this for
// the causes. Worker.terminate() is a no-op here, so a finished worker's profile can still be read.
/* global Worker */ // the init script runs in the page
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { findChromium } from '../lib/chromium.mjs'
import { ROOT, bin } from '../lib/run.mjs'
import { findFreePort, waitForHttp } from '../lib/web-server.mjs'

// Node 20 has WebSocket only behind a flag (Node 22 by default): re-run with it.
if (typeof WebSocket === 'undefined') {
  const r = spawnSync(
    process.execPath,
    ['--experimental-websocket', '--no-warnings', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  )
  process.exit(r.status ?? 1)
}

const CSV = join(ROOT, 'tmp', 'bench', 'orders-1m.csv')
const OUT = join(ROOT, 'tmp', 'bench', 'prof-renderer')
if (!existsSync(CSV))
  throw new Error('no tmp/bench/orders-1m.csv: run `npm run bench:import` first')
mkdirSync(OUT, { recursive: true })

console.log('[profile] building an unminified renderer into tmp/bench/prof-renderer…')
const built = spawnSync(
  bin('vite'),
  [
    'build',
    '--config',
    'vite.web.config.mts',
    '--outDir',
    OUT,
    '--emptyOutDir',
    '--minify',
    'false',
    '--logLevel',
    'error',
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
)
if (built.status !== 0) process.exit(built.status ?? 1)
const port = await findFreePort(4660)
const server = spawn(
  bin('vite'),
  [
    'preview',
    '--config',
    'vite.web.config.mts',
    '--outDir',
    OUT,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
)
const base = `http://127.0.0.1:${port}/`
const cdpPort = await findFreePort(9330)

/** Top functions of a CPU profile by self and by inclusive time (ms). */
function summary(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (n) => {
    const cf = n.callFrame
    const file = cf.url
      ? cf.url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : ''
    return `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}` : ''}`
  }
  const self = new Map()
  const incl = new Map()
  let total = 0
  profile.samples.forEach((id, i) => {
    const d = (profile.timeDeltas[i] ?? 0) / 1000
    total += d
    const k = name(byId.get(id))
    self.set(k, (self.get(k) ?? 0) + d)
    const seen = new Set()
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = name(byId.get(cur))
      if (seen.has(kk)) continue
      seen.add(kk)
      incl.set(kk, (incl.get(kk) ?? 0) + d)
    }
  })
  const list = (m) =>
    [...m]
      .filter(([k]) => k !== '(root)' && k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${String(Math.round(v)).padStart(6)} ms  ${k}`)
      .join('\n')
  return `  ${Math.round(total)} ms sampled (${Math.round(self.get('(idle)') ?? 0)} ms idle)\n  self:\n${list(self)}\n  inclusive:\n${list(incl)}`
}

let browser
try {
  if (!(await waitForHttp(base, 30_000))) throw new Error('vite preview did not start')
  const found = findChromium()
  if (!found.ok) throw new Error(found.reason)
  browser = await chromium.launch({
    executablePath: found.path,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
      `--remote-debugging-port=${cdpPort}`,
    ],
  })
  const version = await (await fetch(`http://127.0.0.1:${cdpPort}/json/version`)).json()
  const ws = new WebSocket(version.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    ws.onopen = resolve
    ws.onerror = reject
  })
  let nextId = 0
  const pending = new Map()
  const sessions = { workers: [] }
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve) => {
      const id = ++nextId
      pending.set(id, resolve)
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }))
    })
  const startProfiler = async (sessionId) => {
    await send('Profiler.enable', {}, sessionId)
    await send('Profiler.setSamplingInterval', { interval: 500 }, sessionId)
    await send('Profiler.start', {}, sessionId)
  }
  ws.onmessage = async (event) => {
    const m = JSON.parse(event.data)
    if (m.id && pending.has(m.id)) {
      pending.get(m.id)(m.result)
      pending.delete(m.id)
      return
    }
    if (m.method === 'Target.targetCreated' && m.params.targetInfo.type === 'page') {
      await send('Target.attachToTarget', { targetId: m.params.targetInfo.targetId, flatten: true })
    } else if (m.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = m.params
      if (targetInfo.type === 'page') {
        sessions.page = sessionId
        // Workers of this page wait for us, so their profile starts before their first line.
        await send(
          'Target.setAutoAttach',
          { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
          sessionId,
        )
      } else if (targetInfo.type === 'worker') {
        const base = targetInfo.url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '')
        // The import worker starts a second import worker for big files (its title is its name).
        const name = targetInfo.title === 'import-part' ? `${base}-part` : base
        sessions.workers.push({ name, sessionId })
        await startProfiler(sessionId)
        // Keep its own workers alive after their work, so their profiles can still be read.
        await send(
          'Runtime.evaluate',
          {
            expression:
              "if (typeof Worker !== 'undefined') Worker.prototype.terminate = function () {}",
          },
          sessionId,
        )
        // ...which is a worker of the worker: attach to those too.
        await send(
          'Target.setAutoAttach',
          { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
          sessionId,
        )
      }
      await send('Runtime.runIfWaitingForDebugger', {}, sessionId)
    }
  }
  await send('Target.setDiscoverTargets', { discover: true })

  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 1000 },
  })
  // Keep the worker alive after 'done' so its profile can still be read.
  await context.addInitScript(() => {
    Worker.prototype.terminate = function () {}
  })
  const page = await context.newPage()
  await page.goto(`${base}#/analyse/import`)
  await page.locator('[data-testid=import-wizard] input[type=file]').setInputFiles(CSV)
  await page.getByTestId('start-import').waitFor()
  await startProfiler(sessions.page)
  const t0 = performance.now()
  await page.getByTestId('start-import').click()
  await page.getByTestId('import-done').waitFor({ timeout: 300_000 })
  const stored = performance.now() - t0
  await page.getByTestId('wizard-close').click()
  await page.getByTestId('kpi-value-orders').waitFor({ timeout: 300_000 })
  const shown = performance.now() - t0
  await new Promise((r) => setTimeout(r, 1000))
  const main = await send('Profiler.stop', {}, sessions.page)
  console.log(
    `[profile] stored after ${Math.round(stored)} ms, dashboard after ${Math.round(shown)} ms (with profiling)`,
  )
  const written = []
  for (const w of sessions.workers) {
    // A worker that ended (the second import worker ends when its part is merged) has no profile.
    const r = await Promise.race([
      send('Profiler.stop', {}, w.sessionId),
      new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
    ])
    if (!r?.profile) continue
    const file = `tmp/bench/profile-${w.name}.cpuprofile`
    writeFileSync(join(ROOT, file), JSON.stringify(r.profile))
    written.push(file)
    console.log(
      `\nWorker ${w.name} (its start → 1 s after the dashboard appeared):\n${summary(r.profile)}`,
    )
  }
  ws.close()
  writeFileSync(join(ROOT, 'tmp', 'bench', 'profile-main.cpuprofile'), JSON.stringify(main.profile))
  written.push('tmp/bench/profile-main.cpuprofile')
  console.log(
    `\nPage main thread (Start → 1 s after the dashboard appeared):\n${summary(main.profile)}`,
  )
  console.log(`\n[profile] wrote ${written.join(', ')}`)
} finally {
  await browser?.close()
  server.kill()
}
