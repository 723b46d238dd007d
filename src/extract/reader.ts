/**
 * Reading an article clause by clause: meeting words joined with the nearest date and place
 * of their stretch (from the meeting word to the next one), anaphora ("الاجتماع", "the
 * meeting") sent to the meeting they point back to, mentions of one meeting gathered.
 */
import type { TimeExpression } from '../date-parser/index.js';
import { gazetteerMentions } from './entities.js';
import {
  dayOfFound,
  evidenceOf,
  personMention,
  type ClauseRecord,
  type Found,
  type Mention,
  type ParticipantMention,
  type PlaceMention,
} from './mentions.js';
import { PeopleRegistry } from './people/registry.js';
import { knownLeaders, type KnownLeaders } from './people/known-leaders.js';
import { clausePeople } from './people/clause-people.js';
import { meetingByItself, SAME_DAY, saysRemote, saysWhoAttends, SIDELINES } from './meeting-words.js';
import {
  bestPlace,
  commaOffsets,
  inTextOrder,
  nearest,
  anaphorDates,
  phraseAround,
  phraseStart,
  statusPhrase,
  startingIn,
} from './phrases.js';
import { pastArrival, postponedDay, statusOfMention, supersededPlan } from './status.js';
import type { Clause } from './clauses.js';
import type { Place } from './gazetteer/index.js';
import { dayOfClause, isClockOnly, namedZone, wholeDay, type When } from './when.js';
import { discourseOf, type Discourse } from './discourse.js';
import {
  firstMentionsMatch,
  otherSession,
  withSessionPeople,
  placeAfterAnaphor,
  pointedTo,
  sameLeg,
  sameLine,
  sameMeeting,
} from './same-meeting.js';
import { definite, meetingWords, oneOfTheVisit, sessionFormat } from './triggers.js';
import {
  dayHeading,
  dayOfStay,
  ALSO,
  firstPerson,
  headingZone,
  inTheVisit,
  lineClock,
  legPlace,
  programmeLeg,
  stayOf,
  type Stay,
} from './programme.js';
import { pairNamed } from './pairs.js';
import { lastOf, lastPlaceBefore, outsideSpan, placeHere, placesOfClause, placeThere } from './clause-places.js';
import { convenerOf } from './conveners.js';
import { afterEveningArrival, attendedMeeting, arrivedFor } from './attending.js';
import { frontedJourney, journeyTo, tourStops, tripWord } from './tours.js';
import { laterThanHeld, stillToCome, undatedMention } from './undated.js';
import { listedMeetings, oneMeetingPerGuest } from './guests.js';
import { groupGuests } from './group-guests.js';
import { stretchPeopleOf, withGappedParts } from './gapping.js';

export class ArticleReader {
  private readonly found: Found[] = [];
  /** The meeting the text is about now: anaphora ("الاجتماع", "the meeting") point to it. */
  private topic: Found | null = null;
  /**
   * The last place the text named ("في المدينة ذاتها" is there), as of the clauses whose places were read; the
   * clauses after it whose places were not (no meeting word, nothing to add) are in `unplaced`, read if a "same city" asks.
   */
  private lastPlace: PlaceMention | null = null;
  private unplaced: ClauseRecord[] = [];
  /** Every clause read, in text order: a meeting's place may come from its sentence, paragraph, lead or headline. */
  private readonly records: ClauseRecord[] = [];
  private readonly undated: Mention[] = [];
  /** The first meeting told without a day (the headline's, the lead's): while no dated one is in hand, anaphora and attendance point to it. */
  private undatedTopic: Mention | null = null;
  /** The day a programme's heading named ("Day 2: Friday, May 15"): its lines' clock times are of it. */
  private programmeDay: When | null = null;
  /** The last stay told without a meeting word ("arrived in Beirut on Tuesday"): the day of the meetings of its people after. */
  private stay: Stay | null = null;
  /** The zone a programme's heading told its lines in ("بتوقيت القاهرة، على النحو الآتي:"), if it named one. */
  private programmeZone: string | null = null;
  /** Who a programme's lines are about, once its first line is read. */
  private lineVisitor: ParticipantMention | null | undefined;
  private parts: Discourse | undefined;
  /** The leaders in office in the article's year. */
  private readonly leaders: KnownLeaders;

