import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { useTestEnv } from '../helpers/test-env'

/** A file created complete is « prêt » at once; one created incomplete stays a draft. */
describe('a funding file created with every piece', () => {
  let payload: Payload
  let world: FileWorld
  const now = new Date()

  beforeAll(async () => {
    await useTestEnv()
    payload = await bootPayload()
    world = await createFileWorld(payload, now, 60)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const create = async (checklist: Record<string, boolean>) => {
    const user = await payload.findByID({ collection: 'users', id: world.users.structureAdmin.id, overrideAccess: true, depth: 0 })
    return payload.create({
      collection: 'funding-files',
      overrideAccess: false,
      user,
      context: { now },
      data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10, checklist } as never,
    })
  }
  const timeline = async (id: string | number) =>
    (await payload.find({ collection: 'audit-events', where: { file: { equals: id } }, sort: 'at', overrideAccess: true, depth: 0 })).docs.map((e) => `${e.kind}:${e.to}`)

  it('becomes ready in the same save, the creation then the automatic move on its timeline', async () => {
    const file = await create({ devisSigned: true, conventionSigned: true, programmeAttached: true })
    expect(file.status).toBe('ready')
    expect((await payload.findByID({ collection: 'funding-files', id: file.id, overrideAccess: true })).status).toBe('ready')
    expect(await timeline(file.id)).toEqual(['created:draft', 'automatic:ready'])
  })

  it('stays a draft while a piece is missing', async () => {
    const file = await create({ devisSigned: true, conventionSigned: true, programmeAttached: false })
    expect(file.status).toBe('draft')
    expect(await timeline(file.id)).toEqual(['created:draft'])
  })
})
