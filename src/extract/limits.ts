/**
 * The one size limit of an article: 200 KB, counted in bytes of a file and in characters of a
 * pasted text. A UTF-8 file of N bytes never holds more than N UTF-16 characters, so a file
 * that passes the one check passes the other (the limits were 204,800 bytes and 200,000
 * characters, and a 200,001-204,800-byte ASCII file passed one and failed the other).
 */
export const MAX_ARTICLE_SIZE = 200 * 1024;

/** The limit as messages state it. */
export const MAX_ARTICLE_KB = MAX_ARTICLE_SIZE / 1024;
