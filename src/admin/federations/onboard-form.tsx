'use client'
import React, { useState } from 'react'
import type { RowError } from '../../import/rows'
import type { OnboardingResult } from '../../federations/onboard'
import { ONBOARD_TEXT, type OnboardLang } from './onboard-text'
import { OnboardResult } from './onboard-result'

export interface Choice {
  value: string
  label: string
}

export interface OnboardFormProps {
  lang: OnboardLang
  apiRoute: string
  adminRoute: string
  phases: Choice[]
  templates: Choice[]
  regions: Choice[]
}

type Failure = { message: string; rows: RowError[] }

/**
 * The fields as the endpoint reads them (src/federations/onboard-input.ts): empty inputs left out, so an optional
 * field left blank is absent rather than an empty value to refuse.
 */
function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') fields[key] = value.trim()
  }
  return fields
}

/**
 * The onboarding form: a page of its own (not a document's edit view, whose <form> would swallow this one), posted
 * to POST /api/federations/onboard with the admin's session cookie; the answer replaces the form.
 */
export function OnboardForm({ lang, apiRoute, adminRoute, phases, templates, regions }: OnboardFormProps) {
  const t = ONBOARD_TEXT[lang]
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure | undefined>()
  const [result, setResult] = useState<OnboardingResult | undefined>()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setFailure(undefined)
    const body = new FormData()
    body.set('_payload', JSON.stringify(fieldsOf(event.currentTarget)))
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0]
    if (file) body.set('file', file)
    try {
      const response = await fetch(`${apiRoute}/federations/onboard`, { method: 'POST', body, credentials: 'include', headers: { 'Accept-Language': lang } })
      const json = (await response.json()) as OnboardingResult & { message?: string; rows?: RowError[]; errors?: { message: string }[] }
      if (response.ok) setResult(json)
      else setFailure({ message: json.errors?.map((e) => e.message).join('\n') || json.message || t.unexpected, rows: json.rows ?? [] })
    } catch (error) {
      setFailure({ message: `${t.unexpected}: ${error instanceof Error ? error.message : String(error)}`, rows: [] })
    } finally {
      setBusy(false)
    }
  }

  if (result) return <OnboardResult lang={lang} adminRoute={adminRoute} result={result} onAgain={() => setResult(undefined)} />

  const select = (name: string, label: string, choices: Choice[], first?: string) => (
    <label>
      {label}
      <select name={name} id={`onboard-${name}`} defaultValue="">
        {first !== undefined ? <option value="">{first}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>
      {label}
      <input name={name} id={`onboard-${name}`} {...props} />
    </label>
  )

  return (
    <form onSubmit={(e) => void submit(e)} noValidate={false}>
      <fieldset>
        <legend>{t.federation}</legend>
        <div className="ess-onboard__grid">
          {input('name', t.name, { required: true, maxLength: 120 })}
          {input('territory', t.territory, { maxLength: 200 })}
          {select('phase', t.phase, phases)}
          {input('networkName', t.networkName, { maxLength: 40, placeholder: 'ERIC, Hub…' })}
          {input('networkLabel', t.networkLabel, { maxLength: 200 })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.coordinator}</legend>
        <div className="ess-onboard__grid">
          {input('coordinatorName', t.coordinatorName, { required: true, maxLength: 120 })}
          {input('coordinatorEmail', t.coordinatorEmail, { required: true, type: 'email', maxLength: 254 })}
          {select('coordinatorLanguage', t.coordinatorLanguage, [
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ])}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.campaign}</legend>
        <div className="ess-onboard__grid">
          {select('template', t.template, templates, t.noTemplate)}
          {select('region', t.region, regions, t.chooseRegion)}
          {input('campaignStart', t.campaignStart, { type: 'date' })}
        </div>
        <p className="ess-onboard__hint">{t.campaignHint}</p>
      </fieldset>
      <fieldset>
        <legend>{t.structures}</legend>
        {input('file', t.file, { type: 'file', accept: '.csv,.xlsx,text/csv' })}
        <p className="ess-onboard__hint">{t.fileHint}</p>
      </fieldset>
      {failure ? (
        <div className="ess-onboard__error" role="alert">
          {failure.message}
          {failure.rows.length > 0 ? (
            <ul>
              {failure.rows.map((row) => (
                <li key={`${row.line}-${row.column ?? ''}`}>
                  {row.line}
                  {row.column ? ` (${row.column})` : ''} : {row.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {busy ? t.working : t.submit}
        </button>
      </p>
    </form>
  )
}
