import { describe, expect, it } from '@jest/globals'
import { describeKitProgress, kitBacklogWindow, kitJobId, kitLink, kitProgress, kitRequestKey, kitRequestPrefix, nextKitState } from '../../../src/campaigns/kit'

describe('kit mailing state', () => {
  it('launches, pauses, resumes in a new generation, and re-launches in the same one', () => {
    const launched = nextKitState({ status: 'idle', generation: 0 }, 'launch')
    expect(launched).toEqual({ ok: true, state: { status: 'running', generation: 1 } })
    expect(nextKitState({ status: 'running', generation: 1 }, 'launch')).toEqual({ ok: true, state: { status: 'running', generation: 1 } })
    expect(nextKitState({ status: 'running', generation: 1 }, 'pause')).toEqual({ ok: true, state: { status: 'paused', generation: 1 } })
    expect(nextKitState({ status: 'paused', generation: 1 }, 'resume')).toEqual({ ok: true, state: { status: 'running', generation: 2 } })
    // Launching a paused mailing resumes it.
    expect(nextKitState({ status: 'paused', generation: 2 }, 'launch')).toEqual({ ok: true, state: { status: 'running', generation: 3 } })
  })

  it('refuses a pause when nothing runs and a resume when nothing is paused', () => {
    expect(nextKitState({ status: 'idle', generation: 0 }, 'pause')).toMatchObject({ ok: false, message: expect.stringContaining('pas en cours') })
    expect(nextKitState({ status: 'running', generation: 1 }, 'resume')).toMatchObject({ ok: false, message: expect.stringContaining('pas en pause') })
  })

  it('keys one mail per campaign and structure, whatever the generation', () => {
    expect(kitRequestKey('c1', 's9')).toBe('campaign.kit-c1-s9')
    expect(kitRequestKey('c1', 's9').startsWith(kitRequestPrefix('c1'))).toBe(true)
    expect(kitRequestKey('c11', 's9').startsWith(kitRequestPrefix('c1'))).toBe(false)
    expect(kitJobId('c1', 2, 's9')).toBe('kit-c1-g2-s9')
    expect(kitJobId('c1', 2, 's9')).not.toContain(':')
  })

  it('leads the button to the kit link, else to the presentation document', () => {
    expect(kitLink(' https://kit.example.org ', '/api/media/file/p.pdf', 'https://essaim.org')).toBe('https://kit.example.org')
    expect(kitLink(null, '/api/media/file/p.pdf', 'https://essaim.org')).toBe('https://essaim.org/api/media/file/p.pdf')
    expect(kitLink('', undefined, 'https://essaim.org')).toBeUndefined()
  })

  it('lets about half a second of mail wait in the pipeline before kits hold back', () => {
    expect(kitBacklogWindow(50)).toBe(25)
    expect(kitBacklogWindow(3)).toBe(5)
    expect(kitBacklogWindow(0)).toBe(20)
  })

  it('is finished when running with nothing left to hand over or deliver', () => {
    const counts = { sent: 10, failed: 1, queued: 0, remaining: 0, noAddress: 2 }
    expect(kitProgress('running', counts).finished).toBe(true)
    expect(kitProgress('paused', counts).finished).toBe(false)
    expect(kitProgress('running', { ...counts, queued: 1 }).finished).toBe(false)
    expect(describeKitProgress(kitProgress('running', counts))).toBe(
      'terminé / finished · envoyés/sent 10 · échecs/failed 1 · en cours d’envoi/in delivery 0 · restants/remaining 0 · sans adresse/no address 2',
    )
  })
})
