import React from 'react'
import type { LinkedCount } from '../../reports/dashboard/types'

/** Horizontal bars, one per figure; the bar and the number open the list behind it. */
export function BarList({ items, label, empty }: { items: readonly LinkedCount[]; label: (key: string) => string; empty: string }) {
  if (items.length === 0) return <p className="ess-dash__empty">{empty}</p>
  const max = Math.max(...items.map((i) => i.count), 1)
  return (
    <ul className="ess-dash__bars">
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.link} className="ess-dash__bar-row" data-figure={item.key}>
            <span className="ess-dash__bar-label">{label(item.key)}</span>
            <svg className="ess-dash__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect x="0" y="0" width={(item.count / max) * 100} height="10" rx="1" />
            </svg>
            <span className="ess-dash__bar-count">{item.count}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/**
 * Vertical columns (sessions per month), each a link; the count sits on top of its column. The drawing is a named group
 * of links, not an image: an image's content is hidden from assistive technologies, and links inside it are "nested
 * interactive" elements nobody can reach.
 */
export function ColumnChart({ items, label, empty, name }: { items: readonly LinkedCount[]; label: (key: string) => string; empty: string; name: string }) {
  if (items.length === 0) return <p className="ess-dash__empty">{empty}</p>
  const max = Math.max(...items.map((i) => i.count), 1)
  const width = 48
  const height = 120
  return (
    <svg className="ess-dash__columns" viewBox={`0 0 ${items.length * width} ${height + 36}`} role="group" aria-label={name}>
      <title>{name}</title>
      {items.map((item, i) => {
        const h = (item.count / max) * height
        return (
          // Named by its own visible words, month first (« oct. 2013 1 »): a different aria-label would hide them.
          <a key={item.key} href={item.link} data-figure={item.key}>
            <rect x={i * width + 8} y={height - h + 16} width={width - 16} height={h} rx="2" />
            <text x={i * width + width / 2} y={height + 30} textAnchor="middle" className="ess-dash__col-label">
              {label(item.key)}
            </text>
            <text x={i * width + width / 2} y={height - h + 12} textAnchor="middle" className="ess-dash__col-count">
              {item.count}
            </text>
          </a>
        )
      })}
    </svg>
  )
}

/** Progress toward a target: reached and trained over the target (or the members when no target is set). */
export function TargetBar({ reached, trained, target }: { reached: number; trained: number; target: number }) {
  const scale = Math.max(target, reached, 1)
  return (
    <svg className="ess-dash__target" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="0" width="100" height="12" className="ess-dash__target-bg" />
      <rect x="0" y="0" width={(reached / scale) * 100} height="12" className="ess-dash__target-reached" />
      <rect x="0" y="3" width={(trained / scale) * 100} height="6" className="ess-dash__target-trained" />
      <line x1={(target / scale) * 100} x2={(target / scale) * 100} y1="0" y2="12" className="ess-dash__target-mark" />
    </svg>
  )
}

/** How many answered 1, 2… 5, as one stacked bar, named with its figures (« Répartition… : 1 : 0, 2 : 1… »). */
export function Distribution({ values, name }: { values: readonly number[]; name: string }) {
  const total = values.reduce((s, v) => s + v, 0)
  if (total === 0) return null
  const described = `${name} : ${values.map((v, i) => `${i + 1} : ${v}`).join(', ')}`
  let x = 0
  return (
    <svg className="ess-dash__distribution" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={described}>
      <title>{described}</title>
      {values.map((v, i) => {
        const w = (v / total) * 100
        const rect = <rect key={i} x={x} y="0" width={w} height="10" className={`ess-dash__score-${i + 1}`}><title>{`${i + 1} : ${v}`}</title></rect>
        x += w
        return rect
      })}
    </svg>
  )
}
