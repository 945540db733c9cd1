import { defineConfig } from 'drizzle-kit';

// Only used to *generate* migrations (`npm run db:generate`); they are applied from code.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/platform/db/schema.ts',
	// The migrations-drift test points this at a copy, to see whether anything is missing.
	out: process.env.DRIZZLE_OUT ?? './drizzle'
});
