import React from 'react'
import type { FederationColumn } from '../../reports/national/types'
import type { Lang } from '../dashboard/labels'
import { NATIONAL_TEXT, federationPhaseLabel } from './labels'

/** A column's head: the federation's name, territory and roll-out phase (or « Sans fédération » and why it is there). */
export function FederationHeading({ column, lang }: { column: FederationColumn; lang: Lang }) {
  const t = NATIONAL_TEXT[lang]
  const f = column.federation
  if (!f) {
    return (
      <th scope="col" data-federation="none" className="ess-nat__head">
        <span className="ess-nat__name">{t.noFederation}</span>
        <span className="ess-nat__territory">{t.noFederationNote}</span>
      </th>
    )
  }
  return (
    <th scope="col" data-federation={f.id} className="ess-nat__head">
      <span className="ess-nat__name">{f.name}</span>
      {f.territory && <span className="ess-nat__territory">{f.territory}</span>}
      <span className={`ess-nat__phase ess-nat__phase--${f.phase}`} data-phase={f.phase}>
        {t.phase} : {federationPhaseLabel(f.phase, lang)}
      </span>
    </th>
  )
}
