'use client'
import { useDocumentInfo, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { MoveDrawer, type ChosenMove } from './move-drawer'
import { inputsOf, type Lang } from './move-inputs'
import type { Move, Moves } from './moves-of'

const DRAWER_SLUG = 'funding-file-move'
/** The « moved » notice survives the reload that follows a move (per tab, per file). */
const NOTICE_KEY = 'essaim:funding-file-move-notice'

/**
 * The moves the signed-in person may make on this file now, as buttons above the edit form. A button opens the
 * move's inputs in a drawer (move-drawer.tsx). After a move the page is loaded again: next/navigation's
 * router.refresh() updates the form's fields but not the « Historique » and « E-mails » tables (Payload's join
 * tables fetch their rows once, on mount), and the person must see the timeline entry of what they just did. So a
 * move is refused while the form holds unsaved edits (they would be lost), in words. The moves are read again
 * after each save of the document too, since a save (ticking the checklist) can change what is allowed.
 */
export function MoveButtons({ initial }: { initial?: Moves }) {
  const { id, savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fr'
  const modified = useFormModified()
  const { openModal, closeModal } = useModal()
  // The first list comes with the page (move-buttons-server.tsx); it is read again after each save and move.
  const [moves, setMoves] = useState<Moves | undefined>(initial)
  const fresh = useRef(initial !== undefined)
  const [chosen, setChosen] = useState<ChosenMove>()
  const [notice, setNotice] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const status = (savedDocumentData as { status?: string } | undefined)?.status

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/funding-files/${id}/moves`, { credentials: 'include', cache: 'no-store' })
    if (res.ok) setMoves((await res.json()) as Moves)
  }, [id])
  // Read again whenever the saved document changes (a save, or the refresh after a move).
  useEffect(() => {
    if (fresh.current) {
      fresh.current = false
      return
    }
    void load()
  }, [load, savedAt, status])
  // The notice left by the move that caused the last reload.
  useEffect(() => {
    const saved = window.sessionStorage.getItem(NOTICE_KEY)
    if (!saved || !id) return
    const { fileId, message } = JSON.parse(saved) as { fileId: string; message: string }
    if (fileId !== String(id)) return
    window.sessionStorage.removeItem(NOTICE_KEY)
    setNotice(message)
  }, [id])

  // What essaim's own moves wait for, in words: nobody wonders why a file does not become « prêt » by itself.
  const waiting = moves?.waiting?.length ? (
    <ul className="move-buttons__waiting" style={{ width: '100%', margin: 0, paddingLeft: 18 }}>
      {moves.waiting.map((w) => (
        <li key={w.to}>
          {lang === 'fr' ? `Pour passer à « ${w.label.fr} » : ` : `To become “${w.label.en}”: `}
          {w.why[lang]}
        </li>
      ))}
    </ul>
  ) : null

  if (!id || !moves || moves.transitions.length + moves.billing.length === 0) {
    if (!notice && !waiting) return null
    return (
      <div className="move-buttons" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {notice && <p role="status" style={NOTICE_STYLE}>{notice}</p>}
        {waiting}
      </div>
    )
  }

  const choose = (kind: 'transition' | 'billing', move: Move) => {
    setNotice(undefined)
    if (modified) {
      setProblem(
        lang === 'fr'
          ? 'Enregistrez d’abord vos modifications : le dossier change d’état tel qu’il est enregistré.'
          : 'Save your changes first: the file moves as it is saved.',
      )
      return
    }
    setProblem(undefined)
    setChosen({ kind, to: move.to, label: move.label, inputs: inputsOf(kind === 'transition' ? moves.status : moves.billingStatus, move.to, kind) })
    openModal(DRAWER_SLUG)
  }

  const button = (kind: 'transition' | 'billing', move: Move) => (
    <button
      key={`${kind}-${move.to}`}
      type="button"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0 }}
      aria-haspopup="dialog"
      onClick={() => choose(kind, move)}
    >
      → {move.label[lang]}
    </button>
  )

  return (
    <div className="move-buttons" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <span id="move-buttons-label" style={{ fontWeight: 600 }}>
        {lang === 'fr' ? 'Faire avancer le dossier :' : 'Move the file:'}
      </span>
      <div role="group" aria-labelledby="move-buttons-label" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {moves.transitions.map((m) => button('transition', m))}
        {moves.billing.map((m) => button('billing', m))}
      </div>
      {notice && (
        <p role="status" style={NOTICE_STYLE}>
          {notice}
        </p>
      )}
      {waiting}
      {problem && (
        <p role="alert" style={PROBLEM_STYLE}>
          {problem}
        </p>
      )}
      <MoveDrawer
        slug={DRAWER_SLUG}
        fileId={String(id)}
        lang={lang}
        move={chosen}
        onCancel={() => closeModal(DRAWER_SLUG)}
        onDone={(message) => {
          closeModal(DRAWER_SLUG)
          setChosen(undefined)
          window.sessionStorage.setItem(NOTICE_KEY, JSON.stringify({ fileId: String(id), message }))
          window.location.reload()
        }}
      />
    </div>
  )
}

const PROBLEM_STYLE = { width: '100%', margin: 0, fontWeight: 600, color: 'var(--theme-error-750, #8b1a1a)' } as const
const NOTICE_STYLE = { width: '100%', margin: 0, fontWeight: 600, color: 'var(--theme-success-750, #1d5e2a)' } as const
