import { formatDate } from '../../src/email/format'
import type { ProviderFacts } from '../../src/documents/facts'
import { bilingual } from '../../src/validation/messages'

/** The calendar day in the federation's time zone, as a sortable « 2026-12-05 ». */
const parisDay = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)

/**
 * A Qualiopi certificate is valid through its expiry day and expired from the next day (Paris time). No date
 * recorded: nothing to hold against (the organisation has not filled its settings yet; documents then say so).
 */
export function qualiopiExpired(expiresOn: Date | undefined, now: Date): boolean {
  return expiresOn !== undefined && !Number.isNaN(expiresOn.getTime()) && parisDay(now) > parisDay(expiresOn)
}

/** Where an administrator records a renewed certificate: the platform's settings, or the federation's own tab. */
export type QualiopiRecordedIn = 'platform' | 'federation'

const PLACE: Record<QualiopiRecordedIn, { fr: string; en: string }> = {
  platform: { fr: 'Réglages › Organisme de formation', en: 'Settings › Training organisation' },
  federation: {
    fr: 'Administration › Fédérations, onglet « Organisme de formation » de la fédération du dossier',
    en: "Administration › Federations, the Training organisation tab of the file's federation",
  },
}

/** Why a new funding file is refused, in both languages: which certificate, since when, and who can fix it where. */
export function qualiopiExpiredMessage(
  provider: Pick<ProviderFacts, 'qualiopiCertificate' | 'qualiopiExpiresOn'>,
  recordedIn: QualiopiRecordedIn = 'platform',
): string {
  const number = provider.qualiopiCertificate ? ` n° ${provider.qualiopiCertificate}` : ''
  const numberEn = provider.qualiopiCertificate ? ` no. ${provider.qualiopiCertificate}` : ''
  const expires = provider.qualiopiExpiresOn ?? new Date(0)
  const place = PLACE[recordedIn]
  return bilingual(
    `Aucun nouveau dossier de financement ne peut être créé : la certification Qualiopi${number} de l'organisme de formation a expiré le ${formatDate('fr', expires)}. Un administrateur doit enregistrer le certificat renouvelé (${place.fr})`,
    `no new funding file can be created: the training organisation's Qualiopi certificate${numberEn} expired on ${formatDate('en', expires)}. An administrator must record the renewed certificate (${place.en})`,
  )
}
