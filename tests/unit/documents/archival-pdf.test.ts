import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { FILE_DOCUMENT_BUILDERS, type FileDocType } from '../../../src/documents'
import { bullets, fields, heading, paragraph, renderPdf, signatureBox, smallPrint, subheading, table } from '../../../src/documents/pdf'
import { personalDataPdf } from '../../../src/gdpr/export-pdf'
import { bpfPdf } from '../../../src/reports/bpf/pdf'
import { renderSessionReport } from '../../../src/reports/render'
import { sampleFacts } from './sample-facts'
import { sampleReport } from './sample-report'

/**
 * Every PDF essaim generates, read by outside tools rather than by our own code: qpdf (structure), and poppler's
 * pdffonts (every font embedded, no standard Helvetica), pdftotext (the French text extractable, accents and
 * apostrophes included), pdfinfo (title, author, tagged, PDF 1.7, the PDF/A-2b identification in the XMP and the
 * structure tree). The tools come from Debian's poppler-utils and qpdf (.ci/run installs them).
 */
const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../../..')

async function tool(command: string, args: string[]): Promise<string> {
  try {
    return (await run(command, args, { maxBuffer: 32 * 1024 * 1024 })).stdout
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string }
    if (e.code === 'ENOENT') throw new Error(`${command} introuvable / not found: apt-get install -y poppler-utils qpdf`)
    throw new Error(`${command} ${args.join(' ')} a échoué / failed (${e.code}): ${e.stdout ?? ''}${e.stderr ?? ''}`)
  }
}

const folded = (text: string) => text.replace(/\s+/g, ' ')

interface Generated {
  pdf: Buffer
  title: string
  author: string
  /** The metadata's Subject, for the producers that give one. */
  subject?: string
  /** Text pdftotext must find (whitespace folded). */
  texts: string[]
}

const facts = sampleFacts()
const provider = facts.provider.name
const session = facts.session.title

/** What each file document must say; a new kind fails to compile here until it is added. */
const FILE_DOCUMENTS: Record<FileDocType, Omit<Generated, 'pdf' | 'author'>> = {
  convocation: { title: `Convocation · ${session}`, texts: ['Convocation à la formation', 'Élodie Martin', 'Règlement intérieur'] },
  attendanceSheet: { title: `Émargement · ${session}`, texts: ["Feuille d'émargement", 'Benoît Roux', 'Demi-journée'] },
  attestation: { title: `Attestations de fin de formation · ${session}`, texts: ['Attestation de fin de formation', 'Élodie Martin', 'Objectifs de la formation'] },
  certificat: { title: `Certificats de réalisation · ${session}`, texts: ['Certificat de réalisation', 'Élodie Martin', "Nature de l'action concourant au développement des compétences"] },
  dpcPack: { title: `Demande de prise en charge · ${facts.file.reference}`, texts: ['Demande de prise en charge', 'Élodie Martin', 'Convention de formation'] },
}

/**
 * Every helper of src/documents/pdf.ts in one document (a table long enough to repeat its header on a second page,
 * « & » and « < » in the title): what any other producer built from the helpers (the règlement intérieur, drawn
 * inside its seeding) is made of.
 */
function helpersSample(): Promise<Buffer> {
  return renderPdf({ title: 'Échantillon < helpers & outils >', subject: 'Tous les éléments', author: provider, createdAt: facts.asOf }, (doc) => {
    smallPrint(doc, provider, { size: 9, bold: true })
    heading(doc, 'Échantillon des éléments')
    subheading(doc, 'Paragraphe et champs')
    paragraph(doc, 'L’œuvre coûte 1\u202f250\u00a0€ ; « guillemets » et ≤ 3 h → fin.')
    fields(doc, [['Nom', 'Zoé Lefèvre'], ['Vide', undefined]])
    bullets(doc, ['Premier point', 'Deuxième point'])
    table(
      doc,
      [{ header: 'Ligne', width: 0.3 }, { header: 'Valeur', width: 0.7, align: 'right' }],
      Array.from({ length: 60 }, (_, i) => [`Ligne ${i + 1}`, `valeur n° ${i + 1}`]),
    )
    signatureBox(doc, 'Signature du formateur', 'Signé électroniquement par Karim Benali')
  })
}

