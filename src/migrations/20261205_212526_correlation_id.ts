import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`correlation_id\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_correlation_id_idx\` ON \`notifications\` (\`correlation_id\`);`)
  await db.run(sql`ALTER TABLE \`outbox_events\` ADD \`correlation_id\` text;`)
  await db.run(sql`CREATE INDEX \`outbox_events_correlation_id_idx\` ON \`outbox_events\` (\`correlation_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`notifications_correlation_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`correlation_id\`;`)
  await db.run(sql`DROP INDEX \`outbox_events_correlation_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`outbox_events\` DROP COLUMN \`correlation_id\`;`)
}
