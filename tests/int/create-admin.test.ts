import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

const root = path.resolve(import.meta.dirname, '../..')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 90_000 })

/** The first administrator of a deployment without demo accounts: `npm run create-admin`. */
describe('npm run create-admin', () => {
  let payload: Payload
  beforeAll(async () => {
    await useTestEnv()
    // Boot once here so the schema exists before the script opens the same file.
    payload = await bootPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('refuses bad arguments with what is wrong, in French and English, and stores nothing', () => {
    const result = run('--email', 'not-an-address')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('adresse e-mail attendue / an e-mail address is expected')
    expect(result.stderr).toContain('le nom est obligatoire / the name is required')
  })

  it('creates an administrator with a password-choice link, then refuses the same address again', async () => {
    const first = run('--email', 'Alice@Example.org', '--name', 'Alice Martin', '--print-link')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/\/admin\/reset\/[A-Za-z0-9]+/)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'alice@example.org' } }, overrideAccess: true })
    expect(docs.map((u) => u.role)).toEqual(['admin'])

    const again = run('--email', 'alice@example.org', '--name', 'Alice Martin')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('existe déjà')
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'alice@example.org' } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})
