import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher | undefined

const startCatcher = async () => {
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  return catcher
}

const notificationsFor = async (email: string) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { recipientEmail: { equals: email } },
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
})

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('welcome mail: user → outbox → relay → events → notify → mail → SMTP', () => {
  it('sends a new user one welcome mail in their language', async () => {
    const smtp = await startCatcher()
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'ana@example.org', password: 'motdepasse-1', name: 'Ana Martin', role: 'coordinator', language: 'en' },
    })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'leo@example.org', password: 'motdepasse-1', name: 'Léo Garcia', role: 'editor', language: 'fr' },
    })
    const ana = await waitFor('the English welcome mail', () => smtp.mails.find((m) => m.to.includes('ana@example.org')))
    const leo = await waitFor('the French welcome mail', () => smtp.mails.find((m) => m.to.includes('leo@example.org')))
    const { renderEmail } = await import('../../src/email')
    expect(ana.subject).toBe(renderEmail('user.welcome', 'en', { recipientName: 'Ana Martin', loginEmail: 'ana@example.org', link: 'http://localhost:3000/admin' }).subject)
    expect(leo.subject).toBe(renderEmail('user.welcome', 'fr', { recipientName: 'Léo Garcia', loginEmail: 'leo@example.org', link: 'http://localhost:3000/admin' }).subject)
    expect(ana.subject).not.toBe(leo.subject)
    expect(ana.raw).toContain('ana@example.org')
    // The mail's link lets the person choose their own password.
    const { simpleParser } = await import('mailparser')
    const token = /\/admin\/reset\/([A-Za-z0-9]+)/.exec((await simpleParser(ana.raw)).text ?? '')?.[1]
    expect(token).toBeDefined()
    await payload.resetPassword({ collection: 'users', data: { token: token!, password: 'mon-nouveau-mdp-2026' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email: 'ana@example.org', password: 'mon-nouveau-mdp-2026' } })
    expect(login.token).toBeTruthy()
    const [log] = await notificationsFor('ana@example.org')
    expect(log).toMatchObject({ kind: 'user.welcome', status: 'sent', language: 'en', attempts: 1 })
    const outbox = await payload.find({ collection: 'outbox-events', where: { type: { equals: 'user.created' } }, overrideAccess: true })
    expect(outbox.docs.every((e) => e.status === 'published')).toBe(true)
  })

  it('writes no event when the user is rolled back', async () => {
    const before = (await payload.count({ collection: 'outbox-events', overrideAccess: true })).totalDocs
    await expect(
      payload.create({ collection: 'users', overrideAccess: true, data: { email: 'ana@example.org', password: 'x', name: 'Dup', role: 'editor', language: 'fr' } }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'outbox-events', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('sends exactly once when the SMTP server was down at the first attempts', async () => {
    await catcher?.close()
    catcher = undefined
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'sam@example.org', password: 'motdepasse-1', name: 'Sam Roux', role: 'facilitator', language: 'fr' },
    })
    const failed = await waitFor('a failed first attempt', async () => {
      const [row] = await notificationsFor('sam@example.org')
      return row && row.attempts >= 1 && row.lastError ? row : undefined
    })
    expect(failed.status).toBe('queued')
    const smtp = await startCatcher()
    await waitFor('the mail once SMTP is back', () => smtp.mails.find((m) => m.to.includes('sam@example.org')), 30000)
    // Give a wrongly scheduled duplicate the time to show up.
    await sleep(1500)
    expect(smtp.mails.filter((m) => m.to.includes('sam@example.org'))).toHaveLength(1)
    const [row] = await notificationsFor('sam@example.org')
    expect(row.status).toBe('sent')
    expect(row.attempts).toBeGreaterThanOrEqual(2)
  })

  it('does not send again when the same delivery job is added twice', async () => {
    const smtp = catcher ?? (await startCatcher())
    const [row] = await notificationsFor('sam@example.org')
    // Re-run the delivery under a new job id (as a replayed event would after the first job was removed).
    const mailJob = (await runtime.queues.mail.getJobs(['completed'])).find((j) => j.data.to.address === 'sam@example.org')
    expect(mailJob).toBeDefined()
    await runtime.queues.mail.add('replay', mailJob!.data, { jobId: 'replay-sam' })
    await waitFor('the replayed job to complete', async () => (await runtime.queues.mail.getJob('replay-sam'))?.returnvalue)
    expect((await runtime.queues.mail.getJob('replay-sam'))?.returnvalue).toBe('already-sent')
    expect(smtp.mails.filter((m) => m.to.includes('sam@example.org'))).toHaveLength(smtp === catcher ? 1 : 0)
    expect((await notificationsFor('sam@example.org'))[0].id).toBe(row.id)
  })
})
