// Small process helpers shared by start/dev/test/e2e.
//
// Why not `npx`: it adds a second of start-up and may reach the registry for a missing tool; the
// project's own binaries in node_modules/.bin are what package.json pins. On Windows those are .cmd
// files, which Node ≥ 20.12 only spawns through a shell.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const isWin = process.platform === 'win32'

/** Path of a tool installed in node_modules/.bin. */
export function bin(name) {
  return join(ROOT, 'node_modules', '.bin', isWin ? `${name}.cmd` : name)
}

/** Whether a command is on PATH (no shell involved). */
export function onPath(cmd) {
  const dirs = (process.env.PATH ?? '').split(isWin ? ';' : ':')
  const exts = isWin ? ['.exe', '.cmd', '.bat', ''] : ['']
  return dirs.some((d) => d && exts.some((e) => existsSync(join(d, cmd + e))))
}

/**
 * Starts a command with inherited stdio in the project root. Resolves with its exit code
 * (1 when it could not start or died by a signal).
 * @returns {{ child: import('node:child_process').ChildProcess, done: Promise<number> }}
 */
export function start(cmd, args = [], { env = process.env, stdio = 'inherit' } = {}) {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    // Vite 8 warns on every start about a future config loader that this project does not use.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
    stdio,
    shell: isWin && /\.(cmd|bat)$/i.test(cmd),
  })
  const done = new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(`ShopBridge: could not start ${cmd}: ${err.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
  return { child, done }
}

/** Runs a command to completion; resolves with its exit code. */
export function run(cmd, args = [], options) {
  return start(cmd, args, options).done
}

/**
 * Keeps a long-running child in the foreground: Ctrl-C (SIGINT, which the terminal also sends the
 * child) and SIGTERM are passed on, and this process exits once the child has stopped — with 0 when
 * it stopped because we were asked to stop (so npm prints no error for a normal Ctrl-C), else with
 * the child's own code.
 */
export async function foreground({ child, done }) {
  let stopping = false
  const forward = (sig) => () => {
    stopping = true
    if (child.exitCode === null && child.signalCode === null) child.kill(sig)
  }
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  const code = await done
  process.exit(stopping ? 0 : code)
}
