/**
 * A meeting's place, read outward from where the meeting is named: its own clause, then its
 * sentence, its paragraph, the lead, the headline, and last the dateline. Wire copy and news
 * sites name the city once ("المقداد يلتقي بيدرسون في دمشق", "CAIRO (Reuters) -") and then
 * write only "التقى … اليوم": the place of such a meeting is the story's.
 *
 * A place the text gave to another meeting is that meeting's, not evidence for this one ("سيزور
 * دمشق في 29 …، وهناك احتمال بعقد جولة ثالثة للجنة الدستورية"), unless the two share someone:
 * then the story goes on about the same people in the same place. A country alone ("his visits
 * to Kuwait, Oman and Qatar") places no city (country-alone.ts), unless one of it is told around the meeting.
 */
import type { PlaceSource } from '../calendar/types.js';
import type { TimeExpression } from '../date-parser/index.js';
import { addDays, monthOf } from '../time/local-days.js';
import { remembered } from '../remembered.js';
import { gazetteer, type Place, type Venue } from './gazetteer/index.js';
import { countryAlone, placeOfMentions } from './country-alone.js';
import { institutionVenue, type Found, type PlaceMention } from './mentions.js';
import type { ArticleReader } from './reader.js';
import type { ClauseRecord } from './mentions.js';
import type { KnownLeaders } from './people/known-leaders.js';
import { hostCapital } from './hosts.js';
import { organizationSeat, seatOf } from './seats.js';
import {
  hasMeetingWord,
  meetingWordAfter,
  pastMeetingWordOf,
  namesAny,
  peopleOf,
  stillThere,
  toldVisit,
  VISIT_DAYS,
} from './whereabouts.js';

export interface MeetingPlace {
  place: Place;
  venue: Venue | null;
  from: PlaceSource;
  /** The text named only the country (`place` is its capital, for its zone): no city is said, none is made up. */
  countryOnly?: true;
  /** The words it was read from (none for the dateline's). */
  span?: { start: number; end: number };
}

type Candidate = PlaceMention & { country?: boolean };

export class ArticlePlaces {
  /** The meetings holding each place mention (by offset) and each city: built when first needed. */
  private claims: { byStart: Map<number, Found>; byCity: Map<string, Found[]> } | null = null;

  constructor(
    private readonly reader: ArticleReader,
    private readonly dateline: Place | null,
    /** The capital of the country whose zone the outlet keeps (Asia/Amman: Amman), if any. */
    private readonly outletCapital: Place | null = null,
    /** The leaders in office in the article's year: a host's country says where a reception was. */
    private readonly leaders: KnownLeaders | null = null,
  ) {}

  /** Each meeting's place as the article tells it, read once (sameDayMeeting asks it of the day's other meetings). */
  private readonly told = new Map<Found, MeetingPlace | null>();

  /** Where a meeting is, and where in the article that was read; null when the article never says. */
  of(found: Found): MeetingPlace | null {
    return this.toldOf(found) ?? this.sameDayMeeting(found);
  }

  private toldOf(found: Found): MeetingPlace | null {
    if (!this.told.has(found)) this.told.set(found, this.readPlace(found));
    return this.told.get(found)!;
  }

