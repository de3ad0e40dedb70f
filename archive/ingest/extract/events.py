"""Typed events, in the spirit of CAMEO/PLOVER, from trigger phrases in each sentence.

The taxonomy (archive.models.EventType):
  visit           state / official / working visit; roles visitor and host
  talks           talks, negotiations, a meeting
  phone_call      a telephone conversation
  summit          a summit or multilateral meeting
  agreement       an agreement, memorandum or treaty signed, a joint statement adopted
  award           an order, medal or title conferred; roles giver and recipient
  congratulation  congratulations or condolences; roles giver and recipient
  statement       a formal statement issued

The date is the one the reporting sentence names ("on 24 November", "yesterday"), else the
article's. Participants come from the sentence that reports the event; where it names fewer than two
sides (a talks sentence naming only the speaker), the article's principal people complete it.
One article yields at most one event of each type and subtype: several sentences about the
same talks are one event.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archive.ingest.extract.dates import named_date
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer
from archive.ingest.extract.mentions import Mentions

VISIT_RE = re.compile(
    r"\b(?:(?P<sub>state|official|working|friendly|private)\s+)?visit\b"
    r"|\bvisited\b|\barrived\s+(?:in|at)\b|визит\w*"
    r"|\bwelcomed\b(?=[^.;]{0,80}?\bto\s+(?-i:[A-Z]))",
    re.I,
)
PHONE_RE = re.compile(
    r"\b(?:tele)?phone\s+(?:call|conversation|talks?)\b|\bspoke\s+(?:by|on the)"
    r"\s+(?:tele)?phone\b|\bvideo\s*(?:call|conference)\b|телефонн\w+\s+разговор",
    re.I,
)
SUMMIT_RE = re.compile(
    r"\bsummit\b|\bmultilateral\s+meeting\b|\bCouncil of Heads of State\b"
    r"|\bConsultative Meeting\b|саммит"
    r"|\b(?:G7|G20|BRICS|SCO|CSTO|CIS|EAEU|ASEAN|OTS)\s+(?:leaders|heads of state)\b",
    re.I,
)
TALKS_RE = re.compile(
    r"\b(?:(?P<sub>extended|narrow[- ]format|bilateral|one-on-one)\s+)?"
    r"(?:talks|negotiations)\b|\bmet\s+(?:with\s+)?(?:(?:the|his|her|their)\s+)?(?=(?-i:[A-Z]))|\bheld\s+a\s+meeting\b"
    r"|\bmeeting\s+(?:with|between)\b|(?P<ru>переговор\w*|встреч\w*|встрет\w*)",
    re.I,
)
# "received Turkmen Foreign Minister Rashid Meredov": a meeting with a named guest.
RECEIVED_RE = re.compile(r"\breceived\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
AGREEMENT_RE = re.compile(
    r"\b(?:signed|adopted|concluded|inked)\b[^.;]{0,60}?\b(?P<doc>joint\s+(?:statement|"
    r"declaration|communiqu[ée])|agreements?|memorand(?:um|a)|treaty|treaties|roadmap|"
    r"protocols?|declaration)\b"
    r"|\b(?P<doc2>joint\s+(?:statement|declaration)|agreements?|memorand(?:um|a)|treaty)\b"
    r"[^.;]{0,40}?\b(?:was|were)\s+(?:signed|adopted)\b",
    re.I,
)
AWARD_RE = re.compile(r"\b(?:awarded|conferred|bestowed|presented)\b", re.I)
RECEIVED_AWARD_RE = re.compile(r"\b(?:received|was\s+awarded|has\s+been\s+awarded)\s+", re.I)
AWARD_NAME_RE = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+|\([^)]*\)\s+)*(?:Order|Medal|Prize|Award)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)"
)
CONGRATS_RE = re.compile(r"\bcongratulat\w*|\bcondolences?\b|\bsympath(?:y|ies)\b", re.I)
STATEMENT_RE = re.compile(
    r"\b(?:issued|released|made)\s+an?\s+(?:official\s+)?statement\b"
    r"|\bin\s+a\s+statement\b",
    re.I,
)


@dataclass(frozen=True)
class ExtractedEvent:
    type: str
    subtype: str
    title: str
    date: dt.date
    place: str | None
    people: tuple[tuple[str, str], ...]  # (slug, role)
    countries: tuple[tuple[str, str], ...]  # (iso2, role)
    sentence: str


@dataclass
class _Draft:
    type: str
    subtype: str
    place: str | None
    people: dict[str, str]
    countries: dict[str, str]
    sentence: str
    label: str = ""
    date: dt.date | None = None


# A word every trigger pattern above needs; a sentence without one reports no event and is
# skipped before the patterns and the participant look-ups run (most sentences are such).
TRIGGER_WORDS = [
    "visit",
    "arrived",
    "welcomed",
    "received",
    "phone",
    "video",
    "summit",
    "multilateral",
    "council",
    "consultative",
    "talks",
    "negotiations",
    "met",
    "meeting",
    "signed",
    "adopted",
    "concluded",
    "inked",
    "awarded",
    "conferred",
    "bestowed",
    "presented",
    "congratulat",
    "condolence",
    "sympath",
    "statement",
    "leaders",
    "heads of state",
    "визит",
    "телефонн",
    "саммит",
    "переговор",
    "встреч",
    "встрет",
]


def extract_events(
    sentences: list[tuple[int, str]], mentions: Mentions, published: dt.date, gaz: Gazetteer
) -> list[ExtractedEvent]:
    """Events from `sentences` (pass only those with a TRIGGER_WORDS word: see
    archive.ingest.extract.sentences_containing)."""
    principals = _principals(mentions)
    drafts: dict[tuple[str, str], _Draft] = {}
    for offset, sentence in sentences:
        end = offset + len(sentence)
        people = mentions.in_range(PERSON, offset, end)
        countries = mentions.in_range(COUNTRY, offset, end)
        places = [key for _, key in mentions.in_range(PLACE, offset, end)]
        ctx = _Context(offset, sentence, people, countries, places, published, gaz, principals)
        day = named_date(sentence, published)
        for draft in _sentence_events(ctx):
            draft.date = day
            key = (draft.type, draft.subtype if draft.type != "talks" else "")
            if key in drafts:
                _merge(drafts[key], draft)
            else:
                drafts[key] = draft
    return [_finish(d, published, gaz) for d in drafts.values()]


@dataclass
class _Context:
    offset: int
    sentence: str
    people: list[tuple[int, str]]
    countries: list[tuple[int, str]]
    places: list[str]
    published: dt.date
    gaz: Gazetteer
    principals: list[str]

    def people_before(self, pos: int) -> list[str]:
        return [k for s, k in self.people if s - self.offset < pos]

    def people_after(self, pos: int) -> list[str]:
        return [k for s, k in self.people if s - self.offset >= pos]

    def country_of(self, person: str) -> str | None:
        return self.gaz.country_of(person, self.published)


def _received_guest(ctx: _Context) -> re.Match | None:
    """'received Turkmen Foreign Minister Rashid Meredov': someone named within a few words
    after "received" — not an order, a letter or an investment received."""
    m = RECEIVED_RE.search(ctx.sentence)
    if m is None:
        return None
    guest = _named_within(ctx, m.end(), 50)
    if guest is None or AWARD_NAME_RE.search(ctx.sentence, m.end(), guest):
        return None
    return m


def _named_within(ctx: _Context, pos: int, chars: int) -> int | None:
    """Where the first person named within `chars` after `pos` starts, if anyone is."""
    starts = [s - ctx.offset for s, _ in ctx.people if 0 <= s - ctx.offset - pos <= chars]
    return min(starts) if starts else None


def _sides_named(ctx: _Context, pos: int) -> bool:
    """A person named just before the talks word and one after it."""
    before = [s - ctx.offset for s, _ in ctx.people if s - ctx.offset < pos]
    return bool(before) and pos - max(before) < 60 and bool(ctx.people_after(pos))


def _sentence_events(ctx: _Context):
    s = ctx.sentence
    summit = SUMMIT_RE.search(s)
    phone = PHONE_RE.search(s)
    if phone:
        yield _participants(ctx, "phone_call", "")
    elif (m := TALKS_RE.search(s) or _received_guest(ctx)) and (
        not summit or _sides_named(ctx, m.start())
    ):
        # Talks in a summit's sentence are the summit's, unless the sentence names who
        # met whom ("…, where Narendra Modi held talks with Xi Jinping").
        yield _participants(ctx, "talks", (m.groupdict().get("sub") or "").lower())
    if summit:
        yield _participants(ctx, "summit", "", complete=False)
    if (
        (m := VISIT_RE.search(s))
        and not re.search(r"\bvisit\w*\s+(?:centres?|sites?|page)", s)
        and (m.group(0).lower() != "welcomed" or _named_within(ctx, m.end(), 50))
    ):
        yield _visit(ctx, m)
    if m := AGREEMENT_RE.search(s):
        doc = (m.group("doc") or m.group("doc2")).lower()
        draft = _participants(ctx, "agreement", "joint statement" if "joint" in doc else "")
        draft.label = "Joint statement" if "joint" in doc else doc.capitalize()
        yield draft
    if (m := RECEIVED_AWARD_RE.search(s)) and (award := AWARD_NAME_RE.match(s, m.end())):
        # "X received the Order of … from Y", "X was awarded the Medal …": the roles the
        # other way round.
        yield _directed(ctx, "award", m.start(), award.group("name").strip(), received=True)
    elif (m := AWARD_RE.search(s)) and (award := AWARD_NAME_RE.search(s, m.end())):
        yield _directed(ctx, "award", m.start(), award.group("name").strip())
    if m := CONGRATS_RE.search(s):
        sub = "condolence" if m.group(0).lower().startswith(("condol", "sympath")) else ""
        yield _directed(ctx, "congratulation", m.start(), "", subtype=sub)
    if STATEMENT_RE.search(s):
        yield _participants(ctx, "statement", "", complete=False)


def _participants(ctx: _Context, type_: str, subtype: str, complete: bool = True) -> _Draft:
    people = {k: "participant" for _, k in ctx.people}
    if complete and len(people) < 2:
        for person in ctx.principals:
            people.setdefault(person, "participant")
    # The sides are the participants' countries; other countries in the sentence are topics
    # ("a railway through Afghanistan was discussed"), unless no one is named.
    countries = {}
    for person in people:
        if code := ctx.country_of(person):
            countries.setdefault(code, "participant")
    if not countries:
        countries = {c: "participant" for _, c in ctx.countries}
    return _Draft(
        type_, subtype, ctx.places[0] if ctx.places else None, people, countries, ctx.sentence
    )


def _visit(ctx: _Context, m: re.Match) -> _Draft:
    subtype = (m.group("sub") or "").lower() if m.groupdict().get("sub") else ""
    before = ctx.people_before(m.start())
    after = ctx.people_after(m.end())
    if m.group(0).lower() == "welcomed":  # the host welcomes the visitor
        visitors = after[:1] or before[-1:]
    else:
        visitors = before[-1:] or after[:1]
    hosts = [p for p in dict.fromkeys(before + after) if p not in visitors]
    if not hosts:
        hosts = [p for p in ctx.principals if p not in visitors][:1]
    people = {p: "visitor" for p in visitors} | {p: "host" for p in hosts}
    countries: dict[str, str] = {}
    for p, role in people.items():
        if code := ctx.country_of(p):
            countries.setdefault(code, role)
    to_match = re.search(r"\bto\s+(?:the\s+)?$", ctx.sentence[: m.end() + 40])
    for start, code in ctx.countries:
        if to_match is not None and start - ctx.offset > m.end():
            countries[code] = "host"
        countries.setdefault(code, "participant")
    return _Draft(
        "visit", subtype, ctx.places[0] if ctx.places else None, people, countries, ctx.sentence
    )


def _directed(
    ctx: _Context, type_: str, verb_at: int, label: str, subtype: str = "", received=False
) -> _Draft:
    if received:  # the one before the verb received it from the one after
        recipients = ctx.people_before(verb_at)[-1:]
        givers = [p for p in ctx.people_after(verb_at) if p not in recipients][:1]
    else:
        givers = ctx.people_before(verb_at)[-1:]
        recipients = [p for p in ctx.people_after(verb_at) if p not in givers][:1]
    if not givers and ctx.principals and ctx.principals[0] not in recipients:
        givers = ctx.principals[:1]
    people = {p: "giver" for p in givers} | {p: "recipient" for p in recipients}
    countries = {}
    for p, role in people.items():
        if code := ctx.country_of(p):
            countries.setdefault(code, role)
    draft = _Draft(
        type_, subtype, ctx.places[0] if ctx.places else None, people, countries, ctx.sentence
    )
    draft.label = label
    return draft


def _merge(target: _Draft, other: _Draft) -> None:
    for person, role in other.people.items():
        if target.people.get(person, "participant") == "participant":
            target.people[person] = role
    for code, role in other.countries.items():
        if target.countries.get(code, "participant") == "participant":
            target.countries[code] = role
    target.place = target.place or other.place
    target.label = target.label or other.label
    target.date = target.date or other.date


def _principals(mentions: Mentions) -> list[str]:
    """The article's main people: the most mentioned, first mention breaking ties."""
    ranked = sorted(mentions.people.items(), key=lambda kv: (-len(kv[1]), kv[1][0]))
    return [slug for slug, offsets in ranked[:2]]


