import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisation_settings\` ADD \`rules_document_id\` text(36) REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`organisation_settings_rules_document_idx\` ON \`organisation_settings\` (\`rules_document_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisation_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`city\` text,
  	\`siret\` text,
  	\`nda\` text,
  	\`qualiopi_number\` text,
  	\`qualiopi_certifier\` text,
  	\`qualiopi_expires_on\` text,
  	\`signatory_name\` text,
  	\`signatory_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisation_settings\`("id", "name", "street", "postal_code", "city", "siret", "nda", "qualiopi_number", "qualiopi_certifier", "qualiopi_expires_on", "signatory_name", "signatory_role", "contact_email", "contact_phone", "updated_at", "created_at") SELECT "id", "name", "street", "postal_code", "city", "siret", "nda", "qualiopi_number", "qualiopi_certifier", "qualiopi_expires_on", "signatory_name", "signatory_role", "contact_email", "contact_phone", "updated_at", "created_at" FROM \`organisation_settings\`;`)
  await db.run(sql`DROP TABLE \`organisation_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisation_settings\` RENAME TO \`organisation_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