  private readPlace(found: Found): MeetingPlace | null {
    const own = placeOfMentions(found);
    const home = found.mentions[0]!.clause;
    // "يعقد مجلس الأمن جلسة لبحث الوضع في غزة": the council sits at its seat, whatever else the story names.
    const seat = own?.venue ? null : seatOf(found, this.reader.clauses());
    if (seat) return { place: seat, venue: null, from: 'clause' };
    if (own && !own.country)
      return this.withInstitution(found, {
        place: this.venueCity(own),
        venue: own.venue ?? null,
        from: 'clause',
        span: own,
      });
    // A country: a city of it named around the meeting is where; else the country alone.
    const around = this.around(found, home, own ? own.place.country : null);
    if (around) return this.withInstitution(found, around);
    if (own) {
      const placed = this.withInstitution(found, {
        place: own.place,
        venue: null,
        from: this.isCapital(own.place) ? 'capital' : 'clause',
        span: own,
      });
      return placed.venue || !countryAlone(placed.place) ? placed : { ...placed, countryOnly: true };
    }
    // "استقبله بمقر وزارة الخارجية": a ministry, a parliament without a city is the outlet's own country's.
    if (this.outletCapital && this.namesInstitution(found))
      return this.withInstitution(found, { place: this.outletCapital, venue: null, from: 'outlet' });
    // "استقبل الأمين العام لجامعة الدول العربية …": an organisation's own meeting, the article naming no city, is at its seat.
    const organizationCity = organizationSeat(found);
    if (organizationCity) return { place: organizationCity, venue: null, from: 'seat' };
    // "ترامب يستقبل الرئيس السيسي", the story naming no city: a head of state or government receives at home.
    const hostHome = this.leaders ? hostCapital(found, this.leaders, this.reader.clauses()) : null;
    return hostHome ? { place: hostHome, venue: null, from: 'capital' } : null;
  }

  /**
   * "5:55 مساء: لقاء ترامب والسيسي" after the visit that put them in Washington: a meeting the
   * article places nowhere is where the nearest meeting of that day with someone of it is.
   */
  private sameDayMeeting(found: Found): MeetingPlace | null {
    const people = peopleOf(found);
    const day = found.mentions[0]!.when;
    if (people.size === 0 || day.date !== day.endDate || day.time === null) return null;
    const home = found.mentions[0]!.clause;
    const others = this.reader
      .meetings()
      .filter(
        (other) =>
          other !== found && other.mentions.some((m) => m.when.date === day.date && m.when.endDate === day.date),
      )
      .filter((other) => [...peopleOf(other)].some((key) => people.has(key)))
      .sort((a, b) => Math.abs(a.mentions[0]!.clause - home) - Math.abs(b.mentions[0]!.clause - home));
    // (the place each of them is told, not one found this way: each meeting's is read once)
    for (const other of others) {
      const placed = this.toldOf(other);
      if (placed) return { place: placed.place, venue: null, from: 'article' };
    }
    return null;
  }

  /** One of the meeting's clauses names an institution (a ministry, a parliament, a palace) or the host's office. */
  private namesInstitution(found: Found): boolean {
    const records = this.reader.clauses();
    return found.mentions.some((m) => {
      if (IN_OFFICE.test(m.evidence)) return true;
      const record = records[m.clause]!;
      this.reader.placesIn(record);
      return (record.institutions?.length ?? 0) > 0;
    });
  }