def _finish(d: _Draft, published: dt.date, gaz: Gazetteer) -> ExtractedEvent:
    return ExtractedEvent(
        type=d.type,
        subtype=d.subtype,
        title=_title(d, gaz),
        date=d.date or published,
        place=d.place,
        people=tuple(sorted(d.people.items())),
        countries=tuple(sorted(d.countries.items())),
        sentence=d.sentence,
    )


def _title(d: _Draft, gaz: Gazetteer) -> str:
    def names(kind, keys):
        labels = [gaz.label(kind, k) for k in keys]
        return " and ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)

    def with_role(role):
        return [p for p, r in d.people.items() if r == role]

    place = f" in {gaz.label(PLACE, d.place)}" if d.place else ""
    everyone = names(PERSON, list(d.people)) or names(COUNTRY, list(d.countries))
    if d.type == "visit":
        visitor = names(PERSON, with_role("visitor")) or "a delegation"
        hosts = [c for c, r in d.countries.items() if r == "host"]
        to = f" to {names(COUNTRY, hosts)}" if hosts else place
        kind = f"{d.subtype.capitalize()} visit" if d.subtype else "Visit"
        return f"{kind} of {visitor}{to}"
    if d.type in {"award", "congratulation"}:
        giver, recipient = names(PERSON, with_role("giver")), names(PERSON, with_role("recipient"))
        if d.type == "award":
            return f"{d.label or 'Award'} conferred on {recipient or 'a recipient'}" + (
                f" by {giver}" if giver else ""
            )
        verb = "offers condolences to" if d.subtype == "condolence" else "congratulates"
        return f"{giver or 'A leader'} {verb} {recipient or names(COUNTRY, list(d.countries))}"
    if d.type == "agreement":
        return f"{d.label or 'Agreement'} of {names(COUNTRY, list(d.countries)) or everyone}"
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
