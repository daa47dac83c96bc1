import type { FacilitatorSheet } from '../../../../../collections/attendance/services/facilitator-sheet'
import { formatDateTime, formatSlot } from '../../../../email/format'
import { UI, type PageLang } from '../../../../sessions/page-text'
import { personalPath } from '../_lib/paths'
import { Outcome, type FormAction } from './outcome'

const NOTICES = { absences: UI.absencesSaved, countersigned: UI.countersigned } as const

/** The facilitator's page: pick a half-day, tick the absent, countersign; then their own questionnaire. */
export function FacilitatorSheetView(props: {
  /** The server action the form posts to (passed by the page, so the view stays a plain component). */
  action: FormAction
  sheet: FacilitatorSheet
  lang: PageLang
  token: string
  done?: string
  error?: string
}) {
  const { sheet, lang, token } = props
  const slot = sheet.halfDays[sheet.slotIndex]
  const notice = props.done === 'absences' || props.done === 'countersigned' ? NOTICES[props.done][lang] : undefined
  return (
    <>
      <h1>
        {UI.sheetTitle[lang]} — {sheet.sessionTitle}
      </h1>
      <nav aria-label={UI.halfDays[lang]}>
        <ul className="half-days">
          {sheet.halfDays.map((h) => (
            <li key={h.index}>
              {h.index === sheet.slotIndex ? (
                <strong aria-current="page">{formatSlot(lang, h)}</strong>
              ) : (
                <a href={personalPath(sheet.sessionId, token, { lang, slot: String(h.index) })}>
                  {formatSlot(lang, h)}
                </a>
              )}
              {h.countersignedAt && <span className="state-signed">✓</span>}
            </li>
          ))}
        </ul>
      </nav>
      <Outcome lang={lang} notice={notice} error={props.error} />
      {slot && <h2>{formatSlot(lang, slot)}</h2>}
      {sheet.countersignedAt && (
        <p className="notice">
          {UI.countersignedOn[lang]} {formatDateTime(lang, sheet.countersignedAt)}
        </p>
      )}
      {!sheet.open && !sheet.countersignedAt && <p>{UI.notStarted[lang]}</p>}
      <form action={props.action}>
        <input type="hidden" name="sessionId" value={sheet.sessionId} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="slotIndex" value={sheet.slotIndex} />
        <fieldset className="absent-list" disabled={!sheet.open}>
          <legend>{UI.countersignHelp[lang]}</legend>
          {sheet.lines.map((line) =>
            line.state === 'unsigned' ? (
              <label key={line.participantId}>
                <input type="checkbox" name="absent" value={line.participantId} /> {line.name} — {UI.markAbsent[lang]}
              </label>
            ) : (
              <p key={line.participantId}>
                {line.name} — <span className={`state-${line.state}`}>{UI[line.state][lang]}</span>
              </p>
            ),
          )}
        </fieldset>
        {sheet.open && (
          <>
            <button type="submit" name="intent" value="absences" className="secondary">
              {UI.saveAbsences[lang]}
            </button>
            <button type="submit" name="intent" value="countersign">
              {UI.countersign[lang]}
            </button>
          </>
        )}
      </form>
      <h2>
        <a href={personalPath(sheet.sessionId, token, { lang }, 'questionnaire')}>{UI.yourQuestionnaire[lang]}</a>
      </h2>
    </>
  )
}
