/**
 * « Bonne nouvelle » is not for the person who made the news: the coordinator who records the OPCO's approval is
 * not sent the approval mail, the other coordinators are. Through the whole pipeline: move, outbox, worker,
 * notify, SMTP (a real catcher on loopback).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

const DAY = 24 * 3600 * 1000

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
let otherCoordinator: string

type Move = typeof import('../../collections/funding-files/move-service').moveFundingFile
let moveFundingFile: Move

const userDoc = async (id: string) => payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
const mailsTo = (address: string) => catcher.mails.filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase()))

async function submittedFile(): Promise<string> {
  const doc = await payload.create({
    collection: 'funding-files',
    overrideAccess: true,
    data: { status: 'draft', billingStatus: 'none', structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
  })
  const id = String(doc.id)
  await payload.update({ collection: 'funding-files', id, overrideAccess: true, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never })
  await moveFundingFile(payload, { id, kind: 'transition', to: 'submitted', input: { opcoRef: 'OPCO-BN-1' }, user: (await userDoc(world.users.structureAdmin.id)) as never })
  await settle(payload, runtime)
  return id
}

/** Who the log says was sent a kind for the file (one row per person). */
async function loggedRecipients(fileId: string, kind: string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ file: { equals: fileId } }, { kind: { equals: kind } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((d) => String((d as { recipientEmail?: string }).recipientEmail)).sort()
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  world = await createFileWorld(payload, new Date(), 60)
  otherCoordinator = `coord-b-${Date.now()}@example.org`
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email: otherCoordinator, password: 'motdepasse-test', name: 'Coordinatrice B', role: 'coordinator', language: 'fr' } as never,
  })
}, 120000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  if (env) await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('the person who made a move is not told about it', () => {
  it('does not send « Bonne nouvelle » to the coordinator who recorded the approval; the other coordinator gets it', async () => {
    const id = await submittedFile()
    const recorder = world.users.coordinator.email
    await moveFundingFile(payload, {
      id,
      kind: 'transition',
      to: 'approved',
      input: { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 60 * DAY).toISOString() },
      user: (await userDoc(world.users.coordinator.id)) as never,
    })
    await settle(payload, runtime)

    const sent = await loggedRecipients(id, 'file.approved')
    expect(sent).toContain(otherCoordinator.toLowerCase())
    expect(sent).not.toContain(recorder.toLowerCase())
    const approvalTo = (address: string) => mailsTo(address).filter((m) => m.subject.startsWith('Accord de prise en charge'))
    expect(approvalTo(otherCoordinator)).toHaveLength(1)
    expect(approvalTo(recorder)).toHaveLength(0)
  }, 60000)

  it('still sends an instruction to its author: the structure admin who cancels a filed request is told to write to the OPCO', async () => {
    const id = await submittedFile()
    const admin = world.users.structureAdmin.email
    await moveFundingFile(payload, { id, kind: 'transition', to: 'cancelled', input: { reason: 'Fermeture' }, user: (await userDoc(world.users.structureAdmin.id)) as never })
    await settle(payload, runtime)
    const cancelled = mailsTo(admin).filter((m) => m.subject.startsWith('Annulation'))
    expect(cancelled).toHaveLength(1)
    expect(cancelled[0]!.raw).toContain('OPCO')
    // The facilitator, who did not make the move, is told too.
    expect(await loggedRecipients(id, 'file.cancelled')).toEqual(
      expect.arrayContaining([admin.toLowerCase(), world.users.facilitator.email.toLowerCase()]),
    )
  }, 60000)
})
