import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { paragraphs } from '../../src/seed/content/lexical'
import { backup, restore } from '../../src/ops/backup'
import { bootPayload } from '../helpers/boot'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

const root = path.resolve(import.meta.dirname, '../..')

/** npm run backup / restore: a snapshot of a database that web and worker keep writing, put back whole. */
describe('backup and restore round trip on a live database', () => {
  let env: TestEnv
  let payload: Payload
  let runtime: WorkerRuntime
  const scratch = mkdtempSync(path.join(tmpdir(), 'essaim-backup-test-'))

  beforeAll(async () => {
    env = await useTestEnv()
    payload = await bootPayload()
    const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
    runtime = await startWorkerRuntime(payload)
  })
  afterAll(async () => {
    await runtime?.close()
    await payload.destroy()
  })

  const news = (title: string) =>
    payload.create({ collection: 'news', overrideAccess: true, data: { title, body: paragraphs(title) } as never })

  it('snapshots while writes go on, and restores the database and the media as they were', async () => {
    for (let i = 0; i < 5; i++) await news(`avant ${i}`)
    const mediaDir = path.join(scratch, 'media')
    mkdirSync(path.join(mediaDir, 'sub'), { recursive: true })
    writeFileSync(path.join(mediaDir, 'convocation.pdf'), '%PDF-1.7 convocation')
    writeFileSync(path.join(mediaDir, 'sub', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))

    // A writer keeps committing during the backup (bounded in count and time).
    let writing = true
    let written = 0
    const writer = (async () => {
      const until = Date.now() + 20_000
      while (writing && written < 300 && Date.now() < until) await news(`pendant ${written++}`)
    })()
    const archive = path.join(scratch, 'essaim.tar.gz')
    const manifest = await backup({ databaseFile: env.databaseFile, mediaDir }, archive)
    writing = false
    await writer
    expect(manifest.mediaFiles).toBe(2)

    // Restored elsewhere: a consistent database holding everything committed before the snapshot.
    const target = path.join(scratch, 'restored')
    mkdirSync(target)
    const restoredDb = path.join(target, 'essaim.db')
    writeFileSync(restoredDb, 'to be replaced')
    const restoredMedia = path.join(target, 'media')
    restore({ databaseFile: restoredDb, mediaDir: restoredMedia }, archive)
    const client = createClient({ url: `file:${restoredDb}` })
    const integrity = await client.execute('PRAGMA integrity_check')
    expect(integrity.rows[0]?.[0]).toBe('ok')
    const titles = (await client.execute('select title from news')).rows.map((r) => String(r[0]))
    client.close()
    expect(titles).toEqual(expect.arrayContaining(['avant 0', 'avant 1', 'avant 2', 'avant 3', 'avant 4']))
    const live = await payload.count({ collection: 'news', overrideAccess: true })
    expect(titles.length).toBeLessThanOrEqual(live.totalDocs)
    expect(readFileSync(path.join(restoredMedia, 'convocation.pdf'), 'utf8')).toBe('%PDF-1.7 convocation')
    expect([...readFileSync(path.join(restoredMedia, 'sub', 'photo.png'))]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
  })

  it('refuses an archive that is not a backup, and leaves the database as it was', () => {
    const bogus = path.join(scratch, 'bogus.tar.gz')
    spawnSync('tar', ['-czf', bogus, '-C', root, 'package.json'])
    const target = path.join(scratch, 'untouched.db')
    writeFileSync(target, 'original')
    expect(() => restore({ databaseFile: target, mediaDir: path.join(scratch, 'm2') }, bogus)).toThrow(/pas une sauvegarde essaim .* not an essaim backup/)
    expect(readFileSync(target, 'utf8')).toBe('original')
  })

  it('npm run restore refuses while a worker is running', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', path.join(scratch, 'essaim.tar.gz')], { cwd: root, env: process.env, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a worker is still running')
  })
})
