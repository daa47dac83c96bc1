import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`personal_data_requests\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_federation_idx\` ON \`personal_data_requests\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`structure_imports\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`structure_imports_federation_idx\` ON \`structure_imports\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`improvement_actions\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_federation_idx\` ON \`improvement_actions\` (\`federation_id\`);`)
  await db.run(sql`ALTER TABLE \`financer_appreciations\` ADD \`federation_id\` text(36) REFERENCES federations(id);`)
  await db.run(sql`CREATE INDEX \`financer_appreciations_federation_idx\` ON \`financer_appreciations\` (\`federation_id\`);`)

  // Additive, as migration 20261206_000756_federations: the rows written before are the first federation's (none
  // when the platform has no federation yet).
  for (const table of ['personal_data_requests', 'structure_imports', 'improvement_actions', 'financer_appreciations']) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET federation_id = (SELECT id FROM federations ORDER BY created_at LIMIT 1) WHERE federation_id IS NULL`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_personal_data_requests\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`subject_type\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`requested_by_id\` text(36),
  	\`requested_by_name\` text,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_personal_data_requests\`("id", "kind", "subject_type", "subject_id", "at", "requested_by_id", "requested_by_name", "outcome", "updated_at", "created_at") SELECT "id", "kind", "subject_type", "subject_id", "at", "requested_by_id", "requested_by_name", "outcome", "updated_at", "created_at" FROM \`personal_data_requests\`;`)
  await db.run(sql`DROP TABLE \`personal_data_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_personal_data_requests\` RENAME TO \`personal_data_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_kind_idx\` ON \`personal_data_requests\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_subject_id_idx\` ON \`personal_data_requests\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_at_idx\` ON \`personal_data_requests\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_requested_by_idx\` ON \`personal_data_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_updated_at_idx\` ON \`personal_data_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`personal_data_requests_created_at_idx\` ON \`personal_data_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_structure_imports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`filename\` text NOT NULL,
  	\`format\` text,
  	\`status\` text NOT NULL,
  	\`source\` text,
  	\`total\` numeric DEFAULT 0,
  	\`processed\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`updated\` numeric DEFAULT 0,
  	\`unchanged\` numeric DEFAULT 0,
  	\`rejected\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`file_error\` text,
  	\`row_errors\` text,
  	\`started_by_id\` text(36),
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_structure_imports\`("id", "filename", "format", "status", "source", "total", "processed", "created", "updated", "unchanged", "rejected", "failed", "file_error", "row_errors", "started_by_id", "started_at", "finished_at", "updated_at", "created_at") SELECT "id", "filename", "format", "status", "source", "total", "processed", "created", "updated", "unchanged", "rejected", "failed", "file_error", "row_errors", "started_by_id", "started_at", "finished_at", "updated_at", "created_at" FROM \`structure_imports\`;`)
  await db.run(sql`DROP TABLE \`structure_imports\`;`)
  await db.run(sql`ALTER TABLE \`__new_structure_imports\` RENAME TO \`structure_imports\`;`)
  await db.run(sql`CREATE INDEX \`structure_imports_status_idx\` ON \`structure_imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`structure_imports_started_by_idx\` ON \`structure_imports\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`structure_imports_started_at_idx\` ON \`structure_imports\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`structure_imports_updated_at_idx\` ON \`structure_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`structure_imports_created_at_idx\` ON \`structure_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_improvement_actions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`decided_at\` text NOT NULL,
  	\`owner_id\` text(36),
  	\`due_date\` text,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`done_at\` text,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_improvement_actions\`("id", "title", "description", "decided_at", "owner_id", "due_date", "status", "done_at", "outcome", "updated_at", "created_at") SELECT "id", "title", "description", "decided_at", "owner_id", "due_date", "status", "done_at", "outcome", "updated_at", "created_at" FROM \`improvement_actions\`;`)
  await db.run(sql`DROP TABLE \`improvement_actions\`;`)
  await db.run(sql`ALTER TABLE \`__new_improvement_actions\` RENAME TO \`improvement_actions\`;`)
  await db.run(sql`CREATE INDEX \`improvement_actions_decided_at_idx\` ON \`improvement_actions\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_owner_idx\` ON \`improvement_actions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_status_idx\` ON \`improvement_actions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_done_at_idx\` ON \`improvement_actions\` (\`done_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_updated_at_idx\` ON \`improvement_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_created_at_idx\` ON \`improvement_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_financer_appreciations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`opco\` text NOT NULL,
  	\`collected_at\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`contact_email\` text,
  	\`channel\` text DEFAULT 'survey' NOT NULL,
  	\`rating\` numeric NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_financer_appreciations\`("id", "year", "opco", "collected_at", "contact_name", "contact_email", "channel", "rating", "comment", "updated_at", "created_at") SELECT "id", "year", "opco", "collected_at", "contact_name", "contact_email", "channel", "rating", "comment", "updated_at", "created_at" FROM \`financer_appreciations\`;`)
  await db.run(sql`DROP TABLE \`financer_appreciations\`;`)
  await db.run(sql`ALTER TABLE \`__new_financer_appreciations\` RENAME TO \`financer_appreciations\`;`)
  await db.run(sql`CREATE INDEX \`financer_appreciations_year_idx\` ON \`financer_appreciations\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`financer_appreciations_updated_at_idx\` ON \`financer_appreciations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`financer_appreciations_created_at_idx\` ON \`financer_appreciations\` (\`created_at\`);`)
}
