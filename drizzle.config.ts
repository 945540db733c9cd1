import { defineConfig } from 'drizzle-kit';

// Only used to *generate* migrations (`npm run db:generate`); they are applied from code.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/platform/db/schema.ts',
	out: './drizzle'
});