  constructor(
    private readonly language: 'ar' | 'en',
    private readonly published: string,
    private readonly zone: string,
    private readonly registry: PeopleRegistry,
    /** The dateline's span: a place in it is where the story was filed, not a clause's place. */
    private readonly dateline: { start: number; end: number; place: Place } | null = null,
  ) {
    this.leaders = knownLeaders(Number(published.slice(0, 4)));
  }

  meetings(): readonly Found[] {
    return this.found;
  }

  /** Meetings the text named without a day, in text order: the headline's and the lead's are the day's news. */
  undatedMentions(): readonly Mention[] {
    return this.undated;
  }

  /** The headline and lead among the clauses read: asked once the article is read. */
  discourse(): Discourse {
    return (this.parts ??= discourseOf(this.records.map((r) => r.clause)));
  }

  /** The clauses read so far, in text order. */
  clauses(): readonly ClauseRecord[] {
    return this.records;
  }

  /** The places and bare institutions of a clause read, read once when first asked for. */
  placesIn(record: ClauseRecord): (PlaceMention & { country?: boolean })[] {
    if (record.places === undefined) {
      const mentions = gazetteerMentions(record.clause.tokens, this.language === 'ar', this.zone);
      record.places = placesOfClause(record.clause, mentions, record.people, this.dateline);
      record.institutions = mentions.institutions;
    }
    return record.places;
  }

