import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
	it('refuses a bad value with a message that names the variable', () => {
		expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
		expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
		expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
			/DATABASE_URL: must start with postgres/
		);
		expect(() => parseConfig({ TERRITORIA_DEMO: 'yes' })).toThrow(/TERRITORIA_DEMO/);
		expect(() => parseConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
	});

	it('lists every problem at once', () => {
		try {
			parseConfig({ PORT: '0', LOG_LEVEL: 'loud' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ConfigError);
			expect((error as ConfigError).problems).toHaveLength(2);
		}
	});

	it('has defaults that run the embedded database with demo data on port 3000', () => {
		const config = parseConfig({});
		expect(config).toMatchObject({
			PORT: 3000,
			TERRITORIA_DATA_DIR: './data',
			TERRITORIA_DEMO: '1'
		});
		expect(config.DATABASE_URL).toBeUndefined();
	});

	it('treats empty variables as unset', () => {
		const config = parseConfig({ PORT: '', DATABASE_URL: '' });
		expect(config.PORT).toBe(3000);
		expect(config.DATABASE_URL).toBeUndefined();
	});
});
