import type { Payload } from 'payload'
import { heading, paragraph, renderPdf, subheading } from '../documents/pdf'

/** The demo's house rules: a short règlement intérieur with the articles of the Code du travail it must cover (L6352-4). */
const ARTICLES: [string, string][] = [
  ['Article 1 – Objet', 'Le présent règlement s’applique à toutes les personnes qui suivent une formation de l’organisme, pendant toute sa durée et dans tous les lieux où elle se déroule.'],
  ['Article 2 – Hygiène et sécurité', 'Chacun respecte les consignes de sécurité du lieu d’accueil, dont les consignes d’évacuation affichées.'],
  ['Article 3 – Discipline', 'Les horaires sont ceux de la convocation. Chaque demi-journée, la présence est attestée par signature de la feuille d’émargement.'],
  ['Article 4 – Sanctions', 'Tout manquement peut donner lieu à un avertissement ou à une exclusion, après que la personne a été entendue (article R6352-4 du Code du travail).'],
  ['Article 5 – Représentation', 'Pour toute action de plus de 500 heures, un délégué des stagiaires est élu ; les formations de l’organisme sont plus courtes.'],
]

/** Uploads the demo's règlement intérieur (a public PDF) into the organisation settings, once. */
export async function seedRulesDocument(payload: Payload, now = new Date()): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true })
  if (settings.rulesDocument) return false
  const pdf = await renderPdf({ title: 'Règlement intérieur', createdAt: now, author: settings.name ?? undefined }, (doc) => {
    heading(doc, `Règlement intérieur – ${settings.name ?? 'organisme de formation'}`)
    for (const [title, text] of ARTICLES) {
      subheading(doc, title)
      paragraph(doc, text)
    }
  })
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Règlement intérieur', audience: 'public' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'reglement-interieur.pdf', size: pdf.length },
  })
  await payload.updateGlobal({ slug: 'organisation-settings', data: { rulesDocument: media.id }, depth: 0, overrideAccess: true })
  return true
}
