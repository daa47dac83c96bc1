import {
  EVERYONE,
  STAFF,
  TEAM,
  accountSecret,
  bookkeeping,
  computed,
  grant,
  same,
  whileStatus,
  workflowFact,
  type CollectionWriteRules,
  type FieldWriteRule,
} from './field-write-rules-model'

/**
 * WHO MAY WRITE EACH FIELD, for every collection of essaim: one row per top-level data field (fields inside rows,
 * collapsibles and unnamed tabs count as top-level; a group or an array is one field). Applied to the config by
 * `applyFieldWriteRules` (field `access.create/update`), rendered in docs/security.md, and checked against both by
 * tests/security/field-write-rules.test.ts. The collection's own access still decides WHICH documents a person may
 * write (tenancy); this table decides WHAT in them. "System" fields are written only through the Local API with
 * `overrideAccess: true` (the move service, timers, hooks, jobs, imports, seed).
 */

const ADMIN = grant('admin')
const STAFF_ONLY = grant(...STAFF)
const TEAM_ONLY = grant(...TEAM)
const SYSTEM = workflowFact
const timestamps = { createdAt: bookkeeping, updatedAt: bookkeeping }
/** Every field of a collection nobody writes through the API (its rows are the system's records). */
const allSystem = (names: string[], rule: FieldWriteRule = computed): Record<string, FieldWriteRule> =>
  Object.fromEntries([...names.map((n) => [n, rule] as const), ['createdAt', bookkeeping], ['updatedAt', bookkeeping]])

/** A funding file's request is the structure admin's while it is being prepared; staff may correct it at any time. */
const FILE_PREPARATION = ['draft', 'ready'] as const
const FILE_REQUEST: FieldWriteRule = {
  create: grant(...STAFF, 'structure-admin'),
  update: [{ roles: STAFF }, whileStatus(FILE_PREPARATION, 'structure-admin')],
}

const STRUCTURE_PROFILE: FieldWriteRule = { create: STAFF_ONLY, update: grant(...STAFF, 'structure-admin') }
const CONTACT_WORKLIST: FieldWriteRule = { create: STAFF_ONLY, update: grant(...STAFF, 'facilitator') }
const OWN_FACILITATOR_PROFILE: FieldWriteRule = { create: STAFF_ONLY, update: grant(...STAFF, 'facilitator') }
const STAFF_AND_STRUCTURE = same(grant(...STAFF, 'structure-admin'))
const COMPLAINT_FILING: FieldWriteRule = { create: grant(...STAFF, 'structure-admin'), update: STAFF_ONLY }
/** Upload metadata: Payload fills it from the uploaded file before field access runs, so uploaders keep it. */
const UPLOAD_META = same(TEAM_ONLY)
/**
 * A document's federation: set at creation (by its writer, within their own federations: reference scope; or
 * derived from its parent), moved to another federation only by an admin.
 */
const FEDERATION: FieldWriteRule = { create: grant(...EVERYONE), update: ADMIN }
/**
 * A programme: staff write it, and the national coordination writes the national template (the collection's access
 * keeps it there: collections/shared/access/national-reach.ts).
 */
const PROGRAMME = grant(...STAFF, 'national')

