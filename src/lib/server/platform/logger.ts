import pino from 'pino';
import { config } from './config';

/** JSON logs on stdout; one child logger per request carries the request id. */
export const logger = pino({
	level: config().LOG_LEVEL,
	base: { service: 'territoria' },
	redact: ['req.headers.cookie', 'req.headers.authorization', 'password', 'token']
});

export type Logger = typeof logger;
