/**
 * Statements whose LIMIT is written into their SQL instead of bound as a parameter. With a
 * bound LIMIT, better-sqlite3 ran the same statement 2-3x slower (a name lookup: 17.5 µs
 * against 6.4 µs; a page of a window: 28 against 14). One statement per power of two of the
 * limit, prepared when first asked for, so a few statements serve every page size; the
 * caller takes what it asked for from the rows.
 */
import type { Db, Statement } from './connection.js';

const SMALLEST = 16;

export class LimitedStatement {
  private readonly byLimit = new Map<number, Statement>();

  /** `sql(limit)` is the statement's SQL with that limit written in. */
  constructor(
    private readonly db: Db,
    private readonly sql: (limit: number) => string,
  ) {}

  /** The statement whose limit is the power of two (16 or more) at or above `wanted`. */
  statement(wanted: number): Statement {
    const limit = Math.max(SMALLEST, 2 ** Math.ceil(Math.log2(Math.max(1, wanted))));
    let statement = this.byLimit.get(limit);
    if (!statement) {
      statement = this.db.prepare(this.sql(limit));
      this.byLimit.set(limit, statement);
    }
    return statement;
  }

  /** All rows up to that limit: at least `wanted` of them when there are so many. */
  all(wanted: number, parameters: Record<string, unknown>): unknown[] {
    return this.statement(wanted).all(parameters);
  }
}
