import { describe, expect, it } from '@jest/globals'
import { FILE_DOCUMENT_BUILDERS } from '../../../src/documents'
import { pdfText } from './pdf-text'
import { sampleFacts } from './sample-facts'

describe('generated documents', () => {
  const facts = sampleFacts()

  it('convocation: one page per participant, with hours, place and rules', async () => {
    const { text, pages } = await pdfText(await FILE_DOCUMENT_BUILDERS.convocation(facts))
    expect(pages).toBe(3)
    expect(text).toContain('Convocation à la formation')
    expect(text).toContain('Élodie Martin')
    expect(text).toContain('ERIC La Fabrique')
    expect(text).toContain('14/10/2013 matin (9 h – 12 h 30)')
    expect(text).toContain('Règlement intérieur')
  })

  it('attendance sheet: one page per half-day, signatures, hours and countersignature', async () => {
    const { text, pages } = await pdfText(await FILE_DOCUMENT_BUILDERS.attendanceSheet(facts))
    expect(pages).toBe(6)
    expect(text).toContain("Feuille d'émargement")
    expect(text).toContain('Demi-journée : 5 / 6')
    expect(text).toContain('Absent·e')
    expect(text).toContain('Non signé')
    expect(text).toMatch(/Signé le 14\/10\/2013 à 9 h 10/)
    expect(text).toContain('Contresigné par le formateur (Karim Benali)')
    expect(text).toContain('Karim Benali')
  })

  it('attestation: objectives, duration and evaluation result per participant', async () => {
    const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS.attestation(facts))
    expect(text).toContain('Attestation de fin de formation')
    expect(text).toContain('Comprendre les enjeux du numérique')
    expect(text).toContain('14 heures sur 21 heures')
    expect(text).toContain('Formation suivie partiellement.')
  })

  it('certificat de réalisation: the ministry model fields', async () => {
    const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS.certificat(facts))
    expect(text).toContain('Certificat de réalisation')
    expect(text).toContain('représentant légal du dispensateur')
    expect(text).toContain('Nom et prénom du bénéficiaire : Benoît Roux')
    expect(text).toContain("Salarié·e de l'entreprise : CHRS Les Iris (SIRET 123 456 789 00012)")
    expect(text).toContain('[X] action de formation')
    expect(text).toContain('du lundi 14 au mercredi 16 octobre 2013')
    expect(text).toContain('Pour une durée de : 14 heures')
    expect(text).toContain('3 ans')
    expect(text).toContain('Cachet et signature')
  })

  it('funding-request pack: programme, quote, agreement data and participants', async () => {
    const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS.dpcPack(facts))
    expect(text).toContain('1. Programme')
    expect(text).toContain('Pourquoi le numérique ?')
    expect(text).toContain('2. Devis')
    expect(text).toContain('4 440,00 €')
    expect(text).toContain('3. Convention de formation')
    expect(text).toContain('4. Liste des participants')
    expect(text).toContain('Zoé Garnier')
    expect(text).toContain('SIRET : 123 456 789 00012')
    expect(text).toContain('Subrogation de paiement : oui')
  })

  it('is reproducible: the same facts give the same bytes', async () => {
    const a = await FILE_DOCUMENT_BUILDERS.certificat(facts)
    const b = await FILE_DOCUMENT_BUILDERS.certificat(sampleFacts())
    expect(a.equals(b)).toBe(true)
  })
})