  /**
   * The first place the scopes around clause `home` give, widest last; with `country`, only its
   * cities. Near the meeting (its sentence, its paragraph) a place counts where the story goes
   * on about someone of the meeting; the lead's and the headline's are the story's own. Either
   * way not a place another meeting holds, nor one of a clause dated to other days ("سيصل إلى
   * دمشق في 28 منه"), unless a meeting of the same people holds it.
   */
  private around(found: Found, home: number, country: string | null): MeetingPlace | null {
    const records = this.reader.clauses();
    const at = records[home]!.clause;
    const people = peopleOf(found);
    const surnames = new Set([...people].map((key) => key.slice(key.lastIndexOf(' ') + 1)));
    const pick = (indexes: Iterable<number>, from: PlaceSource, near: boolean): MeetingPlace | null => {
      for (const k of indexes) {
        const record = records[k]!;
        const places = this.reader.placesIn(record);
        if (places.length === 0) continue;
        const ours = namesAny(record, surnames);
        // Someone of the meeting who arrived a few days before (or comes the day after) is there for it.
        const open = !this.datedElsewhere(record, found, ours ? VISIT_DAYS : 0, ours ? 1 : 0) && (!near || ours);
        const named = hasMeetingWord(record);
        const usable = (p: Candidate) => {
          if (p.country || p.origin || (country !== null && p.place.country !== country)) return false;
          // (the next stop is where a meeting word after it is: "قبيل سفره إلى واشنطن حيث يلتقي"; not "على أن يغادر
          // الرياض مساء متوجها إلى روما", told after the day's meetings)
          if (p.nextStop && !meetingWordAfter(record, p.end)) return false;
          // (not the place of a meeting gone by that the lead recalls: "after the 42nd Asean Summit in Labuan Bajo")
          if (!near && pastMeetingWordOf(record, p.start)) return false;
          const owners = this.holders(p, named).filter((owner) => owner !== found);
          if (owners.length === 0) return open;
          return owners.some((owner) => stillThere(owner, found, people));
        };
        const place = places.find((p) => p.introduced && usable(p)) ?? places.find(usable);
        if (place) return { place: place.place, venue: place.venue ?? null, from, span: place };
      }
      return null;
    };
    const { headline, lead } = this.reader.discourse();
    const inSentence = (k: number) => records[k]!.clause.sentence === at.sentence;
    const inParagraph = (k: number) => records[k]!.clause.paragraph === at.paragraph;
    const other = (k: number) => records[k]!.clause.paragraph !== at.paragraph;
    // A country named as the place ("قمة تعقد في مصر"): a city of it in the meeting's own clause comes first.
    const placed =
      (country !== null ? pick([home], 'clause', false) : null) ??
      pick(outward(home, records.length, inSentence), 'sentence', true) ??
      pick(outward(home, records.length, inParagraph, inSentence), 'paragraph', true) ??
      pick(lead.filter(other), 'lead', false) ??
      pick(headline.filter(other), 'headline', false) ??
      // "de Mistura, who arrived on Tuesday for his first visit to Damascus … On Wednesday he was in talks with …":
      // further on, a place a clause names with someone of the meeting, dated to their stay or to no day.
      pick(
        [...outward(home, records.length, () => true, inParagraph)].filter((k) => toldVisit(records[k]!)),
        'article',
        true,
      );
    if (placed) return placed;
    const sameDay = this.sameDayElsewhere(found, people, country);
    if (sameDay) return sameDay;
    if (this.dateline && (country === null || this.dateline.country === country))
      return { place: this.dateline, venue: null, from: 'dateline' };
    return null;
  }

  /**
   * "Safadi held talks with … The minister, who is attending the Munich Security Conference, also
   * met Guterres": where another meeting of someone of this one puts them that same day.
   */
  private sameDayElsewhere(found: Found, people: ReadonlySet<string>, country: string | null): MeetingPlace | null {
    if (people.size === 0) return null;
    const days = found.mentions.filter((m) => m.when.precision === 'day' || m.when.precision === 'minute');
    if (days.length === 0) return null;
    for (const other of this.reader.meetings()) {
      if (other === found) continue;
      const placed = other.mentions.find(
        (m) =>
          m.place &&
          !m.place.country &&
          (country === null || m.place.place.country === country) &&
          days.some((d) => d.when.date === m.when.date && m.when.endDate === m.when.date),
      )?.place;
      // (the day first: who took part is asked only of a meeting that day)
      if (placed && [...peopleOf(other)].some((key) => people.has(key)))
        return { place: placed.place, venue: null, from: 'article', span: placed };
    }
    return null;
  }

  /** The clause names a day, a week or a month, and none of them is the meeting's, nor `before` days earlier or `after` days later. */
  private datedElsewhere(record: ClauseRecord, found: Found, before: number, after: number): boolean {
    let dated = false;
    for (const e of record.dates) {
      const [from, to] = daysOf(e);
      if (from === null) continue;
      dated = true;
      if (found.mentions.some((m) => addDays(m.when.date, -before) <= to && from <= addDays(m.when.endDate, after)))
        return false;
    }
    return dated;
  }

  /**
   * The meetings that hold a place mention: the one whose own place it is, and, in a clause that
   * names a meeting (`named`), those placed in the same city (a headline's "talks to open in
   * Geneva" names the Geneva talks, dated or not).
   */
  private holders(place: PlaceMention, named: boolean): Found[] {
    if (!this.claims) {
      const byStart = new Map<number, Found>();
      const byCity = new Map<string, Found[]>();
      for (const found of this.reader.meetings()) {
        for (const mention of found.mentions) {
          if (!mention.place) continue;
          if (!byStart.has(mention.place.start)) byStart.set(mention.place.start, found);
          const list = byCity.get(mention.place.place.name) ?? [];
          if (!list.includes(found)) list.push(found);
          byCity.set(mention.place.place.name, list);
        }
      }
      this.claims = { byStart, byCity };
    }
    const owner = this.claims.byStart.get(place.start);
    const same = named ? (this.claims.byCity.get(place.place.name) ?? []) : [];
    if (!owner) return same;
    return same.includes(owner) ? same : [owner, ...same];
  }

