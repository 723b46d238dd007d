/** Diwan's article reader in the scorer's shape: shared by the quality test and the bench. */
import { extractMeetings } from '../../src/extract/index.js';
import type { Extractor } from './extraction-score.js';

export const diwanExtractor: Extractor = (text, source) =>
  extractMeetings(text, source).meetings.map((m) => ({
    date: m.date,
    endDate: m.endDate,
    location: m.place.name,
    locationAr: m.place.nameAr,
    status: m.status,
    time: m.time ?? null,
    participants: m.participants,
  }));
