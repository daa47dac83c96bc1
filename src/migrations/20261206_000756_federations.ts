import { randomUUID } from 'node:crypto'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { FIRST_FEDERATION } from '../../collections/federations/phases'

/** The tables whose rows belong to a federation; what exists goes into the first one. */
const FEDERATED_TABLES = ['structures', 'eric_spaces', 'facilitators', 'campaigns', 'stories', 'news', 'sessions', 'funding_files']

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`federations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`territory\` text,
  	\`phase\` text DEFAULT 'experimentation' NOT NULL,
  	\`network_name\` text DEFAULT 'ERIC',
  	\`network_label\` text,
  	\`structures_target\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`federations_name_idx\` ON \`federations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`federations_slug_idx\` ON \`federations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`federations_updated_at_idx\` ON \`federations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`federations_created_at_idx\` ON \`federations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users_rels\` ADD \`federations_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`users_rels_federations_id_idx\` ON \`users_rels\` (\`federations_id\`);`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`structures_federation_idx\` ON \`structures\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`eric_spaces\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`eric_spaces_federation_idx\` ON \`eric_spaces\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`facilitators\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`facilitators_federation_idx\` ON \`facilitators\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`campaigns_federation_idx\` ON \`campaigns\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`stories_federation_idx\` ON \`stories\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_federation_idx\` ON \`_stories_v\` (\`version_federation_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`news_federation_idx\` ON \`news\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_federation_idx\` ON \`_news_v\` (\`version_federation_id\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`sessions_federation_idx\` ON \`sessions\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`funding_files\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`funding_files_federation_idx\` ON \`funding_files\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`federations_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_federations_id_idx\` ON \`payload_locked_documents_rels\` (\`federations_id\`);`)

  // Additive: what existed before federations is PACA-Corse-DOM's, and its coordinators, editors and facilitators
  // are its members. A database with nothing in it yet gets the federation at first need instead.
  const existing = await db.get<{ n: number }>(sql`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM structures) AS n`)
  if (!existing || Number(existing.n) === 0) return
  const id = randomUUID()
  const f = FIRST_FEDERATION
  await db.run(sql`INSERT INTO federations (id, name, slug, territory, phase, network_name, network_label)
    VALUES (${id}, ${f.name}, ${f.slug}, ${f.territory}, ${f.phase}, ${f.networkName}, ${f.networkLabel})`)
  for (const table of FEDERATED_TABLES) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET federation_id = ${id} WHERE federation_id IS NULL`)
  }
  await db.run(sql`UPDATE _stories_v SET version_federation_id = ${id} WHERE version_federation_id IS NULL`)
  await db.run(sql`UPDATE _news_v SET version_federation_id = ${id} WHERE version_federation_id IS NULL`)
  await db.run(sql`INSERT INTO users_rels ("order", parent_id, path, federations_id)
    SELECT 1, id, 'federations', ${id} FROM users WHERE role IN ('coordinator', 'editor', 'facilitator')`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`federations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`structures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`structures_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_rels\`("id", "order", "parent_id", "path", "structures_id") SELECT "id", "order", "parent_id", "path", "structures_id" FROM \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_rels\` RENAME TO \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_structures_id_idx\` ON \`users_rels\` (\`structures_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_structures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`managing_association\` text,
  	\`type\` text NOT NULL,
  	\`headcount_band\` text,
  	\`siret\` text NOT NULL,
  	\`idcc\` text,
  	\`opco\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`commune\` text NOT NULL,
  	\`departement\` text NOT NULL,
  	\`region\` text,
  	\`contact_email\` text,
  	\`partner_eric_id\` text(36),
  	\`assigned_facilitator_id\` text(36),
  	\`contact_status\` text DEFAULT 'to-approach' NOT NULL,
  	\`contact_status_changed_at\` text,
  	\`campaign_opt_out_at\` text,
  	\`campaign_opt_out_email\` text,
  	\`last_contact_at\` text,
  	\`worklist_nudged_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_eric_id\`) REFERENCES \`eric_spaces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_facilitator_id\`) REFERENCES \`facilitators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_structures\`("id", "name", "managing_association", "type", "headcount_band", "siret", "idcc", "opco", "street", "postal_code", "commune", "departement", "region", "contact_email", "partner_eric_id", "assigned_facilitator_id", "contact_status", "contact_status_changed_at", "campaign_opt_out_at", "campaign_opt_out_email", "last_contact_at", "worklist_nudged_at", "updated_at", "created_at") SELECT "id", "name", "managing_association", "type", "headcount_band", "siret", "idcc", "opco", "street", "postal_code", "commune", "departement", "region", "contact_email", "partner_eric_id", "assigned_facilitator_id", "contact_status", "contact_status_changed_at", "campaign_opt_out_at", "campaign_opt_out_email", "last_contact_at", "worklist_nudged_at", "updated_at", "created_at" FROM \`structures\`;`)
  await db.run(sql`DROP TABLE \`structures\`;`)
  await db.run(sql`ALTER TABLE \`__new_structures\` RENAME TO \`structures\`;`)
  await db.run(sql`CREATE INDEX \`structures_name_idx\` ON \`structures\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`structures_siret_idx\` ON \`structures\` (\`siret\`);`)
  await db.run(sql`CREATE INDEX \`structures_departement_idx\` ON \`structures\` (\`departement\`);`)
  await db.run(sql`CREATE INDEX \`structures_region_idx\` ON \`structures\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`structures_partner_eric_idx\` ON \`structures\` (\`partner_eric_id\`);`)
  await db.run(sql`CREATE INDEX \`structures_assigned_facilitator_idx\` ON \`structures\` (\`assigned_facilitator_id\`);`)
  await db.run(sql`CREATE INDEX \`structures_updated_at_idx\` ON \`structures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`structures_created_at_idx\` ON \`structures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_eric_spaces\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`labelled\` integer DEFAULT true,
  	\`label_year\` numeric,
  	\`carrier_name\` text,
  	\`carrier_kind\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`commune\` text NOT NULL,
  	\`departement\` text NOT NULL,
  	\`region\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_eric_spaces\`("id", "name", "labelled", "label_year", "carrier_name", "carrier_kind", "street", "postal_code", "commune", "departement", "region", "email", "phone", "updated_at", "created_at") SELECT "id", "name", "labelled", "label_year", "carrier_name", "carrier_kind", "street", "postal_code", "commune", "departement", "region", "email", "phone", "updated_at", "created_at" FROM \`eric_spaces\`;`)
  await db.run(sql`DROP TABLE \`eric_spaces\`;`)
  await db.run(sql`ALTER TABLE \`__new_eric_spaces\` RENAME TO \`eric_spaces\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`eric_spaces_name_idx\` ON \`eric_spaces\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`eric_spaces_departement_idx\` ON \`eric_spaces\` (\`departement\`);`)
  await db.run(sql`CREATE INDEX \`eric_spaces_region_idx\` ON \`eric_spaces\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`eric_spaces_updated_at_idx\` ON \`eric_spaces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`eric_spaces_created_at_idx\` ON \`eric_spaces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_facilitators\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`user_id\` text(36) NOT NULL,
  	\`eric_space_id\` text(36) NOT NULL,
  	\`title\` text DEFAULT 'animateur-multimedia' NOT NULL,
  	\`trainer_qualified\` integer DEFAULT false,
  	\`availability\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`eric_space_id\`) REFERENCES \`eric_spaces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_facilitators\`("id", "name", "user_id", "eric_space_id", "title", "trainer_qualified", "availability", "updated_at", "created_at") SELECT "id", "name", "user_id", "eric_space_id", "title", "trainer_qualified", "availability", "updated_at", "created_at" FROM \`facilitators\`;`)
  await db.run(sql`DROP TABLE \`facilitators\`;`)
  await db.run(sql`ALTER TABLE \`__new_facilitators\` RENAME TO \`facilitators\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`facilitators_user_idx\` ON \`facilitators\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`facilitators_eric_space_idx\` ON \`facilitators\` (\`eric_space_id\`);`)
  await db.run(sql`CREATE INDEX \`facilitators_updated_at_idx\` ON \`facilitators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`facilitators_created_at_idx\` ON \`facilitators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`phase\` text NOT NULL,
  	\`region\` text,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`summary\` text,
  	\`targets_structures\` numeric,
  	\`targets_eric_spaces\` numeric,
  	\`assets_presentation_id\` text(36),
  	\`assets_procedure_id\` text(36),
  	\`internal_notes\` text,
  	\`kit_link\` text,
  	\`kit_mailing_status\` text DEFAULT 'idle',
  	\`kit_mailing_generation\` numeric DEFAULT 0,
  	\`kit_mailing_launched_at\` text,
  	\`kit_mailing_paused_at\` text,
  	\`kit_mailing_launched_by_id\` text(36),
  	\`cloned_from_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assets_presentation_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assets_procedure_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kit_mailing_launched_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cloned_from_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "title", "slug", "phase", "region", "start_date", "end_date", "summary", "targets_structures", "targets_eric_spaces", "assets_presentation_id", "assets_procedure_id", "internal_notes", "kit_link", "kit_mailing_status", "kit_mailing_generation", "kit_mailing_launched_at", "kit_mailing_paused_at", "kit_mailing_launched_by_id", "cloned_from_id", "updated_at", "created_at") SELECT "id", "title", "slug", "phase", "region", "start_date", "end_date", "summary", "targets_structures", "targets_eric_spaces", "assets_presentation_id", "assets_procedure_id", "internal_notes", "kit_link", "kit_mailing_status", "kit_mailing_generation", "kit_mailing_launched_at", "kit_mailing_paused_at", "kit_mailing_launched_by_id", "cloned_from_id", "updated_at", "created_at" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assets_assets_presentation_idx\` ON \`campaigns\` (\`assets_presentation_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assets_assets_procedure_idx\` ON \`campaigns\` (\`assets_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kit_mailing_kit_mailing_launched_by_idx\` ON \`campaigns\` (\`kit_mailing_launched_by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_cloned_from_idx\` ON \`campaigns\` (\`cloned_from_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`cover_id\` text(36),
  	\`related_programme_id\` text(36),
  	\`published_at\` text,
  	\`quote_text\` text,
  	\`quote_person_name\` text,
  	\`quote_job_role\` text,
  	\`consent_given_by\` text,
  	\`consent_given_at\` text,
  	\`consent_proof_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`related_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_proof_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories\`("id", "title", "slug", "summary", "body", "cover_id", "related_programme_id", "published_at", "quote_text", "quote_person_name", "quote_job_role", "consent_given_by", "consent_given_at", "consent_proof_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "cover_id", "related_programme_id", "published_at", "quote_text", "quote_person_name", "quote_job_role", "consent_given_by", "consent_given_at", "consent_proof_id", "updated_at", "created_at", "_status" FROM \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_cover_idx\` ON \`stories\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_related_programme_idx\` ON \`stories\` (\`related_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_published_at_idx\` ON \`stories\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_consent_proof_idx\` ON \`stories\` (\`consent_proof_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__stories_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_cover_id\` text(36),
  	\`version_related_programme_id\` text(36),
  	\`version_published_at\` text,
  	\`version_quote_text\` text,
  	\`version_quote_person_name\` text,
  	\`version_quote_job_role\` text,
  	\`version_consent_given_by\` text,
  	\`version_consent_given_at\` text,
  	\`version_consent_proof_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_related_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_proof_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stories_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_cover_id", "version_related_programme_id", "version_published_at", "version_quote_text", "version_quote_person_name", "version_quote_job_role", "version_consent_given_by", "version_consent_given_at", "version_consent_proof_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_cover_id", "version_related_programme_id", "version_published_at", "version_quote_text", "version_quote_person_name", "version_quote_job_role", "version_consent_given_by", "version_consent_given_at", "version_consent_proof_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__stories_v\` RENAME TO \`_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_cover_idx\` ON \`_stories_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_related_programme_idx\` ON \`_stories_v\` (\`version_related_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_published_at_idx\` ON \`_stories_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_version_consent_proof_idx\` ON \`_stories_v\` (\`version_consent_proof_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`cover_id\` text(36),
  	\`related_programme_id\` text(36),
  	\`published_at\` text,
  	\`related_campaign_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`related_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`related_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "title", "slug", "summary", "body", "cover_id", "related_programme_id", "published_at", "related_campaign_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "cover_id", "related_programme_id", "published_at", "related_campaign_id", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_related_programme_idx\` ON \`news\` (\`related_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_related_campaign_idx\` ON \`news\` (\`related_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_cover_id\` text(36),
  	\`version_related_programme_id\` text(36),
  	\`version_published_at\` text,
  	\`version_related_campaign_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_related_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_related_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_cover_id", "version_related_programme_id", "version_published_at", "version_related_campaign_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_cover_id", "version_related_programme_id", "version_published_at", "version_related_campaign_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_related_programme_idx\` ON \`_news_v\` (\`version_related_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_related_campaign_idx\` ON \`_news_v\` (\`version_related_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`programme_id\` text(36),
  	\`venue_id\` text(36),
  	\`capacity_min\` numeric DEFAULT 8,
  	\`capacity_max\` numeric DEFAULT 15,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`eric_spaces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "title", "programme_id", "venue_id", "capacity_min", "capacity_max", "status", "updated_at", "created_at") SELECT "id", "title", "programme_id", "venue_id", "capacity_min", "capacity_max", "status", "updated_at", "created_at" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`CREATE INDEX \`sessions_programme_idx\` ON \`sessions\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_venue_idx\` ON \`sessions\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_status_idx\` ON \`sessions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_funding_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`structure_id\` text(36) NOT NULL,
  	\`session_id\` text(36),
  	\`opco\` text,
  	\`opco_ref\` text,
  	\`submitted_at\` text,
  	\`requested_amount\` numeric,
  	\`requested_hours\` numeric DEFAULT 21,
  	\`requested_trainees\` numeric,
  	\`agreed_amount\` numeric,
  	\`valid_until\` text,
  	\`remainder\` numeric,
  	\`subrogation\` integer DEFAULT true,
  	\`self_funded\` integer,
  	\`co_funded\` integer,
  	\`refusal_reason\` text,
  	\`checklist_devis_signed\` integer,
  	\`checklist_convention_signed\` integer,
  	\`checklist_programme_attached\` integer,
  	\`evidence_sheets_signed\` integer,
  	\`evidence_sheets_countersigned\` integer,
  	\`evidence_hours_computed\` integer,
  	\`evidence_certificats_signed\` integer,
  	\`report_validated\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`billing_status\` text DEFAULT 'none' NOT NULL,
  	\`deadline\` text,
  	\`session_start\` text,
  	\`cold_survey_sent_at\` text,
  	\`timer_seq\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_funding_files\`("id", "reference", "structure_id", "session_id", "opco", "opco_ref", "submitted_at", "requested_amount", "requested_hours", "requested_trainees", "agreed_amount", "valid_until", "remainder", "subrogation", "self_funded", "co_funded", "refusal_reason", "checklist_devis_signed", "checklist_convention_signed", "checklist_programme_attached", "evidence_sheets_signed", "evidence_sheets_countersigned", "evidence_hours_computed", "evidence_certificats_signed", "report_validated", "status", "billing_status", "deadline", "session_start", "cold_survey_sent_at", "timer_seq", "updated_at", "created_at") SELECT "id", "reference", "structure_id", "session_id", "opco", "opco_ref", "submitted_at", "requested_amount", "requested_hours", "requested_trainees", "agreed_amount", "valid_until", "remainder", "subrogation", "self_funded", "co_funded", "refusal_reason", "checklist_devis_signed", "checklist_convention_signed", "checklist_programme_attached", "evidence_sheets_signed", "evidence_sheets_countersigned", "evidence_hours_computed", "evidence_certificats_signed", "report_validated", "status", "billing_status", "deadline", "session_start", "cold_survey_sent_at", "timer_seq", "updated_at", "created_at" FROM \`funding_files\`;`)
  await db.run(sql`DROP TABLE \`funding_files\`;`)
  await db.run(sql`ALTER TABLE \`__new_funding_files\` RENAME TO \`funding_files\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`funding_files_reference_idx\` ON \`funding_files\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_structure_idx\` ON \`funding_files\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_session_idx\` ON \`funding_files\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_status_idx\` ON \`funding_files\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_session_start_idx\` ON \`funding_files\` (\`session_start\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_updated_at_idx\` ON \`funding_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`funding_files_created_at_idx\` ON \`funding_files\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`structures_id\` text(36),
  	\`eric_spaces_id\` text(36),
  	\`facilitators_id\` text(36),
  	\`campaigns_id\` text(36),
  	\`programmes_id\` text(36),
  	\`stories_id\` text(36),
  	\`news_id\` text(36),
  	\`media_id\` text(36),
  	\`sessions_id\` text(36),
  	\`funding_files_id\` text(36),
  	\`audit_events_id\` text(36),
  	\`notifications_id\` text(36),
  	\`outbox_events_id\` text(36),
  	\`participants_id\` text(36),
  	\`enrolments_id\` text(36),
  	\`attendance_id\` text(36),
  	\`surveys_id\` text(36),
  	\`survey_responses_id\` text(36),
  	\`reports_id\` text(36),
  	\`personal_links_id\` text(36),
  	\`personal_data_requests_id\` text(36),
  	\`structure_imports_id\` text(36),
  	\`complaints_id\` text(36),
  	\`improvement_actions_id\` text(36),
  	\`financer_appreciations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`structures_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`eric_spaces_id\`) REFERENCES \`eric_spaces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`facilitators_id\`) REFERENCES \`facilitators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_files_id\`) REFERENCES \`funding_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_events_id\`) REFERENCES \`outbox_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enrolments_id\`) REFERENCES \`enrolments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attendance_id\`) REFERENCES \`attendance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personal_links_id\`) REFERENCES \`personal_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personal_data_requests_id\`) REFERENCES \`personal_data_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`structure_imports_id\`) REFERENCES \`structure_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`improvement_actions_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`financer_appreciations_id\`) REFERENCES \`financer_appreciations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "structures_id", "eric_spaces_id", "facilitators_id", "campaigns_id", "programmes_id", "stories_id", "news_id", "media_id", "sessions_id", "funding_files_id", "audit_events_id", "notifications_id", "outbox_events_id", "participants_id", "enrolments_id", "attendance_id", "surveys_id", "survey_responses_id", "reports_id", "personal_links_id", "personal_data_requests_id", "structure_imports_id", "complaints_id", "improvement_actions_id", "financer_appreciations_id") SELECT "id", "order", "parent_id", "path", "users_id", "structures_id", "eric_spaces_id", "facilitators_id", "campaigns_id", "programmes_id", "stories_id", "news_id", "media_id", "sessions_id", "funding_files_id", "audit_events_id", "notifications_id", "outbox_events_id", "participants_id", "enrolments_id", "attendance_id", "surveys_id", "survey_responses_id", "reports_id", "personal_links_id", "personal_data_requests_id", "structure_imports_id", "complaints_id", "improvement_actions_id", "financer_appreciations_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_structures_id_idx\` ON \`payload_locked_documents_rels\` (\`structures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_eric_spaces_id_idx\` ON \`payload_locked_documents_rels\` (\`eric_spaces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_facilitators_id_idx\` ON \`payload_locked_documents_rels\` (\`facilitators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_files_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_events_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enrolments_id_idx\` ON \`payload_locked_documents_rels\` (\`enrolments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_links_id_idx\` ON \`payload_locked_documents_rels\` (\`personal_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_data_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`personal_data_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_structure_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`structure_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_improvement_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`improvement_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_financer_appreciations_id_idx\` ON \`payload_locked_documents_rels\` (\`financer_appreciations_id\`);`)
}
