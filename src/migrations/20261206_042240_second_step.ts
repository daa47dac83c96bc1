import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`structures\` ADD \`contact_step\` text DEFAULT 'first';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`step\` text DEFAULT 'first';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`programme_id\` text(36) REFERENCES programmes(id);`)
  await db.run(sql`CREATE INDEX \`campaigns_programme_idx\` ON \`campaigns\` (\`programme_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`federation_id\` text(36),
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
  	FOREIGN KEY (\`federation_id\`) REFERENCES \`federations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assets_presentation_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assets_procedure_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kit_mailing_launched_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cloned_from_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "federation_id", "title", "slug", "phase", "region", "start_date", "end_date", "summary", "targets_structures", "targets_eric_spaces", "assets_presentation_id", "assets_procedure_id", "internal_notes", "kit_link", "kit_mailing_status", "kit_mailing_generation", "kit_mailing_launched_at", "kit_mailing_paused_at", "kit_mailing_launched_by_id", "cloned_from_id", "updated_at", "created_at") SELECT "id", "federation_id", "title", "slug", "phase", "region", "start_date", "end_date", "summary", "targets_structures", "targets_eric_spaces", "assets_presentation_id", "assets_procedure_id", "internal_notes", "kit_link", "kit_mailing_status", "kit_mailing_generation", "kit_mailing_launched_at", "kit_mailing_paused_at", "kit_mailing_launched_by_id", "cloned_from_id", "updated_at", "created_at" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`campaigns_federation_idx\` ON \`campaigns\` (\`federation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assets_assets_presentation_idx\` ON \`campaigns\` (\`assets_presentation_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assets_assets_procedure_idx\` ON \`campaigns\` (\`assets_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kit_mailing_kit_mailing_launched_by_idx\` ON \`campaigns\` (\`kit_mailing_launched_by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_cloned_from_idx\` ON \`campaigns\` (\`cloned_from_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`contact_step\`;`)
}
