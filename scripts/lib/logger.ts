import pino from 'pino';

/** JSON logs when piped (for machines), readable lines on a terminal (for people). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
});
