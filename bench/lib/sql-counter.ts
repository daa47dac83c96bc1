import { createRequire } from 'node:module'

/**
 * Counts the SQL statements libsql prepares (every query Payload's SQLite adapter runs, transaction control
 * included), by first keyword, by wrapping the native binding's JS class. Diagnostics only.
 * `traceSql()` also records each statement with the essaim function that caused it (the first stack frame outside
 * node_modules), to see where a transition's statements come from.
 */
const require = createRequire(import.meta.url)
const byKind = new Map<string, number>()
/** Connections that prepared a first statement: each one parses the whole schema then (≈ 10 ms here, 529 entries). */
const seen = new WeakSet<object>()
let connections = 0
let installed = false
let trace: TracedStatement[] | undefined

export interface TracedStatement {
  sql: string
  /** `file:line` of the first essaim frame on the stack ('?' when the statement comes from Payload alone). */
  from: string
}

function caller(): string {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 80
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  const frames = stack.split('\n').slice(3)
  const own = frames.find((f) => !f.includes('node_modules') && !f.includes('node:') && !f.includes('sql-counter'))
  return own ? (/\(?([^()\s]+:\d+):\d+\)?\s*$/.exec(own)?.[1] ?? own.trim()).replace(/^.*\/main\//, '') : '?'
}

export function installSqlCounter(): void {
  if (installed) return
  installed = true
  const libsql = require('libsql') as { prototype?: { prepare?: (...args: unknown[]) => unknown } }
  const proto = libsql.prototype
  if (!proto?.prepare) return
  const prepare = proto.prepare
  proto.prepare = function (this: unknown, ...args: unknown[]) {
    const kind = /^\s*(\w+)/.exec(String(args[0]))?.[1]?.toUpperCase() ?? '?'
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1)
    if (this && typeof this === 'object' && !seen.has(this)) {
      seen.add(this)
      connections += 1
    }
    trace?.push({ sql: String(args[0]).replace(/\s+/g, ' ').slice(0, Number(process.env.BENCH_TRACE_SQL_CHARS ?? 160)), from: caller() })
    return prepare.apply(this, args)
  }
}

/** Starts recording statements (installSqlCounter first); `stop()` returns them in order. */
export function traceSql(): { stop(): TracedStatement[] } {
  trace = []
  return {
    stop() {
      const recorded = trace ?? []
      trace = undefined
      return recorded
    },
  }
}

export interface SqlCounts {
  total: number
  byKind: Record<string, number>
  /** SQLite connections opened (that ran a statement). */
  connections: number
}

export function sqlCounts(): SqlCounts {
  const kinds = Object.fromEntries(byKind)
  return { total: Object.values(kinds).reduce((a, b) => a + b, 0), byKind: kinds, connections }
}

/** Per-unit difference between two snapshots, rounded to 0.1. */
export function perUnit(before: SqlCounts, after: SqlCounts, units: number): SqlCounts {
  const kinds: Record<string, number> = {}
  for (const [kind, n] of Object.entries(after.byKind)) {
    const d = (n - (before.byKind[kind] ?? 0)) / Math.max(1, units)
    if (d > 0) kinds[kind] = Math.round(d * 10) / 10
  }
  const per = (d: number) => Math.round((d / Math.max(1, units)) * 10) / 10
  return { total: per(after.total - before.total), byKind: kinds, connections: per(after.connections - before.connections) }
}
