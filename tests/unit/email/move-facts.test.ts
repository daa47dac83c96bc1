/**
 * What the move's mail check says and what it relies on: every fact has words in both languages; templates that a
 * real file may legitimately send without a fact (a cancelled file without a session, a self-funded file without
 * an agreed amount) render without it; the checklist keys a workflow mail carries are read as words.
 */
import { describe, expect, it } from '@jest/globals'
import {
  FACT_LABELS,
  LANGS,
  MissingContextError,
  describeMailDefects,
  renderEmail,
  sampleContext,
  type MailContext,
} from '../../../src/email'
import { CHECKLIST_ITEM_LABELS } from '../../../src/workflow'

const NOW = new Date('2026-09-01T08:00:00Z')

describe('describeMailDefects', () => {
  it('names the mail and each missing fact in words, French then English', () => {
    const words = describeMailDefects([{ kind: 'file.submit_now', missing: ['deadline'] }])
    expect(words.fr).toBe(
      'Le message « Dossier prêt à déposer » ne peut pas être rédigé, il manque : date limite de dépôt (il faut une session avec ses dates).',
    )
    expect(words.en).toBe('The “Ready to file” mail cannot be written, missing: filing deadline (a session with its dates is needed).')
  })

  it('joins several mails and facts, and says a non-missing error as the renderer put it', () => {
    const words = describeMailDefects([
      { kind: 'file.approved', missing: ['agreedAmount', 'sessionStart'] },
      { kind: 'file.created', missing: [], error: 'invalid "link"' },
    ])
    expect(words.fr).toContain('montant accordé ; date de début de la session')
    expect(words.fr).toContain('« Nouveau dossier » ne peut pas être rédigé : une information est invalide (invalid "link").')
    expect(words.en).toContain('The “New file” mail cannot be written: a fact is invalid (invalid "link").')
    expect(words.en).toContain('agreed amount; session start date')
  })

  it('has words for every fact in both languages, never the key in French', () => {
    for (const [key, words] of Object.entries(FACT_LABELS)) {
      for (const lang of LANGS) expect(words[lang].trim()).not.toBe('')
      expect(words.fr).not.toBe(key)
    }
  })
})

describe('templates a real file may send without some facts', () => {
  it('cancels a file that never had a session, in both languages', () => {
    const ctx: MailContext = { fileRef: 'DF-2026-0007', structureName: 'CHRS Les Iris', link: 'https://essaim.example/admin' }
    for (const lang of LANGS) {
      const mail = renderEmail('file.cancelled', lang, { ...ctx, recipientRole: 'structure-admins' })
      expect(mail.text).not.toMatch(/undefined|Invalid Date/)
    }
  })

  it('asks to invoice a self-funded file (no agreed amount): the structure pays it all', () => {
    const ctx = { ...sampleContext('billing.invoice_now', NOW), agreedAmount: undefined, remainder: undefined }
    expect(renderEmail('billing.invoice_now', 'fr', ctx).text).toContain('facturée en totalité à la structure')
    expect(renderEmail('billing.invoice_now', 'en', ctx).text).toContain('invoiced to the organisation')
    expect(renderEmail('billing.invoice_now', 'fr', sampleContext('billing.invoice_now', NOW)).text).toContain('par subrogation')
  })

  it('still refuses the « prêt à déposer » mail without its deadline', () => {
    const ctx = { ...sampleContext('file.submit_now', NOW), deadline: undefined }
    expect(() => renderEmail('file.submit_now', 'fr', ctx)).toThrow(MissingContextError)
  })
})

describe('missing items as people read them', () => {
  it('words the checklist keys the workflow sends, and keeps text that is already words', () => {
    const ctx = { ...sampleContext('file.missing_items', NOW), missingItems: ['devisSigned', 'sessionDates', 'le RIB'] }
    for (const lang of LANGS) {
      const { text } = renderEmail('file.missing_items', lang, ctx)
      expect(text).toContain(CHECKLIST_ITEM_LABELS.devisSigned![lang])
      expect(text).toContain(CHECKLIST_ITEM_LABELS.sessionDates![lang])
      expect(text).toContain('le RIB')
      expect(text).not.toContain('devisSigned')
      expect(text).not.toContain('sessionDates')
    }
  })

  it('words them in the deadline reminder too', () => {
    const ctx = { ...sampleContext('file.deadline_reminder', NOW), missingItems: ['opco'] }
    expect(renderEmail('file.deadline_reminder', 'fr', ctx).text).toContain(CHECKLIST_ITEM_LABELS.opco!.fr)
    expect(renderEmail('file.deadline_reminder', 'en', ctx).text).toContain(CHECKLIST_ITEM_LABELS.opco!.en)
  })
})
