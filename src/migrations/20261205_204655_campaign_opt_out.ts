import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`structures\` ADD \`campaign_opt_out_at\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`campaign_opt_out_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`campaign_opt_out_at\`;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`campaign_opt_out_email\`;`)
}