  /**
   * The clauses of the headline (the first line, when lines follow it) and of the lead (the
   * first paragraph of prose after it, photo captions and bylines aside).
   */

  /** A venue several cities share (قصر الشعب) is in the one whose country the article is about. */
  private venueCity(mention: PlaceMention): Place {
    if (!mention.venueGuessed || !mention.venue) return mention.place;
    const records = this.reader.clauses();
    const { headline, lead } = this.reader.discourse();
    const countries = new Set<string>();
    if (this.dateline?.country) countries.add(this.dateline.country);
    for (const k of [...headline, ...lead]) {
      for (const p of this.reader.placesIn(records[k]!))
        if (p.place.country && !p.venueGuessed) countries.add(p.place.country);
    }
    return mention.venue.places.find((p) => p.country !== null && countries.has(p.country)) ?? mention.place;
  }

  /** "at the presidential palace", its country now known: the institution is the venue, at that country's seat for it (Baabda). */
  private withInstitution(found: Found, placed: MeetingPlace): MeetingPlace {
    if (placed.venue || !placed.place.country) return placed;
    const records = this.reader.clauses();
    for (const mention of found.mentions) {
      const record = records[mention.clause]!;
      this.reader.placesIn(record);
      const institution = record.institutions?.[0]?.institution;
      if (!institution) continue;
      const country = gazetteer().countries.get(placed.place.country);
      // A city the clause names stays; one read further away gives way to the country's seat for it.
      const seat =
        placed.from === 'clause' ? placed.place : (institution.seats.get(placed.place.country) ?? placed.place);
      const venue = institutionVenue(institution, country ?? placed.place, seat);
      return { ...placed, place: seat, venue };
    }
    return placed;
  }

  private isCapital(place: Place): boolean {
    return place.country !== null && gazetteer().countries.get(place.country)?.capital === place;
  }
}

/** "استقبل … في مكتبه": at home, in the host's own country (a local paper's; wire copy's "in his office" may be anyone's). */
const IN_OFFICE = /(?:^|\s)(?:في\s+|ب)مكتب(?:ه|ها)(?=[\s،,.]|$)/;

/** Clause indexes around `home` within a scope (those `seen` aside): back to its start, nearest first, then forward. */
function* outward(
  home: number,
  count: number,
  within: (k: number) => boolean,
  seen: (k: number) => boolean = () => false,
): Generator<number> {
  for (let k = home - 1; k >= 0 && within(k); k--) if (!seen(k)) yield k;
  for (let k = home + 1; k < count && within(k); k++) if (!seen(k)) yield k;
}

/** The first and last day a date expression names (null for a clock time alone or a year: they name no day of their own). */
function daysOf(e: TimeExpression): [string | null, string] {
  const value = e.value;
  if (value.type === 'value') {
    const { local, grain } = value.point;
    const day = local.slice(0, 10);
    if (grain === 'day') return [day, day];
    if (grain === 'week') return [day, addDays(day, 6)];
    if (grain === 'month') return [day, monthOf(day).last];
    return [null, ''];
  }
  if (value.from.grain === 'hour' || value.from.grain === 'minute' || value.from.grain === 'second') return [null, ''];
  return [value.from.local.slice(0, 10), value.to.local.slice(0, 10)];
}

/** The capital of the country that keeps `zone` as its capital's zone (Africa/Cairo: Cairo); null for UTC and shared zones. */
export const capitalOfZone = remembered((zone: string): Place | null => {
  const capitals = [...gazetteer().countries.values()].filter((c) => c.capital !== null && c.zone === zone);
  return capitals.length === 1 ? capitals[0]!.capital : null;
}, 64);
