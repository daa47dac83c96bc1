/**
 * Structures import (issue 9, item 5): a region's file of N new structures through the product's import, as
 * `npm run import:structures -- file.csv` runs it (scripts/import-structures.ts: the file's bytes read, then
 * `startStructureImport` → the whole file parsed and checked → one `structure-imports` document → rows upserted by
 * SIRET in transactions of 200, progress recorded with each batch → counts and error report stored; the script
 * then reads the run's document for its error report), in rows/s from reading the file to that last read.
 *
 * The file: N valid structures from a deterministic generator, written as the exports write (src/import/csv.ts
 * `toCsv`: UTF-8 with a byte order mark, ';', CRLF) with the canonical headers of docs/import-format.md: SIRETs with
 * their Luhn keys (one in five typed with spaces), every département in turn (some written `13 - Bouches-du-Rhône`,
 * one digit dropped `4`), types as codes and labels, postal codes, e-mails, IDCCs with and without their leading
 * zero, headcounts as bands, labels and numbers, names holding ';' and quotes (quoted cells). No facilitator
 * e-mails (the database has no facilitator to assign).
 *
 * Baseline: bare `payload.create` of the same N structures, as stored by the import (the parsed rows with the
 * region, OPCO and contact status the import derives: the same rows), into `bench-structures`, a clone of the
 * collection without essaim's hooks, validation or access, one at a time (the import writes one row after the
 * other), in this process. Measured in two halves, before and after the import, so that the machine's changing
 * load falls on both sides and both tables grow from empty to N rows; ratio = import rows/s ÷ baseline rows/s,
 * target ≥ 0.8. Both sides are warmed up first (a small import and as many bare creates, then deleted).
 * Nothing dropped: N structures in the database afterwards, the run reporting N created, 0 refused, no error,
 * and every imported structure equal to its baseline twin on every stored field.
 *
 * Each measured window starts on a collected heap. The SQLite client (@libsql/client 0.14) opens a connection
 * for each transaction and never closes it: it stays open (files, page cache, its own parsed schema) until the
 * garbage collector finalises it. The baseline's one transaction per row leaves thousands (3 file descriptors and
 * about 0.6 MB of memory per bare create here); when a full collection finally closes them, the process is busy
 * for seconds (those of 1,000 creates: 0.5–0.8 s; of 5,000: 3.5–21 s, the cost per connection growing with the
 * number open), in whichever window it happens to fall: once, a 15 s stall inside the import's window halved its
 * rate. So a full collection is forced between windows, outside them, and its time is reported (`cleanup`): no
 * side pays for the other's connections.
 *
 *   npx tsx bench/import-structures.ts        (BENCH_IMPORT_N=2000)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createLocalReq } from 'payload'
import { finishBench, useBenchEnv } from './lib/env'
import { emit, intArg, loadSampler, note, pool, round, within } from './lib/report'

const N = intArg('BENCH_IMPORT_N', 2000)
/** 150 s, or 75 ms per row for larger files (10,000 rows: 12.5 min; the whole run took under 2 min here). */
const BUDGET_MS = intArg('BENCH_IMPORT_BUDGET_MS', Math.max(150_000, 75 * N))
/** Rows imported and created bare before measuring, then deleted: neither side is measured cold. */
const WARMUP = Math.min(200, N)
const TARGET = 0.8

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
/** Open file descriptors (each SQLite connection holds the database file and its WAL); NaN off Linux. */
const openFds = (): number => {
  try {
    return readdirSync('/proc/self/fd').length
  } catch {
    return Number.NaN
  }
}
/** A full collection, then the finalisers it queued (they close the connections left open): between windows. */
const collect = async () => {
  const t0 = performance.now()
  const before = openFds()
  gc()
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
  return { ms: round(performance.now() - t0, 0), fdsClosed: before - openFds() }
}

/** CPU time (user + system, ms) this process used since `start`. */
const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

