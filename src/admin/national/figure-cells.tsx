import React from 'react'
import type { LinkedCount, SatisfactionFigure } from '../../reports/dashboard/types'
import type { FederationColumn } from '../../reports/national/types'
import { TargetBar } from '../dashboard/charts'
import { TEXT, number, type Lang } from '../dashboard/labels'
import { NATIONAL_TEXT } from './labels'

/** A count that opens its list (already narrowed to the column's federation); a count nobody made reads 0, unlinked. */
export function CountCell({ item, figure }: { item: LinkedCount | undefined; figure: string }) {
  if (!item) return <span className="ess-nat__zero">0</span>
  return (
    <a href={item.link} data-figure={figure} className={item.count === 0 ? 'ess-nat__zero' : undefined}>
      {item.count}
    </a>
  )
}

/** Structures trained against the federation's target (its members when it has none yet), with the dashboard's bar. */
export function TargetCell({ column, lang }: { column: FederationColumn; lang: Lang }) {
  const t = NATIONAL_TEXT[lang]
  const { reached, trained, structures } = column.reach
  const target = column.federation?.structuresTarget ?? null
  return (
    <>
      <CountCell item={trained} figure="trained" />
      {' / '}
      {target === null ? <span className="ess-nat__muted">{t.noTarget}</span> : <span data-figure="target">{target}</span>}
      {target !== null && target > 0 && <span className="ess-nat__muted"> ({number((trained.count / target) * 100, lang)} %)</span>}
      <TargetBar reached={reached.count} trained={trained.count} target={target ?? structures.count} />
    </>
  )
}

/** A questionnaire's mean out of 5 (opening its answers) and how many answered. */
export function SatisfactionCell({ figure, kind, lang }: { figure: SatisfactionFigure; kind: 'hot' | 'cold'; lang: Lang }) {
  if (figure.respondents === 0) return <span className="ess-nat__muted">– ({NATIONAL_TEXT[lang].noRespondent})</span>
  return (
    <>
      <a href={figure.link} data-figure={kind}>
        <strong>{number(figure.mean, lang, 1)}</strong>
      </a>{' '}
      <span className="ess-nat__muted">
        ({figure.respondents} {TEXT[lang].respondents})
      </span>
    </>
  )
}
