import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { APIError, type Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/** A refusal (4xx) reaches the log as information; a server error as an error. */
describe('log levels of routed errors', () => {
  let payload: Payload
  let fileId: string
  let admin: { email: string; password: string }

  beforeAll(async () => {
    await useTestEnv()
    payload = await bootPayload()
    const world = await createFileWorld(payload, new Date(), 60)
    admin = { email: world.users.admin.email, password: 'motdepasse-test' }
    const file = await payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure: world.structureId, session: world.sessionId, requestedAmount: 1000 } as never })
    fileId = String(file.id)
  })
  afterAll(async () => {
    jest.restoreAllMocks()
    await payload.destroy()
  })

  it('logs a refused edit (4xx) at info, never at error', async () => {
    const error = jest.spyOn(payload.logger, 'error')
    const info = jest.spyOn(payload.logger, 'info')
    const { status } = await restCall(payload, { method: 'PATCH', path: `/funding-files/${fileId}`, login: admin, body: { status: 'closed' } })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(error).not.toHaveBeenCalled()
    expect(info.mock.calls.some(([entry]) => JSON.stringify(entry).includes('Vous ne pouvez pas modifier le champ'))).toBe(true)
  })

  it('logs the product\'s APIErrors by their status: a refusal at info, a server error at error', async () => {
    const { logApiErrorByStatus } = await import('../../src/lib/error-log-levels')
    const error = jest.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    const info = jest.spyOn(payload.logger, 'info').mockImplementation(() => undefined)
    const hook = (e: Error) => logApiErrorByStatus({ error: e, req: { payload } as never, context: {}, result: undefined, collection: undefined } as never)
    const refusal = new APIError('transition interdite / move not allowed', 409)
    await hook(refusal)
    expect(info).toHaveBeenCalledWith({ msg: refusal.message, status: 409 })
    expect(error).not.toHaveBeenCalled()
    const boom = new APIError('stockage indisponible / storage unavailable', 503)
    await hook(boom)
    expect(error).toHaveBeenCalledWith({ err: boom, status: 503 })
    // Payload itself does not log APIErrors (they would all be errors): the hook above does.
    expect(payload.config.loggingLevels?.APIError).toBe(false)
  })
})