const env = await useBenchEnv('import')
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startStructureImport } = await import('../collections/imports/run-import')
const { newStructureDoc } = await import('../collections/imports/write-rows')
const { parseStructureFile } = await import('../src/import/parse')
const { toCsv } = await import('../src/import/csv')
const { DEPARTEMENTS } = await import('../src/validation/departements')
const { makeSiret } = await import('../src/validation/siret')
note('boot: ready')
let exitCode = 0

const HEADER = ['siret', 'nom', 'type', 'departement', 'commune', 'code_postal', 'adresse', 'email', 'association_gestionnaire', 'idcc', 'effectif', 'animateur_email']
const TYPES = ['chrs', 'CADA', 'huda', 'CPH', 'CHU / hébergement d’urgence', 'Accueil de jour', 'siao', 'Pension de famille', 'residence-sociale', 'ACI', 'ei', 'autre']
const NAMES = ['Les Iris', 'Le Phare', 'L’Escale', 'La Traverse', 'Les Oliviers', 'Le Relais', 'La Passerelle', 'Les Tilleuls']
const IDCCS = ['0413', '413', '29', '3016', '1261', '', '2941', '0783', '1516']
const HEADCOUNTS = ['under-11', '11-49', '50-plus', '8', '25', '120', '', 'Moins de 11 salariés', '11 à 49 salariés']

/** Structure i of a file (deterministic): SIREN bodies from `base`, so two files never share a SIRET. */
function structureLine(i: number, base: number): string[] {
  const d = DEPARTEMENTS[i % DEPARTEMENTS.length]
  const siret = makeSiret(String(base + i), String(1 + (i % 9000)).padStart(4, '0'))
  const postal =
    d.code.length === 3 ? `${d.code}${String(i % 100).padStart(2, '0')}` : /^2[AB]$/.test(d.code) ? `20${100 + (i % 100)}` : `${d.code}${String(i % 1000).padStart(3, '0')}`
  const type = TYPES[i % TYPES.length]
  const place = NAMES[i % NAMES.length]
  return [
    i % 5 === 0 ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret,
    i % 10 === 3 ? `Foyer "${place}"; site ${i}` : `${type.split(' ')[0]} ${place} ${i}`,
    type,
    i % 11 === 0 ? `${d.code} - ${d.name}` : d.code === '04' && i % 2 === 0 ? '4' : d.code,
    d.name,
    i % 13 === 0 ? '' : postal,
    `${1 + (i % 120)} rue de la République`,
    i % 10 === 7 ? '' : `contact-${i}@structures.example.org`,
    i % 3 === 0 ? '' : `Association gestionnaire ${i % 40}`,
    IDCCS[i % IDCCS.length],
    HEADCOUNTS[i % HEADCOUNTS.length],
    '',
  ]
}
const writeFile = (name: string, count: number, base: number): string => {
  const file = path.join(env.dir, name)
  writeFileSync(file, toCsv([HEADER, ...Array.from({ length: count }, (_, i) => structureLine(i, base))]))
  return file
}

/** The fields both collections store, compared row by row at the end. */
const COMPARED = ['siret', 'name', 'type', 'departement', 'commune', 'postalCode', 'street', 'contactEmail', 'managingAssociation', 'idcc', 'headcountBand', 'region', 'opco', 'contactStatus'] as const
const storedRows = async (collection: 'structures' | 'bench-structures') => {
  const select = Object.fromEntries(COMPARED.map((f) => [f, true]))
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, joins: false, select, overrideAccess: true } as never)
  return new Map((docs as unknown as Record<string, unknown>[]).map((d) => [String(d.siret), d]))
}
const count = async (collection: 'structures' | 'bench-structures') => (await payload.count({ collection, overrideAccess: true } as never)).totalDocs

