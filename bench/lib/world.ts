import type { Job, Queue } from 'bullmq'
import type { Payload, PayloadRequest } from 'payload'
import type { TimerJobData } from '../../jobs/shared/file-effects'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { parseTimerJobId, timerJobId } from '../../src/workflow'
import { createFileWorld, type FileWorld } from '../../tests/helpers/fixtures'
import { settle } from '../../tests/helpers/pipeline'

/** The libsql client under Payload's SQLite adapter (raw SQL for seeding only). */
interface SqlClient {
  execute(statement: { sql: string; args?: (string | number)[] } | string): Promise<{ rows: Record<string, unknown>[] }>
}

export const sqlOf = (payload: Payload): SqlClient => (payload.db as unknown as { client: SqlClient }).client

/** A random UUID v4 in SQL, the shape of the ids the application writes (idType 'uuid'). */
const UUID_SQL =
  "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || " +
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"

interface Column {
  name: string
  type: string
  pk: boolean
}

async function columnsOf(sql: SqlClient, table: string): Promise<Column[]> {
  const { rows } = await sql.execute(`PRAGMA table_info("${table}")`)
  return rows.map((r) => ({ name: String(r.name), type: String(r.type).toLowerCase(), pk: Number(r.pk) > 0 }))
}

async function tableExists(sql: SqlClient, table: string): Promise<boolean> {
  const { rows } = await sql.execute({ sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", args: [table] })
  return rows.length > 0
}

/**
 * Copies one row `count` times (new id, reference `BENCH-<tag>-<i>`, everything else identical), from `source`
 * into `target` (the same table, or a clone collection with the same fields), with its rows in the child tables
 * (arrays: `<table>_<field>` keyed by `_parent_id`, new ids; relationships: `<table>_rels` keyed by `parent_id`).
 * Returns the new ids in insertion order. A few SQL statements whatever the count.
 */
export async function cloneRows(payload: Payload, source: string, target: string, templateId: string, count: number, tag: string): Promise<string[]> {
  const sql = sqlOf(payload)
  const prefix = `BENCH-${tag}-`
  const targetCols = await columnsOf(sql, target)
  const sourceCols = new Set((await columnsOf(sql, source)).map((c) => c.name))
  const cols = targetCols.map((c) => c.name).filter((c) => sourceCols.has(c) && c !== 'id' && c !== 'reference')
  const list = cols.map((c) => `"${c}"`).join(', ')
  const picked = cols.map((c) => `t."${c}"`).join(', ')
  for (let done = 0; done < count; ) {
    const chunk = Math.min(20_000, count - done)
    await sql.execute({
      sql: `WITH RECURSIVE seq(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
            INSERT INTO "${target}" ("id", "reference", ${list})
            SELECT ${UUID_SQL}, ? || printf('%07d', i), ${picked} FROM seq, "${source}" t WHERE t."id" = ?`,
      args: [done + 1, done + chunk, prefix, templateId],
    })
    done += chunk
  }

  const { rows: children } = await sql.execute({
    sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'",
    args: [`${source}\\_%`],
  })
  for (const { name } of children) {
    const child = String(name)
    const childCols = await columnsOf(sql, child)
    const parent = childCols.find((c) => c.name === '_parent_id' || c.name === 'parent_id')
    if (!parent) continue
    const { rows } = await sql.execute({ sql: `SELECT count(*) AS n FROM "${child}" WHERE "${parent.name}" = ?`, args: [templateId] })
    if (Number(rows[0].n) === 0) continue
    const targetChild = target + child.slice(source.length)
    if (!(await tableExists(sql, targetChild))) throw new Error(`cloneRows: no ${targetChild} for ${child}`)
    const id = childCols.find((c) => c.pk)
    // Array rows have text ids (new ones); relationship rows have integer ids (SQLite assigns them).
    const copied = childCols.filter((c) => c !== parent && c !== id).map((c) => c.name)
    const withId = id && id.type !== 'integer'
    await sql.execute({
      sql: `INSERT INTO "${targetChild}" (${withId ? `"${id.name}", ` : ''}"${parent.name}"${copied.map((c) => `, "${c}"`).join('')})
            SELECT ${withId ? 'lower(hex(randomblob(12))), ' : ''}p."id"${copied.map((c) => `, c."${c}"`).join('')}
            FROM "${child}" c, "${target}" p WHERE c."${parent.name}" = ? AND p."reference" LIKE ?`,
      args: [templateId, `${prefix}%`],
    })
  }
  const { rows } = await sql.execute({ sql: `SELECT id FROM "${target}" WHERE reference LIKE ? ORDER BY reference`, args: [`${prefix}%`] })
  return rows.map((r) => String(r.id))
}

export interface TemplateTimer {
  name: string
  data: TimerJobData
}

/**
 * Gives every clone the template's pending timers: the same job name and data (the real shape the events worker
 * writes), the clone's deterministic job id and the same due time. `queue.addBulk` in chunks.
 */
export async function addTimersFor(queue: Queue, fileIds: readonly string[], template: readonly TemplateTimer[], chunk = 2000): Promise<number> {
  const now = Date.now()
  let added = 0
  let batch: Parameters<Queue['addBulk']>[0] = []
  const flush = async () => {
    if (batch.length === 0) return
    await queue.addBulk(batch)
    added += batch.length
    batch = []
  }
  for (const fileId of fileIds) {
    for (const { name, data } of template) {
      batch.push({
        name,
        data: { plan: data.plan },
        opts: { jobId: timerJobId(fileId, data.plan.timer, data.plan.n), delay: Math.max(0, new Date(data.plan.at).getTime() - now) },
      })
      if (batch.length >= chunk) await flush()
    }
  }
  await flush()
  return added
}

export interface SeededWorld {
  world: FileWorld
  coordinator: PayloadRequest['user']
  templateId: string
  templateTimers: TemplateTimer[]
}

/**
 * One real funding file walked through the application to `submitted` (created by a structure admin, checklist
 * completed → ready by itself, filed by the coordinator), with every effect settled: its row and its pending
 * timers (expiry and the three T2 reminders) are the template the benchmarks clone.
 */
export async function seedTemplate(payload: Payload, runtime: WorkerRuntime, now = new Date()): Promise<SeededWorld> {
  const { moveFundingFile } = await import('../../collections/funding-files/move-service')
  const world = await createFileWorld(payload, now, 60)
  const userDoc = async (id: string) =>
    (await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })) as unknown as PayloadRequest['user']
  const structureAdmin = await userDoc(world.users.structureAdmin.id)
  const coordinator = await userDoc(world.users.coordinator.id)
  const created = await payload.create({
    collection: 'funding-files',
    overrideAccess: false,
    user: structureAdmin,
    data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
  })
  const id = String(created.id)
  await payload.update({
    collection: 'funding-files',
    id,
    overrideAccess: false,
    user: structureAdmin,
    data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never,
  })
  await moveFundingFile(payload, { id, kind: 'transition', to: 'submitted', input: { opcoRef: 'OPCO-BENCH-1' }, user: coordinator })
  await settle(payload, runtime, 60_000)
  const file = await payload.findByID({ collection: 'funding-files', id, overrideAccess: true, depth: 0 })
  if (file.status !== 'submitted') throw new Error(`template file is ${String(file.status)}, expected submitted`)
  const jobs = (await runtime.queues.timers.getJobs(['delayed'])) as Job<TimerJobData>[]
  const templateTimers = jobs
    .filter((j) => j.id !== undefined && parseTimerJobId(j.id)?.fileId === id)
    .map((j) => ({ name: j.name, data: j.data }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.data.plan.n - b.data.plan.n)
  return { world, coordinator, templateId: id, templateTimers }
}
