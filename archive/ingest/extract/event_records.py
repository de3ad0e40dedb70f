"""From what each sentence reports to the article's events: one event per meeting (the
visit, its talks and a call the same day are one), its date and status, its title."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from archive.ingest.extract import tense
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer
from archive.ingest.extract.mentions import Mentions
from archive.text.patterns import alternatives

SUBTYPES = {"state": 3, "official": 2, "working": 1}


ON_THE_PROGRAMME = {"talks", "agreement", "statement", "award", "summit"}


@dataclass(frozen=True)
class ExtractedEvent:
    type: str
    subtype: str
    title: str
    date: dt.date
    place: str | None
    people: tuple[tuple[str, str], ...]  # (slug, role)
    countries: tuple[tuple[str, str], ...]  # (iso2, role)
    sentence: str  # the first sentence that reported it
    status: str = tense.CURRENT  # current, planned or background (held before, dated)
    date_precision: str = "day"
    subject: str = ""  # what was signed or conferred
    sentences: tuple[tuple[int, str], ...] = ()  # (offset, text) of every report
    during: int | None = None  # the index of the visit or summit it was part of


@dataclass
class Draft:
    type: str
    subtype: str
    place: str | None
    people: dict[str, str]
    countries: dict[str, str]
    sentence: str
    offset: int = 0
    label: str = ""
    subject: str = ""
    status: str = tense.CURRENT
    date: dt.date | None = None
    precision: str = "day"
    sentences: list[tuple[int, str]] = field(default_factory=list)
    trigger: str = ""  # the words that reported it ("phone call", "called his")
    # … and those of each report merged into it ("begins India visit", then "arrived here")
    triggers: list[str] = field(default_factory=list)
    destinations: frozenset[str] = frozenset()  # a visit's, as the text names them
    filed_at: bool = False  # its place is only the dateline's city
    # a statement told only by its quoted words: news when the article tells nothing else
    quoted: bool = False
    name: str = ""  # a summit's, as the text calls it ("G20" of "the G-20 Summit")
    leg: int = 0  # a visit's place among the countries of a tour listed (0: the first)
    # a visit's host country is only the one its story is filed from (no place named)
    hosted_by_filing: str | None = None


def merge_draft(target: Draft, other: Draft) -> None:
    target.quoted = target.quoted and other.quoted
    target.name = target.name or other.name
    for person, role in other.people.items():
        if target.people.get(person, "participant") == "participant":
            target.people[person] = role
    hosts = {code for code, role in target.countries.items() if role == "host"}
    if target.hosted_by_filing in hosts and any(
        role == "host" and code != other.hosted_by_filing for code, role in other.countries.items()
    ):
        # the country filed from was a guess; the visit told again names its host
        target.countries.pop(target.hosted_by_filing)
        target.hosted_by_filing = None
    for code, role in other.countries.items():
        if code == other.hosted_by_filing and code not in hosts and hosts:
            # ("ANKARA (AA) — … Prachanda arrived in eastern China …. During his visit, he will
            # also visit Chongqing": China's guest, not Turkey's)
            continue
        if target.countries.get(code, "participant") == "participant":
            target.countries[code] = role
    if not hosts and target.countries.get(other.hosted_by_filing or "") == "host":
        target.hosted_by_filing = other.hosted_by_filing
    if SUBTYPES.get(other.subtype, 0) > SUBTYPES.get(target.subtype, 0):
        target.subtype = other.subtype
    if other.place and (not target.place or (target.filed_at and not other.filed_at)):
        # a venue the text names beats the dateline's city: "Prague, 10 April 2003 (RFE/RL)
        # -- … signed an agreement", then "the agreement, signed in Moscow, …"
        target.place, target.filed_at = other.place, other.filed_at
    if not target.destinations:
        # a trip told first as a whole ("to Travel to the Middle East, Asia and the Pacific"),
        # then leg by leg: the first leg's country, so that the next leg is a visit of its own
        target.destinations = other.destinations
    target.label = target.label or other.label
    target.subject = target.subject or other.subject
    if target.date is None or (
        other.date is not None
        and other.precision == "day"
        and (target.precision != "day" or other.date < target.date)
    ):
        target.date, target.precision = other.date or target.date, other.precision
    if other.sentence not in {s for _, s in target.sentences}:
        target.sentences.extend(other.sentences)
    target.triggers.extend(other.triggers)


COMPANY_TITLE_RE = re.compile(
    r"\b(?:compan(?:y|ies)|corporation|giant|holding|concern|firm|CEO|chief\s+executive"
    r"|Inc|Ltd|PLC|P?JSC|LLC)\b",
    re.IGNORECASE,
)


def principals_of(
    mentions: Mentions, gaz: Gazetteer | None = None, on: dt.date | None = None, n: int = 2
) -> list[str]:
    """The article's main people: the most mentioned, first mention breaking ties — not
    those whose every office the gazetteer knows had ended by that day ("the first
    President of Uzbekistan I. Karimov", remembered in 2017, takes part in no meeting)."""
    ranked = sorted(mentions.people.items(), key=lambda kv: (-len(kv[1]), min(kv[1])))
    # not a company's head, however often quoted ("the head of Russian gas giant Gazprom,
    # Aleksei Miller"): the leaders who signed are the article's main people
    business = {n.key for n in mentions.newcomers if COMPANY_TITLE_RE.search(n.title)}
    # … nor one named only as whose envoy or administration it is
    ranked = [
        (slug, offsets)
        for slug, offsets in ranked
        if slug not in business and slug not in mentions.owners
    ]
    if gaz is not None and on is not None:
        newcomers = {n.key for n in mentions.newcomers}
        ranked = [
            (slug, offsets)
            for slug, offsets in ranked
            if slug in newcomers or not all_over(gaz.offices.get(slug, ()), on)
        ]
    return [slug for slug, offsets in ranked[:n]]


def all_over(terms, on: dt.date) -> bool:
    """Whether every office of these had ended by that day."""
    return bool(terms) and all(t.end is not None and t.end < on for t in terms)


# A plan for later than the visit under way: "the summit will take place next year".
LATER_RE = alternatives(
    r"\bnext\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\blater\s+this\s+(?:year|month)"
    r"|\bin\s+20\d\d\b|\bв\s+следующем\s+(?:году|месяце)|\bв\s+20\d\d\s+году"
    # "the coming summit of the Group of Eight": another, later meeting
    r"|\b(?:up|forth)?coming\s+(?:[\w-]+\s+){0,3}(?:summit|session|conference)"
    # "As the United States and Iran prepared for critical talks, the minister flew in"
    r"|\bprepar\w*\s+for\b"
    # "is flying to New York to attend the UN summit", "on his way back … after attending the
    # UN summit": the next leg's, not the visit's
    r"|\b(?:flying|heading|bound|en\s+route|on\s+(?:his|her|their)\s+way)\s+(?:back\s+)?(?:to|for)\b"
    # "agreed to work towards the signing of a memorandum": an aim, not the day's programme
    r"|\bwork(?:s|ed|ing)?\s+towards?\b|\bpav(?:e|es|ed|ing)\s+the\s+way\s+for\b",
    re.IGNORECASE,
)


def _elsewhere_than(plan: Draft, visits: list[Draft], gaz: Gazetteer) -> bool:
    """Whether the plan names a venue in none of the countries the visits are to."""
    where = gaz.place_countries.get(plan.place) if plan.place else None
    if where is None:
        return False
    hosts = {c for v in visits for c, role in v.countries.items() if role == "host"}
    return bool(hosts) and where not in hosts


# "During the visit to Russia, Jiang and Yeltsin held …": what the visit told before brought
DURING_THE_VISIT_RE = re.compile(
    r"\s*(?:During|In\s+the\s+course\s+of|(?:With)?in\s+the\s+framework\s+of|As\s+part\s+of)"
    r"\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?visit\b",
    re.IGNORECASE,
)


def _during_a_past_visit(drafts: list[Draft]) -> list[Draft]:
    """Events of a sentence opening on "During the visit …", undated, in an article whose one
    visit by their visitor is history with its day: that visit's (its day, background), and
    the visit so named is that visit again ("Nov 22 - 30, 1998: Jiang pays state visits to
    Russia, Japan", written in 2011)."""
    past = [d for d in drafts if d.type == "visit" and d.status == tense.BACKGROUND and d.date]
    # (not where a visit of the day has one of them as its visitor: "During the visit,
    # Qureshi will have talks with Çavusoglu", Çavusoglu's own visit a past one)
    today = {_visitor(d) for d in drafts if d.type == "visit" and d.status != tense.BACKGROUND}
    told_to = {id(v): v.offset + len(v.sentences[0][1]) for v in past}  # where each is told up to
    kept = []
    for d in drafts:
        visit = None
        if (
            d.status == tense.CURRENT
            and d.date is None
            and DURING_THE_VISIT_RE.match(d.sentences[0][1])
        ):
            mine = [v for v in past if v is not d and _visitor(v) and _visitor(v) in d.people]
            visit = mine[0] if len(mine) == 1 else None
            if visit is not None and (today - {_visitor(visit)}) & set(d.people):
                visit = None
        elif d.status == tense.CURRENT and d.date is None and d.type != "visit":
            # "From March 18 to 22, X visited China. President Jiang met with Mr. X.": the
            # sentence right after a past visit's, with its visitor, tells of that visit
            # (and the one after that: "Vice Foreign Minister Y held talks with Mr. X.")
            visit = next(
                (
                    v
                    for v in past
                    if _visitor(v) in d.people
                    and 0 <= d.offset - told_to[id(v)] <= 2
                    and not (today - {_visitor(v)}) & set(d.people)
                ),
                None,
            )
            if visit is not None:
                told_to[id(visit)] = d.offset + len(d.sentences[0][1])
        if visit is not None and d.type == "visit":
            merge_draft(visit, d)
            continue
        if visit is not None:
            d.status, d.date, d.precision = tense.BACKGROUND, visit.date, visit.precision
        kept.append(d)
    return kept


def _planned_below_headline(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The one plan of the same meeting below, for a meeting told only by the headline, with
    no day (none reported as held)."""
    if (
        d.type not in {"talks", "visit", "summit", "phone_call"}
        or d.status != tense.CURRENT
        or d.date is not None
        or not d.sentences
        or any(offset != 0 or HEADLINE_END_RE.search(s) for offset, s in d.sentences)
        or any(o is not d and o.type == d.type and o.status == tense.CURRENT for o in drafts)
    ):
        return None
    plans = [
        o
        for o in drafts
        if o.type == d.type and o.status == tense.PLANNED and set(d.people) <= set(o.people)
    ]
    return plans[0] if len(plans) == 1 else None


HEADLINE_END_RE = re.compile(r"[.!?…\"”»]\s*\Z")


def _greeting_dated_elsewhere(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The one dated congratulation or condolence of the same giver, to the same people, for
    one told with no day ("… sent on Tuesday a letter of condolences to Hu Jintao", then
    '"… allow me to extend my deepest condolences," Crvenkovski said')."""
    if d.type != "congratulation" or d.status != tense.CURRENT or d.date is not None:
        return None
    givers = _in_role(d.people, "giver")
    receiving = _in_role(d.people, "recipient")
    dated = [
        o
        for o in drafts
        if o is not d
        and o.type == d.type
        and o.subtype == d.subtype
        and o.status == tense.CURRENT
        and o.date is not None
        and givers
        and givers == _in_role(o.people, "giver")
        and receiving <= _in_role(o.people, "recipient")
    ]
    return dated[0] if len(dated) == 1 else None


def finish_all(
    drafts: list[Draft],
    published: dt.date,
    gaz: Gazetteer,
    filed: dt.date | None = None,
    labels: dict[tuple[str, str], str] | None = None,
) -> list[ExtractedEvent]:
    """The events of `drafts`, told again ones folded in; `filed`: the dateline's day, the
    day of those told with none of their own (else the day published); `labels`: the
    names of the people and places the gazetteer lacks, by (kind, key), for the titles."""
    # talks of no one named and of one side at most are no meeting of two: "wrapping up three
    # days of talks in the French seaside town of Biarritz" (a summit's)
    # (nor, beside a summit that day, of one person at most: "… was adopted at the start of
    # the talks in Johannesburg" is the summit's)
    summit_days = {
        d.date or published for d in drafts if d.type == "summit" and d.status == tense.CURRENT
    }
    drafts = [
        d
        for d in drafts
        if d.type != "talks"
        or not all(BARE_TALKS_RE.fullmatch(t.strip()) for t in d.triggers or [d.trigger])
        or len(d.countries) > 1
        or (d.people and (len(d.people) > 1 or (d.date or published) not in summit_days))
    ]
    drafts = _during_a_past_visit(drafts)
    visits = [d for d in drafts if d.type == "visit" and d.status == tense.CURRENT]
    # a visit under way: begun today or in the last two days ("was in Pyongyang from Oct.
    # 28-31", reported on November 1, is over: what "would" be done is no programme of it)
    under_way = [d for d in visits if d.date is None or d.date >= published - dt.timedelta(days=2)]
    # (not a planned visit spoken of again, undated: "The Secretary welcomes Foreign Minister
    # van Aartsen's first visit to Washington", under the announcement of it — see below)
    planned_by = {_visitor(d) for d in drafts if d.type == "visit" and d.status == tense.PLANNED}
    under_way = [
        d
        for d in under_way
        if not (d.date is None and _visitor(d) in planned_by and not _arrived(d))
    ]
    summits = [d for d in drafts if d.type == "summit" and d.status == tense.CURRENT]
    merged: list[Draft] = []  # told again: folded into the meeting already reported
    for d in drafts:
        # On the programme of a visit under way: "the sides will sign", "expected to make
        # statements to the press" — the visit's news, unless a later day is given.
        if (
            d.status == tense.PLANNED
            and d.date is None
            and under_way
            and d.type in ON_THE_PROGRAMME
            and not LATER_RE.search(d.sentences[0][1])
            # ("agreed to sign a trade agreement in the near future")
            and not tense.AT_A_LATER_TIME_RE.search(d.sentences[0][1])
            # (nor a summit of no one named: "They discussed the forthcoming African Union
            # (AU) Summit in Addis Ababa", on a visit to Nigeria)
            and (d.people or d.type != "summit")
            # (nor what may come of it: "the prospects of the US signing an agreement")
            and not tense.PROSPECT_RE.search(d.sentences[0][1])
            # not with someone the visit does not bring together: "… if the summit between
            # Mr Clinton and President Jiang was to be a success", on the minister's visit
            and any(
                set(d.people) <= set(v.people) or _visitor_meets_hosts(d, v, published, gaz)
                for v in under_way
            )
            # nor held in another country: "will culminate in a visit to India, during which
            # he will attend the BRICS Summit in Goa", on a visit to Bangladesh
            and not _elsewhere_than(d, under_way, gaz)
        ):
            d.status = tense.CURRENT
            # … one with the day's meeting of the same people, when it was reported too
            same = [
                o
                for o in drafts
                if o is not d
                and all(o is not m for m in merged)
                and o.type == d.type
                and o.status == tense.CURRENT
                and o.type != "visit"
                and (set(o.people) <= set(d.people) or set(d.people) <= set(o.people))
            ]
            if len(same) == 1:
                merge_draft(same[0], d)
                merged.append(d)
    drafts = [d for d in drafts if all(d is not m for m in merged)]
    planned_visitors: dict[str | None, list[Draft]] = {}
    for d in drafts:
        if d.type == "visit" and d.status == tense.PLANNED:
            planned_visitors.setdefault(_visitor(d), []).append(d)
    for d in list(drafts):
        # "This is his second official visit to the region", in an article about a planned
        # visit: the same plan, not news of a visit (of plans to several countries, the one
        # to where it went: "Speaking of Wang's visits to A and B" after the plans to each)
        plans = planned_visitors.get(_visitor(d), [])
        plan = next(
            (p for p in plans if p.destinations & d.destinations), plans[-1] if plans else None
        )
        if (
            d.type == "visit"
            and d.status == tense.CURRENT
            and d.date is None
            and plan
            and not _arrived(d)  # "… Lavrov, who arrived in Astana": news
        ):
            merge_draft(plan, d)
            drafts.remove(d)
            visits = [v for v in visits if v is not d]
    for d in list(drafts):
        # "Hu has arrived in the US … Hu is to arrive at the White House on Wednesday to begin
        # his state visit": the visit under way, its formal start a day or two on
        if d.type != "visit" or d.status != tense.PLANNED or d.date is None:
            continue
        if not published < d.date <= published + dt.timedelta(days=3):
            continue
        hosts = {c for c, r in d.countries.items() if r == "host"}
        same = [
            v
            for v in under_way
            if v in drafts
            and _visitor(v) == _visitor(d)
            and _visitor(d)
            and hosts & {c for c, r in v.countries.items() if r == "host"}
        ]
        if len(same) == 1:
            date, precision = same[0].date, same[0].precision
            merge_draft(same[0], d)
            same[0].date, same[0].precision = date, precision
            drafts.remove(d)
    # "Then, A and B walked along the guard of honour", after A's visit to B was told: that
    # visit again, whichever of the two the sentence took for the guest (its roles the ones
    # told first)
    _fold_told_again(drafts, _same_visit_told_reversed, roles_of_the_first=True)
    _fold_told_again(drafts, _same_guests_visit_again)
    for d in list(drafts):
        if (named := _award_told_with_recipients(d, drafts)) is not None:
            # (without its countries: those of the envoys' posts are no recipients)
            d.countries = {}
            merge_draft(named, d)
            drafts.remove(d)
    # "A held a summit meeting with B …. Following the summit meeting, the two leaders
    # announced …": the two countries' summit with no one named is their talks again
    _fold_told_again(drafts, _summit_told_again)
    for d in list(drafts):
        if (signed := _agreement_told_again(d, drafts)) is not None:
            # "X called on the parties to honour the deal signed …", after the signing was
            # told: that signing again, X no party to it
            d.people, d.countries = {}, {}
            merge_draft(signed, d)
            drafts.remove(d)
    for d in list(drafts):
        # "This is the first presidential visit from India to Belarus": a visit with no
        # visitor named, to the country another visit reported went to, is that visit.
        if d.type != "visit" or _visitor(d) or d.status != tense.CURRENT:
            continue
        hosts = {c for c, r in d.countries.items() if r == "host"}
        same = [
            v
            for v in drafts
            if v is not d
            and v.type == "visit"
            and v.status == tense.CURRENT
            and _visitor(v)
            and hosts & {c for c, r in v.countries.items() if r == "host"}
        ]
        if len(same) == 1:
            merge_draft(same[0], d)
            drafts.remove(d)
    # "Talks with Qian signal closer ties" over "Mr Qian will hold talks with Mr Goodlad on
    # Friday": a headline's meeting, no day or tense of its own, is the one planned below
    _fold_told_again(drafts, _planned_below_headline)
    _fold_told_again(drafts, _greeting_dated_elsewhere)
    _fold_told_again(drafts, lambda d, ds: _call_it_was(d, ds, filed or published))
    _recipients_from_the_call(drafts, gaz, published)
    kept = [
        d
        for d in drafts
        if (d.status == tense.CURRENT or d.date is not None)  # undated plans and history go
        and not _call_during_a_meeting(d, drafts)
        # No one speaking, neither a person nor a country's institution: no statement.
        and not (d.type == "statement" and not d.people and not d.countries)
        # "Several ministers arrived", "the first presidential visit from A to B": a visit
        # with no one named making it is no record of a visit.
        and not (d.type == "visit" and not d.people)
        # "Russian ambassadors were awarded the Order …", then each named: the award told
        # with its recipients
        and not (
            d.type == "award"
            and not d.people
            and any(o.type == "award" and o.people for o in drafts)
        )
        and not _a_summits_own_talks(d, summits, published)
        and not _spoken_for_already(d, drafts)
    ]
    events = []
    for d in kept:
        during = None
        if d.type == "talks" and d.status == tense.CURRENT:
            host = next((v for v in visits if _part_of_visit(d, v)), None)
            host = host or (summits[0] if summits else None)
            if host is not None and host in kept:
                during = kept.index(host)
                hosting = _in_role(host.countries, "host")
                if (
                    d.filed_at
                    and d.place
                    and host.type == "visit"
                    and hosting & set(d.countries)
                    and gaz.place_countries.get(d.place) not in hosting
                ):
                    # "New Delhi: After the meeting between President Kovind and the
                    # Turkmen President …" on his visit to Turkmenistan: not where it was
                    # filed from
                    d.place = host.place
        events.append(_finish(d, filed or published, gaz, during, labels or {}))
    return events


def _recipients_from_the_call(drafts: list[Draft], gaz: Gazetteer, day: dt.date) -> None:
    """Congratulations or condolences with a giver and no one receiving them, in an article
    that reports one call or meeting of the giver with one other person that day: that
    person's ("Tokayev had a telephone conversation with Putin …. The Head of State also
    extended his deepest condolences on the occasion of the shooting in Perm")."""
    for d in drafts:
        givers = [p for p, r in d.people.items() if r == "giver"]
        if (
            d.type != "congratulation"
            or d.status != tense.CURRENT
            or len(givers) != 1
            or any(r == "recipient" for r in (*d.people.values(), *d.countries.values()))
        ):
            continue
        met = [
            o
            for o in drafts
            if o.type in {"phone_call", "talks"}
            and o.status == tense.CURRENT
            and o.date == d.date
            and givers[0] in o.people
            and len(o.people) == 2
        ]
        if len(met) != 1:
            continue
        (other,) = [p for p in met[0].people if p != givers[0]]
        d.people[other] = "recipient"
        if (code := gaz.country_of(other, d.date or day)) and code not in d.countries:
            d.countries[code] = "recipient"


def _fold_told_again(drafts: list[Draft], told_before, roles_of_the_first: bool = False):
    """Each draft for which `told_before(d, drafts)` finds the event it tells again, merged
    into that event (with `roles_of_the_first`, the roles it gives its people)."""
    for d in list(drafts):
        if (first := told_before(d, drafts)) is not None:
            if roles_of_the_first:
                d.people = {p: first.people.get(p, role) for p, role in d.people.items()}
                d.countries = {c: first.countries.get(c, role) for c, role in d.countries.items()}
            merge_draft(first, d)
            drafts.remove(d)


# A document told of again by the definite article: "to honour the deal signed"
DOCUMENT_SIGNED_AGAIN_RE = re.compile(
    r"\bthe\s+(?:deal|agreement|accord|memorandum|MoU|treaty|pact|documents?)\s+(?:just\s+)?signed\b",
    re.IGNORECASE,
)


def _agreement_told_again(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The one current signing told before an undated "the deal signed" of the same day."""
    if (
        d.type != "agreement"
        or d.status != tense.CURRENT
        or d.date is not None
        or not DOCUMENT_SIGNED_AGAIN_RE.search(d.sentence)
    ):
        return None
    earlier = [
        o for o in drafts[: drafts.index(d)] if o.type == "agreement" and o.status == tense.CURRENT
    ]
    return earlier[0] if len(earlier) == 1 else None


def _summit_told_again(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The talks reported before a summit of the same day that names no one and no country
    beyond theirs."""
    if d.type != "summit" or d.status != tense.CURRENT or d.people or not d.countries:
        return None
    return next(
        (
            t
            for t in drafts[: drafts.index(d)]
            if t.type == "talks"
            and t.status == tense.CURRENT
            and len(t.countries) == 2
            and set(d.countries) <= set(t.countries)
            and (None in (t.date, d.date) or t.date == d.date)
        ),
        None,
    )


def _same_visit_told_reversed(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The visit reported before this one by the same people within a few days, with guest
    and host the other way round, or the host taken for a second guest ("At Wen's
    invitation, Monti arrived in Beijing for his official visit", after Monti's visit
    hosted by Wen was told)."""
    if d.type != "visit" or d.status != tense.CURRENT or (guest := _visitor(d)) is None:
        return None
    for v in drafts[: drafts.index(d)]:
        if not (
            v.type == "visit"
            and v.status == tense.CURRENT
            and (other := _visitor(v)) is not None
            and set(d.people) <= set(v.people)
            and (None in (v.date, d.date) or abs((v.date - d.date).days) <= 3)
        ):
            continue
        reversed_ = (
            other != guest and v.people.get(guest) == "host" and d.people.get(other) == "host"
        )
        host_as_guest = (
            d.people.get(other) == "visitor"
            and any(v.people.get(p) == "host" and r == "visitor" for p, r in d.people.items())
            and {c for c, r in d.countries.items() if r == "host"}
            == {c for c, r in v.countries.items() if r == "host"}
        )
        if reversed_ or host_as_guest:
            return v
    return None


def _same_guests_visit_again(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The dated visit of the same guest told before an undated one to the same country or
    to none named ("… paid an official visit to Sri Lanka from 18 to 21 December. The
    visiting Afghan Foreign Minister was accompanied by X")."""
    if d.type != "visit" or d.status != tense.CURRENT or d.date is not None:
        return None
    if (guest := _visitor(d)) is None:
        return None
    earlier = [
        v
        for v in drafts[: drafts.index(d)]
        if v.type == "visit"
        and v.status == tense.CURRENT
        and v.date is not None
        and _visitor(v) == guest
        and _in_role(d.countries, "host") <= _in_role(v.countries, "host")
    ]
    return earlier[0] if len(earlier) == 1 else None


def _award_told_with_recipients(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The one award of the same giver and order, its recipients named, that an award with
    none named tells of ("Путин наградил орденом Дружбы послов РФ …", then each named)."""
    if d.type != "award" or "recipient" in d.people.values():
        return None
    givers = _in_role(d.people, "giver")
    named = [
        o
        for o in drafts
        if o is not d
        and o.type == "award"
        and o.status == d.status
        and "recipient" in o.people.values()
        # (its giver the same, or left unnamed there)
        and _in_role(o.people, "giver") in (set(), givers)
        and o.subject.lower() == d.subject.lower()
    ]
    return named[0] if len(named) == 1 else None


def _spoken_for_already(d: Draft, drafts: list[Draft]) -> bool:
    """ "Spokesperson Qin Gang's Remarks …  A: China condemns the violent act": a country's
    statement that day with no one named is the statement of the one speaking for it."""
    return (
        d.type == "statement"
        and not d.people
        and bool(d.countries)
        and any(
            o is not d
            and o.type == "statement"
            and o.people
            and o.status == d.status
            and o.date == d.date
            and set(d.countries) <= set(o.countries)
            for o in drafts
        )
    )


def _a_summits_own_talks(d: Draft, summits: list[Draft], published: dt.date) -> bool:
    """ "… issuing a declaration on the opening day of talks", at a summit reported the same
    day: talks with no one but a summit's participant are the summit's, no meeting; so are
    talks told only as what "the leaders discussed" that day."""
    if d.type != "talks" or d.status != tense.CURRENT:
        return False
    if all(LEADERS_DISCUSSED_RE.fullmatch(t.strip()) for t in d.triggers or [d.trigger]):
        return any((d.date or published) == (s.date or published) for s in summits)
    return (
        len(d.people) <= 1
        and len(d.countries) <= 1
        and any(
            d.date in (None, s.date)
            and set(d.people) <= set(s.people)
            and set(d.countries) <= set(s.countries)
            for s in summits
        )
    )


LEADERS_DISCUSSED_RE = re.compile(
    r"(?:the\s+)?leaders\s+(?:also\s+)?(?:discussed|exchanged\s+views)", re.IGNORECASE
)


# ("was greeted by X as he stepped off his plane": come)
ARRIVAL_RE = re.compile(
    # ("встретил" of a visit: the host met the guest at the airport or the aircraft)
    r"arriv|прибы|прилет|landed|flew|(?:was|were)\s+(?:greeted|welcomed|received)|встретил",
    re.IGNORECASE,
)


def _arrived(d: Draft) -> bool:
    """Whether any report of the visit says the visitor arrived or is there: "Obama begins
    India visit", then "Obama … arrived here on a three-day India visit" is news, not the
    plan; so is "X, who is on a four-day official visit to China, met …"."""
    # (or the sentence told, its trigger another word: "В Москву с официальным визитом …
    # прилетел президент Италии")
    return any(ARRIVAL_RE.search(trigger) for trigger in d.triggers or [d.trigger]) or any(
        ARRIVED_VERB_RE.search(sentence) for _, sentence in d.sentences
    )


# Talks named by the bare noun, no verb saying who met
BARE_TALKS_RE = re.compile(r"talks|negotiations|consultations|переговор\w*", re.IGNORECASE)


# a past verb of arrival (not "will arrive"), or being on the visit
ARRIVED_VERB_RE = re.compile(
    r"\b(?:arrived|прибыл\w*|прилетел\w*|landed"
    r"|(?:is|are)\s+(?:currently\s+|now\s+)?on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|tour)|находящ\w+\s+с\s+(?:[\w-]+\s+)?визитом"
    # "as Modi began the bilateral visit to the country": under way
    rf"|{tense.BEGAN}(?:[\w-]+\s+){{0,3}}?(?:visit|trip|tour)"
    # "Winding up his three-day tour to Assam and Meghalaya, X left": held
    r"|(?:winding\s+up|wound\s+up|wrapp(?:ed|ing)\s+up|conclud(?:ed|ing)|complet(?:ed|ing))\s+"
    r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)"
    # "X's working visit to Turkmenistan was kicked off by the meeting with Y": begun
    r"|(?:visit|trip|tour)\s+(?:[\w-]+\s+){0,3}?(?:was|has\s+been|got)\s+(?:kicked\s+off|launched"
    r"|opened|under\s*way|started|begun))\b",
    re.IGNORECASE,
)


# What says outright that people spoke by telephone or video, not just "called".
SAYS_PHONE_RE = re.compile(r"phone|телефон|video|видео|^spoke\b", re.IGNORECASE)
# talks told of the sides, no one named: "The sides also exchanged views on …"
SIDES_OPENING_RE = re.compile(
    r"\s*(?:The\s+(?:two\s+)?(?:sides|parties|interlocutors)|Стороны|Собеседники)\b"
)


def _part_of_visit(talks: Draft, visit: Draft) -> bool:
    """Talks of someone the visit names, with its visitor where it names one (not the host's
    talks with another guest the same day: "The Amir received the Qatari minister …. He also
    received the visiting Lebanese X")."""
    visitors = {p for p, role in visit.people.items() if role == "visitor"}
    return bool(set(visit.people) & set(talks.people)) and (
        not visitors or bool(visitors & set(talks.people))
    )


def _call_during_a_meeting(d: Draft, drafts: list[Draft]) -> bool:
    """A call reported on the day the same people met face to face is that meeting ("called
    on his counterpart", "a call with his guest"), unless the text says telephone or video."""
    if d.type != "phone_call" or d.status != tense.CURRENT or SAYS_PHONE_RE.search(d.trigger):
        return False
    return any(
        m.type in {"talks", "visit"}
        and m.status == tense.CURRENT
        and m.date == d.date
        and len(set(m.people) & set(d.people)) >= min(2, len(d.people))
        for m in drafts
    )


def _call_it_was(d: Draft, drafts: list[Draft], day: dt.date) -> Draft | None:
    """ "Putin and Obama spoke by telephone on Wednesday. … The presidents discussed …":
    talks of the people of a telephone call, with no place (but the dateline's) and no day
    of their own (or the call's: "A and B discussed Monday … The discussion took place
    during a phone conversation"), in an article that tells of no meeting face to face, are
    that call (one conversation, not two events). `day`: the day of those with none of
    their own."""
    if d.type != "talks" or d.status != tense.CURRENT or (d.place and not d.filed_at):
        return None
    if any(o.type in {"visit", "summit"} and o.status == tense.CURRENT for o in drafts):
        return None
    calls = [
        o
        for o in drafts
        if o.type == "phone_call"
        and o.status == tense.CURRENT
        and SAYS_PHONE_RE.search(o.trigger)
        and len(o.people) >= 2
        and (
            set(d.people) <= set(o.people)
            # (the sides, their people guessed, of the call's countries)
            or (
                SIDES_OPENING_RE.match(d.sentences[0][1]) is not None
                and set(d.countries) <= set(o.countries)
            )
        )
        and d.date in (None, o.date or day)
    ]
    if len(calls) != 1 or not d.people:
        return None
    if not set(d.people) <= set(calls[0].people):
        d.people, d.countries = {}, {}  # (the sides' people were guessed: the call's are)
    return calls[0]


def _visitor_meets_hosts(d: Draft, visit: Draft, published: dt.date, gaz: Gazetteer) -> bool:
    """Whether the plan is the visitor's with people of the country visited ("В ходе визита
    он проведет переговоры с узбекским лидером", on a visit to Samarkand)."""
    visitor = _visitor(visit)
    hosts = {c for c, r in visit.countries.items() if r == "host"}
    others = set(d.people) - {visitor}
    # (one of no known country is the hosts' when the plan names no other side: "call on the
    # Prime Minister and Congress President Sonia Gandhi")
    sides = hosts | {c for c, r in visit.countries.items() if r == "visitor"}
    return (
        visitor in d.people
        and bool(hosts)
        and bool(others)
        and all(
            (code := gaz.country_of(p, published)) in hosts
            or (code is None and hosts & set(d.countries) and set(d.countries) <= sides)
            for p in others
        )
    )


def _in_role(roles: dict[str, str], role: str) -> set[str]:
    """Those of a draft's people or countries in that role."""
    return {key for key, their in roles.items() if their == role}


def _visitor(d: Draft) -> str | None:
    return next((p for p, r in d.people.items() if r == "visitor"), None)


def _finish(
    d: Draft,
    published: dt.date,
    gaz: Gazetteer,
    during: int | None,
    labels: dict[tuple[str, str], str],
) -> ExtractedEvent:
    return ExtractedEvent(
        type=d.type,
        subtype=d.subtype,
        title=_title(d, gaz, labels),
        date=d.date or published,
        place=d.place,
        people=tuple(sorted(d.people.items())),
        countries=tuple(sorted(d.countries.items())),
        sentence=d.sentence,
        status=d.status,
        date_precision=d.precision if d.date else "day",
        subject=d.subject,
        sentences=tuple(d.sentences),
        during=during,
    )


def _title(d: Draft, gaz: Gazetteer, found: dict[tuple[str, str], str]) -> str:
    # (a newcomer by the name the text gives, not by their key: "… and Vuong Dinh Hue", "in
    # State House")
    def label(kind, key):
        return found.get((kind, key)) or gaz.label(kind, key)

    def names(kind, keys):
        labels = [label(kind, k) for k in keys]
        return " and ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)

    def with_role(role):
        return [p for p, r in d.people.items() if r == role]

    place = f" in {label(PLACE, d.place)}" if d.place else ""
    everyone = names(PERSON, list(d.people)) or names(COUNTRY, list(d.countries))
    if d.type == "visit":
        visitor = names(PERSON, with_role("visitor")) or "a delegation"
        hosts = [c for c, r in d.countries.items() if r == "host"]
        to = f" to {names(COUNTRY, hosts)}" if hosts else place
        kind = f"{d.subtype.capitalize()} visit" if d.subtype else "Visit"
        return f"{kind} of {visitor}{to}"
    if d.type in {"award", "congratulation"}:
        giver, recipient = names(PERSON, with_role("giver")), names(PERSON, with_role("recipient"))
        if not giver and d.type == "congratulation":
            # (a country's, no one named: "Sudan offers condolences to United Kingdom")
            giver = names(COUNTRY, [c for c, r in d.countries.items() if r == "giver"])
        if d.type == "award":
            return f"{d.label or 'Award'} conferred on {recipient or 'a recipient'}" + (
                f" by {giver}" if giver else ""
            )
        if not giver and not recipient and len(d.people) > 1:
            # "the presidents exchanged congratulations": each the other's
            kind = "condolences" if d.subtype == "condolence" else "congratulations"
            return f"{everyone} exchange {kind}"
        # (several giving: "A and B offer condolences to C")
        many = len(with_role("giver")) > 1
        offer, congratulate = ("offer", "congratulate") if many else ("offers", "congratulates")
        verb = f"{offer} condolences to" if d.subtype == "condolence" else congratulate
        # (not the giver's own country: "X offers condolences", not "… to Uzbekistan")
        receiving = [c for c, r in d.countries.items() if r == "recipient"] or [
            c for c, r in d.countries.items() if r != "giver" or not giver
        ]
        whom = recipient or names(COUNTRY, receiving)
        if not whom:
            return f"{giver or 'A leader'} {f'{offer} condolences' if d.subtype else congratulate}"
        return f"{giver or 'A leader'} {verb} {whom}"
    if d.type == "agreement":
        what = d.subject[:1].upper() + d.subject[1:] if d.subject else (d.label or "Agreement")
        by = names(PERSON, list(d.people)) or names(COUNTRY, list(d.countries))
        verb = "adopted" if what.lower().startswith(("joint", "declaration")) else "signed"
        return f"{what} {verb}" + (f" by {by}" if by else "") + place
    label = {
        "talks": "Talks",
        "phone_call": "Phone call",
        "summit": "Summit",
        "statement": "Statement",
    }[d.type]
    if d.subtype and d.type == "talks":
        label = f"{d.subtype.capitalize()} talks"
    joiner = " by " if d.type == "statement" else " between " if len(d.people) > 1 else " with "
    return f"{label}{joiner}{everyone}{place}" if everyone else f"{label}{place}"
