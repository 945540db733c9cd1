import { z } from 'zod';

/**
 * Every setting the server reads from the environment, validated once at start-up so a
 * bad value stops the process with a message that names the variable.
 */
const configSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	ORIGIN: z.url().optional(),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
		.optional(),
	TERRITORIA_DATA_DIR: z.string().min(1).default('./data'),
	TERRITORIA_DEMO: z.enum(['0', '1']).default('1'),
	TERRITORIA_MIGRATIONS_DIR: z.string().min(1).default('./drizzle'),
	TERRITORIA_CONTENT_DIR: z.string().min(1).default('./content'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Territoria <no-reply@localhost>'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	BODY_SIZE_LIMIT: z.coerce
		.number()
		.int()
		.min(1024)
		.default(512 * 1024),
	SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30)
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Parses an environment; empty strings count as unset so `FOO=` falls back to the default. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const result = configSchema.safeParse(cleaned);
	if (!result.success) {
		throw new ConfigError(
			result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		);
	}
	return result.data;
}

let cached: Config | undefined;

export function config(): Config {
	cached ??= parseConfig(process.env);
	return cached;
}