/** The CLI's path: read the file, start the import, wait for it, read the run's document (for its error report). */
const importFile = async (file: string, onProgress?: (p: { processed: number; total: number }) => void) => {
  const bytes = new Uint8Array(readFileSync(file))
  const started = await startStructureImport(payload, { bytes, filename: path.basename(file), source: 'cli', onProgress })
  if (!started.parsed.ok) throw new Error(`the generated file is refused: ${started.parsed.error}`)
  const checkedAt = performance.now()
  const progress = await started.done
  const doc = await payload.findByID({ collection: 'structure-imports', id: started.importId, depth: 0, overrideAccess: true })
  return { started, checkedAt, progress: progress!, doc }
}

try {
  const t00 = Date.now()
  note(`import: generating ${N} structures`)
  const file = writeFile('structures.csv', N, 20_000_000)
  const warmFile = writeFile('warm-up.csv', WARMUP, 29_000_000)

  // The baseline's data: the rows as the import stores them (parsed, then region, OPCO and status derived as
  // newStructureDoc does), so both sides write the same rows. Prepared outside the measured windows.
  const now = new Date().toISOString()
  const { soleFederationId } = await import('../collections/shared/fields/federation')
  const federation = (await soleFederationId(payload))!
  const bareDocs = async (bytes: Uint8Array) => {
    const parsed = await parseStructureFile(bytes, 'structures.csv')
    if (!parsed.ok) throw new Error(`the generated file is refused: ${parsed.error}`)
    if (parsed.rejected > 0) throw new Error(`the generator wrote ${parsed.rejected} invalid lines: ${parsed.errors[0]?.message}`)
    return parsed.valid.map((row) => {
      const { createdAt: _c, updatedAt: _u, ...doc } = newStructureDoc(row, undefined, now, federation)
      return doc
    })
  }
  const docs = await bareDocs(new Uint8Array(readFileSync(file)))
  if (docs.length !== N) throw new Error(`the generated file holds ${docs.length} valid rows, not ${N}`)
  const warmDocs = await bareDocs(new Uint8Array(readFileSync(warmFile)))
  const createBare = (data: Record<string, unknown>) =>
    payload.create({ collection: 'bench-structures', data, depth: 0, overrideAccess: true } as never)

  note(`import: warm-up (${WARMUP} rows each side, then deleted)`)
  await importFile(warmFile)
  for (const data of warmDocs) await createBare(data)
  await payload.db.deleteMany({ collection: 'structures', where: {} })
  await payload.db.deleteMany({ collection: 'bench-structures' as never, where: {} })
  if ((await count('structures')) + (await count('bench-structures')) !== 0) throw new Error('the warm-up rows are still there')
  await collect()

  const deadline = t00 + BUDGET_MS
  const half = Math.ceil(N / 2)
  const baselinePass = async (from: number, to: number, until: number) => {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const done = await pool(to - from, 1, async (i) => void (await createBare(docs[from + i])), until)
    return { done, ms: performance.now() - t0, cpuMs: cpuMsSince(c0) }
  }

  const load = loadSampler()
  note(`import: baseline, first half (${half} × payload.create on bench-structures)`)
  // Each stage has its share of the budget: the first baseline half 30 %, the import up to 75 %, the rest after.
  const pass1 = await baselinePass(0, half, t00 + 0.3 * BUDGET_MS)
  const cleanup1 = await collect()

  note(`import: ${N} structures through the import`)
  let lastTenth = -1
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const run = await within(
    'the import',
    Math.max(1000, t00 + 0.75 * BUDGET_MS - Date.now()),
    importFile(file, (p) => {
      const tenth = Math.floor((p.processed / Math.max(1, p.total)) * 10)
      if (tenth !== lastTenth) note(`import: ${p.processed}/${p.total}`)
      lastTenth = tenth
    }),
  )
  const importMs = performance.now() - t0
  const importCpuMs = cpuMsSince(c0)
  const cleanup2 = await collect()

  note(`import: baseline, second half (${N - half} × payload.create)`)
  const pass2 = await baselinePass(half, N, deadline)
  const cleanup3 = await collect()
  const machineLoad = load.stop()

  const baselineDone = pass1.done + pass2.done
  const baselineRate = baselineDone / ((pass1.ms + pass2.ms) / 1000)
  const rate = N / (importMs / 1000)
  const ratio = rate / baselineRate

  // Nothing dropped: N structures stored, the run says N created and nothing refused, and each imported row is
  // its baseline twin field for field (so both sides wrote the same data).
  const [imported, bare] = [await storedRows('structures'), await storedRows('bench-structures')]
  let differing = 0
  for (const [siret, twin] of bare) {
    const row = imported.get(siret)
    if (!row || COMPARED.some((f) => (row[f] ?? null) !== (twin[f] ?? null))) differing++
  }
  const doc = run.doc as unknown as { status?: string; created?: number; rejected?: number; processed?: number; total?: number; rowErrors?: unknown[] }
  const checks = {
    structuresStored: await count('structures'),
    status: doc.status,
    total: doc.total,
    processed: doc.processed,
    created: doc.created,
    updated: run.progress.updated,
    unchanged: run.progress.unchanged,
    rejected: doc.rejected,
    rowErrors: doc.rowErrors?.length ?? 0,
    baselineRowsStored: await count('bench-structures'),
    rowsDifferingFromBaseline: differing,
  }
  const nothingDropped =
    checks.structuresStored === N &&
    checks.status === 'done' &&
    checks.total === N &&
    checks.processed === N &&
    checks.created === N &&
    checks.rejected === 0 &&
    checks.rowErrors === 0 &&
    checks.baselineRowsStored === baselineDone &&
    differing === 0

  // For reading only: the same rows written straight through the adapter (`payload.db.create`, no read-back) in
  // transactions of 200, as the import writes new structures: what the import's writes cost without its reading,
  // checking, look-ups and progress records. Into the clone, emptied first (after the checks above).
  await payload.db.deleteMany({ collection: 'bench-structures' as never, where: {} })
  const f0 = performance.now()
  let floorDone = 0
  for (let start = 0; start < N && Date.now() < deadline; start += 200) {
    const req = await createLocalReq({}, payload)
    const id = await payload.db.beginTransaction()
    req.transactionID = id ?? undefined
    for (const data of docs.slice(start, start + 200)) {
      await payload.db.create({ collection: 'bench-structures' as never, data: { ...data, createdAt: now, updatedAt: now }, req, returning: false })
    }
    if (id) await payload.db.commitTransaction(id)
    floorDone += Math.min(200, N - start)
  }
  const floorRate = floorDone / ((performance.now() - f0) / 1000)

  emit('import-structures', {
    n: N,
    fileBytes: readFileSync(file).length,
    rowsPerSec: round(rate),
    seconds: round(importMs / 1000, 2),
    // Reading and checking the whole file (and creating the run's document), then the writes and the final update.
    stagesMs: { readAndCheck: round(run.checkedAt - t0, 0), write: round(importMs - (run.checkedAt - t0), 0) },
    cpuMsPerRow: round(importCpuMs / N, 3),
    baseline: 'payload.create of the same rows (region, OPCO, status as the import derives them) in a hook-less clone collection, one at a time, same process; two halves, before and after the import',
    baselinePerSec: round(baselineRate),
    baselinePasses: [pass1, pass2].map((p) => round(p.done / (p.ms / 1000))),
    baselineRows: baselineDone,
    cpuMsPerBaselineRow: round((pass1.cpuMs + pass2.cpuMs) / Math.max(1, baselineDone), 3),
    ratio: round(ratio, 3),
    cpuRatio: round((pass1.cpuMs + pass2.cpuMs) / Math.max(1, baselineDone) / (importCpuMs / N), 3),
    target: `>= ${TARGET}`,
    met: ratio >= TARGET,
    adapterBatchedPerSec: round(floorRate),
    // The forced collections after each window (outside the windows): time, and file descriptors closed.
    cleanup: { afterBaseline1: cleanup1, afterImport: cleanup2, afterBaseline2: cleanup3 },
    checks,
    nothingDropped,
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`import-structures failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('import-structures', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await finishBench(env, exitCode, () => payload.destroy())
}
