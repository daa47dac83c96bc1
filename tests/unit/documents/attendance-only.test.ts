import { describe, expect, it } from '@jest/globals'
import { FILE_DOCUMENT_BUILDERS } from '../../../src/documents'
import { NOT_RECORDED, organisationFacts } from '../../../src/documents/provider'
import { pdfText } from './pdf-text'
import { sampleFacts } from './sample-facts'

/** Certificats and attestations go to those whose sheets prove attendance, with those hours, signed as the settings say. */
describe('certificats and attestations follow attendance', () => {
  it('a certificat per participant who attended, none for the no-show', async () => {
    const { text, pages } = await pdfText(await FILE_DOCUMENT_BUILDERS.certificat(sampleFacts()))
    expect(pages).toBe(2)
    expect(text).toContain('Nom et prénom du bénéficiaire : Élodie Martin')
    expect(text).toContain('Nom et prénom du bénéficiaire : Benoît Roux')
    expect(text).not.toContain('Zoé Garnier')
    expect(text).not.toContain('0 heure')
  })

  it('states a partial attendance as such, and the full one as complete', async () => {
    const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS.certificat(sampleFacts()))
    expect(text).toContain('Benoît Roux a suivi 14 heures sur 21 heures prévues (présence partielle)')
    expect(text).toContain('formation suivie en totalité (21 heures prévues)')
    const attestation = (await pdfText(await FILE_DOCUMENT_BUILDERS.attestation(sampleFacts()))).text
    expect(attestation).toContain('Benoît Roux, salarié·e de CHRS Les Iris, a suivi 14 heures sur 21 heures prévues de la formation ci-dessous')
    expect(attestation).not.toContain('Zoé Garnier')
  })

  it('is signed by the settings’ signatory in their capacity, dated in the settings’ town', async () => {
    const facts = sampleFacts()
    facts.provider = { ...facts.provider, signatory: 'Camille Roche', signatoryTitle: 'Directrice générale', city: 'Avignon' }
    const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS.certificat(facts))
    expect(text).toContain('Je soussigné·e Camille Roche, Directrice générale, représentant légal du dispensateur')
    expect(text).toContain('Cachet et signature du responsable du dispensateur de formation : Camille Roche, Directrice générale')
    expect(text).toContain('Fait à Avignon, le')
    expect(text).toContain("Certification Qualiopi : n° QUA-2025-00042 délivrée par Certificateur de démonstration, valable jusqu'au 31/12/2015")
  })

  it('when nobody attended, says so on one page instead of certifying 0 hour', async () => {
    const facts = sampleFacts()
    facts.participants = facts.participants.filter((p) => p.hoursAttended === 0)
    for (const type of ['certificat', 'attestation'] as const) {
      const { text, pages } = await pdfText(await FILE_DOCUMENT_BUILDERS[type](facts))
      expect(pages).toBe(1)
      expect(text).toContain("Aucun document n'est délivré : aucun·e participant·e de ce dossier n'a signé de demi-journée")
      expect(text).not.toContain('Zoé Garnier')
    }
  })

  it('prints what the settings lack as not recorded, never a made-up value', () => {
    const facts = organisationFacts({ name: 'FAS PACA', siret: '77500013400016' })
    expect(facts.name).toBe('FAS PACA')
    expect(facts.siret).toBe('775 000 134 00016')
    expect(facts.nda).toBe(NOT_RECORDED)
    expect(facts.signatory).toBe(NOT_RECORDED)
  })
})
