/** The places a clause names as where something happens: not the dateline's, a quoted name's or someone's post. */
import type { Clause } from './clauses.js';
import type { gazetteerMentions } from './entities.js';
import type { ParticipantMention, PlaceMention } from './mentions.js';
import { inTextOrder } from './phrases.js';
import type { Place } from './gazetteer/index.js';

/** Places of the clause, without those that are someone's post (السفير الإيراني في دمشق) or a quoted name («أستانا»). */
export function placesOfClause(
  clause: Clause,
  mentions: ReturnType<typeof gazetteerMentions>,
  people: readonly ParticipantMention[],
  /** The dateline's span: a place in it is where the story was filed. */
  filed: { start: number; end: number } | null,
): (PlaceMention & { country?: boolean })[] {
  if (mentions.places.length === 0 && mentions.countryPlaces.length === 0) return [];
  const kept = (p: PlaceMention) =>
    !(filed !== null && p.start >= filed.start && p.start < filed.end) &&
    !clause.tokens.some((t) => t.quoted && t.start === p.start) &&
    !people.some((person) => person.titleStart !== undefined && p.start > person.titleStart && p.start < person.start);
  // gazetteerMentions lists each kind in text order: one kind alone needs no sort.
  if (mentions.countryPlaces.length === 0) return mentions.places.filter(kept);
  return inTextOrder(
    [...mentions.places, ...mentions.countryPlaces.map((c) => ({ ...c, country: true }))].filter(kept),
  );
}

/** "هنا", "here": the place the story was filed from. */
const HERE = /(?:^|[\s،])هنا(?=[\s،.]|$)|\bhere\b/;

/**
 * "يلتئم القادة بعد غد هنا", "held talks here": where the story was filed (its dateline), else the
 * city its first lines name (the headline, a kicker such as "بعد غد الاثنين" above it).
 */
export function placeHere(
  stretch: string,
  at: { start: number; end: number },
  filed: Place | null,
  firstPlaces: () => readonly (PlaceMention & { country?: boolean })[],
): PlaceMention | null {
  if (!HERE.test(stretch)) return null;
  const place = filed ?? firstPlaces().find((p) => !p.country)?.place;
  return place ? { place, start: at.start, end: at.end, introduced: true } : null;
}
