import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import { createOwnedClient, type SlowStatement } from '../../src/lib/sqlite-connections'

/** Open descriptors of this process on files of `dir` (the database and its WAL, per connection). */
const fdsOn = (dir: string): number =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir)
    } catch {
      return false
    }
  }).length

let dir: string
let url: string
let client: ReturnType<typeof createOwnedClient>

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'essaim-sqlite-conn-'))
  url = `file:${path.join(dir, 'db.sqlite')}`
  client = createOwnedClient({ url })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)')
})

afterEach(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

const insert = async (v: string) => {
  const tx = await client.transaction('write')
  await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v] })
  await tx.commit()
}

describe('SQLite transactions on connections the product owns', () => {
  it('reuses one connection for 500 transactions: no connection or descriptor piles up', async () => {
    await insert('warm')
    const fdsBefore = fdsOn(dir)
    for (let i = 0; i < 500; i++) await insert(`v${i}`)
    expect(client.connectionStats()).toEqual({ opened: 1, closed: 0, idle: 1 })
    expect(fdsOn(dir)).toBe(fdsBefore)
    // The reads (the client's own connection) see every commit.
    expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0].n).toBe(501)
  })

  it('closes the connection of a transaction that rolled back, and of one whose statement failed', async () => {
    await insert('a')
    const tx = await client.transaction('write')
    await expect(tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['a'] })).rejects.toThrow(/UNIQUE/)
    await tx.rollback()
    expect(tx.closed).toBe(true)
    expect(client.connectionStats()).toMatchObject({ opened: 1, closed: 1, idle: 0 })
    await insert('b')
    expect(client.connectionStats()).toMatchObject({ opened: 2, closed: 1, idle: 1 })
    expect((await client.execute('SELECT v FROM t ORDER BY id')).rows.map((r) => r.v)).toEqual(['a', 'b'])
  })

  it('keeps at most two idle connections when transactions overlap', async () => {
    const open = await Promise.all([client.transaction('deferred'), client.transaction('deferred'), client.transaction('deferred')])
    for (const tx of open) await tx.commit()
    expect(client.connectionStats()).toEqual({ opened: 3, closed: 1, idle: 2 })
  })

  it('a BEGIN refused while another process writes leaves the connection usable for the retry', async () => {
    const other: Client = createClient({ url })
    try {
      const held = await other.transaction('write')
      await expect(client.transaction('write')).rejects.toThrow(/SQLITE_BUSY|database is locked/)
      await held.rollback()
      await insert('after')
      expect(client.connectionStats()).toMatchObject({ opened: 1, closed: 0, idle: 1 })
      expect((await other.execute('SELECT count(*) AS n FROM t')).rows[0].n).toBe(1)
    } finally {
      other.close()
    }
  })

  it('a committed transaction cannot be committed again, and closing the client closes the idle connections', async () => {
    const tx = await client.transaction('write')
    await tx.commit()
    await expect(tx.commit()).rejects.toThrow(/TRANSACTION_CLOSED/)
    client.close()
    expect(client.connectionStats()).toMatchObject({ opened: 1, closed: 1, idle: 0 })
    await expect(client.transaction('write')).rejects.toThrow(/CLIENT_CLOSED/)
  })

  it('reports a statement that held the thread longer than the watch allows, with its SQL, and not the quick ones', async () => {
    const slow: SlowStatement[] = []
    const watched = createOwnedClient({ url }, [], { thresholdMs: 150, report: (s) => slow.push(s) })
    const other: Client = createClient({ url })
    try {
      await watched.execute('SELECT count(*) FROM t')
      expect(slow).toEqual([])
      // A write outside a transaction on the reads connection waits for the other writer inside SQLite's busy
      // handler, synchronously: the pause the watch exists to name.
      await watched.execute('PRAGMA busy_timeout = 400')
      const held = await other.transaction('write')
      await expect(watched.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['blocked'] })).rejects.toThrow(/SQLITE_BUSY|database is locked/)
      await held.rollback()
      expect(slow).toEqual([{ sql: 'INSERT INTO t (v) VALUES (?)', ms: expect.any(Number), connection: 'reads' }])
      expect(slow[0].ms).toBeGreaterThanOrEqual(350)
    } finally {
      other.close()
      watched.close()
    }
  })
})
