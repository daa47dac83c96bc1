import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { restCall } from '../helpers/rest'
import { createCompleteFile } from '../int/outbox-fixtures'
import { printFigures } from './harness/ledger'
import { inParallel, openScene, type Scene } from './harness/scene'

// 100 pairs of concurrent moves: each pair asks the same file for the same move at the same instant, through the
// REST endpoint the admin UI calls. SQLite serialises the two write transactions; the second reads the first's
// result and is refused (409). The web process only: no worker is needed to judge the writes.
const FILES = 10
const ROUNDS = 10
let scene: Scene

beforeAll(async () => {
  scene = await openScene()
}, 120000)

afterAll(async () => {
  await scene?.close()
}, 60000)

describe('concurrent moves of one file', () => {
  it('lets one of each pair win; the other gets 409 and the timeline shows the winners only', async () => {
    const coordinator = { email: scene.world.users.coordinator.email, password: 'motdepasse-test' }
    const move = (id: string, body: Record<string, unknown>) =>
      restCall(scene.payload, { method: 'POST', path: `/funding-files/${id}/transition`, login: coordinator, body })
    const statuses: Record<string, number> = {}
    const refusals: string[] = []
    const started = Date.now()
    const files = await inParallel(Array.from({ length: FILES }, (_, i) => i), FILES, async (i) => {
      const id = await createCompleteFile(scene.payload, scene.world)
      await scene.payload.update({ collection: 'funding-files', id, overrideAccess: true, data: { requestedTrainees: 11 } as never })
      const states = ['draft', 'ready']
      expect((await move(id, { to: 'submitted', data: { opcoRef: `OPCO-PAIR-${i}` } })).status).toBe(200)
      states.push('submitted')
      for (let round = 0; round < ROUNDS; round++) {
        const pair = await Promise.all([move(id, { to: 'info_requested' }), move(id, { to: 'info_requested' })])
        for (const answer of pair) {
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
          if (answer.status === 409) refusals.push(String(answer.json.message ?? JSON.stringify(answer.json.errors ?? answer.json)))
        }
        if (pair.some((a) => a.status === 200)) states.push('info_requested')
        expect((await move(id, { to: 'submitted' })).status).toBe(200)
        states.push('submitted')
      }
      return { id, states }
    })
    const ids = files.map((f) => f.id)
    const all = { pagination: false, overrideAccess: true, depth: 0 } as const
    const audit = (await scene.payload.find({ collection: 'audit-events', where: { file: { in: ids } }, sort: 'at', ...all })).docs
    const events = (await scene.payload.find({ collection: 'outbox-events', where: { aggregateId: { in: ids } }, ...all })).docs
    const timelineMismatches = files.filter((f) => JSON.stringify(audit.filter((a) => String(a.file) === f.id).map((a) => a.to)) !== JSON.stringify(f.states))
    const expectedMoves = files.reduce((n, f) => n + f.states.length, 0)
    printFigures('100 pairs of concurrent moves', {
      pairs: FILES * ROUNDS,
      answers: statuses,
      timelineEntries: audit.length,
      outboxEvents: events.length,
      expectedMoves,
      timelineMismatches: timelineMismatches.length,
      ms: Date.now() - started,
    })
    expect(statuses).toEqual({ 200: FILES * ROUNDS, 409: FILES * ROUNDS })
    // The refusal names the move and the state it found (French / English).
    expect(refusals[0]).toMatch(/\//)
    expect(timelineMismatches).toEqual([])
    expect(audit).toHaveLength(expectedMoves)
    expect(events).toHaveLength(expectedMoves)
  }, 240000)
})