export const FIELD_WRITE_RULES: Readonly<Record<string, CollectionWriteRules>> = {
  users: {
    name: { create: ADMIN, update: grant(...EVERYONE) },
    role: same(ADMIN),
    language: { create: ADMIN, update: grant(...EVERYONE) },
    structures: same(STAFF_ONLY),
    federations: same(ADMIN),
    email: { create: ADMIN, update: grant(...EVERYONE) },
    resetPasswordToken: accountSecret,
    resetPasswordExpiration: accountSecret,
    salt: accountSecret,
    hash: accountSecret,
    resetPasswordRequestedAt: accountSecret,
    loginAttempts: accountSecret,
    lockUntil: accountSecret,
    sessions: { ...accountSecret, onDenied: 'drop' },
    ...timestamps,
  },
  federations: {
    name: same(ADMIN),
    slug: same(ADMIN),
    territory: same(ADMIN),
    phase: same(ADMIN),
    networkName: same(ADMIN),
    networkLabel: same(ADMIN),
    structuresTarget: same(ADMIN),
    // Its own legal entity and mail sender (collections/federations/settings.ts): the admin's, like the rest.
    organisation: same(ADMIN),
    mailSender: same(ADMIN),
    leadTimes: same(ADMIN),
    ...timestamps,
  },
  structures: {
    federation: FEDERATION,
    name: STRUCTURE_PROFILE,
    managingAssociation: STRUCTURE_PROFILE,
    type: STRUCTURE_PROFILE,
    headcountBand: STRUCTURE_PROFILE,
    siret: STRUCTURE_PROFILE,
    idcc: STRUCTURE_PROFILE,
    opco: STRUCTURE_PROFILE,
    street: STRUCTURE_PROFILE,
    postalCode: STRUCTURE_PROFILE,
    commune: STRUCTURE_PROFILE,
    departement: STRUCTURE_PROFILE,
    region: computed,
    contactEmail: STRUCTURE_PROFILE,
    partnerEric: same(STAFF_ONLY),
    assignedFacilitator: same(STAFF_ONLY),
    contactStatus: CONTACT_WORKLIST,
    contactStep: same(STAFF_ONLY),
    contactStatusChangedAt: computed,
    campaignOptOutAt: computed,
    campaignOptOutEmail: computed,
    lastContactAt: CONTACT_WORKLIST,
    worklistNudgedAt: computed,
    ...timestamps,
  },
  'eric-spaces': {
    federation: FEDERATION,
    name: same(STAFF_ONLY),
    labelled: same(STAFF_ONLY),
    labelYear: same(STAFF_ONLY),
    carrier: same(STAFF_ONLY),
    street: same(STAFF_ONLY),
    postalCode: same(STAFF_ONLY),
    commune: same(STAFF_ONLY),
    departement: same(STAFF_ONLY),
    region: computed,
    email: same(STAFF_ONLY),
    phone: same(STAFF_ONLY),
    ...timestamps,
  },
  facilitators: {
    federation: FEDERATION,
    name: OWN_FACILITATOR_PROFILE,
    user: same(STAFF_ONLY),
    ericSpace: same(STAFF_ONLY),
    title: OWN_FACILITATOR_PROFILE,
    trainerQualified: same(STAFF_ONLY),
    availability: OWN_FACILITATOR_PROFILE,
    ...timestamps,
  },
  campaigns: {
    federation: FEDERATION,
    title: same(STAFF_ONLY),
    slug: same(STAFF_ONLY),
    phase: same(STAFF_ONLY),
    region: same(STAFF_ONLY),
    step: same(STAFF_ONLY),
    programme: same(STAFF_ONLY),
    startDate: same(STAFF_ONLY),
    endDate: same(STAFF_ONLY),
    summary: same(STAFF_ONLY),
    targets: same(STAFF_ONLY),
    assets: same(STAFF_ONLY),
    structures: same(STAFF_ONLY),
    ericSpaces: same(STAFF_ONLY),
    internalNotes: same(STAFF_ONLY),
    kit: same(STAFF_ONLY),
    kitMailing: computed,
    clonedFrom: computed,
    ...timestamps,
  },
  programmes: {
    federation: FEDERATION,
    // Set when an edition is created; only an admin re-points or removes it: unlinked, an edition would be free of
    // the template's protected modules.
    template: { create: PROGRAMME, update: ADMIN },
    title: same(PROGRAMME),
    slug: same(PROGRAMME),
    edition: same(PROGRAMME),
    lastReviewedAt: computed,
    summary: same(PROGRAMME),
    objectives: same(PROGRAMME),
    audience: same(PROGRAMME),
    prerequisites: same(PROGRAMME),
    durationHours: same(PROGRAMME),
    durationDays: same(PROGRAMME),
    accessDelay: same(PROGRAMME),
    methods: same(PROGRAMME),
    evaluation: same(PROGRAMME),
    accessibility: same(PROGRAMME),
    price: same(PROGRAMME),
    contacts: same(PROGRAMME),
    modules: same(PROGRAMME),
    _status: same(PROGRAMME),
    ...timestamps,
  },
  stories: {
    federation: FEDERATION,
    title: same(TEAM_ONLY),
    slug: same(TEAM_ONLY),
    summary: same(TEAM_ONLY),
    body: same(TEAM_ONLY),
    cover: same(TEAM_ONLY),
    tags: same(TEAM_ONLY),
    relatedStructures: same(TEAM_ONLY),
    relatedProgramme: same(TEAM_ONLY),
    publishedAt: same(TEAM_ONLY),
    quote: same(TEAM_ONLY),
    consent: same(TEAM_ONLY),
    _status: same(TEAM_ONLY),
    ...timestamps,
  },
  news: {
    federation: FEDERATION,
    title: same(TEAM_ONLY),
    slug: same(TEAM_ONLY),
    summary: same(TEAM_ONLY),
    body: same(TEAM_ONLY),
    cover: same(TEAM_ONLY),
    tags: same(TEAM_ONLY),
    relatedStructures: same(TEAM_ONLY),
    relatedProgramme: same(TEAM_ONLY),
    publishedAt: same(TEAM_ONLY),
    relatedCampaign: same(TEAM_ONLY),
    _status: same(TEAM_ONLY),
    ...timestamps,
  },
  media: {
    alt: same(TEAM_ONLY),
    credit: same(TEAM_ONLY),
    audience: same(TEAM_ONLY),
    structure: same(TEAM_ONLY),
    url: bookkeeping,
    thumbnailURL: bookkeeping,
    filename: UPLOAD_META,
    mimeType: UPLOAD_META,
    filesize: UPLOAD_META,
    width: UPLOAD_META,
    height: UPLOAD_META,
    focalX: UPLOAD_META,
    focalY: UPLOAD_META,
    sizes: UPLOAD_META,
    ...timestamps,
  },
  sessions: {
    federation: FEDERATION,
    title: STAFF_AND_STRUCTURE,
    programme: STAFF_AND_STRUCTURE,
    structures: STAFF_AND_STRUCTURE,
    venue: STAFF_AND_STRUCTURE,
    facilitators: same(STAFF_ONLY),
    slots: STAFF_AND_STRUCTURE,
    capacity: STAFF_AND_STRUCTURE,
    roleMixTarget: STAFF_AND_STRUCTURE,
    status: same(STAFF_ONLY),
    // Virtual: the half-days as one readable range, computed on read.
    dates: bookkeeping,
    ...timestamps,
  },
  'funding-files': {
    federation: FEDERATION,
    reference: SYSTEM,
    structure: FILE_REQUEST,
    session: FILE_REQUEST,
    opco: FILE_REQUEST,
    opcoRef: SYSTEM,
    submittedAt: SYSTEM,
    requestedAmount: FILE_REQUEST,
    requestedHours: FILE_REQUEST,
    requestedTrainees: FILE_REQUEST,
    agreedAmount: SYSTEM,
    validUntil: SYSTEM,
    remainder: SYSTEM,
    subrogation: FILE_REQUEST,
    selfFunded: SYSTEM,
    coFunded: FILE_REQUEST,
    refusalReason: SYSTEM,
    // The pieces that move a file to "ready" by themselves: only while it is being prepared.
    checklist: { create: grant(...STAFF, 'structure-admin'), update: [whileStatus(FILE_PREPARATION, ...STAFF, 'structure-admin')] },
    // The evidence that moves a delivered file to "evidence ready": recorded by the federation after the session.
    evidence: { create: [], update: [whileStatus(['delivered', 'evidence_ready'], ...STAFF)] },
    reportValidated: SYSTEM,
    documents: SYSTEM,
    status: SYSTEM,
    billingStatus: SYSTEM,
    deadline: computed,
    sessionStart: computed,
    coldSurveySentAt: { ...SYSTEM, onDenied: 'drop' },
    timerSeq: { ...SYSTEM, onDenied: 'drop' },
    ...timestamps,
  },
  'audit-events': allSystem(['file', 'structure', 'at', 'kind', 'from', 'to', 'summary', 'actorRole', 'actor', 'actorName', 'reason'], SYSTEM),
  notifications: allSystem([
    'kind', 'status', 'recipientEmail', 'recipientRole', 'language', 'subject', 'attempts', 'lastError', 'sentAt', 'lastAttemptAt',
    'file', 'structure', 'recipientUser', 'idempotencyKey', 'requestKey', 'messageId', 'calendarUid', 'calendarMethod', 'calendarSequence',
    'correlationId',
  ], SYSTEM),
  'outbox-events': allSystem(['eventId', 'type', 'aggregate', 'aggregateId', 'data', 'status', 'occurredAt', 'publishedAt', 'correlationId'], SYSTEM),
  participants: {
    name: STAFF_AND_STRUCTURE,
    email: STAFF_AND_STRUCTURE,
    structure: STAFF_AND_STRUCTURE,
    jobRole: STAFF_AND_STRUCTURE,
    language: STAFF_AND_STRUCTURE,
    consents: STAFF_AND_STRUCTURE,
    ...timestamps,
  },
  enrolments: {
    session: STAFF_AND_STRUCTURE,
    participant: STAFF_AND_STRUCTURE,
    structure: computed,
    status: STAFF_AND_STRUCTURE,
    hoursAttended: same(STAFF_ONLY),
    positioningDone: same(STAFF_ONLY),
    hotDone: same(STAFF_ONLY),
    coldDone: same(STAFF_ONLY),
    directorDone: same(STAFF_ONLY),
    ...timestamps,
  },
  attendance: {
    enrolment: same(STAFF_ONLY),
    slotIndex: same(STAFF_ONLY),
    status: same(STAFF_ONLY),
    signedAt: same(STAFF_ONLY),
    method: same(STAFF_ONLY),
    countersignedAt: same(STAFF_ONLY),
    countersignedBy: same(STAFF_ONLY),
    session: computed,
    participant: computed,
    structure: computed,
    line: computed,
    ...timestamps,
  },
  surveys: {
    kind: same(STAFF_ONLY),
    introFr: same(STAFF_ONLY),
    introEn: same(STAFF_ONLY),
    questions: same(STAFF_ONLY),
    ...timestamps,
  },
  'survey-responses': allSystem([
    'kind', 'session', 'enrolment', 'participant', 'respondent', 'structure', 'language', 'submittedAt', 'answers',
    'secondTrainingInterest', 'respondentKey',
  ]),
  reports: {
    ...allSystem(['kind', 'session', 'file', 'structures', 'trigger', 'generatedAt', 'inputsAsOf', 'pdf', 'content']),
    title: { create: [], update: ADMIN },
  },
  'personal-links': allSystem(['tokenHash', 'purpose', 'session', 'participant', 'user', 'expiresAt', 'usedAt', 'revokedAt']),
  // Written by src/gdpr only (the register of GDPR requests).
  'personal-data-requests': allSystem(['federation', 'kind', 'subjectType', 'subjectId', 'at', 'requestedBy', 'requestedByName', 'outcome']),
  'structure-imports': allSystem([
    'filename', 'format', 'status', 'source', 'total', 'processed', 'created', 'updated', 'unchanged', 'rejected', 'failed',
    'fileError', 'rowErrors', 'startedBy', 'startedAt', 'finishedAt', 'federation',
  ]),
  complaints: {
    receivedAt: COMPLAINT_FILING,
    channel: COMPLAINT_FILING,
    status: same(STAFF_ONLY),
    from: COMPLAINT_FILING,
    structure: COMPLAINT_FILING,
    session: COMPLAINT_FILING,
    subject: COMPLAINT_FILING,
    description: COMPLAINT_FILING,
    acknowledgedAt: same(STAFF_ONLY),
    answer: same(STAFF_ONLY),
    answeredAt: same(STAFF_ONLY),
    ...timestamps,
  },
  'improvement-actions': {
    federation: FEDERATION,
    title: same(STAFF_ONLY),
    description: same(STAFF_ONLY),
    sources: same(STAFF_ONLY),
    decidedAt: same(STAFF_ONLY),
    owner: same(STAFF_ONLY),
    dueDate: same(STAFF_ONLY),
    status: same(STAFF_ONLY),
    doneAt: same(STAFF_ONLY),
    outcome: same(STAFF_ONLY),
    ...timestamps,
  },
  'financer-appreciations': {
    federation: FEDERATION,
    year: same(STAFF_ONLY),
    opco: same(STAFF_ONLY),
    collectedAt: same(STAFF_ONLY),
    contactName: same(STAFF_ONLY),
    contactEmail: same(STAFF_ONLY),
    channel: same(STAFF_ONLY),
    rating: same(STAFF_ONLY),
    comment: same(STAFF_ONLY),
    ...timestamps,
  },
}

/** The same table for the globals (one-document settings): the global's own access lets only admins update it. */
export const GLOBAL_WRITE_RULES: Readonly<Record<string, CollectionWriteRules>> = {
  'organisation-settings': {
    ...Object.fromEntries(
      [
        'name', 'street', 'postalCode', 'city', 'siret', 'nda', 'qualiopiNumber', 'qualiopiCertifier', 'qualiopiExpiresOn',
        'signatoryName', 'signatoryRole', 'contactEmail', 'contactPhone', 'rulesDocument',
      ].map((n) => [n, same(ADMIN)]),
    ),
    ...timestamps,
  },
}
