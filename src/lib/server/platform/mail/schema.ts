import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mail that was not sent through SMTP (no SMTP_URL): kept here and written to the log. */
export const outboxMessagesTable = pgTable('outbox_messages', {
	id: uuid('id').primaryKey().defaultRandom(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
