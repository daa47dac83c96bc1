import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'

/** What a backup holds: the database snapshot and the media folder (uploads and every generated document). */
export interface BackupManifest {
  format: 'essaim-backup-1'
  createdAt: string
  database: string
  mediaFiles: number
}

export interface BackupPaths {
  /** The SQLite file in use (from DATABASE_URI). */
  databaseFile: string
  /** The media collection's folder (data/media). */
  mediaDir: string
}

function tar(args: string[]): void {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`tar ${args[0]} a échoué / failed: ${result.stderr || result.error?.message}`)
}

const countFiles = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0

/**
 * One archive (.tar.gz) of a live deployment: SQLite's `VACUUM INTO` takes a consistent snapshot while web and worker
 * keep writing (it reads in one transaction), then the media folder is added. Media written after the snapshot may
 * be in the archive without a database row pointing at it: harmless; the reverse cannot happen for documents
 * committed before the snapshot, since a document's file is written before its row.
 */
export async function backup(paths: BackupPaths, archive: string): Promise<BackupManifest> {
  const staging = mkdtempSync(path.join(tmpdir(), 'essaim-backup-'))
  try {
    const snapshot = path.join(staging, 'essaim.db')
    const client = createClient({ url: `file:${paths.databaseFile}` })
    try {
      // A writer may hold the lock for a moment: wait for it rather than fail.
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
    } finally {
      client.close()
    }
    const mediaFiles = countFiles(paths.mediaDir)
    const manifest: BackupManifest = { format: 'essaim-backup-1', createdAt: new Date().toISOString(), database: 'essaim.db', mediaFiles }
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    mkdirSync(path.dirname(path.resolve(archive)), { recursive: true })
    const parts = ['manifest.json', 'essaim.db']
    tar(['-czf', path.resolve(archive), '-C', staging, ...parts, ...(existsSync(paths.mediaDir) ? ['-C', path.dirname(paths.mediaDir), path.basename(paths.mediaDir)] : [])])
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Puts an archive back: the database file replaced whole (its -wal and -shm with it) and the media folder replaced.
 * Web and worker must be stopped (the CLI checks the worker heartbeat). Each part is unpacked aside first, then
 * renamed into place, so a broken archive leaves the deployment as it was.
 */
export function restore(paths: BackupPaths, archive: string): BackupManifest {
  const staging = mkdtempSync(path.join(path.dirname(path.resolve(paths.databaseFile)), '.restore-'))
  try {
    tar(['-xzf', path.resolve(archive), '-C', staging])
    const manifestFile = path.join(staging, 'manifest.json')
    if (!existsSync(manifestFile)) throw new Error("Ce fichier n'est pas une sauvegarde essaim (pas de manifest.json) / not an essaim backup (no manifest.json)")
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== 'essaim-backup-1') throw new Error(`Format de sauvegarde inconnu / unknown backup format: ${manifest.format}`)
    for (const suffix of ['-wal', '-shm']) rmSync(paths.databaseFile + suffix, { force: true })
    renameSync(path.join(staging, manifest.database), paths.databaseFile)
    const restoredMedia = path.join(staging, path.basename(paths.mediaDir))
    rmSync(paths.mediaDir, { recursive: true, force: true })
    if (existsSync(restoredMedia)) {
      mkdirSync(path.dirname(paths.mediaDir), { recursive: true })
      // Rename when on the same disk; copy otherwise (a media volume mounted apart).
      try {
        renameSync(restoredMedia, paths.mediaDir)
      } catch {
        cpSync(restoredMedia, paths.mediaDir, { recursive: true })
      }
    }
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
