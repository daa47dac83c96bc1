import React from 'react'
import { RISK_KINDS } from '../../reports/dashboard/at-risk'
import { FEDERATION_LISTS, type FederationColumn, type NationalDashboard } from '../../reports/national/types'
import { FILE_STATES } from '../../workflow/states'
import { TEXT, stateLabel, type Lang } from '../dashboard/labels'
import { CountCell, SatisfactionCell, TargetCell } from './figure-cells'
import { FederationHeading } from './federation-heading'
import { NATIONAL_TEXT } from './labels'

type Cell = (column: FederationColumn) => React.ReactNode

/** A row heading starts with a capital; the workflow's state names are written for the middle of a sentence. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** One figure across the federations: its name, then one cell per federation, in the header's order. */
function FigureRow({ label, columns, cell, figure }: { label: string; columns: readonly FederationColumn[]; cell: Cell; figure?: string }) {
  return (
    <tr data-row={figure}>
      <th scope="row">{label}</th>
      {columns.map((c) => (
        <td key={c.federation?.id ?? 'none'}>{cell(c)}</td>
      ))}
    </tr>
  )
}

/** A group of rows under its title (the title heads the rows below it, for screen readers too). */
function Section({ title, span, children }: { title: string; span: number; children: React.ReactNode }) {
  return (
    <tbody>
      <tr className="ess-nat__section">
        <th scope="rowgroup" colSpan={span}>
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  )
}

/**
 * The federations side by side: a column each, a row per figure, so a national coordinator reads a figure across
 * regions in one line. File states are those some federation has, in the workflow's order.
 */
export function NationalTable({ dashboard, lang }: { dashboard: NationalDashboard; lang: Lang }) {
  const t = NATIONAL_TEXT[lang]
  const d = TEXT[lang]
  const columns = dashboard.federations
  const span = columns.length + 1
  const states = FILE_STATES.filter((s) => columns.some((c) => c.filesByState.some((f) => f.key === s)))
  const nameOf = (c: FederationColumn) => c.federation?.name ?? t.noFederation
  return (
    <div className="ess-nat__scroll" role="region" aria-label={t.scrollHint} tabIndex={0}>
      <table className="ess-nat__table">
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            {columns.map((c) => (
              <FederationHeading key={c.federation?.id ?? 'none'} column={c} lang={lang} />
            ))}
          </tr>
        </thead>
        <Section title={t.structuresSection} span={span}>
          <FigureRow label={t.trainedOfTarget} columns={columns} figure="target" cell={(c) => <TargetCell column={c} lang={lang} />} />
          <FigureRow label={t.reached} columns={columns} figure="reached" cell={(c) => <CountCell item={c.reach.reached} figure="reached" />} />
          <FigureRow label={t.members} columns={columns} figure="members" cell={(c) => <CountCell item={c.reach.structures} figure="members" />} />
        </Section>
        <Section title={t.filesSection} span={span}>
          <FigureRow label={t.allFiles} columns={columns} figure="files" cell={(c) => <CountCell item={c.files} figure="files" />} />
          {states.map((state) => (
            <FigureRow
              key={state}
              label={capitalised(stateLabel(state, lang))}
              columns={columns}
              figure={`state-${state}`}
              cell={(c) => <CountCell item={c.filesByState.find((f) => f.key === state)} figure={state} />}
            />
          ))}
        </Section>
        <Section title={d.satisfaction} span={span}>
          {(['hot', 'cold'] as const).map((kind) => (
            <FigureRow key={kind} label={d[kind]} columns={columns} figure={kind} cell={(c) => <SatisfactionCell figure={c.satisfaction[kind]} kind={kind} lang={lang} />} />
          ))}
        </Section>
        <Section title={d.atRisk} span={span}>
          {RISK_KINDS.map((risk) => (
            <FigureRow key={risk} label={d.risks[risk]} columns={columns} figure={risk} cell={(c) => <CountCell item={c.atRisk.find((r) => r.key === risk)} figure={risk} />} />
          ))}
        </Section>
        <Section title={d.secondStep} span={span}>
          {(['interested', 'leads', 'filed'] as const).map((key) => (
            <FigureRow key={key} label={d.secondStepKeys[key]} columns={columns} figure={`second-${key}`} cell={(c) => <CountCell item={c.secondStep[key]} figure={`second-${key}`} />} />
          ))}
        </Section>
        <Section title={t.lists} span={span}>
          <FigureRow
            label={t.openLists}
            columns={columns}
            figure="lists"
            cell={(c) => (
              <ul className="ess-nat__lists">
                {FEDERATION_LISTS.map((list) => (
                  // Named with the federation too: the same words open a different list in each column.
                  <li key={list}>
                    <a href={c.lists[list]} data-list={list} aria-label={`${t.listNames[list]} — ${nameOf(c)}`}>
                      {t.listNames[list]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          />
        </Section>
      </table>
    </div>
  )
}
