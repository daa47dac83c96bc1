import type { ParticipantSheet } from '../../../../../collections/attendance/services/participant-sheet'
import { formatSlot } from '../../../../email/format'
import { UI, type PageLang } from '../../../../sessions/page-text'
import { Outcome, type FormAction } from './outcome'

const NOTICES = { signed: UI.signedNow, 'already-signed': UI.alreadySigned } as const

/**
 * A participant's attendance page: a big button for each half-day open for signing now (over lunch, a forgotten
 * morning and the afternoon), then every half-day with what they signed.
 */
export function ParticipantSheetView(props: {
  /** The server action the form posts to (passed by the page, so the view stays a plain component). */
  action: FormAction
  sheet: ParticipantSheet
  lang: PageLang
  token: string
  done?: string
  error?: string
}) {
  const { sheet, lang, token } = props
  const signable = sheet.halfDays.filter((h) => h.signable)
  const notice = props.done === 'signed' || props.done === 'already-signed' ? NOTICES[props.done][lang] : undefined
  return (
    <>
      <h1>{UI.attendanceTitle[lang]}</h1>
      <p>
        {UI.hello[lang]} {sheet.participantName}. <strong>{sheet.sessionTitle}</strong>
        {sheet.venueName && (
          <>
            <br />
            <span className="muted">
              {UI.venue[lang]}
              {lang === 'fr' ? ' : ' : ': '}
              {sheet.venueName}
            </span>
          </>
        )}
      </p>
      <Outcome lang={lang} notice={notice} error={props.error} />
      {signable.length === 0 && <p>{UI.nothingToSign[lang]}</p>}
      {signable.map((h) => (
        <form key={h.index} action={props.action}>
          <input type="hidden" name="sessionId" value={sheet.sessionId} />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="slotIndex" value={h.index} />
          <p>{formatSlot(lang, h)}</p>
          <button type="submit">{UI.sign[lang]}</button>
        </form>
      ))}
      <h2>{UI.halfDays[lang]}</h2>
      <ul className="half-days">
        {sheet.halfDays.map((h) => (
          <li key={h.index}>
            <span>{formatSlot(lang, h)}</span>
            <span className={`state-${h.state}`}>
              {UI[h.state][lang]}
              {h.closed ? ` (${UI.closed[lang]})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