  read(clause: Clause, dates: TimeExpression[]): void {
    const arabic = this.language === 'ar';
    const tokens = clause.tokens;
    const triggers = withGappedParts(meetingWords(tokens, arabic), tokens, dates, this.published);
    // A clause about the meeting in hand ("وتضم المجموعة …"): its people take part in it. Other clauses without a
    // meeting word add nothing: only their titled people are read, for the registry to know them in the clauses after.
    // A clause that says who attends ("وصل … أمس، لحضور الافتتاح", "also attending were …") is about it even with a date.
    const joinsTopic =
      triggers.length === 0 &&
      (this.topic ?? this.undatedTopic) !== null &&
      (dates.length === 0 || tokens.some(saysWhoAttends));
    const full = triggers.length > 0 || joinsTopic;
    const people = clausePeople(clause, dates, arabic, { registry: this.registry, leaders: this.leaders, full });
    this.programmeZone = headingZone(clause, arabic) ?? this.programmeZone;
    const record: ClauseRecord = { clause, dates, people };
    const index = this.records.push(record) - 1;
    const at = { paragraph: clause.paragraph, index };
    const trip = tripWord(tokens, arabic);
    // The stops of a journey the clause tells with its days: a meeting at each, unless one is known there then.
    const context = trip && { published: this.published, zone: this.zone, registry: this.registry };
    for (const stop of context ? tourStops(record, index, trip, this.placesIn(record), arabic, context) : [])
      if (!this.found.some((f) => sameMeeting(f.mentions[0]!, stop)))
        this.found.push({ mentions: [stop], participants: [] });
    if (!full) {
      this.unplaced.push(record);
      this.programmeDay = dayHeading(clause, dates) ?? this.programmeDay;
      this.stay = stayOf(people, dates, { ...at, text: clause.text }, () => this.placesIn(record)) ?? this.stay;
      return;
    }
    const mentions = gazetteerMentions(tokens, arabic, this.zone);
    const inHand = this.topic ?? (this.undatedTopic && { mentions: [this.undatedTopic], participants: [] });
    const triggerIndexes = triggers.map((t) => t.index);
    const pair = pairNamed(tokens, people, arabic, inHand, triggerIndexes);
    // "عمان - …": a dateline names where the story was filed, no party (not Oman).
    const participants = inTextOrder(outsideSpan(mentions.participants, this.dateline).concat(people, pair));
    const places = placesOfClause(clause, mentions, people, this.dateline);
    record.places = places;
    record.institutions = mentions.institutions;
    const before = { lastPlace: this.lastPlace, unplaced: this.unplaced };
    if (places.length > 0) {
      this.lastPlace = lastOf(places);
      this.unplaced = [];
    }
    if (triggers.length === 0) {
      if (participants.length > 0) (this.topic ?? this.undatedTopic)?.participants.push(...participants);
      return;
    }
    const commas = commaOffsets(clause);
    const lineTime = lineClock(clause, index === 0 || this.records[index - 1]!.clause.paragraph !== clause.paragraph);
    let previous: Mention | null = null;
    /** The meeting held on the sidelines of the one the next meeting word names ("على هامش الاجتماع الوزاري"). */
    let besideOf: Found | null = null;
    let undated: PlaceMention | null = null;
    let clauseTopic: Found | null = null;
    // A meeting word's stretch begins at the phrase it opens ("…, before heading to the Grand Serail for talks").
    const starts = triggers.map((trigger, k) =>
      k === 0 ? clause.start : phraseStart(commas, trigger.token.start, triggers[k - 1]!.token.end),
    );
    triggers.forEach((trigger, k) => {
      const from = starts[k]!;
      // "اجتمع بنظيره على هامش الاجتماع الوزاري المقرر اليوم في القاهرة": the day and place of the meeting it is beside.
      const beside =
        k + 1 < triggers.length &&
        SIDELINES.test(
          clause.text.slice(trigger.token.end - clause.start, triggers[k + 1]!.token.start - clause.start),
        );
      const to = starts[k + (beside ? 2 : 1)] ?? clause.end;
      const stretchText = clause.text.slice(from - clause.start, to - clause.start);
      const stretchPeople = stretchPeopleOf(trigger, triggers.length, participants, from, to);
      const group = groupGuests(tokens, trigger.index, stretchPeople) ?? undefined;
      // "landed yesterday to attend the summit": the day is the journey's; its people are the summit's.
      const attended = attendedMeeting(this.found, clause.text, trigger.token.start - clause.start, trigger.noun);
      if (attended) {
        attended.participants.push(...stretchPeople);
        return;
      }
      const inStretch = startingIn(dates, from, to);
      const format = sessionFormat(tokens, trigger.index, arabic);
      const session = !definite(tokens, trigger.index) && otherSession(this.topic, format) ? this.topic : null;
      // "الاجتماع", "the meeting" points back; a date of its own is in its phrase, after it (the first has none to).
      const candidates = definite(tokens, trigger.index)
        ? anaphorDates(inStretch, {
            clause,
            commas,
            word: trigger.token,
            triggers,
            first: !this.found.length,
            published: this.published,
          })
        : inStretch;
      // "فأرجئت إلى يوم الإثنين المقبل": the new day is the meeting's, and it is on (even past a comma).
      const moved = postponedDay(stretchText, from, inStretch, arabic);
      const dayDates = candidates.filter((d) => !isClockOnly(d, this.published));
      // "يغادر عند الواحدة … وتنطلق المراسم في الساعة 2:30": of several clock times, the one nearest the meeting word.
      const clock = nearest(
        candidates.filter((d) => isClockOnly(d, this.published)),
        trigger.token,
        commas,
      );
      // "في الساعة الثانية عشرة تفتتح جلسة العمل الأولى": a clock time alone is of the day just named, or of the meeting in hand.
      const dayBefore =
        previous?.when ??
        ((clock || lineTime) && dayDates.length === 0 ? (this.programmeDay ?? dayOfFound(this.topic)) : null);
      const date =
        moved ?? nearest(dayDates.length > 0 || dayBefore ? dayDates : candidates, trigger.token, commas, clause);
      let when: When | null = null;
      let sameDayPlace: PlaceMention | null = null;
      if (date) {
        // ("arrived late on Wednesday for talks": the talks are the next day's)
        const day = dayOfClause(date, clock, this.zone, clause, dayDates, this.published);
        when = afterEveningArrival(clause, date, trigger.token.start, day);
      } else if (dayBefore && (clock || lineTime)) {
        // "… يوم السبت … مراسم التوقيع عند الساعة الرابعة": the clock time of the day just named.
        when = {
          ...wholeDay(dayBefore.date),
          precision: 'minute',
          time: lineTime ?? (clock!.value.type === 'value' ? clock!.value.point.local.slice(11, 16) : null),
          zone: lineTime ? this.programmeZone : namedZone(clock!, this.zone),
        };
      } else if (
        (previous && (besideOf || inTheVisit(previous, clause, trigger.token))) ||
        SAME_DAY.test(stretchText) ||
        session
      ) {
        // Beside a meeting, in the visit just told, "earlier in the day", the other session of the one in hand: that day.
        const day = previous?.when ?? dayOfFound(this.topic);
        if (day) when = { ...day, precision: 'day', time: null, zone: null };
        if (day && !previous) sameDayPlace = this.topic!.mentions.find((m) => m.place)?.place ?? null;
      }
      let place = bestPlace(startingIn(places, from, to), trigger.token.start, commas);
      place ??= placeThere(clause, from, to, places, () => lastPlaceBefore(before, (record) => this.placesIn(record)));
      // "In Sri Lanka, the top diplomat will hold talks …": the day of the journey told there, not the meeting's in hand.
      when ??= place && frontedJourney(this.found, this.topic, place, { clause, index, stretchPeople, trigger });
      // "… ثم التقى رئيس البرلمان": the next leg of the visit in hand, that day.
      const leg =
        when || definite(tokens, trigger.index)
          ? null
          : programmeLeg(this.topic, stretchPeople, stretchText, arabic, index, {
              noun: trigger.noun,
              published: this.published,
              ofTheVisit: oneOfTheVisit(tokens, trigger.index),
              group,
            });
      if (leg) [when, place] = [leg.when, legPlace(leg, place, tokens)];
      const stay =
        when || definite(tokens, trigger.index) ? null : dayOfStay(this.stay, stretchPeople, stretchText, at);
      if (stay) [when, sameDayPlace] = [stay.when, stay.place];
      if (!when && place && !definite(tokens, trigger.index))
        when = journeyTo(this.found, place, { clause: index, text: clause.text })?.when ?? null;
      if (!when) {
        // "الاجتماع", "هذا الاجتماع", "the meeting": the one in hand, not a new one (or, none being dated, the one told first);
        // "last met in August, holding talks in New Alamein": the meeting the clause just told.
        const pointed =
          clauseTopic && !definite(tokens, trigger.index)
            ? clauseTopic
            : pointedTo(this.found, this.topic, tokens, trigger.index, stretchPeople, trigger.noun);
        // "وشملت اللقاءات الثنائية التي أجراها ولي العهد كلاً من …": the meetings it told, one a guest, on its day.
        const each =
          pointed !== clauseTopic && listedMeetings(pointed, stretchPeople, { clause, index, trigger, arabic });
        if (each) return void this.found.push(...each);
        if (pointed) {
          pointed.participants.push(...stretchPeople);
          pointed.format ??= format;
          if (place) placeAfterAnaphor(pointed, place, clause, trigger.token.end, index);
        } else if (definite(tokens, trigger.index)) this.undatedTopic?.participants.push(...stretchPeople);
        undated = place ?? undated;
        // ("ومن المنتظر أن يعقد الرئيسان جلسة مباحثات" after the day's reception: talks of their own, withUndated)
        const toCome = stillToCome(clause, commas, trigger.token, arabic);
        if (place || stretchPeople.length > 0 || toCome) {
          const read = { commas, index, place, people: stretchPeople, arabic, toCome };
          const mention = undatedMention(trigger, clause, read, this.published);
          this.undated.push(mention);
          this.undatedTopic ??= mention;
        }
        return;
      }
      // "تنتهي جولته في 30 …": a trip, no meeting; a meeting noun with a date (or a programme's line) is one.
      if (!place && stretchPeople.length === 0 && !meetingByItself(trigger.noun, when, lineTime !== null)) return;
      if (!moved && supersededPlan(stretchText, clause.text, arabic)) return;
      // "وصل أمس إلى بغداد": no meeting, but the visit in hand for the legs after it; "flew into Jeddah on Thursday for the summit": the journey's day.
      const arrival =
        pastArrival(trigger.noun, stretchText, stretchPeople, when, this.published, clause.text) ||
        arrivedFor(clause.text, trigger.token.start - clause.start, when.endDate, this.published);
      // "… بالقاهرة، على أن يسبقها اجتماع المندوبين يوم 3 مارس": a sentence keeps its place.
      // "ندوة برلين … التي انعقدت الأحد الماضي": the meeting word before gave the place, this one the day.
      place ??=
        previous?.place ??
        sameDayPlace ??
        undated ??
        places.filter((p) => p.start < from && p.introduced && !p.country).at(-1) ??
        // A programme's line is where its last line of arrival ("Arrival in Beijing") put the visitor.
        (lineTime ? lastPlaceBefore(before, (record) => this.placesIn(record)) : null) ??
        placeHere(stretchText, trigger.token, this.dateline?.place ?? null, () =>
          this.records.slice(0, 2).flatMap((record) => this.placesIn(record)),
        );
      const phrase = statusPhrase(clause, commas, trigger.token, date);
      const status =
        leg?.status ??
        statusOfMention(phrase, clause.text, when, this.published, { arabic, moved: moved !== undefined });
      const convener = convenerOf(tokens, trigger.index, arabic);
      // A programme's line is the visitor's: the one the story was about before its lines began.
      if (lineTime && this.lineVisitor === undefined)
        this.lineVisitor = firstPerson(this.topic) ?? this.undated.map(firstPerson).find((p) => p !== null) ?? null;
      const visitor = leg?.visitor ?? (lineTime ? this.lineVisitor : null);
      // "El-Sisi received King Hamad …, Jordan's King Abdullah II, …": a meeting with each guest.
      const subject = this.registry.subject && personMention(this.registry.subject, trigger.token.end);
      const about = { visitor: visitor ?? null, inHand: firstPerson(this.topic), subject };
      const perGuest = lineTime ? null : oneMeetingPerGuest(clause, trigger.token, stretchPeople, about, trigger.held);
      let target: Found | null = null;
      // "بعد أن عقد الأول في ميونخ": the series in hand has the same members.
      const own =
        trigger.series && stretchPeople.length === 0
          ? (this.topic?.mentions[0]!.participants ?? [])
          : withSessionPeople(session, stretchPeople);
      for (const participants of perGuest ?? [convener ? [...own, convener] : own]) {
        const mention: Mention = {
          noun: trigger.noun,
          when,
          place,
          participants,
          group,
          also: ALSO.test(clause.text.slice(from - clause.start, trigger.token.start - clause.start)),
          status,
          ...(moved ? { rescheduled: true as const } : {}),
          ...(arrival ? { arrival: true as const } : {}),
          evidence: evidenceOf(clause),
          remote: saysRemote(phraseAround(clause, commas, trigger.token.start, trigger.token.end)),
          clause: index,
          format,
          spans: { trigger: trigger.token, date: date && { start: date.start, end: date.end, text: date.text } },
        };
        // Not the meeting it is beside; the first mentions stand for a meeting (all of them would cost the square of a text);
        // a programme's leg (a guest's meeting) is its own: it joins only one that already names all its people.
        const afterHeld = (f: Found) => laterThanHeld(f, mention);
        const toCome = this.found.some(afterHeld) && stillToCome(clause, commas, trigger.token, arabic);
        const same = this.found.find(
          (f) =>
            f !== besideOf &&
            !(toCome && afterHeld(f)) &&
            firstMentionsMatch(f, mention, leg || perGuest ? sameLeg : lineTime ? sameLine : sameMeeting),
        );
        const joined: Found = same ?? { mentions: [], participants: visitor ? [visitor] : [] };
        if (perGuest) joined.perGuest = true;
        if (leg?.traveller) joined.traveller ??= leg.traveller;
        joined.mentions.push(mention);
        if (!same) this.found.push(joined);
        target ??= joined;
      }
      previous = target!.mentions.at(-1)!;
      // Who met on the sidelines of a meeting attended it.
      if (besideOf)
        target!.participants.push(
          ...besideOf.mentions.flatMap((m) => m.participants).filter((p) => p.kind === 'person'),
        );
      besideOf = beside ? target : null;
      // The clause's first meeting is the one the next clauses talk about.
      if (!clauseTopic && !perGuest) this.topic = target;
      clauseTopic ??= target;
    });
  }
}
