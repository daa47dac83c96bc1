import type { Payload } from 'payload'
import { loadEnrolled, loadSession } from '../../attendance/services/session-records'
import { JOB_ROLE_LABELS } from '../../../src/sessions/job-roles'
import { roleMix } from '../../../src/sessions/role-mix'
import { relationId } from '../../shared/relation-ids'

interface Props {
  payload: Payload
  data?: { session?: unknown; structure?: unknown }
  i18n?: { language?: string }
}

/**
 * Under the file's session: who of the file's structure is enrolled, and the job roles of the session's target
 * nobody of the structure holds (the "all roles" lesson, domain §5b) — said while there is time to enrol someone,
 * not only in the list-lock mail. A server component: it reads the enrolments with the Local API.
 */
export async function RoleMixNotice({ payload, data, i18n }: Props) {
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const sessionId = relationId(data?.session)
  const structureId = relationId(data?.structure)
  if (!sessionId || !structureId) return null
  const session = await loadSession(payload, sessionId)
  if (!session || session.roleMixTarget.length === 0) return null
  const people = (await loadEnrolled(payload, sessionId)).filter((p) => p.structureId === structureId)
  const mix = roleMix(session.roleMixTarget, [structureId], people.flatMap((p) => (p.jobRole ? [{ structureId, jobRole: p.jobRole }] : [])))
  const missing = mix.structures[0]?.missing ?? []
  const names = missing.map((role) => JOB_ROLE_LABELS[role][lang]).join(', ')
  const enrolled =
    lang === 'fr'
      ? `${people.length} personne${people.length > 1 ? 's' : ''} de la structure inscrite${people.length > 1 ? 's' : ''} à cette session.`
      : `${people.length} ${people.length === 1 ? 'person' : 'people'} of the structure enrolled in this session.`
  return (
    <aside className="role-mix-notice" data-missing={missing.join(' ')} style={{ margin: '0 0 24px', padding: '12px 16px', borderLeft: `4px solid ${missing.length ? 'var(--theme-warning-500, #b86e00)' : 'var(--theme-success-500, #2f7d32)'}`, background: 'var(--theme-elevation-50)' }}>
      <p style={{ margin: 0 }}>{enrolled}</p>
      {missing.length > 0 ? (
        <p role="status" style={{ margin: '4px 0 0', fontWeight: 600 }}>
          {lang === 'fr'
            ? `Mixité des métiers : personne n’est inscrit pour ${names}. La formation demande au moins une personne de chaque métier de la structure.`
            : `Role mix: nobody is enrolled for ${names}. The training asks for at least one person of each role of the structure.`}
        </p>
      ) : (
        <p style={{ margin: '4px 0 0' }}>{lang === 'fr' ? 'Mixité des métiers : tous les métiers attendus sont représentés.' : 'Role mix: every expected role is represented.'}</p>
      )}
    </aside>
  )
}
