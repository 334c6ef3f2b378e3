import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { IsoDate } from '../shared/dates'
import { backupsToDelete, sortAutoBackups } from './policy/backup-rotation'

/**
 * Writes a file so that a crash or a full disk never leaves a half-written file in its place:
 * write a temporary file beside it, then rename over the target (atomic on one volume).
 */
export async function atomicWrite(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    await writeFile(tmp, content)
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
}

/** Writes today's automatic backup and deletes all but the newest seven. */
export async function writeAutoBackup(
  dir: string,
  fileName: string,
  content: string,
): Promise<{ path: string; kept: number }> {
  const path = join(dir, fileName)
  await atomicWrite(path, content)
  const names = await readdir(dir)
  for (const old of backupsToDelete(names)) await rm(join(dir, old), { force: true })
  return { path, kept: sortAutoBackups(await readdir(dir)).length }
}

/** The automatic backups in a folder, newest first, with their sizes. */
export async function listAutoBackups(
  dir: string,
): Promise<{ name: string; date: IsoDate; size: number }[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const out = []
  for (const e of sortAutoBackups(names)) {
    // A file may vanish between the listing and the stat (rotation in another window): skip it.
    const s = await stat(join(dir, e.name)).catch(() => null)
    if (s) out.push({ ...e, size: s.size })
  }
  return out
}
