import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisation_settings\` (
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisation_settings\`;`)
}