async function generateAll(): Promise<Record<string, Generated>> {
  const all: Record<string, Generated> = {}
  for (const [kind, expected] of Object.entries(FILE_DOCUMENTS) as [FileDocType, (typeof FILE_DOCUMENTS)[FileDocType]][]) {
    all[kind] = { ...expected, author: provider, texts: [...expected.texts, provider], pdf: await FILE_DOCUMENT_BUILDERS[kind](facts) }
  }
  const report = sampleReport()
  all.report = {
    title: `Bilan de session · ${report.session.title}`,
    subject: 'Bilan de session : présence, fonctions représentées, satisfaction, expression libre, réponse de la direction',
    author: provider,
    texts: ['Bilan de session', "Bilan de l'animateur", 'J’ai appris à créer mon compte', 'Réponse de la direction'],
    pdf: await renderSessionReport(report, provider),
  }
  all.personalData = {
    title: 'Données personnelles / Personal data · participant 12',
    subject: 'RGPD art. 15 / GDPR art. 15',
    author: provider,
    texts: ['Export des données personnelles', 'Zoé Lefèvre', 'Durées de conservation'],
    pdf: await personalDataPdf(
      {
        subject: { type: 'participant', id: '12' },
        generatedAt: '2026-12-05T10:00:00.000Z',
        record: { id: '12', name: 'Zoé Lefèvre', email: 'zoe@example.org' },
        sections: [{ key: 'enrolments', label: { fr: 'Inscriptions', en: 'Enrolments' }, records: [{ id: '3', status: 'no-show' }] }],
        retention: [{ kind: 'attendance', months: 120, from: 'fin de l’action', basis: 'Code du travail, contrôle de l’État' }],
      },
      provider,
    ),
  }
  const line = (l: string, label: string, trainees: number, hours: number) => ({ line: l, label, trainees, hours })
  all.bpf = {
    title: 'Bilan pédagogique et financier 2013',
    subject: `BPF (cerfa 10443) 2013 · ${provider}`,
    author: provider,
    texts: ['Bilan pédagogique et financier 2013', 'Mon Activité Formation', "Déclaration d'activité (NDA)", 'À vérifier avant le dépôt'],
    pdf: await bpfPdf({
      year: 2013,
      period: { from: '2013-01-01', to: '2013-12-31' },
      generatedAt: '2014-01-15T09:00:00.000Z',
      organisation: facts.provider,
      trainees: [line('F-1-a', 'Salariés d’employeurs privés', 2, 35), line('Total', 'Total', 2, 35)],
      objectives: [line('F-3-f', 'Autres formations', 2, 35)],
      products: [{ line: 'C-2-a', label: 'Opérateurs de compétences (OPCO)', funder: 'opco', amount: 4440, files: 1 }],
      productsTotal: 4440,
      totals: { trainees: 2, hours: 35, sessions: 1, plannedHours: 21 },
      sessions: [{ id: '7', title: session, firstDay: '2013-10-14', lastDay: '2013-10-16', halfDays: 6, plannedHours: 21, trainees: 2, hours: 35 }],
      alerts: ['Une session sans stagiaire : à vérifier'],
    }),
  }
  all.helpers = {
    title: 'Échantillon < helpers & outils >',
    subject: 'Tous les éléments',
    author: provider,
    texts: ['Échantillon des éléments', 'L’œuvre coûte 1 250 € ; « guillemets » et ≤ 3 h → fin.', 'Nom : Zoé Lefèvre', 'Vide : —', 'Ligne 60', 'Signé électroniquement par Karim Benali'],
    pdf: await helpersSample(),
  }
  return all
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|js|mjs)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
}

