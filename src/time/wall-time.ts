/**
 * A wall-clock time: a clock reading in some zone, held as the epoch ms at which a UTC clock
 * shows the same reading (10:00 on 28 January 2020 in Damascus is Date.UTC(2020, 0, 28, 10)).
 * Its own file because the arithmetic (wall-clock.ts), the Hijri conversion and the date parser
 * all name it, and a type shared that way must not tie their modules into a cycle.
 */
export type WallTime = number;
