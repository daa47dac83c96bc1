import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_name\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_street\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_postal_code\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_city\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_siret\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_nda\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_qualiopi_number\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_qualiopi_certifier\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_qualiopi_expires_on\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_signatory_name\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_signatory_role\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`organisation_rules_document_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`mail_sender_name\` text;`)
  await db.run(sql`ALTER TABLE \`federations\` ADD \`mail_sender_address\` text;`)
  await db.run(sql`CREATE INDEX \`federations_organisation_organisation_rules_document_idx\` ON \`federations\` (\`organisation_rules_document_id\`);`)
  await db.run(sql`ALTER TABLE \`programmes_modules\` ADD \`template_module\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`template_id\` text(36) REFERENCES programmes(id);`)
  await db.run(sql`CREATE INDEX \`programmes_federation_idx\` ON \`programmes\` (\`federation_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_template_idx\` ON \`programmes\` (\`template_id\`);`)
  await db.run(sql`ALTER TABLE \`_programmes_v_version_modules\` ADD \`template_module\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_template_id\` text(36) REFERENCES programmes(id);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_federation_idx\` ON \`_programmes_v\` (\`version_federation_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_template_idx\` ON \`_programmes_v\` (\`version_template_id\`);`)

  // Additive: the programmes that existed were the one federation's, edited by its coordinators; they stay its own
  // (a national template is written afresh by the national coordination). An empty database has none.
  // `all`, not `get`: drizzle's `get` fails on no row.
  const [first] = await db.all<{ id: string }>(sql`SELECT id FROM federations ORDER BY created_at, id LIMIT 1`)
  if (!first) return
  await db.run(sql`UPDATE programmes SET federation_id = ${first.id} WHERE federation_id IS NULL`)
  await db.run(sql`UPDATE _programmes_v SET version_federation_id = ${first.id} WHERE version_federation_id IS NULL`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_federations\` (
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
  await db.run(sql`INSERT INTO \`__new_federations\`("id", "name", "slug", "territory", "phase", "network_name", "network_label", "structures_target", "updated_at", "created_at") SELECT "id", "name", "slug", "territory", "phase", "network_name", "network_label", "structures_target", "updated_at", "created_at" FROM \`federations\`;`)
  await db.run(sql`DROP TABLE \`federations\`;`)
  await db.run(sql`ALTER TABLE \`__new_federations\` RENAME TO \`federations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`federations_name_idx\` ON \`federations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`federations_slug_idx\` ON \`federations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`federations_updated_at_idx\` ON \`federations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`federations_created_at_idx\` ON \`federations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_programmes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`edition\` text,
  	\`last_reviewed_at\` text,
  	\`summary\` text,
  	\`audience\` text,
  	\`prerequisites\` text,
  	\`duration_hours\` numeric DEFAULT 21,
  	\`duration_days\` numeric DEFAULT 3,
  	\`access_delay\` text,
  	\`methods\` text,
  	\`evaluation\` text,
  	\`accessibility\` text,
  	\`price_amount_per_day\` numeric,
  	\`price_vat_exempt\` integer DEFAULT true,
  	\`price_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programmes\`("id", "title", "slug", "edition", "last_reviewed_at", "summary", "audience", "prerequisites", "duration_hours", "duration_days", "access_delay", "methods", "evaluation", "accessibility", "price_amount_per_day", "price_vat_exempt", "price_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "edition", "last_reviewed_at", "summary", "audience", "prerequisites", "duration_hours", "duration_days", "access_delay", "methods", "evaluation", "accessibility", "price_amount_per_day", "price_vat_exempt", "price_notes", "updated_at", "created_at", "_status" FROM \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_programmes\` RENAME TO \`programmes\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_slug_idx\` ON \`programmes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__programmes_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_edition\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_summary\` text,
  	\`version_audience\` text,
  	\`version_prerequisites\` text,
  	\`version_duration_hours\` numeric DEFAULT 21,
  	\`version_duration_days\` numeric DEFAULT 3,
  	\`version_access_delay\` text,
  	\`version_methods\` text,
  	\`version_evaluation\` text,
  	\`version_accessibility\` text,
  	\`version_price_amount_per_day\` numeric,
  	\`version_price_vat_exempt\` integer DEFAULT true,
  	\`version_price_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programmes_v\`("id", "parent_id", "version_title", "version_slug", "version_edition", "version_last_reviewed_at", "version_summary", "version_audience", "version_prerequisites", "version_duration_hours", "version_duration_days", "version_access_delay", "version_methods", "version_evaluation", "version_accessibility", "version_price_amount_per_day", "version_price_vat_exempt", "version_price_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_edition", "version_last_reviewed_at", "version_summary", "version_audience", "version_prerequisites", "version_duration_hours", "version_duration_days", "version_access_delay", "version_methods", "version_evaluation", "version_accessibility", "version_price_amount_per_day", "version_price_vat_exempt", "version_price_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__programmes_v\` RENAME TO \`_programmes_v\`;`)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_slug_idx\` ON \`_programmes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`programmes_modules\` DROP COLUMN \`template_module\`;`)
  await db.run(sql`ALTER TABLE \`_programmes_v_version_modules\` DROP COLUMN \`template_module\`;`)
}