describe('archival PDFs, checked by qpdf and poppler', () => {
  let dir: string
  let generated: Record<string, Generated>

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'essaim-pdf-'))
    generated = await generateAll()
    for (const [kind, g] of Object.entries(generated)) await writeFile(path.join(dir, `${kind}.pdf`), g.pdf)
  }, 120_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const kinds = [...Object.keys(FILE_DOCUMENTS), 'report', 'personalData', 'bpf', 'helpers']

  it.each(kinds)('%s: qpdf finds no error', async (kind) => {
    const out = await tool('qpdf', ['--check', path.join(dir, `${kind}.pdf`)])
    expect(out).toContain('No syntax or stream encoding errors found')
  })

  it.each(kinds)('%s: every font is embedded, none is a standard one', async (kind) => {
    const lines = (await tool('pdffonts', [path.join(dir, `${kind}.pdf`)])).trim().split('\n')
    const rows = lines.slice(lines.findIndex((l) => l.startsWith('----')) + 1).map((l) => l.trim().split(/\s+/))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      // name type… encoding emb sub uni object-number generation: the type may hold spaces, so read from the end.
      expect({ font: row[0], embedded: row.at(-5) }).toEqual({ font: row[0], embedded: 'yes' })
      expect(row[0]).toMatch(/^[A-Z]{6}\+DejaVuSans/)
      expect(row[0]).not.toMatch(/Helvetica|Times|Courier|Arial/)
    }
  })

  it.each(kinds)('%s: the French text is extractable', async (kind) => {
    const text = folded(await tool('pdftotext', ['-enc', 'UTF-8', path.join(dir, `${kind}.pdf`), '-']))
    for (const expected of generated[kind].texts) expect(text).toContain(expected)
  })

  it.each(kinds)('%s: title, author, tagged, PDF/A-2b, in French', async (kind) => {
    const file = path.join(dir, `${kind}.pdf`)
    const info = await tool('pdfinfo', ['-enc', 'UTF-8', file])
    const field = (name: string) => info.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]
    expect(field('Title')).toBe(generated[kind].title)
    expect(field('Author')).toBe(generated[kind].author)
    if (generated[kind].subject) expect(field('Subject')).toBe(generated[kind].subject)
    expect(field('Tagged')).toBe('yes')
    expect(field('PDF version')).toBe('1.7')
    const xmp = await tool('pdfinfo', ['-meta', file])
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>')
    // The XMP packet is XML: the « & », « < » and « > » of a title are escaped there.
    expect(xmp).toContain(`>${generated[kind].title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</rdf:li>`)
    // The catalog: language, sRGB output intent (PDF/A), title shown by viewers.
    const objects = JSON.parse(await tool('qpdf', ['--json=2', '--json-key=qpdf', file])).qpdf[1] as Record<string, { value?: Record<string, unknown> }>
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')?.value
    expect(catalog?.['/Lang']).toBe('u:fr-FR')
    expect(catalog?.['/OutputIntents']).toHaveLength(1)
    expect(catalog?.['/MarkInfo']).toBeDefined()
    // The structure tree, as poppler reads it: a Document holding the heading and the paragraphs.
    const tree = await tool('pdfinfo', ['-struct-text', file])
    expect(tree.split('\n')[0]).toBe('Document')
    expect(tree).toMatch(/^ {2}H1\b/m)
    expect(tree).toMatch(/^ {4}P\b|^ {2}P\b/m)
  })

  it('the attendance sheet is a tagged table, its repeated borders artifacts', async () => {
    const tree = await tool('pdfinfo', ['-struct-text', path.join(dir, 'attendanceSheet.pdf')])
    expect(tree).toMatch(/Table[^\n]*\n\s+TR\n\s+TH\n\s+"Participant·e"/)
    expect(tree).toContain('"Élodie Martin"')
  })

  it('the table repeats its header on a new page as an artifact, not as a second header row', async () => {
    const file = path.join(dir, 'helpers.pdf')
    expect((await tool('pdfinfo', [file])).match(/^Pages:\s*(\d+)/m)?.[1]).toBe('2')
    const page2 = folded(await tool('pdftotext', ['-f', '2', '-l', '2', file, '-']))
    expect(page2).toMatch(/^Ligne Valeur/)
    const tree = await tool('pdfinfo', ['-struct-text', file])
    expect(tree.match(/^\s+TH$/gm)).toHaveLength(2)
    expect(tree.match(/^\s+TR$/gm)).toHaveLength(61)
  })

  it('every PDF goes through src/documents/pdf.ts: pdfkit and font choices nowhere else', async () => {
    const files = (await Promise.all(['src', 'collections', 'globals', 'jobs', 'scripts'].map(sourceFiles))).flat()
    const importsPdfkit: string[] = []
    const setsFont: string[] = []
    for (const file of files) {
      const source = await readFile(path.join(ROOT, file), 'utf8')
      if (/from ['"]pdfkit['"]|require\(['"]pdfkit['"]\)/.test(source)) importsPdfkit.push(file)
      // A font named elsewhere could be a standard, non-embedded one: the faces are chosen with face().
      if (/\.font\(|\.registerFont\(/.test(source) && file !== 'src/documents/pdf.ts') setsFont.push(file)
    }
    expect(importsPdfkit).toEqual(['src/documents/pdf.ts'])
    expect(setsFont).toEqual([])
  })
})
