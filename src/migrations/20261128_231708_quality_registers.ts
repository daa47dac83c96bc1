import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaints\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`channel\` text DEFAULT 'email' NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`from_name\` text NOT NULL,
  	\`from_role\` text NOT NULL,
  	\`structure_id\` text(36),
  	\`session_id\` text(36),
  	\`subject\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`acknowledged_at\` text,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_received_at_idx\` ON \`complaints\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_status_idx\` ON \`complaints\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`complaints_structure_idx\` ON \`complaints\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_session_idx\` ON \`complaints\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`improvement_actions\` (
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
  await db.run(sql`CREATE INDEX \`improvement_actions_decided_at_idx\` ON \`improvement_actions\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_owner_idx\` ON \`improvement_actions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_status_idx\` ON \`improvement_actions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_done_at_idx\` ON \`improvement_actions\` (\`done_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_updated_at_idx\` ON \`improvement_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_created_at_idx\` ON \`improvement_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`improvement_actions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaints_id\` text(36),
  	\`survey_responses_id\` text(36),
  	\`reports_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_order_idx\` ON \`improvement_actions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_parent_idx\` ON \`improvement_actions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_path_idx\` ON \`improvement_actions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_complaints_id_idx\` ON \`improvement_actions_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_survey_responses_id_idx\` ON \`improvement_actions_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_reports_id_idx\` ON \`improvement_actions_rels\` (\`reports_id\`);`)
  // The same foreign keys as Payload's own schema (cascade): the generator left ON DELETE out, which made a
  // later schema push (next dev, a worker outside production) try to rebuild the table.
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaints_id\` text(36) REFERENCES complaints(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`improvement_actions_id\` text(36) REFERENCES improvement_actions(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_improvement_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`improvement_actions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`improvement_actions\`;`)
  await db.run(sql`DROP TABLE \`improvement_actions_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`structure_imports_id\` text(36),
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
  	FOREIGN KEY (\`structure_imports_id\`) REFERENCES \`structure_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "structures_id", "eric_spaces_id", "facilitators_id", "campaigns_id", "programmes_id", "stories_id", "news_id", "media_id", "sessions_id", "funding_files_id", "audit_events_id", "notifications_id", "outbox_events_id", "participants_id", "enrolments_id", "attendance_id", "surveys_id", "survey_responses_id", "reports_id", "personal_links_id", "structure_imports_id") SELECT "id", "order", "parent_id", "path", "users_id", "structures_id", "eric_spaces_id", "facilitators_id", "campaigns_id", "programmes_id", "stories_id", "news_id", "media_id", "sessions_id", "funding_files_id", "audit_events_id", "notifications_id", "outbox_events_id", "participants_id", "enrolments_id", "attendance_id", "surveys_id", "survey_responses_id", "reports_id", "personal_links_id", "structure_imports_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_structure_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`structure_imports_id\`);`)
}
