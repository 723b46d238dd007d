/** A small levelled logger on stderr. It never prints the Discord token, whatever it is given. */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export function createLogger(
  level: LogLevel,
  secrets: readonly (string | undefined)[] = [],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const hidden = secrets.filter((s): s is string => !!s && s.length >= 8);
  const redact = (text: string) => hidden.reduce((t, secret) => t.split(secret).join('[redacted]'), text);
  const log = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    const details = context ? ` ${JSON.stringify(context, errorsAsText)}` : '';
    write(redact(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${details}`));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function errorsAsText(_key: string, value: unknown): unknown {
  return value instanceof Error ? `${value.name}: ${value.message}` : value;
}

/** A logger that keeps nothing (tests that do not look at logs). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
