import { relationId } from '../../../../collections/shared/relation-ids'
import { ACTION_STATUS_LABELS } from '../../registers'
import { csvPart, day } from '../csv'
import { actionsWithSources, inPeriod } from '../registers'
import { labelsOf } from '../scope'
import type { IndicatorDefinition } from '../types'

/** Indicator 32: improvement actions are decided from appreciations and complaints, and followed up. */
export const improvementActions: IndicatorDefinition = {
  number: 32,
  folder: '32-amelioration-continue',
  title: { fr: "Mise en œuvre de mesures d'amélioration", en: 'Continuous-improvement measures' },
  proves: {
    fr: "Les actions d'amélioration décidées ou suivies pendant la période, chacune reliée à ses sources (réclamations, appréciations, bilans), avec son responsable, son échéance, son état et son résultat.",
    en: 'The improvement actions decided or followed during the period, each linked to its sources (complaints, appreciations, reports), with its owner, due date, status and outcome.',
  },
  build: async (scope) => {
    const actions = (await actionsWithSources(scope)).filter((a) => inPeriod(scope, a))
    const owners = await labelsOf(scope.payload, 'users', actions.map((a) => relationId(a.action.owner)), 'name')
    const rows = actions.map(({ action: a, sources }) => [
      a.title,
      a.description ?? '',
      day(a.decidedAt),
      owners.get(relationId(a.owner) ?? '') ?? '',
      day(a.dueDate),
      ACTION_STATUS_LABELS[a.status]?.fr ?? a.status,
      day(a.doneAt),
      a.outcome ?? '',
      sources.length,
      sources.map((s) => `${s.type} ${s.label} (${s.date})`).join(' | '),
      String(a.id),
    ])
    const sourceRows = actions.flatMap(({ action, sources }) => sources.map((s) => [action.title, s.type, s.label, s.date, s.key.split(':')[1]]))
    const header = [
      'Intitulé / Title',
      'Description / Description',
      'Décidée le / Decided on',
      'Responsable / Owner',
      'Échéance / Due date',
      'État / Status',
      'Réalisée ou abandonnée le / Done or abandoned on',
      'Résultat / Outcome',
      'Nombre de sources / Number of sources',
      'Sources / Sources',
      'Identifiant / Id',
    ]
    const sourceHeader = ['Action / Action', 'Type de source / Source type', 'Source / Source', 'Date / Date', 'Identifiant de la source / Source id']
    return {
      scope: {
        fr: "les actions décidées avant la fin de la période et non terminées avant son début",
        en: 'the actions decided before the end of the period and not ended before its start',
      },
      parts: [
        csvPart('actions-amelioration.csv', { fr: "action(s) d'amélioration", en: 'improvement action(s)' }, header, rows),
        csvPart('sources-des-actions.csv', { fr: 'lien(s) entre une action et sa source', en: 'link(s) between an action and its source' }, sourceHeader, sourceRows),
      ],
    }
  },
}
