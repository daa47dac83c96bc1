import React from 'react'
import type { Dashboard } from '../../reports/dashboard/types'
import { BarList, ColumnChart, Distribution, TargetBar } from './charts'
import { TEXT, deadlineNote, monthLabel, number, opcoLabel, phaseLabel, roleLabel, stateLabel, type Lang } from './labels'

/** The figures of the dashboard, drawn: cards, bars, columns, targets, satisfaction and the files at risk. */
export function DashboardBody({ dashboard: d, lang }: { dashboard: Dashboard; lang: Lang }) {
  const t = TEXT[lang]
  const now = new Date(d.generatedAt)
  return (
    <div className="ess-dash__grid">
      <section className="ess-dash__cards">
        <div className="ess-dash__card">
          <strong>{d.scope.structures}</strong> {t.structures}
        </div>
        <a className="ess-dash__card" href={d.scope.files.link} data-figure="files">
          <strong>{d.scope.files.count}</strong> {t.files}
        </a>
        <a className="ess-dash__card" href={d.scope.sessions.link} data-figure="sessions">
          <strong>{d.scope.sessions.count}</strong> {t.sessions}
        </a>
      </section>
      <section className="ess-dash__panel">
        <h2>{t.byState}</h2>
        <BarList items={d.filesByState} label={(k) => stateLabel(k, lang)} empty={t.none} />
      </section>
      <section className="ess-dash__panel">
        <h2>{t.byOpco}</h2>
        <BarList items={d.filesByOpco} label={(k) => opcoLabel(k, lang)} empty={t.none} />
      </section>
      <section className="ess-dash__panel">
        <h2>{t.byMonth}</h2>
        <ColumnChart items={d.sessionsByMonth} label={(k) => monthLabel(k, lang)} empty={t.none} name={t.byMonth} />
      </section>
      <section className="ess-dash__panel">
        <h2>{t.targets}</h2>
        {d.targets.length === 0 && <p className="ess-dash__empty">{t.none}</p>}
        {d.targets.map((c) => (
          <div key={c.campaignId} className="ess-dash__target-row">
            <div>
              <em>{phaseLabel(c.phase, lang)}</em> · {c.title}
            </div>
            <TargetBar reached={c.reached.count} trained={c.trained.count} target={c.target ?? c.structures.count} />
            <div className="ess-dash__target-figures">
              <a href={c.reached.link} data-figure="reached">{c.reached.count} {t.reached}</a>
              {' · '}
              <a href={c.trained.link} data-figure="trained">{c.trained.count} {t.trained}</a>
              {' · '}
              <a href={c.structures.link} data-figure="members">{c.structures.count} {t.members}</a>
              {c.target !== null && ` · ${t.target} ${c.target}`}
            </div>
          </div>
        ))}
      </section>
      <section className="ess-dash__panel">
        <h2>{t.secondStep}</h2>
        <BarList
          items={[d.secondStep.interested, d.secondStep.leads, d.secondStep.filed]}
          label={(k) => t.secondStepKeys[k as keyof typeof t.secondStepKeys]}
          empty={t.none}
        />
      </section>
      <section className="ess-dash__panel">
        <h2>{t.roles}</h2>
        <BarList items={d.participantsByRole} label={(k) => roleLabel(k, lang)} empty={t.none} />
      </section>
      <section className="ess-dash__panel">
        <h2>{t.satisfaction}</h2>
        {(['hot', 'cold'] as const).map((kind) => {
          const s = d.satisfaction[kind]
          return (
            <a key={kind} href={s.link} className="ess-dash__satisfaction" data-figure={kind}>
              <span>{t[kind]}</span>
              <strong>{s.respondents ? number(s.mean, lang, 1) : '–'}</strong>
              <span>
                {s.respondents} {t.respondents}
                {s.respondents > 0 && ` · ${number(s.satisfiedRate * 100, lang)} % ${t.satisfied}`}
              </span>
              <Distribution values={s.distribution} name={t.distribution} />
            </a>
          )
        })}
      </section>
      <section className="ess-dash__panel ess-dash__panel--wide">
        <h2>{t.atRisk}</h2>
        {d.atRisk.every((r) => r.count === 0) && <p className="ess-dash__empty">{t.noRisk}</p>}
        {d.atRisk.map((risk) => (
          <div key={risk.key} className="ess-dash__risk">
            <a href={risk.link} data-figure={risk.key}>
              <strong>{risk.count}</strong> {t.risks[risk.key]}
            </a>
            <ul>
              {risk.files.slice(0, 10).map((f) => (
                <li key={f.id}>
                  <a href={f.link}>{f.reference}</a> · {f.structure}
                  {risk.key === 'deadlineNear' && f.deadline && <> · {deadlineNote(f.deadline, now, lang)}</>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  )
}
