import { formatHours } from '../../../../email/format'
import type { ProgrammeForParticipants } from '../../../../sessions/programme-for-participants'
import { UI, type PageLang } from '../../../../sessions/page-text'

/**
 * What the convocation promises the personal page gives: the programme (modules, their length, the objectives)
 * and the house rules (règlement intérieur) to read before the first day.
 */
export function ProgrammeSection({ programme, lang }: { programme: ProgrammeForParticipants; lang: PageLang }) {
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{UI.programme[lang]}</h2>
      <p>
        <strong>{programme.title}</strong>
        <br />
        <span className="muted">
          {UI.programmeTotal[lang]}
          {lang === 'fr' ? ' : ' : ': '}
          {formatHours(lang, programme.totalHours)}
        </span>
      </p>
      {programme.objectives.length > 0 && (
        <>
          <p>{UI.programmeObjectives[lang]}</p>
          <ul>
            {programme.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      <ol className="modules">
        {programme.modules.map((m, i) => (
          <li key={`${i}-${m.title}`}>
            <strong>{m.title}</strong> <span className="muted">({m.kind[lang]}, {formatHours(lang, m.hours)})</span>
            {m.objectives && <p className="muted">{m.objectives}</p>}
          </li>
        ))}
      </ol>
      <h2>{UI.rules[lang]}</h2>
      {programme.rules ? (
        <p>
          <a href={programme.rules.url} download={programme.rules.filename}>
            {UI.rulesLink[lang]}
          </a>
        </p>
      ) : (
        <p>{UI.rulesMissing[lang]}</p>
      )}
    </section>
  )
}
