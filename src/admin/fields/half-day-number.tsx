'use client'
import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientProps } from 'payload'
import React from 'react'

/**
 * A half-day is stored by its index in the session's slots (0 for the first) and read by people as « n° 1 ».
 * The input and the list cell show index + 1 and store what was typed − 1, so nobody reads « à partir de 0 ».
 */
export function HalfDayNumberField({ path: pathFromProps, field, readOnly }: NumberFieldClientProps) {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<number | null>({ path })
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={['field-type', 'number', showError && 'error'].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} label={field.label} required={field.required} path={path} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <input
          id={id}
          name={path}
          type="number"
          min={1}
          step={1}
          value={typeof value === 'number' ? value + 1 : ''}
          disabled={readOnly || disabled}
          onChange={(e) => setValue(e.target.value === '' ? null : Number(e.target.value) - 1)}
        />
      </div>
    </div>
  )
}

export function HalfDayNumberCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? cellData + 1 : '—'}</span>
}
