import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The faces every generated PDF is set in: DejaVu Sans, from the npm package `dejavu-fonts-ttf` (a dependency, so
 * `npm ci` ships it to the worker, to `next start` and to the Docker image). Embedded (subset) in each PDF, as an
 * archival PDF (PDF/A) requires: the 14 standard fonts (Helvetica…) are never embedded, and their WinAnsi encoding
 * lacks characters French text uses (the narrow no-break space, « ≤ », « → »).
 */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const

export type FontFace = keyof typeof FONT_FILES

const PACKAGE = 'dejavu-fonts-ttf'

/**
 * The folders that may hold the TrueType files, most likely first:
 * - the package as Node resolves it from the working directory (the app's root for `next start`, the worker, the
 *   scripts and the tests) and from this module (a process started elsewhere);
 * - `node_modules/dejavu-fonts-ttf/ttf` in the working directory and its parents, read from disk: `next build`
 *   bundles this module, and a bundler may rewrite a resolution into a module id (not a path) or move the module.
 * Each candidate counts only if the regular face is there.
 */
function candidates(): string[] {
  const found: string[] = []
  const bases = [path.join(process.cwd(), 'package.json')]
  if (typeof import.meta.url === 'string' && import.meta.url.startsWith('file:')) bases.push(import.meta.url)
  for (const base of bases) {
    try {
      found.push(path.join(path.dirname(createRequire(base).resolve(`${PACKAGE}/package.json`)), 'ttf'))
    } catch {
      // Not resolvable from there: the next candidate.
    }
  }
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    found.push(path.join(dir, 'node_modules', PACKAGE, 'ttf'))
    if (path.dirname(dir) === dir) break
  }
  return found
}

let cached: string | undefined

/** The folder holding the TrueType files; a clear error (French and English) when the package is missing. */
export function fontDirectory(): string {
  if (cached) return cached
  const tried = candidates()
  const dir = tried.find((d) => existsSync(path.join(d, FONT_FILES.regular)))
  if (dir) return (cached = dir)
  throw new Error(
    `Police des PDF introuvable : le paquet npm « ${PACKAGE} » doit être installé (npm ci). ` +
      `PDF font not found: the npm package "${PACKAGE}" must be installed (npm ci). Cherché dans / looked in: ${[...new Set(tried)].join(' ; ')}`,
  )
}

/** The absolute path of one face's TrueType file. */
export const fontPath = (face: FontFace): string => path.join(fontDirectory(), FONT_FILES[face])
