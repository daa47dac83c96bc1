import { describe, expect, it } from '@jest/globals'
import { qualiopiExpired, qualiopiExpiredMessage } from '../../../globals/organisation-settings/qualiopi-validity'

describe('Qualiopi certificate validity', () => {
  const expires = new Date('2026-12-31T12:00:00.000Z')

  it('is valid through its expiry day (Paris time) and expired from the next day', () => {
    expect(qualiopiExpired(expires, new Date('2026-12-31T22:59:00.000Z'))).toBe(false) // 23:59 in Paris
    expect(qualiopiExpired(expires, new Date('2026-12-31T23:01:00.000Z'))).toBe(true) // 1 January, 00:01 in Paris
    expect(qualiopiExpired(expires, new Date('2026-06-01T10:00:00.000Z'))).toBe(false)
  })

  it('holds nothing against an organisation that has recorded no date', () => {
    expect(qualiopiExpired(undefined, new Date())).toBe(false)
    expect(qualiopiExpired(new Date('nonsense'), new Date())).toBe(false)
  })

  it('says which certificate expired and when, in French then English', () => {
    const message = qualiopiExpiredMessage({ qualiopiCertificate: 'QUA-42', qualiopiExpiresOn: expires })
    expect(message).toBe(
      "Aucun nouveau dossier de financement ne peut être créé : la certification Qualiopi n° QUA-42 de l'organisme de formation a expiré le jeudi 31 décembre 2026. Un administrateur doit enregistrer le certificat renouvelé (Réglages › Organisme de formation) / no new funding file can be created: the training organisation's Qualiopi certificate no. QUA-42 expired on Thursday, 31 December 2026. An administrator must record the renewed certificate (Settings › Training organisation)",
    )
  })
})
