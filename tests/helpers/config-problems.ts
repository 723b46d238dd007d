import { ConfigError, loadConfig } from '../../src/config.js';

/** What loadConfig refuses in `env`, one line a problem; none when it reads it. */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
