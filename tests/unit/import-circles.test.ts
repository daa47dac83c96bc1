import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

// The import graph, read by dpdm (TypeScript-aware, type-only imports included: a circle of types is still a knot).
const root = path.resolve(import.meta.dirname, '../..')
const dpdm = path.join(root, 'node_modules/dpdm/lib/bin/dpdm.js')

interface Graph {
  tree: Record<string, { id: string | null }[] | null>
  circulars: string[][]
}

function graphOf(globs: string[]): Graph {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'essaim-dpdm-')), 'graph.json')
  execFileSync(process.execPath, [dpdm, '--no-warning', '--no-tree', '--no-progress', '-T', 'false', '-o', out, ...globs], {
    cwd: root,
    stdio: 'pipe',
  })
  return JSON.parse(readFileSync(out, 'utf8')) as Graph
}

const PRODUCT = ['src/**/*.{ts,tsx}', 'collections/**/*.{ts,tsx}', 'jobs/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts']

describe('import graph', () => {
  it('finds a circle when there is one (the check itself works)', () => {
    const { circulars } = graphOf(['tests/fixtures/import-circle/*.ts'])
    expect(circulars.map((circle) => [...circle].sort())).toEqual([['tests/fixtures/import-circle/a.ts', 'tests/fixtures/import-circle/b.ts']])
  })

  const graph = graphOf(PRODUCT)

  it('has no import circle anywhere in the product', () => {
    expect(graph.circulars).toEqual([])
    expect(Object.keys(graph.tree).length).toBeGreaterThan(300)
  })

  const importsOf = (file: string) => (graph.tree[file] ?? []).map((d) => d.id).filter((id): id is string => !!id)

  it('keeps jobs/ in layers: shared facts never reach up to the job definitions or the worker plumbing', () => {
    const shared = Object.keys(graph.tree).filter((f) => f.startsWith('jobs/shared/'))
    expect(shared.length).toBeGreaterThan(10)
    const upward = shared.flatMap((f) => importsOf(f).filter((id) => id.startsWith('jobs/definitions/') || id === 'jobs/plumbing/workers.ts').map((id) => `${f} -> ${id}`))
    expect(upward).toEqual([])
  })

  it('keeps the queue names and their creation below everything else in jobs/', () => {
    expect(importsOf('jobs/plumbing/queues.ts').filter((id) => id.startsWith('jobs/'))).toEqual([])
  })
})
