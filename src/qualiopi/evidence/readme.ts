import { toCsv } from '../../import/csv'
import { clock, day } from './csv'
import type { EvidencePart, EvidencePeriod, IndicatorDefinition, IndicatorEvidence } from './types'

/** An indicator's folder once built: its definition, what it holds, and how many items. */
export interface BuiltIndicator {
  definition: IndicatorDefinition
  evidence: IndicatorEvidence
  items: number
  files: number
}

export const NO_EVIDENCE = { fr: 'Aucune pièce pour la période.', en: 'No evidence in period.' }

export interface ArchiveFacts {
  period: EvidencePeriod
  programmeTitle?: string
  generatedAt: Date
}

const lang = (fr: boolean) => (fr ? 'fr' : 'en') as 'fr' | 'en'
/** French puts a space before the colon, English does not. */
const colon = (fr: boolean) => (fr ? ' :' : ':')

function periodLine(facts: ArchiveFacts, fr: boolean): string {
  const { from, to } = facts.period
  const programme = facts.programmeTitle ?? (fr ? 'tous les programmes' : 'every programme')
  return fr ? `Période : du ${day(from)} au ${day(to)} (${programme})` : `Period: ${day(from)} to ${day(to)} (${programme})`
}

const partLine = (part: EvidencePart, fr: boolean) => `  - ${part.name}${colon(fr)} ${part.items} ${part.what[lang(fr)]}`

function indicatorSection(built: BuiltIndicator, facts: ArchiveFacts, fr: boolean): string[] {
  const l = lang(fr)
  const { definition: d, evidence } = built
  return [
    `${fr ? 'Indicateur' : 'Indicator'} ${d.number} · ${d.title[l]}`,
    '',
    periodLine(facts, fr),
    `${fr ? 'Ce dossier prouve' : 'This folder proves'}${colon(fr)} ${d.proves[l]}`,
    `${fr ? 'Périmètre' : 'Scope'}${colon(fr)} ${evidence.scope[l]}.`,
    `${fr ? 'Pièces' : 'Items'}${colon(fr)} ${built.items}`,
    ...evidence.parts.map((p) => partLine(p, fr)),
    ...(built.items === 0 ? ['', NO_EVIDENCE[l]] : []),
  ]
}

/** The README of an indicator's folder: French first, then English. */
export function indicatorReadme(built: BuiltIndicator, facts: ArchiveFacts): string {
  return [...indicatorSection(built, facts, true), '', '----------', '', ...indicatorSection(built, facts, false), ''].join('\r\n')
}

/** The archive's index: one line per indicator with its folder and counts (same CSV format as the extracts). */
export function indexCsv(built: readonly BuiltIndicator[]): string {
  return toCsv([
    ['Indicateur / Indicator', 'Intitulé', 'Title', 'Dossier / Folder', 'Pièces / Items', 'Fichiers / Files'],
    ...built.map((b) => [b.definition.number, b.definition.title.fr, b.definition.title.en, b.definition.folder, b.items, b.files]),
  ])
}

function rootSection(built: readonly BuiltIndicator[], facts: ArchiveFacts, fr: boolean): string[] {
  const l = lang(fr)
  const at = `${day(facts.generatedAt)} ${clock(facts.generatedAt)}`
  return [
    fr ? 'Preuves Qualiopi · essaim' : 'Qualiopi evidence · essaim',
    '',
    periodLine(facts, fr),
    fr ? `Produit le ${at} (heure de Paris).` : `Generated on ${at} (Paris time).`,
    fr
      ? 'Un dossier par indicateur, chacun avec un README.txt qui dit ce qu’il prouve ; tableaux CSV en UTF-8, séparateur « ; », dates jj/mm/aaaa.'
      : 'One folder per indicator, each with a README.txt saying what it proves; CSV tables in UTF-8, ";" separator, dates dd/mm/yyyy.',
    '',
    ...built.map((b) => `  - ${b.definition.folder}/ · ${fr ? 'indicateur' : 'indicator'} ${b.definition.number} · ${b.definition.title[l]}${colon(fr)} ${b.items} ${fr ? 'pièce(s)' : 'item(s)'}`),
  ]
}

/** The README at the root of the archive. */
export function rootReadme(built: readonly BuiltIndicator[], facts: ArchiveFacts): string {
  return [...rootSection(built, facts, true), '', '----------', '', ...rootSection(built, facts, false), ''].join('\r\n')
}
