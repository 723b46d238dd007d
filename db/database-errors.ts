/** What can be wrong with the database file itself: each told in one line that names the file. */

/** The database file cannot be used as it is; the message says which file and what to do. */
export class DatabaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseFileError';
  }
}

/** The database was written by a newer Diwan: opening it could lose data. */
export class DatabaseTooNewError extends DatabaseFileError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `this database is at schema version ${found}, newer than this Diwan understands (${supported}); ` +
        'upgrade Diwan or point DATABASE_PATH at another file',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** A failure to open or create the file at `path`, said in one line with the path. */
export function databaseFileError(path: string, error: unknown): DatabaseFileError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new DatabaseFileError(
      `DATABASE_PATH ${path} is not a Diwan database (${reason}): move it away or point DATABASE_PATH at another file`,
    );
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new DatabaseFileError(
      `DATABASE_PATH ${path} cannot be made: a file stands where its folder should be; point DATABASE_PATH at another file`,
    );
  return new DatabaseFileError(`cannot open the database DATABASE_PATH ${path}: ${reason}`);
}
