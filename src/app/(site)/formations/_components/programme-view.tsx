import type React from 'react'
import type { Programme } from '../../../../payload-types'
import type { ProgrammeResults } from '../../../../qualiopi/programme-results'
import type { ResultIndicators } from '../../../../reports/indicators'
import { PROGRAMME_TEXT, type SiteLang } from './programme-text'

const locale = (lang: SiteLang) => (lang === 'fr' ? 'fr-FR' : 'en-GB')
const day = (iso: string, lang: SiteLang) => new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso))
const num = (value: number, lang: SiteLang, digits = 0) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)
const percent = (rate: number, lang: SiteLang) => `${num(rate * 100, lang)} %`

function Satisfaction({ score, lang }: { score: ResultIndicators['hot']; lang: SiteLang }) {
  const t = PROGRAMME_TEXT[lang]
  if (score.respondents === 0) return <>–</>
  return (
    <>
      {num(score.mean, lang, 1)}
      {t.outOf5} · {percent(score.satisfiedRate, lang)} {t.satisfied}
      <br />
      <small>{t.respondents(score.respondents)}</small>
    </>
  )
}

function ResultRow({ label, r, lang }: { label: string; r: ResultIndicators; lang: SiteLang }) {
  return (
    <tr>
      <td>{label}</td>
      <td>{r.sessions}</td>
      <td>{r.trainees}</td>
      <td>{r.trainees ? percent(r.completionRate, lang) : '–'}</td>
      <td>
        <Satisfaction score={r.hot} lang={lang} />
      </td>
      <td>
        <Satisfaction score={r.cold} lang={lang} />
      </td>
    </tr>
  )
}

/** The result indicators (Qualiopi ind. 2): one line per year and the whole period, with the figures' bases. */
export function ResultsBlock({ results, lang }: { results: ProgrammeResults; lang: SiteLang }) {
  const t = PROGRAMME_TEXT[lang]
  return (
    <section aria-labelledby="results">
      <h2 id="results">{t.results}</h2>
      {!results.overall ? (
        <p>{t.noResults}</p>
      ) : (
        <>
          <p>{t.resultsIntro[results.scope]}</p>
          <table className="results">
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.sessions}</th>
                <th scope="col">{t.trainees}</th>
                <th scope="col">{t.completion}</th>
                <th scope="col">{t.hot}</th>
                <th scope="col">{t.cold}</th>
              </tr>
            </thead>
            <tbody>
              {results.years.map((r) => (
                <ResultRow key={r.year} label={String(r.year)} r={r} lang={lang} />
              ))}
              {results.years.length > 1 && (
                <ResultRow label={t.total} r={results.overall} lang={lang} />
              )}
            </tbody>
          </table>
          <p className="updated">{t.period} : {t.overall(day(results.overall.period.from, lang), day(results.overall.period.to, lang))}</p>
        </>
      )}
    </section>
  )
}

/** The public page of a training programme: what Qualiopi ind. 1 asks to publish, then its results (ind. 2). */
/** `offeredBy`: the federation whose page this is (/<federation>/formations/<slug>), named under the title. */
export function ProgrammeView({
  programme: p,
  results,
  lang,
  otherHref,
  offeredBy,
}: {
  programme: Programme
  results: ProgrammeResults
  lang: SiteLang
  otherHref: string
  offeredBy?: string
}) {
  const t = PROGRAMME_TEXT[lang]
  const field = (label: string, value: React.ReactNode) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null
  const price = p.price?.amountPerDay
    ? `${num(p.price.amountPerDay, lang)} € ${t.perDay}${p.price.vatExempt ? ` (${t.vatExempt})` : ''}${p.price.notes ? ` · ${p.price.notes}` : ''}`
    : undefined
  return (
    <main lang={lang} className="programme">
      <p className="lang-switch">
        <a href={otherHref} hrefLang={lang === 'fr' ? 'en' : 'fr'}>
          {t.otherLanguage}
        </a>
      </p>
      <h1>{p.title}</h1>
      {offeredBy && (
        <p className="offered-by">
          {t.offeredBy} {offeredBy}
        </p>
      )}
      <p className="updated">
        {p.edition && `${t.edition} ${p.edition} · `}
        {t.updated} {day(p.lastReviewedAt ?? p.updatedAt, lang)}
      </p>
      {p.summary && <p>{p.summary}</p>}
      <h2>{t.objectives}</h2>
      <ul>
        {p.objectives.map((o, i) => (
          <li key={o.id ?? i}>{o.text}</li>
        ))}
      </ul>
      <dl>
        {field(t.audience, p.audience)}
        {field(t.prerequisites, p.prerequisites)}
        {field(t.duration, t.hours(p.durationHours, p.durationDays ?? Math.ceil(p.durationHours / 7)))}
        {field(t.accessDelay, p.accessDelay)}
        {field(t.price, price)}
        {field(t.methods, p.methods)}
        {field(t.evaluation, p.evaluation)}
        {field(t.accessibility, p.accessibility)}
        {field(
          t.contacts,
          (p.contacts ?? []).length > 0 && (
            <ul>
              {(p.contacts ?? []).map((c, i) => (
                <li key={c.id ?? i}>
                  {c.name}
                  {c.role && `, ${c.role}`}
                  {c.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.phone && ` · ${c.phone}`}
                </li>
              ))}
            </ul>
          ),
        )}
      </dl>
      {(p.modules ?? []).length > 0 && (
        <>
          <h2>{t.modules}</h2>
          <ol>
            {(p.modules ?? []).map((m, i) => (
              <li key={m.id ?? i}>
                <strong>{m.title}</strong> ({t.minutes(m.minutes)}){m.objectives && ` : ${m.objectives}`}
              </li>
            ))}
          </ol>
        </>
      )}
      <ResultsBlock results={results} lang={lang} />
    </main>
  )
}
