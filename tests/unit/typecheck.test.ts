import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(import.meta.dirname, '../..')

describe('types', () => {
  // strict: true across the repository (app, jobs, scripts, tests, benchmarks): a type error fails the suite.
  it('type-checks the whole repository with tsc --noEmit', () => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', path.join(root, 'tsconfig.typecheck.json')], { cwd: root, encoding: 'utf8', timeout: 240_000 })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 300_000)
})
