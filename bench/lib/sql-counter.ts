import { createRequire } from 'node:module'

/**
 * Counts the SQL statements libsql prepares (every query Payload's SQLite adapter runs, transaction control
 * included), by first keyword, by wrapping the native binding's JS class. Diagnostics only.
 */
const require = createRequire(import.meta.url)
const byKind = new Map<string, number>()
let installed = false

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
    return prepare.apply(this, args)
  }
}

export interface SqlCounts {
  total: number
  byKind: Record<string, number>
}

export function sqlCounts(): SqlCounts {
  const kinds = Object.fromEntries(byKind)
  return { total: Object.values(kinds).reduce((a, b) => a + b, 0), byKind: kinds }
}

/** Per-unit difference between two snapshots, rounded to 0.1. */
export function perUnit(before: SqlCounts, after: SqlCounts, units: number): SqlCounts {
  const kinds: Record<string, number> = {}
  for (const [kind, n] of Object.entries(after.byKind)) {
    const d = (n - (before.byKind[kind] ?? 0)) / Math.max(1, units)
    if (d > 0) kinds[kind] = Math.round(d * 10) / 10
  }
  return { total: Math.round(((after.total - before.total) / Math.max(1, units)) * 10) / 10, byKind: kinds }
}
