import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`federations_lead_times\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opco\` text NOT NULL,
  	\`days\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`federations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`federations_lead_times_order_idx\` ON \`federations_lead_times\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`federations_lead_times_parent_id_idx\` ON \`federations_lead_times\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`federations_lead_times\`;`)
}
