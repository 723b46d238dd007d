/** The shape of one language's words: English's, which every other language must match. */
import type { en } from './en.js';

export type Messages = typeof en;
