/** (participant added / withdrawn) | SA | new P: convocation; TR informed; RC if < min | that P's T6, T11. */
import { describe, it, expect } from '@jest/globals'
import { participantChange } from '../../../src/workflow'
import { RC, SA, TR, at, file, ko, notified, ok, scheduled } from './fixtures'

const BEFORE_D10 = at('2026-02-10T10:00:00.000Z')
const AFTER_D10 = at('2026-02-24T10:00:00.000Z')

describe('participant added', () => {
  it('convened file: convocation to the newcomer only, TR informed', () => {
    const r = ok(
      participantChange(
        file({ status: 'convened' }),
        { type: 'added', participantId: 'p-11', participantsAfter: 11 },
        SA,
        BEFORE_D10,
      ),
    )
    expect(notified(r.plan)).toEqual([
      'session.convocation->participants',
      'session.participants_changed->facilitators',
    ])
    expect(r.plan.notify[0]).toMatchObject({ participantId: 'p-11', attach: ['ics', 'reglement_interieur'] })
    expect(r.plan.notify[1]?.data).toEqual({ participantChange: 'added', enrolledCount: 11 })
    expect(r.plan.schedule).toEqual([])
  })

  it('after D−10: the positioning survey the newcomer missed goes out now, for them only', () => {
    const r = ok(
      participantChange(
        file({ status: 'approved', timerSeq: { T6: 2 } }),
        { type: 'added', participantId: 'p-12', participantsAfter: 12 },
        RC,
        AFTER_D10,
      ),
    )
    expect(notified(r.plan)).toEqual(['session.participants_changed->facilitators'])
    expect(scheduled(r.plan)).toEqual(['T6#2@2026-02-24T10:00:00.000Z'])
    expect(r.plan.schedule[0]).toMatchObject({ participantId: 'p-12', action: { kind: 'survey.positioning' } })
    expect(r.patch.timerSeq).toEqual({ T6: 3 })
  })

  it('before funding is settled: an addition tells nobody, even below the minimum (the list is being built)', () => {
    expect(
      ok(
        participantChange(
          file({ status: 'draft' }),
          { type: 'added', participantId: 'p', participantsAfter: 9 },
          SA,
          BEFORE_D10,
        ),
      ).plan.notify,
    ).toEqual([])
    const below = ok(
      participantChange(
        file({ status: 'draft' }),
        { type: 'added', participantId: 'p', participantsAfter: 6 },
        SA,
        BEFORE_D10,
      ),
    )
    expect(notified(below.plan)).toEqual([])
    const shorter = ok(
      participantChange(file({ status: 'draft' }), { type: 'withdrawn', participantId: 'p', participantsAfter: 6 }, SA, BEFORE_D10),
    )
    expect(notified(shorter.plan)).toEqual(['session.below_minimum->coordinators'])
    expect(shorter.plan.notify[0]?.data).toEqual({ enrolledCount: 6, minParticipants: 8 })
  })
})

describe('participant withdrawn', () => {
  it('TR informed, RC warned below the minimum, that participant’s own timers removed', () => {
    const r = ok(
      participantChange(
        file({ status: 'convened' }),
        { type: 'withdrawn', participantId: 'p-3', participantsAfter: 7 },
        SA,
        AFTER_D10,
      ),
    )
    expect(notified(r.plan)).toEqual([
      'session.participants_changed->facilitators',
      'session.below_minimum->coordinators',
    ])
    expect(r.plan.cancelForParticipant).toEqual([{ participantId: 'p-3', timers: ['T6', 'T11', 'T14', 'T20'] }])
    expect(r.plan.cancel).toEqual([])
  })
})

describe('participant change refusals', () => {
  it('not once the session has started or the file is closed', () => {
    const r = ko(
      participantChange(
        file({ status: 'in_progress' }),
        { type: 'added', participantId: 'p', participantsAfter: 9 },
        SA,
        AFTER_D10,
      ),
    )
    expect(r.code).toBe('illegal')
    expect(r.message.en).toContain('frozen')
  })

  it('not by a facilitator; not without a participant', () => {
    expect(
      ko(
        participantChange(
          file({ status: 'convened' }),
          { type: 'added', participantId: 'p', participantsAfter: 9 },
          TR,
          AFTER_D10,
        ),
      ).code,
    ).toBe('forbidden')
    expect(
      ko(
        participantChange(
          file({ status: 'convened' }),
          { type: 'added', participantId: '', participantsAfter: 9 },
          SA,
          AFTER_D10,
        ),
      ).code,
    ).toBe('invalid_input')
  })
})
