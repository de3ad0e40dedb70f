"""Typed events, in the spirit of CAMEO/PLOVER, from trigger words in each sentence.

The taxonomy (archive.models.EventType):
  visit           state / official / working visit; roles visitor and host
  talks           talks, negotiations, a meeting, a guest received
  phone_call      a telephone conversation or a video call
  summit          a summit or multilateral meeting (of leaders or of ministers)
  agreement       an agreement, memorandum, programme or treaty signed, a statement adopted
  award           an order, medal or prize conferred; roles giver and recipient
  congratulation  congratulations or condolences; roles giver and recipient
  statement       a statement to the press or the public, a spokesperson's word

Each trigger (archive/ingest/extract/triggers.py) gives a draft: its participants come
from its sentence (where it names fewer than two sides, the article's principal people
complete a meeting), its status and date from the words around the trigger
(archive/ingest/extract/tense.py): news of the day, a plan, or background.

Drafts of one article that are the same event are merged, and each event keeps every
sentence that reported it: one visit per visitor and status (a "state visit" and "the
visit" of the same person are one visit, of the most specific kind), one set of talks,
one call, one agreement of each kind, one award per recipient, one statement per speaker.
Talks held while a visit or a summit is under way point at it; what is on the programme
of a visit under way (the signing, the statements to the press) is that day's news, not
a plan. A plan is kept with its date when the text states one (a day, or a month); a
background event with its own stated date becomes an event on that date; either without
a date is not recorded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from archive.ingest.extract import tense
from archive.ingest.extract.dates import find_dates
from archive.ingest.extract.event_records import (
    ARRIVAL_RE,
    Draft,
    ExtractedEvent,
    all_over,
    finish_all,
    merge_draft,
    principals_of,
)
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer
from archive.ingest.extract.mentions import DEATH_WORDS, Mentions, dateline_countries
from archive.ingest.extract.newcomers import title_heads
from archive.ingest.extract.personal_names import NOT_NAME_WORDS
from archive.ingest.extract.titles import MONARCH_TITLES
from archive.ingest.extract.triggers import (
    AGREEMENT_RE,
    AIRFIELD,
    AWARD_NAME_RE,
    AWARD_RE,
    BY_RE,
    CONFERRED_ON_RE,
    CONGRATS_RE,
    DOCUMENT_RE,
    GATES,
    GENERIC_VISITS_RE,
    MESSAGE_TO_RE,
    NATIONAL_DAY_MESSAGE_RE,
    NEGATED_RE,
    NOT_A_TRIP_RE,
    PHONE_RE,
    RECEIVED_AWARD_RE,
    RECEIVED_RE,
    REGION_WORD,
    SPEECH,
    STATEMENT_RE,
    STRONG_SPEECH_RE,
    SUMMIT_RE,
    TALKS_AS_MEANS_RE,
    TALKS_RE,
    TRIGGER_WORDS,
    VISIT_RE,
)
from archive.text.datelines import find_dateline
from archive.text.names import skeleton
from archive.text.patterns import Gated, alternatives
from archive.text.sentences import QUOTE_MARKS, quotations

__all__ = ["TRIGGER_WORDS", "ExtractedEvent", "extract_events"]
ALL_GATES = frozenset(GATES)

RU_SUBTYPES = {"государствен": "state", "официальн": "official", "рабоч": "working"}
# What says two people who spoke were together: a meeting, a visit, a place.
IN_PERSON_RE = re.compile(
    r"\b(?:sidelines|margins|met|meeting|visit\w*|summit|in\s+person|during|arrived|hosted"
    # ("Before the talks, Lavrov spoke with Iranian Foreign Minister X")
    r"|at\s+the|in\s+(?-i:[A-Z])|(?:before|after|ahead\s+of)\s+the\s+(?:talks|negotiations))",
    re.IGNORECASE,
)
# What a call was about: "spoke today with X to discuss …, support the peace process in
# Afghanistan" (a place in it is no place of the speaking)
TOPIC_AFTER_RE = re.compile(
    r"\b(?:to\s+discuss|discussing|about|regarding|concerning|on\s+(?:issues|the\s+situation))\b"
)


def _in_person(sentence: str, spoke_end: int) -> bool:
    """Whether the sentence says those who spoke were together (a meeting, a place)."""
    topic = TOPIC_AFTER_RE.search(sentence, spoke_end)
    return any(
        not (topic and hit.start() > topic.start() and hit.group(0)[:3].lower() == "in ")
        for hit in IN_PERSON_RE.finditer(sentence)
    )


FORMER_TITLE_RE = re.compile(r"(?:then|former|late|ex-)\b", re.IGNORECASE)
# "a delegation … headed by X, former Prime Minister of Kenya": one who acts today
LED_BY_FORMER_RE = re.compile(
    r"\b(?:headed|led)\s+by\s+(?:(?:HE|H\.E\.|Mr\.?|Ms\.?|Dr\.?)\s+)?$", re.IGNORECASE
)


def _leads_now(newcomer, sentences: list[tuple[int, str]]) -> bool:
    """Whether a newcomer titled "former …" leads a delegation or a mission the text reports:
    named right after "headed by" or "led by"."""
    return any(
        0 <= (at := newcomer.offset - offset) <= len(sentence)
        and LED_BY_FORMER_RE.search(sentence, max(0, at - 30), at)
        for offset, sentence in sentences
    )


ENVOY_TITLE_RE = re.compile(r"ambassador|envoy|charg[ée]|посол|посл(?:а|у|ом)\b", re.IGNORECASE)
# (not one at large, nor a special envoy: they travel)
RESIDENT_ENVOY_RE = re.compile(
    r"\bAmbassador\b(?![\s-]+at[\s-]+large)(?:\s+(?:of\s+[^,]{2,60}?\s+)?to\s+\S|\s*$)",
    re.IGNORECASE,
)
PRONOUN_RE = re.compile(r"(?:He|She|They|Он|Она|Они)\b")
# The sentence's subject by a common noun for an office, a lower-case word or two before it
OFFICE_SUBJECT_RE = re.compile(
    r"The\s+(?:[a-z][\w-]*\s+){0,2}?(?:minister|official|diplomat|envoy|visitor|guest)\s"
)
# An arrival back home after a visit: "arrived here on Friday after concluding his visit to"
BACK_HOME_AFTER_RE = re.compile(
    r"(?:arrived|returned|came\s+back|flew\s+back)\s+(?:here|home|back)\b[^.;]{0,40}?\s"
    rf"(?:after|following|upon)\s+{tense.CONCLUDING}\s+(?=(?:his|her|their)\s)",
    re.IGNORECASE,
)
FRONTED_PRONOUN_RE = re.compile(r"[^,.;]{0,60},\s+(?:he|she|they|он|она|они)\s", re.IGNORECASE)
LEADING_ROLES = frozenset({"head_of_state", "head_of_government"})
LEADERS_WORD_RE = re.compile(
    # (not those who lead no state: "Business leaders from both countries signed …")
    r"(?<!business\s)(?<!industry\s)(?<!religious\s)(?<!community\s)(?<!party\s)"
    r"(?<!opposition\s)(?<!tribal\s)(?<!youth\s)(?<!student\s)(?<!civic\s)"
    r"\b(?:leaders|presidents|heads\s+of\s+state|лидеры|президенты|главы\s+государств)\b",
    re.IGNORECASE,
)
TWO_BEFORE_RE = re.compile(r"\b(?:the\s+two|both)\s+\Z", re.IGNORECASE)
THE_TWO_LEADERS_RE = re.compile(r"\b(?:the\s+two|both)\s+leaders\b", re.IGNORECASE)
TELLER_TITLE_RE = re.compile(
    # ("Глава пресс-службы Госдепа", "head of the press service")
    r"spokes|press\s+secretary|press\s+service|пресс-секретар|пресс-служб"
    r"|официальн\w+\s+представител",
    re.IGNORECASE,
)
# A press release's header naming its kind, the speaker on the line under it ("Press Statement
# / Sean McCormack, Spokesman")
RELEASED_STATEMENT_RE = re.compile(
    r"\b(?:released|issued|published)\s+the\s+following\s+(?:press\s+)?statement\b", re.IGNORECASE
)
STATEMENT_HEADER_RE = re.compile(r"\s*(?:Press\s+Statement|Statement)\s*[.:]?\s*", re.IGNORECASE)
JOINT_BY_RE = re.compile(r"joint\s+statement\s+(?:by|from|of)\s", re.IGNORECASE)
NO_PLANS_RE = re.compile(
    r"\bno\s+(?:plans?|intention|intentions|arrangements?)\b[^.;]{0,80}?\bto\s+(?:\w+\s+)?$"
    # "There are no plans for a formal bilateral meeting between A and B"
    # ("there has been no request for a meeting with President X yet")
    r"|\bno\s+(?:plans?|arrangements?|requests?|proposals?)\s+for\s+(?:a|an|any)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "Путин и Трамп не планируют проводить разговор по телефону", "не планируется встреча"
    r"|(?<![\w-])не\s+(?:планиру\w+|намерен\w*|собира\w+)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A journalist's question in a briefing's transcript ("Q: In the negotiations between Iran and
# …"): what is asked about is no news the article reports (the answer tells it).
QUESTION_RE = re.compile(r"\s*(?:Q|Question|Вопрос)\s*[:：]")
ANSWER_RE = re.compile(r"\s*(?:A|Answer|Ответ)\s*[:：]")
QUESTION_END_RE = re.compile(r"\?[\s\"”»’']*\Z")
HIS_BEFORE_RE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
HIS_DAY_BEFORE_RE = re.compile(
    r"\b(?:on|during|in\s+the\s+course\s+of)\s+(?:his|her)\s+(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
WITH_RE = re.compile(r"\bwith\s")
RECEIVED_BY_SUBJECT_RE = re.compile(
    r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?(?:received|welcomed|greeted|hosted)\s+by\b",
    re.IGNORECASE,
)
RECALLED_HIS_RE = re.compile(
    r"\b(?:recalled|recalling|recalls|remembered|fondly\s+recalled)\s+(?:his|her)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
HE_BEFORE_RE = re.compile(r"\b(?:he|she)\s+(?:is\s+|was\s+|will\s+be\s+|has\s+been\s+)?\Z", re.I)
# "His visit is on the heels of …", "Her trip comes after …": the subject is the visit
HIS_VISIT_IS_RE = re.compile(
    r"(?:His|Her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:is|was|comes|came|follows"
    r"|followed|marks|marked|will|has|had)\b"
)


# A transcript's speaker label opening a paragraph: "President of Armenia Serzh Sargsyan: …",
# "Vladimir Putin: …"
TRANSCRIPT_LABEL_RE = re.compile(
    r"(?:[A-ZА-ЯЁ][\w'’.-]*[ \t]+|(?:of|the)[ \t]+){0,8}?[A-ZА-ЯЁ][\w'’.-]*:[ \t]"
)


def _voices(
    sentences: list[tuple[int, str]], mentions: Mentions
) -> dict[int, tuple[str | None, str | None]]:
    """For each sentence of a transcript, its speaker (the person its label, or the last
    label before it, names) and the one spoken to (the other labelled speaker)."""
    if ":" not in "".join(s for _, s in sentences[:40]):
        return {}
    labels: list[tuple[int, str | None]] = []
    for offset, sentence in sentences:
        if label := TRANSCRIPT_LABEL_RE.match(sentence):
            named = mentions.in_range(PERSON, offset, offset + label.end())
            labels.append((offset, named[-1][1] if named else None))
    speakers = [k for _, k in labels if k]
    if len(set(speakers)) < 2:
        return {}
    voices: dict[int, tuple[str | None, str | None]] = {}
    at = -1
    for offset, _ in sentences:
        while at + 1 < len(labels) and labels[at + 1][0] <= offset:
            at += 1
        voice = labels[at][1] if at >= 0 else None
        if voice is None:
            continue
        others = [k for _, k in labels[:at][::-1] + labels[at + 1 :] if k and k != voice]
        voices[offset] = (voice, others[0] if others else None)
    return voices


def _questions(sentences: list[tuple[int, str]]) -> set[int]:
    """The offsets of the sentences that ask: a press conference's "Q: …" paragraph to its
    end, and any sentence ending in a question mark ("Who is taking part in the talks?")."""
    asked: set[int] = set()
    question_end = None  # where the "Q: …" paragraph read so far ends
    for offset, sentence in sentences:
        if QUESTION_RE.match(sentence) or (
            question_end is not None
            and offset - question_end <= 1  # the same paragraph
            and not ANSWER_RE.match(sentence)
        ):
            asked.add(offset)
            question_end = offset + len(sentence)
        else:
            question_end = None
            if QUESTION_END_RE.search(sentence):
                asked.add(offset)
    return asked


def _not_met(sentences: list[tuple[int, str]], mentions: Mentions) -> set[str]:
    """The people a sentence says were not met: the first one named after the denial."""
    unmet = set()
    for offset, sentence in sentences:
        for denied in NOT_MET_AFTER_RE.finditer(sentence):
            start = offset + denied.end()
            # (the spans are in text order: find_mentions sorts them)
            first = next(
                (
                    key
                    for at, _, kind, key in mentions.spans
                    if kind == PERSON and start <= at <= start + 80
                ),
                None,
            )
            if first:
                unmet.add(first)
    return unmet


def extract_events(
    sentences: list[tuple[int, str]],
    mentions: Mentions,
    published: dt.date,
    gaz: Gazetteer,
    gates: dict[int, frozenset[str]] | None = None,
    every: list[tuple[int, str]] | None = None,
) -> list[ExtractedEvent]:
    """Events from `sentences` (pass only those with a TRIGGER_WORDS word: see
    archive.ingest.extract.sentences_containing). `gates`: for each sentence's offset, the
    trigger groups (GATES) whose words it has; the other groups' patterns are not tried.
    `every`: all the text's sentences, with their offsets (for the subject of the one before)."""
    # (spokespeople tell of meetings and visits, they are none of their sides; they may still
    # be the one who made a statement)
    tellers = {n.key for n in mentions.newcomers if TELLER_TITLE_RE.search(n.title)} | {
        p
        for p in mentions.people
        if any(TELLER_TITLE_RE.search(t.title) for t in gaz.roles_of(p, published))
    }  # (the gazetteer's too: "the Kremlin's spokesman" hosts no visit)
    ranked = principals_of(mentions, gaz, published, n=len(mentions.people))  # ranked once
    speakers = ranked[:2]
    # (nor is one the text says was not met: "… и не планировал встречаться с президентом X")
    unmet = _not_met(every or sentences, mentions)
    principals = [p for p in ranked if p not in tellers and p not in unmet][:2]
    leaders = [
        p for p in ranked[:6] if any(t.role in LEADING_ROLES for t in gaz.roles_of(p, published))
    ][:2]
    # … and the next one, for the sides of a call told by a spokesperson who is one of those
    # two ("The two spent half an hour on the phone …, spokeswoman Victoria Nuland said")
    sides = ranked[:3]
    # the country the article names first (in its headline or dateline, mostly)
    main_country = min(mentions.countries, key=lambda c: min(mentions.countries[c]), default=None)
    filed_from, filed_in = dateline_countries(mentions, gaz)
    envoys = frozenset(n.key for n in mentions.newcomers if ENVOY_TITLE_RE.search(n.title))
    # ambassadors posted abroad, whom a host there receives without their travelling
    residents = frozenset(n.key for n in mentions.newcomers if RESIDENT_ENVOY_RE.search(n.title))
    titles = {n.key: n.title for n in mentions.newcomers}
    towns = {t.key: t.country for t in mentions.new_places}
    drafts: dict[tuple, Draft] = {}
    summit_names: dict[tuple, str] = {}  # (see _summit_key)
    last_day: dt.date | None = None  # the day of the last event told with its day
    she: str | None = None  # the one the article's first "She" opening a sentence was
    # remembered ("the late …", "in memory of …") anywhere; and newcomers titled as what they
    # were ("the visit of then Prime Minister Indira Gandhi in 1982"): no part in the news
    # (not one "former" in office who leads a delegation today: "headed by X, former Prime
    # Minister of Kenya")
    dead: set[str] = {
        n.key
        for n in mentions.newcomers
        if FORMER_TITLE_RE.match(n.title) and not _leads_now(n, every or sentences)
    }
    starts = [o for o, _ in every] if every else []
    asked = _questions(every or sentences)
    voices = _voices(every or sentences, mentions)
    # A dateline standing alone over the text ("NEW YORK, Dec. 4", then the text): its
    # city is where the first sentence after it was filed from.
    dateline_places = mentions.in_range(PLACE, mentions.dateline_start, mentions.dateline_end)
    under_dateline = next(
        (
            o
            for o, t in every or sentences
            if o >= mentions.dateline_end
            and not any(p < mentions.dateline_end < p + len(q) for p, q in every or sentences)
        ),
        None,
    )
    for offset, sentence in sentences:
        if offset in asked:
            continue
        end = offset + len(sentence)
        # (not one who died: "… to offer condolences over the recent demise of King
        # Abdullah" names no one taking part)
        people = mentions.in_range(PERSON, offset, end)
        if DEATH_WORD_RE.search(sentence):  # (a word test first: most sentences tell of none)
            people = [
                (s, k)
                for s, k in people
                if not DECEASED_BEFORE_RE.search(sentence, max(0, s - offset - 30), s - offset)
            ]
        previous = _previous_subject(mentions, every, starts, offset, skip=tellers)
        if SHE_OPENS_RE.match(sentence):
            # "She met them separately …. Mahathir assured her …. She also held a meeting
            # with X": the woman a "She" told of first, not the last man named
            she = she or previous
            previous = she
        countries = mentions.in_range(COUNTRY, offset, end)
        places = mentions.in_range(PLACE, offset, end)
        if offset == under_dateline:
            places = dateline_places + places
        place_mentions = [
            (s, k)
            for s, k in places
            if s not in mentions.in_names
            # "the KCNA report, monitored in Seoul, said …": where the news was heard; "flew
            # in to the airbase from New Delhi": where the traveller came from
            and not MONITORED_IN_RE.search(sentence, max(0, s - offset - 40), s - offset)
            and not FROM_BEFORE_RE.search(sentence, max(0, s - offset - 6), s - offset)
            and not _stands_for_its_state(sentence, s - offset)
            # "Sheikh X, the Crown Prince of Abu Dhabi,": whose office, not where
            and not RULER_OF_BEFORE_RE.search(sentence, max(0, s - offset - 24), s - offset)
            # "the first meeting since November 2023, when the ministers met in Busan": the
            # venue of the meeting counted from
            and not SINCE_WHEN_BEFORE_RE.search(sentence, max(0, s - offset - 120), s - offset)
        ]
        later = [s for s, _ in place_mentions if s >= mentions.dateline_end]
        if later and not HERE_RE.search(sentence, 0, later[0] - offset):
            # "BEIJING, Aug. 5 (Xinhuanet) — … met … at the meeting in Kuala Lumpur": where
            # it was filed is no venue when the sentence names one (not after "here": "X
            # delivered here a message …, inviting him to visit Tehran")
            place_mentions = [(s, k) for s, k in place_mentions if s >= mentions.dateline_end]
        ctx = _Context(
            offset,
            sentence,
            people,
            countries,
            [key for _, key in place_mentions],
            published,
            gaz,
            principals,
            mentions.person_countries,
            gates.get(offset, ALL_GATES) if gates is not None else ALL_GATES,
            place_mentions,
            main_country,
            envoys,
            titles,
            leaders,
            speakers,
            previous,
            filed_from,
            _previous_people(mentions, every, starts, offset),
            *voices.get(offset, (None, None)),
            town_countries=towns,
            previous_teller=_previous_teller(mentions, every, starts, offset, tellers, sentence),
            previous_text=before[1] if (before := _sentence_before(every, starts, offset)) else "",
            last_pair=_last_pair(
                mentions,
                every,
                starts,
                offset,
                lambda p: mentions.person_countries.get(p) or gaz.country_of(p, published),
            )
            if BOTH_SIDES_RE.match(sentence)
            or TALKS_BETWEEN_RE.search(sentence)
            or BETWEEN_BOTH_SIDES_RE.search(sentence)
            else [],
            filed_in=filed_in,
        )
        found = [
            (draft, (start, stop))
            for draft, (start, stop) in _sentence_events(ctx)
            # "denied reports that US and Iranian officials held a meeting", "rejects claims
            # that a meeting … was not discussed", "No meeting or talks … took place": what
            # is denied or claimed did not happen (not as news)
            if draft.type == "statement"
            or not (
                DENIED_BEFORE_RE.search(sentence, max(0, start - 160), start)
                or NO_SUCH_EVENT_RE.search(sentence, max(0, start - 40), start)
                # "neither side ruled out a meeting between A and B": one that may be held
                or RULED_OUT_RE.search(sentence, max(0, start - 60), start)
                # "said the BRICS forum had a crucial role in …": the body, not a meeting of it
                or (draft.type == "summit" and BODY_ROLE_AFTER_RE.match(sentence, stop))
                # "Moscow had asked the U.S. side to have a phone conversation on Thursday,
                # but the initiative was left unanswered"
                or NOT_TAKEN_UP_RE.search(sentence, stop, stop + 160)
                # "Kerry called Lavrov on Tuesday …. However, Kerry did not reach Lavrov"
                or (
                    draft.type == "phone_call"
                    and (
                        UNREACHED_RE.search(sentence, stop)
                        or UNREACHED_RE.search(_sentence_after(every, starts, offset))
                    )
                )
            )
        ]
        if not found and _joined_summit(ctx, drafts):
            continue
        if (
            found
            and "statement" in ctx.gates
            and all(d.type == "talks" and len(d.people) <= 1 for d, _ in found)
            and (speech := _strong_speech(ctx))
            and speech.end() <= min(start for _, (start, _stop) in found)
        ):
            # "Condoleezza Rice says the talks are progressing": talks spoken of, one side
            # named, the one speaking — her statement
            found = [(_statement(ctx, speech), speech.span())]
        if not any(d.type not in {"talks", "statement"} for d, _ in found) and _joined_talks(
            ctx, drafts
        ):
            continue  # (not a sentence telling of a visit or a signing as well)
        if not found and "statement" in ctx.gates and (speech := _strong_speech(ctx)):
            found = [(_statement(ctx, speech), speech.span())]
        elif not found and "statement" in ctx.gates and (quoted := _quoted_speech(ctx)):
            speech, speaker = quoted
            found = [(_spoken_by(ctx, speaker, quoted=True), speech.span())]
        elif (
            not found
            and "statement" in ctx.gates
            and ctx.speakers
            and (speech := PRONOUN_SPEECH_RE.match(sentence))
        ):
            found = [(_spoken_by(ctx, ctx.speakers[0]), speech.span("verb"))]
        elif not found and "statement" in ctx.gates and (said := _country_speech(ctx)):
            speech, codes, speakers = said
            draft = _participants(ctx, "statement", "", complete=False)
            draft.people = dict.fromkeys(speakers, "participant")
            draft.countries = dict.fromkeys(codes, "participant")
            found = [(draft, speech.span())]
        elif (
            not found
            and "statement" in ctx.gates
            and (said := _institution_speech(ctx) or _quoted_ministry(ctx))
        ):
            speech, named = said
            draft = _participants(ctx, "statement", "", complete=False)
            draft.people, draft.countries = {}, named
            found = [(draft, speech.span())]
        # "In a statement, the Secretary-General congratulated X": X is congratulated, not
        # the one speaking
        congratulated = {
            person
            for draft, _ in found
            if draft.type == "congratulation"
            for person, role in draft.people.items()
            if role == "recipient"
        }
        for draft, _ in found:
            if draft.type == "statement" and congratulated:
                draft.people = {p: r for p, r in draft.people.items() if p not in congratulated}
                if not draft.people:
                    draft.countries = {}
        the_dead, remembered = _remembered(ctx) if found else (set(), set())
        # "met Kyrgyz President Askar Akayev's foreign policy advisor, X": the adviser's,
        # not the one whose adviser he is (unless named otherwise in the sentence)
        owners_only = {k for s, k in people if s in mentions.owned_at} - {
            k for s, k in people if s not in mentions.owned_at
        }
        # "Wang Wenbin: This morning, Wang Yi held talks with …": a transcript's speaker
        # tells of the events, no side of them (unless named again in what is said)
        label = SPEAKER_LABEL_RE.match(sentence)
        labelled = (
            {k for s, k in people if s - offset < label.end()}
            - {k for s, k in people if s - offset >= label.end()}
            if label
            else set()
        )
        # "… a month after he was appointed to replace Andrei Kozyrev": the one replaced
        # (unless named otherwise in the sentence)
        replaced = {
            k
            for s, k in people
            if REPLACED_BEFORE_RE.search(sentence, max(0, s - offset - 60), s - offset)
        } - {
            k
            for s, k in people
            if not REPLACED_BEFORE_RE.search(sentence, max(0, s - offset - 60), s - offset)
        }
        # "A and B met in Brasilia …, despite the opposing views of presidents C and D": those
        # named past a concession are no side (unless named otherwise in the sentence)
        conceded = (
            {k for s, k in people if s - offset > despite.start()}
            - {k for s, k in people if s - offset < despite.start()}
            if (despite := DESPITE_RE.search(sentence))
            else set()
        )
        # "Minister X accompanies President Y in Lima and meets with …": the one accompanied
        # travels with the subject, no side of the meeting (unless named otherwise)
        accompanied = (
            {k for s, k in people if ACCOMPANIES_BEFORE_RE.search(sentence, 0, s - offset)}
            - {k for s, k in people if not ACCOMPANIES_BEFORE_RE.search(sentence, 0, s - offset)}
            if "ccompan" in sentence
            else set()
        )
        # "met … and discussed a summit between the heads of state of the two countries":
        # people named together by office are the event's only where no one else is
        grouped_only = {k for s, k in people if s in mentions.grouped_at} - {
            k for s, k in people if s not in mentions.grouped_at
        }
        dead.update(the_dead)
        if STATEMENT_HEADER_RE.fullmatch(sentence):
            under = mentions.in_range(PERSON, end, end + 120)[:1]
            for draft, _span in found:
                if draft.type == "statement" and under:
                    draft.people = {under[0][1]: "participant"}
                    code = ctx.country_of(under[0][1])
                    draft.countries = {code: "participant"} if code else {}
        found = [(piece, span) for draft, span in found for piece in _one_each(ctx, draft, span)]
        # "X hosted Chinese Ambassador to Vietnam He Wei in Hanoi", "the outgoing Ambassador
        # was in the minister's office on a farewell visit": an ambassador received where
        # posted pays a call, no visit
        found = [
            (_as_call(draft) if resident else draft, span)
            for draft, span in found
            if not ((resident := _residents_visit(draft, residents)) and len(draft.people) < 2)
        ]
        if len(found) > 1 and any(d.type == "congratulation" for d, _ in found):
            # "X congratulated Y on the peace agreement signed at the summit in Washington":
            # what the congratulation is for happened before, no meeting or signing of X and
            # Y today (not "X congratulated Y on his victory and held talks with him")
            greeted = [stop for draft, (_start, stop) in found if draft.type == "congratulation"]
            found = [
                (draft, (start, stop))
                for draft, (start, stop) in found
                if not (
                    draft.type in ("summit", "agreement", "talks", "visit")
                    and any(
                        end <= start
                        and (reason := GREETED_FOR_RE.search(sentence, end, start))
                        and not NEW_CLAUSE_RE.search(sentence, reason.end(), start)
                        for end in greeted
                    )
                )
            ]
        if len(found) > 1 and any(d.type == "statement" for d, _ in found):
            # "Wisma Putra said in a statement that Anwar is scheduled to meet X": the
            # statement announces a meeting to come, no statement of its own (not "X said in
            # a statement that talks went well": what X made of them)
            found = [
                (draft, (start, stop))
                for draft, (start, stop) in found
                if not (
                    draft.type == "statement"
                    and IN_A_STATEMENT_RE.match(sentence, start)
                    and any(
                        o.type in MEETING_TYPES and s > stop and tense.is_future(sentence[stop:e])
                        for o, (s, e) in found
                    )
                )
                # "A met B …, according to the statement released by Mongolia's Foreign
                # Ministry": the readout a meeting is told from, no one's statement
                and not (
                    draft.type == "statement"
                    and not draft.people
                    and READOUT_ACCORDING_RE.search(sentence, max(0, start - 40), start)
                    and any(o.type in MEETING_TYPES and e <= start for o, (_s, e) in found)
                )
                # "X had a private meeting with Y in Tbilisi, the Armenian Presidential Office
                # told Armenpress": the source the meeting is told from, closing the sentence
                # (an office, no one named: "…, spokeswoman X told reporters" still speaks)
                and not (
                    draft.type == "statement"
                    and not draft.people
                    and (tail := TOLD_AGENCY_TAIL_RE.search(sentence))
                    and tail.start() <= start
                    and any(o.type in MEETING_TYPES and e <= tail.start() for o, (_s, e) in found)
                )
                # "In a short statement on the official Facebook page of President X, the two
                # leaders met and held talks": the readout the meeting is told from
                and not (
                    draft.type == "statement"
                    and not sentence[:start].strip()
                    and IN_A_STATEMENT_RE.match(sentence, start)
                    and any(
                        o.type in MEETING_TYPES
                        and s > stop
                        and not SAID_RE.search(sentence, stop, s)
                        for o, (s, _e) in found
                    )
                )
            ]
        # the home countries of the sentence's visitors to another country's host
        visitors_home = {
            code
            for draft, _ in found
            if draft.type == "visit" and "host" in draft.countries.values()
            for code, role in draft.countries.items()
            if role == "visitor"
        }
        sentence_day: tense.When | None = None  # the day an event before in it was given
        for draft, (start, stop) in found:
            if (
                draft.type == "talks"
                and not people
                and CONSULTATIONS_WORD_RE.search(sentence, 0, stop)
                and len(
                    heads := _named_after_led(
                        mentions, every, starts, offset, DELEGATIONS_HEADED_RE
                    )
                )
                >= 2
                and len(codes := {ctx.country_of(p) for p in heads} - {None}) >= 2
            ):
                # "Political consultations were held between the foreign ministries of A and
                # B. The delegations were headed by Deputy Minister X and by Y": X and Y met,
                # not the article's main people (a president praised further on)
                draft.people = dict.fromkeys(heads, "participant")
                draft.countries = dict.fromkeys(sorted(codes), "participant")
            if (
                draft.type == "visit"
                and "visitor" not in draft.people.values()
                and DELEGATION_WORD_RE.search(sentence, 0, stop)
                and (
                    leader := next(
                        iter(_named_after_led(mentions, every, starts, offset, DELEGATION_LED_RE)),
                        None,
                    )
                )
            ):
                # "A Pakistan delegation has arrived in Belarus …. The delegation is led by
                # Energy Minister X": X's visit
                draft.people = {leader: "visitor", **draft.people}
                if code := ctx.country_of(leader):
                    draft.countries[code] = "visitor"
            for teller in tellers & set(draft.people):
                if draft.people[teller] == "host" or draft.type == "summit":
                    # a spokesperson announcing a visit hosts none, nor attends a summit
                    del draft.people[teller]
            hosts = {p for p, role in draft.people.items() if role == "host"}
            if (
                draft.type == "visit"
                and "visitor" not in draft.people.values()
                and len(hosts) == 2
                and (invited := INVITED_BY_COUNTERPART_RE.search(sentence))
            ):
                # "… Uzbek President X, who was invited by his counterpart Y": X visits Y,
                # not a visit both host
                guest = [k for at, k in people if at - offset < invited.start()][-1:]
                if guest and guest[0] in hosts:
                    draft.people[guest[0]] = "visitor"
                    if code := ctx.country_of(guest[0]):
                        draft.countries[code] = "visitor"
                    hosts.discard(guest[0])
            if draft.type == "visit" and hosts and hosts <= envoys:
                # "Meeting Turkish Ambassador X, Y affirmed that Prime Minister Z's visit to
                # Turkey …": an ambassador alone hosts no visit to their country
                for envoy in hosts:
                    del draft.people[envoy]
            draft.filed_at = draft.place is not None and all(
                s < mentions.dateline_end for s, k in place_mentions if k == draft.place
            )
            if (
                draft.filed_at
                and draft.countries
                and ctx.place_country(draft.place) not in draft.countries
                and not HERE_RE.search(sentence)
            ):
                # "SEOUL (Yonhap) -- North Korea and Mongolia signed …": filed from a city
                # in none of the countries that took part, which is no venue (unless the
                # text says it: "BALI (Yonhap) -- Kim held a meeting here with Pak")
                draft.place, draft.filed_at = None, False
            elif (
                draft.filed_at
                and ctx.place_country(draft.place) in visitors_home
                # (unless the text says it was here: "X delivered here a message to Y,
                # inviting him to visit Tehran")
                and not HERE_RE.search(sentence)
            ):
                # "TAIPEI — Taiwan's foreign minister met the Paraguayan president during a
                # visit to Paraguay": the visitor's home the news was filed from is no venue
                # of the visit, nor of what was done on it
                draft.place, draft.filed_at = None, False
            elif draft.filed_at and WHERE_BEFORE_RE.search(sentence, max(0, start - 60), start):
                # "ISLAMABAD (APP): X returned home after his visit to Kuwait, where he held
                # talks": held where the clause before went, not where the news was filed
                draft.place, draft.filed_at = None, False
            elif draft.filed_at and SIDELINES_RE.search(sentence) and not HERE_RE.search(sentence):
                # "MOSCOW (Sputnik) - Lavrov and his Israeli counterpart discussed … on the
                # sidelines of the United Nations General Assembly": held where that was
                draft.place, draft.filed_at = None, False
            elif draft.filed_at and _abroad_only(ctx, draft, ctx.place_country(draft.place)):
                # "ISLAMABAD, Sep 28 (APP): Ambassador of Pakistan to Senegal X presented his
                # credentials to President Y": the home city the news was filed from, where
                # its side is only its envoy abroad
                draft.place, draft.filed_at = None, False
            for person in (
                # (a greeting's or a message's people are its sides, though not there: "X
                # extended greetings to Y on his birthday")
                (remembered if draft.type != "congratulation" else the_dead)
                | owners_only
                | replaced
                | (conceded if despite and despite.start() > stop else set())
                | (accompanied if draft.type == "talks" else set())
                # (but the one speaking takes part in the visit they welcome or thank for)
                | (
                    labelled
                    if draft.type != "statement"
                    and not (draft.type == "visit" and SPOKEN_VISIT_RE.match(sentence, start, stop))
                    else set()
                )
            ):
                draft.people.pop(person, None)
            if set(draft.people) - grouped_only:
                for person in grouped_only:
                    draft.people.pop(person, None)
            if (
                draft.type == "visit"
                and "visitor" not in draft.people.values()
                and (
                    VISITORS_VERB_RE.match(sentence, start, stop)
                    # "Tokayev arrived in Astana": the one arriving is at home
                    or (
                        ARRIVAL_VERB_RE.match(sentence, start, stop)
                        and any(p in draft.people for p in ctx.people_before(start - offset))
                    )
                )
            ):
                # a host's or a traveller's verb with no one visiting: "hosted the SCO summit
                # in Tashkent", "welcomed X's envoy in Tokyo", "left for New Delhi" (home)
                continue
            if (
                draft.type == "talks"
                and not ctx.people
                and LOWER_LEVEL_BEFORE_RE.search(sentence, max(0, start - 40), start)
            ):
                # "Foreign Secretary-level talks will begin on 15 October in Islamabad": the
                # officials' talks, not the leaders' the article is about
                draft.people = {}
                draft.countries = {c: "participant" for _, c in ctx.countries}
            if (
                draft.type == "talks"
                and SAYING_SETTING_BEFORE_RE.search(sentence, max(0, start - 40), start)
                and CONFERENCE_TRIGGER_RE.fullmatch(sentence, start, stop)
                and not WITH_OR_BETWEEN_AFTER_RE.match(sentence, stop)
            ):
                # "…, Deputy Foreign Minister X said during a video conference dedicated to
                # …": where something was said, no meeting of the news
                continue
            if draft.type == "talks" and (not_met := NOT_MET_WITH_RE.search(sentence)):
                # "… met with King Salman but could not hold any structured meeting with
                # President Obama": no meeting with him
                for at, person in people:
                    if 0 <= at - offset - not_met.end() <= 40 and person not in ctx.people_before(
                        not_met.start()
                    ):
                        draft.people.pop(person, None)
                        code = ctx.country_of(person)
                        if code and code not in {ctx.country_of(p) for p in draft.people}:
                            draft.countries.pop(code, None)
            if draft.place and (", " in sentence or " since " in sentence):
                draft.place = _outside_asides(ctx, draft.place, start)
            if draft.place and draft.type != "statement":
                draft.place = _not_a_teller(ctx, draft.place)
            if draft.type == "statement" and draft.place:
                draft.place = _said_where(ctx, draft.place, start)
            if draft.type == "phone_call" or (
                draft.type in ("talks", "agreement") and REMOTE_RE.search(sentence)
            ):
                # a call joins two places and is held in neither: "the White House said in a
                # readout", "the Kremlin said" name who tells of it, not a venue (nor are
                # "video talks" held in one: "… as Beijing and Moscow seek to …", nor a
                # memorandum "signed via video conferencing")
                draft.place = None
            if draft.type != "statement":
                told_by = [p for p in _spokespeople(ctx, start) if p in draft.people]
                closing = _sources(ctx, stop)
                sayers = _sayers_before(ctx, start)
                for person in (
                    closing
                    + sayers
                    + _according_to(ctx, start)
                    # ("Swarup said the signing of the agreement paved the way": a spokesperson
                    # telling of it, with no "that")
                    + [p for p in _named_then_said(ctx, start) if p in tellers]
                ):
                    # (a spokesperson closing the sentence tells of it even where only two
                    # are named: '"He had meetings with …," Srivastava said')
                    if person in tellers and person in draft.people:
                        told_by.append(person)
                    elif (
                        len(draft.people) > 2
                        or (
                            # (nor is a host: "During his visit to Ethiopia, the president
                            # will sign agreements, said Jane Doe, joint secretary in the
                            # ministry")
                            person in closing and draft.people.get(person) == "host"
                        )
                        # (nor one telling that another met someone: "Bhattarai informed that
                        # Prime Minister Deuba discussed with the Chinese Vice Premier …")
                        or (
                            draft.type in {"talks", "phone_call"}
                            and person in sayers
                            and _another_subject_after_that(ctx, start, sayers)
                        )
                    ):
                        draft.people.pop(person, None)
                for person in told_by:
                    draft.people.pop(person, None)  # they tell of meetings, not hold them
                if told_by and draft.type in {"talks", "phone_call"}:
                    _with_principals(draft.people, sides, skip=told_by)  # the sides
            if (
                _visit_told_again(draft, ctx, drafts)
                or _meeting_told_again(draft, ctx, drafts)
                or _document_told_again(draft, ctx, drafts)
            ):
                continue
            # what follows "discussed" is what was discussed: "discussed Xi's upcoming visit"
            # is no plan of the talks
            after = draft.type != "statement" and not DISCUSSED_RE.match(sentence, start)
            moment = tense.when(
                _unquoted(sentence, start) if draft.type == "statement" else sentence,
                start, stop, published, after=after,
            )  # fmt: skip
            if (
                draft.type == "statement"
                and moment.status == tense.PLANNED
                and TELLING_RE.search(sentence, max(0, start - 12), stop)
            ):
                # "X will visit Azerbaijan in coming weeks, spokesperson Y told Trend": the
                # telling is done, whatever it tells of
                moment = tense.When(tense.CURRENT, None)
            elif (
                draft.type == "statement"
                and moment.status == tense.CURRENT
                and moment.date is None
                and (had := HAD_SAID_RE.match(sentence, stop))
                # (not after a saying of the news: "A statement issued by the ministry said
                # that X had said")
                and not SIMPLE_SAID_RE.search(sentence, 0, had.start("had"))
            ):
                # "Modi, in an interview with an Indian newspaper, had said that …": said
                # before the news, recalled in it
                moment = tense.When(tense.BACKGROUND, None)
            told = _undated_dateline(
                sentence, offset, mentions.dateline_start, mentions.dateline_end
            )
            if moment.status == tense.CURRENT and told != sentence and draft.type != "statement":
                # "SEOUL, Nov. 3 (Yonhap) -- Yoon will meet Phuc": the filing's day dates the
                # news told (its "today"), it makes no plan the day's news
                # ("ISLAMABAD, Sep 28 (APP): X presented his credentials … in a ceremony held
                # … on September 22": the day the text gives beats the filing's)
                unfiled = tense.when(told, start, stop, published, after=after)
                if unfiled.status == tense.PLANNED or unfiled.date is not None:
                    moment = unfiled
            if (
                moment.date is None
                and moment.status == tense.CURRENT
                and last_day
                and last_day < published
                and NARRATED_ON_RE.match(sentence)
            ):
                # "On Sunday, 9 July, the Secretary-General arrived …. Upon arrival at his
                # hotel, he had a brief meeting with the Prime Minister": a day's programme
                # told in order, each step on the day told before it
                moment = tense.When(
                    tense.CURRENT
                    if published - dt.timedelta(days=tense.RECENT_DAYS) <= last_day
                    else tense.BACKGROUND,
                    last_day,
                )
            if moment.date is None and last_day and (same := SAME_DAY_RE.search(sentence)):
                # "On the same day, Ms. X met with …", "The following day they …": the day
                # of the event told before
                shift = 1 if same.group(0).lower().endswith(("following day", "next day")) else 0
                day = last_day + dt.timedelta(days=shift)
                if published - dt.timedelta(days=tense.RECENT_DAYS) <= day <= published:
                    moment = tense.When(tense.CURRENT, day)  # ("had discussed … later that day")
                elif day <= published or moment.status != tense.BACKGROUND:
                    # ("Tomorrow, the Sultan will be accorded a state welcome …. In the
                    # afternoon, he is scheduled to meet X": that day too)
                    moment = tense.When(moment.status, day)
            if moment.date is None and (previous_day := PREVIOUS_DAY_RE.search(sentence)):
                # "X said on Wednesday that he had met Y the previous day", "A day earlier, X
                # met Y": the day before the one the sentence (else the text before it, else
                # the article) is of
                said_on = [
                    d.date
                    for d in find_dates(sentence, published)
                    if d.precision == "day" and not d.start <= previous_day.start() < d.end
                ]
                day = (said_on[0] if said_on else last_day or published) - dt.timedelta(days=1)
                if published - dt.timedelta(days=tense.RECENT_DAYS) <= day <= published:
                    moment = tense.When(tense.CURRENT, day)
            if (
                draft.type == "visit"
                and draft.leg
                and moment.status == tense.CURRENT
                and TOUR_BEGUN_RE.search(sentence, 0, start + 60)
            ):
                # "is to start a three-nation tour today that will take him to A, B and C": the
                # first stop is the day's, the others are still to come
                moment = tense.When(tense.PLANNED, None)
            if (
                draft.type == "visit"
                and moment.date is None
                and sentence_day is not None
                and FRAMING_VISIT_BEFORE_RE.search(sentence, max(0, start - 60), start)
            ):
                # "8 ноября Лавров провел переговоры с Камиловым в рамках его рабочего визита в
                # Москву": the visit the talks were part of, on their day
                moment = sentence_day
            if (
                draft.type == "talks"
                and moment.status == tense.CURRENT
                and moment.date is None
                and THIS_IS_THE_NTH_RE.match(sentence)
                and any(d.type == "visit" and d.status == tense.PLANNED for d in drafts.values())
                and not any(
                    d.type == "visit" and d.status == tense.CURRENT for d in drafts.values()
                )
            ):
                # "X will undertake an official visit …. This is X's first meeting with His
                # Majesty under the framework": the meeting of the visit to come, counted
                moment = tense.When(tense.PLANNED, None)
            draft.status, draft.date, draft.precision = moment.status, moment.date, moment.precision
            if draft.date is not None:
                sentence_day = moment
            if draft.date is not None and draft.precision == "day":
                last_day = draft.date
            if (
                draft.status == tense.BACKGROUND
                and draft.date is not None
                and draft.date.year < published.year - 1
            ):
                # "… created under the agreement signed on Nov. 2, 1992 in Ankara": only who
                # the sentence names took part years ago, not the article's protagonists
                named = {person for _, person in people}
                draft.people = {k: v for k, v in draft.people.items() if k in named}
            elif draft.status == tense.BACKGROUND and draft.date is not None:
                # "Mukherjee's last visit to Islamabad was in January 2007" (told in 2008): not
                # hosted by today's counterpart, who held no office then (unless named)
                named = {person for _, person in people}
                # (nor by one whose offices the gazetteer does not know: "Xi recalled his
                # visit to the United States in September", with former Secretary of State
                # Kissinger, met today, no host of it)
                draft.people = {
                    k: v
                    for k, v in draft.people.items()
                    if k in named
                    or (gaz.offices.get(k) and _in_office_then(gaz, k, draft.date, draft.precision))
                }
            if draft.status == tense.PLANNED and draft.filed_at:
                draft.place, draft.filed_at = None, False  # filed here, to be held elsewhere
            draft.offset = offset
            draft.sentences = [(offset, sentence)]
            draft.trigger = sentence[start:stop]
            draft.triggers = [draft.trigger]
            key = _key(draft)
            if draft.type in {"talks", "phone_call"}:
                # ("a call between A and B", then "the call between C and D on the 16th": two)
                key = _meeting_key(drafts, key, draft)
            if (
                draft.type == "talks"
                and key not in drafts
                and any(
                    joined and not ctx.people_before(joined.start())
                    for joined in (MEDIATED_RE.search(sentence), TOOK_PART_RE.search(sentence))
                )
                and (held := [k for k, d in drafts.items() if d.type == "talks"])
            ):
                # "Новый раунд переговоров проходит при содействии министра X", "Также в
                # переговорах в расширенном составе … приняли участие X, Y": the talks
                # reported, X (and Y) joining them, no meeting of their own
                key = held[-1]
            if (
                draft.type == "talks"
                and PART_OF_THE_TALKS_RE.search(sentence, max(0, start - 40), start)
                and len(named := {k for _, k in people}) <= 1
                and (held := [k for k, d in drafts.items() if d.type == "summit"])
            ):
                # "…, Hayashi was quoted as saying at the outset of the talks": the meeting of
                # many the article reports, the one quoted taking part
                draft.people = {k: v for k, v in draft.people.items() if k in named}
                key = held[-1]
            if draft.type == "congratulation":
                key = _congratulation_key(drafts, key, draft)
            if draft.type == "agreement":
                key = _agreement_key(drafts, key, draft)
            if draft.type == "summit":
                draft.name = _summit_name(sentence, start) or ""
                key = _summit_key(drafts, key, draft.name or None, summit_names)
            if (
                draft.type == "summit"
                and not draft.name
                and len(draft.countries) <= 2
                and (
                    two := [
                        k
                        for k, d in drafts.items()
                        if d.type == "talks" and d.subtype == "summit" and d.status == draft.status
                    ]
                )
            ):
                # "A and B held a summit …. The summit of the two leaders is aimed at …": the
                # two leaders' summit told again, their talks
                draft.type, draft.subtype, key = "talks", "summit", two[-1]
            if draft.type == "visit" and key in drafts and _elsewhere(drafts[key], draft):
                # the same visitor's visit to another country: "a visit to Côte d'Ivoire that
                # follows a State Visit to Nigeria" is two visits
                key = (*key, tuple(sorted(draft.destinations)))
            if (
                key in drafts
                and (
                    draft.type == "phone_call"
                    or (draft.type == "talks" and ROUND_RE.search(sentence) is not None)
                )
                and None not in (draft.date, drafts[key].date)
                and draft.date != drafts[key].date
            ):
                # "… had a telephone conversation on 15 February …, following a telephone
                # conversation between A and B on 12 February": two calls; "the ministers met
                # on 10 March … The third round of talks was held on 7 March": two meetings
                key = (*key, draft.date)
            if key in drafts:
                merge_draft(drafts[key], draft)
            else:
                drafts[key] = draft
    _country_statements_by_their_spokespeople(drafts, tellers, mentions.person_countries)
    if any(d.type in MEETING_TYPES and d.status == tense.CURRENT for d in drafts.values()):
        # words quoted from a meeting or a visit the article reports are part of it
        drafts = {k: d for k, d in drafts.items() if not d.quoted}
    if any(
        d.type in MEETING_TYPES and d.status == tense.CURRENT and len(d.people) > 1
        for d in drafts.values()
    ) and not any(RELEASED_STATEMENT_RE.search(s) for _, s in every or sentences):
        # "The following is attributable to Spokesperson X:" over a readout of a meeting or
        # a call: the readout's source, no statement of its own (unless the text says it was
        # released as one: "The Department of State released the following statement:")
        drafts = {
            k: d
            for k, d in drafts.items()
            if not (d.type == "statement" and all(ATTRIBUTED_RE.search(t) for t in d.triggers))
            # '"During the negotiations, the parties discussed …," the Turkmen Foreign
            # Ministry said in a statement': a ministry's readout of the call, no statement
            and not (
                d.type == "statement"
                and not d.people
                and all(THE_SIDES_DISCUSSED_RE.search(t) for _, t in d.sentences)
            )
        }
    for draft in drafts.values():  # the dead take part in nothing the article tells
        for person in dead:
            if draft.people.get(person) not in {None, "recipient"}:
                draft.people.pop(person, None)
    kept = [d for d in drafts.values() if not _among_compatriots(d, mentions, published, gaz)]
    filed = _filing_day(mentions, every or sentences, published)
    labels = {(PERSON, n.key): n.name for n in mentions.newcomers}
    labels |= {(PLACE, town.key): town.name for town in mentions.new_places}
    finished = finish_all(_without_anonymous(kept), published, gaz, filed, labels)
    finished = [
        e
        for e in finished
        if not _remarks_on_own_meeting(e, finished) and not _said_at_the_meeting(e, finished)
    ]
    at_a_summit = any(e.type == "summit" and e.status == "current" for e in finished)
    return [
        event
        for event in finished
        # "The government also held a meeting with its ministers": no one's, nowhere's news
        if event.people
        or event.countries
        or (
            event.type == "summit"
            and (
                event.place
                or _held_session(event)
                or any(GROUP_SUMMIT_RE.search(told) for _, told in event.sentences)
            )
        )
        # "the Heads of State of the 33 member countries signed the Havana Declaration": a
        # document a summit adopted, its signatories unnamed
        or (event.type == "agreement" and at_a_summit and event.subject)
    ]


# Words on a meeting of one's own: "Today's meeting was held in a sincere atmosphere", "We
# discussed all the issues"
OWN_MEETING_RE = re.compile(
    r"\b(?:(?:today|today['’]s|our|this)\s+(?:meeting|talks|negotiations|discussions?"
    r"|conversation)|we\s+(?:have\s+)?(?:discussed|reviewed|talked|exchanged))\b",
    re.IGNORECASE,
)


def _said_at_the_meeting(event, finished) -> bool:
    """Whether a statement is only what one side said in the meeting or call the article
    reports ("Xi called on the two sides to handle their differences through dialogue", in a
    report of his talks with the visitor): the meeting's news, not a statement of its own —
    unless the sentence says it was made apart (in a statement, to reporters, at a press
    conference, on social media)."""
    told = event.sentences or [(0, event.sentence)]
    return not any(STATEMENT_RE.search(text) for _, text in told) and _spoken_at_a_meeting(
        event, finished, {"talks", "phone_call", "visit"}, same_day=True
    )


def _remarks_on_own_meeting(event, finished) -> bool:
    """Whether a statement is what its speakers said of the meeting they have just held,
    reported in the article ("Singh later told reporters 'the chemistry was pretty good'
    while Kasuri said, 'We discussed all the issues'"): the meeting's news, not another."""
    return OWN_MEETING_RE.search(event.sentence) is not None and _spoken_at_a_meeting(
        event, finished, {"talks", "phone_call"}
    )


def _spoken_at_a_meeting(event, finished, types: set[str], same_day: bool = False) -> bool:
    """Whether a current statement's speakers all took part in a current event of `types`
    (with someone else, and on its day, when `same_day`)."""
    if event.type != "statement" or event.status != "current" or not event.people:
        return False
    speakers = {p for p, _ in event.people}
    return any(
        e.type in types
        and e.status == "current"
        and speakers <= {p for p, _ in e.people}
        and (not same_day or (e.date == event.date and len(e.people) > 1))
        for e in finished
    )


# "a posthumous tribute to Venezuelan leader Hugo Chavez", "in memory of", "the late": the
# dead take part in nothing.
REMEMBERED_RE = re.compile(
    r"(?:\bposthumous\w*\s+tribute\s+to|\bin\s+(?:the\s+)?memory\s+of|\bthe\s+late"
    # "to pay his respects to late President Islam Karimov"
    # ("arrived to pay respect to His Majesty Sultan Qaboos", "on the demise of Sultan X")
    r"|\bpa(?:y|id|ying|ys)\s+(?:(?:his|her|their|last|final)\s+){0,2}(?:respects?|homage)\s+to"
    r"|\b(?:demise|passing|death|funeral)\s+of"
    r"|\blate(?=\s+(?:President|King|Queen|Emir|Sultan|Prime\s+Minister|leader|Sheikh)\b)"
    # "laid a wreath at the statue of the Late His Excellency Prof. X"
    r"|\b(?:statue|mausoleum|tomb|grave|monument|memorial|bust)\s+(?:to|of)"
    r"|\bcommemorat\w+|\bmourn\w*|(?<!\w)памяти|(?<!\w)покойного)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "X, Y and Z attended the meeting", "… chaired the meeting", "participated in the summit"
ATTENDED_RE = re.compile(
    r"\b(?:attended|chaired|participated\s+in|took\s+part\s+in)\s+the\s+(?:meeting|summit"
    r"|session)\b"
)


def _joined_summit(ctx: _Context, drafts: dict[tuple, Draft]) -> bool:
    """Whether the sentence names those who attended the summit reported before it ("The
    meeting of the SCO Heads of State Council was held in Astana. Presidents A, B and C
    attended the meeting"): they are added to it."""
    summit = next(
        (d for d in drafts.values() if d.type == "summit" and d.status == tense.CURRENT), None
    )
    if summit is None:
        return False
    if attended := ATTENDED_RE.search(ctx.sentence) or PRESIDED_RE.search(ctx.sentence):
        named = [k for s, k in ctx.people if s - ctx.offset < attended.start()]
    elif present := IN_ATTENDANCE_RE.search(ctx.sentence):
        # "Other Members of the Conference in attendance were: Prime Minister of A, B; …",
        # "Jamaica was represented by Senator X": those named after
        named = [k for s, k in ctx.people if s - ctx.offset >= present.start()]
    else:
        return False
    for person in named:
        summit.people.setdefault(person, "participant")
        if code := ctx.country_of(person):
            summit.countries.setdefault(code, "participant")
    if named:
        summit.sentences.append((ctx.offset, ctx.sentence))
    return bool(named)


# "Chair of the Conference, the President of A, X presided over the proceedings"
PRESIDED_RE = re.compile(
    r"\b(?:presided\s+over|chaired)\s+the\s+(?:proceedings|deliberations|meeting|conference"
    r"|summit|session)\b"
)
IN_ATTENDANCE_RE = re.compile(
    r"\b(?:[Mm]embers|[Hh]eads|[Ll]eaders)\b[^.;:]{0,60}?\bin\s+attendance\s+(?:were|was)\b"
    r"|\b(?:was|were)\s+represented\s+by\b"
    # "The Russian delegation is led by Foreign Minister X", "Российскую делегацию возглавляет X"
    r"|\bdelegation\s+(?:is|was)\s+(?:being\s+)?(?:led|headed)\s+by\b"
    r"|\b[Дд]елегаци\w+\s+возглав\w+"
)
# Those who sat in on the talks told before: "Present at the talks were Cabinet Secretaries A
# and B", "A and B were part of the Kenyan delegation who met at State House"
SAT_IN_RE = re.compile(
    r"^\s*(?:Also\s+)?(?:[Pp]resent|[Ii]n\s+attendance)\s+(?:at|during|in)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:talks|meeting|discussions|negotiations)\s+(?:were|was)\b"
    r"|\b(?:were|was)\s+(?:also\s+)?part\s+of\s+the\s+(?:[\w-]+\s+){0,2}delegations?\b"
    # "An important inclusion in the talks was the presence of X in the Russian delegation"
    r"|\b(?:[Pp]resence|[Ii]nclusion)\s+(?:of\s+[^.;]{3,140}?\s+)?(?:in|at)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|meeting|discussions|negotiations|consultations|delegations?)\b"
)


def _joined_talks(ctx: _Context, drafts: dict[tuple, Draft]) -> bool:
    """Whether the sentence names those who sat in on the talks reported before it: they are
    added to them, no meeting of their own."""
    if not SAT_IN_RE.search(ctx.sentence):
        return False
    talks = next(
        (
            d
            for d in reversed(drafts.values())
            if d.type == "talks" and d.status == tense.CURRENT and d.people
        ),
        None,
    )
    if talks is None:
        return False
    for _, person in ctx.people:
        talks.people.setdefault(person, "participant")
    talks.sentences.append((ctx.offset, ctx.sentence))
    return True


# "A special envoy of President Hu Jintao … met Kim Jong-il", "on behalf of": the one sending
# is not there (two words at most between: "the Special Envoy of the President of Kazakhstan
# Yerzhan Kazykhanov" is there).
SENDER_RE = re.compile(
    # (a post between: "the special representative in Tajikistan of UN Secretary-General X")
    # (not an official representative, a spokesperson: "The official representative of
    # Russian MFA Maria Zakharova stressed …")
    r"\b(?:envoy|emissary|(?<!official\s)representative)\s+(?:(?:in|to|for|on)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?)?(?:of|from)\s+(?:[\w'’-]+\s+){0,2}$"
    # "who was sent to Ghana by President Bola Ahmed Tinubu"
    r"|\b(?:sent|dispatched|mandated)\s+(?:to\s+[\w'’-]+\s+)?by\s+(?:[\w'’-]+\s+){0,2}$"
    # ("on behalf of the President of Turkmenistan Serdar Berdimuhamedov": a title between)
    r"|\bon\s+behalf\s+of\s+(?:[\w'’-]+\s+){0,5}$"
    # "cooperation under the administration of US President Donald Trump": whose time, not
    # who was there
    r"|\bunder\s+the\s+(?:administration|presidency)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Those whose lead the talks follow: "in line with the orientations of His Majesty King X and
# His brother President Y", "under the leadership of HM King X"
GUIDED_BY_RE = re.compile(
    r"\b(?:under\s+the\s+(?:(?:wise|able|enlightened|insightful)\s+)?(?:leadership|guidance)"
    r"|in\s+(?:line|keeping|accordance)\s+with\s+the\s+(?:(?:high|royal|wise)\s+)?"
    r"(?:orientations|directives|instructions|vision|guidance))\s+of\s+"
    r"(?:(?!(?:met|held|discussed|said|signed|received|visited)\b)[\w'’.,-]+\s+){0,16}$",
    re.IGNORECASE,
)
# "received a special message from Angolan President X", "a message of friendship sent by
# his President, H. E. X": the one writing is not there.
MESSAGE_FROM_RE = re.compile(
    # ("a message of friendship and esteem from China's president X")
    r"\b(?:message|letter|greetings)\s+(?:of\s+\w+\s+(?:and\s+\w+\s+)?)?(?:from|sent\s+by"
    r"|signed\s+by)\s+"
    # (not the one it went to: "a message from President A to Venezuelan President B")
    r"(?:(?!to\s)[\w.,'’-]+\s+){0,6}$"
    # "bearer of a message that the President of X, Y, sent to his counterpart"
    r"|\b(?:message|letter)\s+(?:of\s+\w+\s+)?that\s+(?:[\w.,'’-]+\s+){0,12}$"
    # "conveyed the greetings of the Chairperson of the AU Commission, Dr X"
    # ("who conveyed to him the greetings of HM Sultan X")
    r"|\b(?:conveyed|passed\s+on|extended|delivered)\s+(?:to\s+(?:him|her|them)\s+)?"
    r"(?:the\s+|his\s+|her\s+)?(?:warm\s+)?"
    r"(?:greetings|regards|best\s+wishes)\s+of\s+(?:[\w.,'’-]+\s+){0,9}$",
    re.IGNORECASE,
)
# "asked the Ambassador to convey his greetings to the President of X, Y, and the Prime
# Minister, Z": those greeted are not there either.
GREETED_RE = re.compile(
    r"\b(?:convey|conveyed|conveying|pass\s+on|passed\s+on|extend|extended)\s+"
    # (another's: "conveyed Xi's greetings to Trump")
    r"(?:(?:the|his|her|my|their|our)\s+|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)?"
    r"(?:(?:warm|warmest|best|sincere)\s+)?"
    r"(?:greetings|regards|wishes|felicitations)\s+to\s+"
    # (not one a next clause names: "… to Trump and congratulated Vance")
    r"(?:(?!and\s+\w+ed\b)[\w.,'’-]+\s+){0,14}$",
    re.IGNORECASE,
)
# "… delivered His Majesty King Abdullah II's letter": the one writing is not there.
SENDS_RE = re.compile(r"['’]s\s+(?:written\s+|personal\s+)?(?:letter|message|greetings)\b")
ABSENT_HINT_RE = re.compile(
    r"osthum|emory|late|espect|omage|emise|assing|eath|uneral|ommemorat|ourn|амят|окойн|nvoy|ehalf"
    r"|tatue|ausoleum|tomb|grave|onument|emorial|bust"
    r"|missary|resentative|etter|essage"
    r"|reeting|sent\s+(?:to\s+\S+\s+)?by|dispatched|mandated|under\s+the"
    r"|ttend|kipp|n\s+(?:line|keeping|accordance)\s+with"
)
# One who stayed away: "President Barack Obama was unable to attend the summit", "skipped the
# summit"
NOT_ATTENDING_AFTER_RE = re.compile(
    r"[\w'’. -]{0,40}?\s(?:(?:was|were|is|are)\s+unable\s+to\s+attend|(?:could|did|will|would)"
    r"\s+not\s+attend|(?:couldn|didn|won|wouldn)['’]t\s+attend|skipped|skips|is\s+skipping)\b"
)


SPOKESPERSON_BEFORE_RE = re.compile(
    r"(?:\bspokes(?:man|woman|person)|\bpress\s+secretary|пресс-секретар\w*"
    r"|официальн\w+\s+представител\w*)[,\s]+(?:(?:of|for|at|the)\s+|(?-i:[A-ZА-ЯЁ])[\w'’.-]*\s+"
    # ("The Spokesperson, Ministry of Foreign Affairs, Jane Doe": an institution between commas)
    r"|(?:Affairs|Ministry|Office|Department|Government|Presidency|Administration),\s+){0,8}$",
    re.IGNORECASE,
)
# "Mumtaz Zahra Baloch, spokesperson of Pakistan MoFA, tweeted": the title after the name
SPOKESPERSON_AFTER_RE = re.compile(
    # (not a source's: "…, and Japan's B, according to department spokesperson C")
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3},\s+(?!according\b)(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"spokes(?:man|woman|person)\b",
    re.IGNORECASE,
)
WHERE_BEFORE_RE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){1,4}?\Z", re.IGNORECASE)
# A source closing the sentence: ", the Armenian Presidential Office told Armenpress."
TOLD_AGENCY_TAIL_RE = re.compile(
    r",\s+(?:the\s+)?[^,;]{3,80}?\s+(?:told|informed)\s+[^,;\s]+(?:\s+[^,;\s]+){0,3}\s*[.]?\s*$"
)
SAID_RE = re.compile(r"\b(?:said|says|stated|noted|announced|added|stressed|told)\b")
IN_A_STATEMENT_RE = re.compile(r"in\s+a\s+(?:[\w-]+\s+){0,2}?statement\b", re.IGNORECASE)
ATTRIBUTED_RE = re.compile(r"\battributable\s+to\b", re.IGNORECASE)
# ", a spokesman for the Ministry of Foreign Affairs said." with no comma before the verb:
# the clause reporting the sentence, not an apposition naming its speaker
REPORTING_CLAUSE_RE = re.compile(
    r"(?:\s+(?:for|of|at)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)?\s+(?:said|says|told|stated|added)\b",
    re.IGNORECASE,
)
TELLING_RE = re.compile(
    r"\b(?:said|says|told|stated|noted|added|disclosed|announced|confirmed|informed|briefed|spoke"
    r"|introduced|revealed|tweeted|wrote|posted|described|stressed|explained|commented"
    r"|сообщил\w*|заявил\w*|рассказал\w*|отметил\w*|подчеркнул\w*|определил\w*|назвал\w*"
    r"|охарактеризовал\w*|прокомментировал\w*)\b",
    re.IGNORECASE,
)


def _named_after(ctx: _Context, cue: re.Pattern, reach: int) -> list[str]:
    """The people whose mention `cue` (anchored at its end) closes, looked for in the
    `reach` characters before each mention."""
    return [
        key
        for start, key in ctx.people
        if cue.search(ctx.sentence, max(0, start - ctx.offset - reach), start - ctx.offset)
    ]


def _with_principals(people: dict[str, str], principals: list[str], skip=()) -> None:
    """The article's main people added until two take part (not those in `skip`)."""
    for person in principals:
        if len(people) >= 2:
            break
        if person not in skip:
            people.setdefault(person, "participant")


def _spokespeople(ctx: _Context, trigger: int) -> list[str]:
    """The people the sentence names as a spokesperson telling of the event ("State
    Department Spokesman Sean McCormack said …"): its source, not one who took part — not
    one who is the subject of the event's verb ("… spokesman Seyyed Abbas Mousavi met and
    held talks with …")."""
    lowered = ctx.sentence.lower()
    if "spokes" not in lowered and "secretar" not in lowered and "представител" not in lowered:
        return []
    return [
        key
        for start, key in ctx.people
        if (
            SPOKESPERSON_BEFORE_RE.search(
                ctx.sentence, max(0, start - ctx.offset - 60), start - ctx.offset
            )
            or (
                (after := SPOKESPERSON_AFTER_RE.match(ctx.sentence, start - ctx.offset))
                # "talks with his Pakistani counterpart, a spokesman said": the one met
                and not (
                    start - ctx.offset > trigger
                    and REPORTING_CLAUSE_RE.match(ctx.sentence, after.end())
                )
            )
        )
        and (
            start - ctx.offset > trigger
            or TELLING_RE.search(ctx.sentence, start - ctx.offset, trigger)
            # "The following is attributable to Spokesperson Jane Doe: Secretary X met …"
            or ATTRIBUTED_RE.search(
                ctx.sentence, max(0, start - ctx.offset - 60), start - ctx.offset
            )
        )
    ]


COMPANION_RE = re.compile(
    r"\baccompan(?:ied|ying)\s+(?:by\s+)?(?:[\w'’.-]+\s+){0,5}$", re.IGNORECASE
)


def _companions(ctx: _Context) -> list[str]:
    return _named_after(ctx, COMPANION_RE, 70)


def _remembered(ctx: _Context) -> tuple[set[str], set[str]]:
    """The people the sentence names who take no part: (the dead, remembered by
    REMEMBERED_RE; all who are absent — the dead, those sending someone or a message)."""
    if not ABSENT_HINT_RE.search(ctx.sentence):
        return set(), set()
    dead = set(_named_after(ctx, REMEMBERED_RE, 60))
    absent = {
        *dead,
        *_named_after(ctx, SENDER_RE, 80),
        *_named_after(ctx, MESSAGE_FROM_RE, 90),
        *_named_after(ctx, GREETED_RE, 160),
        *_named_after(ctx, GUIDED_BY_RE, 140),
    }
    absent.update(
        k for s, k in ctx.people if NOT_ATTENDING_AFTER_RE.match(ctx.sentence, s - ctx.offset)
    )
    for m in SENDS_RE.finditer(ctx.sentence):  # "delivered King Abdullah II's letter"
        named = [k for s, k in ctx.people if 0 <= m.start() - (s - ctx.offset) <= 60]
        absent.update(named[-1:])
    return dead, absent


def _country_statements_by_their_spokespeople(
    drafts: dict[tuple, Draft], tellers: set[str], person_countries: dict[str, str]
) -> None:
    """ "The United States expressed deep concern …", then "…, said State Department
    spokesman X": one statement, the spokesperson's, when one spokesperson of that country
    (or of none the text gives) speaks in the article."""
    for status in {key[1] for key in drafts if key[0] == "statement"}:
        country = drafts.get(("statement", status, ()))
        if country is None or not country.countries:
            continue
        theirs = [
            key
            for key in drafts
            if key[:2] == ("statement", status)
            and key[2]
            and key[2][0] in tellers
            and person_countries.get(key[2][0]) in {None, *country.countries}
        ]
        if len(theirs) == 1:
            merge_draft(drafts[theirs[0]], country)
            del drafts[("statement", status, ())]


# Talks held at a distance: "hold video talks", "met virtually", "via a video link", "held
# the 14th round of consultations online"
REMOTE_RE = re.compile(
    r"\bvideo[- ]?(?:link|call|conferenc\w*|meeting|talks|format)|\bvirtual(?:ly)?\b|\bonline\b"
    r"|видеосвяз\w*|видеоконференц\w*|в\s+режиме\s+видео\w*",
    re.IGNORECASE,
)


# What a statement is about, before a place it names: "concerns over the unrest in the
# province of Herat", "condemned the attack at a school in Jerusalem" — not where it was made.
_SPOKEN_OF = (
    r"\b(?:over|about|against|regarding|concerning|attacks?|attacked|unrest|violence|clashes"
    r"|fighting|bombings?|shootings?|shelling|situation|developments|incidents?|launch\w*"
    r"|protests?|killings?|explosions?|strikes?|raids?|tensions?"
    # what was welcomed or condemned: "welcomed the recent ceasefire agreement in Gaza"
    r"|ceasefire|cease-fire|truce|war|conflict|crisis|hostilities|elections?)\b"
)
SPOKEN_OF_PLACE_RE = re.compile(_SPOKEN_OF + r"[^.;:]{0,60}$", re.IGNORECASE)
# … farther back inside a quotation: '"… a terrorist attack perpetrated today at the gate of
# the Ministry of … in Kabul resulted in …," the Foreign Ministry said'
# (and a meeting named in what was said: '"… preparations for the upcoming BRICS Summit in
# Kazan …," the statement said')
QUOTED_SPOKEN_OF_PLACE_RE = re.compile(
    r"(?:" + _SPOKEN_OF + r"|\b(?:preparations?|upcoming|forthcoming|summit))[^.;:\"“”]{0,140}$",
    re.IGNORECASE,
)


# A seat of power as the one telling: "The Kremlin said in a readout that …", "the White
# House press office said"
SEAT_TELLING_RE = re.compile(
    # (an agency's word between: "The Kremlin, reports TASS, said that …")
    r"(?:['’]s)?(?:,\s+(?:reports?|according\s+to)\s+[\w.-]+(?:\s+[\w.-]+){0,2},)?"
    r"\s+(?:press\s+(?:service|office)\s+)?(?:said|says|announced|reported|stated"
    # ("The Kremlin characterizes the talks held on Monday … as positive")
    r"|informed|added|noted|characteri[sz]es|characteri[sz]ed|described|describes|praised"
    r"|praises|confirmed|confirms|acknowledges|acknowledged)\b"
    # "the news released on the Kremlin website"
    r"|(?:['’]s)?\s+(?:official\s+)?(?:website|web\s+site|press\s+(?:service|office)|readout)\b",
    # (a title-case headline's too: "Kremlin Acknowledges Productive Talks …")
    re.IGNORECASE,
)

# A capital opening the sentence with its state's stand: "Moscow resolutely condemns …",
# "Astana supports the plan"
SEAT_STANCE_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:condemn|support|welcome|back|insist|believe|hope|want|urge|reject"
    r"|consider|expect|oppose|den(?:y|ie)|regret|warn|demand|appreciate|value|accuse|protest"
    r"|view|stand|see)(?:s|ed|d)?\b"
)


def _not_a_teller(ctx: _Context, place: str) -> str | None:
    """An event's place, not a seat of power named only as the one telling of the event
    ("The Kremlin said in a readout that Putin and Tokayev discussed energy"): the next
    place the sentence names, if any."""
    spots = [(s - ctx.offset, k) for s, k in ctx.place_mentions]
    tellers = {
        at
        for at, k in spots
        if SEAT_TELLING_RE.match(ctx.sentence, at + _span_length(ctx, at))
        # "Sources in Delhi and Islamabad told The Hindu a meeting … in Ufa"
        or SOURCES_IN_BEFORE_RE.search(ctx.sentence, max(0, at - 40), at)
        # "по предложению официального Душанбе", "official Washington": the government
        or OFFICIAL_SEAT_BEFORE_RE.search(ctx.sentence, max(0, at - 16), at)
        # "Kazakhstan's presidential press service Akorda also released a statement"
        or PRESS_SERVICE_NAME_BEFORE_RE.search(ctx.sentence, max(0, at - 30), at)
        # "Moscow resolutely condemns …, X said after talks … in Madrid": the state's stand
        or (at == 0 and SEAT_STANCE_RE.match(ctx.sentence, _span_length(ctx, at)))
    }
    if not any(k == place and at not in tellers for at, k in spots) and any(
        k == place for _, k in spots
    ):
        return next((k for at, k in spots if at not in tellers), None)
    return place


ACCOMPANIES_BEFORE_RE = re.compile(
    r"\baccompan(?:ies|ied|ying)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}\Z"
)
PRESS_SERVICE_NAME_BEFORE_RE = re.compile(
    r"\b(?:press\s+(?:service|office)|пресс-служб\w*)\s+\Z", re.I
)
OFFICIAL_SEAT_BEFORE_RE = re.compile(r"(?:официальн\w+|[Oo]fficial)\s+\Z")
SOURCES_IN_BEFORE_RE = re.compile(
    r"\b(?:[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Oo]bservers?|[Aa]nalysts?)\s+(?:in|from)\s+"
    r"(?:[A-Z][\w’'.-]+\s+(?:and|or)\s+)?\Z"
)


def _span_length(ctx: _Context, at: int) -> int:
    """The length of the name mentioned at `at` in the sentence."""
    m = re.match(r"[\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*", ctx.sentence[at:])
    return m.end() if m else 0


SINCE_RETURNED_RE = re.compile(
    r"\bsince\s+(?:[\w'’.-]+\s+){1,5}?(?:returned|took|became|came|assumed|won|left|moved)\b"
    r"[^,;.]*"
    # … or what came the day before: "sat down for formal talks, a day after the US leader
    # warned in Seoul Pyongyang of …"
    r"|,\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?)\s+after\b[^;]*"
)


def _outside_asides(ctx: _Context, place: str, trigger: int) -> str | None:
    """An event's place, not one named only in a relative clause of times gone by that the
    event is outside of: "Tokayev, who attended the BRICS summit in Kazan last week, met
    Putin" (Kazan is the summit's; not "X, who is in Tashkent on a visit, held talks"); the
    first place named outside such clauses instead, if any."""
    asides = [
        a.span()
        for a in tense.RELATIVE_CLAUSE_RE.finditer(ctx.sentence)
        if not a.start() <= trigger < a.end() and tense.told_as_past(a.group(0))
    ] + [
        # "the first such gathering since Trump returned to the White House": what the event
        # is counted from
        a.span()
        for a in SINCE_RETURNED_RE.finditer(ctx.sentence)
        if not a.start() <= trigger < a.end()
    ]
    if not asides:
        return place
    spots = [s - ctx.offset for s, k in ctx.place_mentions if k == place]
    if not spots or not all(any(a <= spot < b for a, b in asides) for spot in spots):
        return place
    outside = [
        k for s, k in ctx.place_mentions if not any(a <= s - ctx.offset < b for a, b in asides)
    ]
    return outside[0] if outside else None


def _said_where(ctx: _Context, place: str, trigger: int) -> str | None:
    """The place of a statement: not one named only as what the statement is about, nor
    only inside what was said ("MAE says that the understanding reached at the meeting in
    Minsk …")."""
    spots = [s - ctx.offset for s, k in ctx.place_mentions if k == place]
    said = SAID_THAT_RE.search(ctx.sentence, trigger)
    if spots and all(
        (s > 0 and SPOKEN_OF_PLACE_RE.search(ctx.sentence, max(0, s - 80), s))
        # (after a that-clause's start; not a quotation running to the sentence's end)
        or (said is not None and said.group(0)[-1].isspace() and s >= said.end())
        # (inside the quotation closed before the saying: '"… an attack perpetrated today
        # … in Kabul resulted in …," the Foreign Ministry said in a statement')
        or (
            (closed := QUOTE_CLOSED_RE.search(ctx.sentence, s, trigger))
            and closed.end() <= trigger
            and QUOTED_SPOKEN_OF_PLACE_RE.search(ctx.sentence, max(0, s - 150), s)
        )
        # (inside the speaker's words: 'is "very solid …, irrespective of who is in the White
        # House."')
        # (but "my presence here in Camp David" tells where they speak)
        or (
            _quote_around(ctx.sentence, s, unclosed=True) is not None
            and not HERE_IN_BEFORE_RE.search(ctx.sentence, max(0, s - 12), s)
        )
        for s in spots
    ):
        return None
    return place


HERE_IN_BEFORE_RE = re.compile(r"\bhere\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _among_compatriots(
    draft: Draft, mentions: Mentions, published: dt.date, gaz: Gazetteer
) -> bool:
    """Talks of people all of one country and no other, one received by the others ("He was
    received by External Affairs Minister X" on a leader's return home): no diplomacy."""
    if draft.type != "talks" or len(draft.people) < 2 or len(draft.countries) != 1:
        return False
    (country,) = draft.countries
    if not all(
        (mentions.person_countries.get(p) or gaz.country_of(p, published)) == country
        for p in draft.people
    ):
        return False
    # (the one come home met by their own; not a leader meeting his own minister, "Erdogan
    # met Çavuşoğlu's successor Hakan Fidan", which the labels count)
    return any(MET_ON_RETURN_RE.search(sentence) for _, sentence in draft.sentences)


MET_ON_RETURN_RE = re.compile(
    r"\b(?:was|were)\s+(?:received|welcomed|greeted|seen\s+off)\s+(?:at\s+the\s+[\w\s]{0,30}?"
    r"airport\s+)?by\b"
)


def _without_anonymous(drafts: list[Draft]) -> list[Draft]:
    """A visit by no one named (only a host guessed), or a summit of no one named, beside
    one of the same type and time that names its people: the same event told without them
    ("PM arrives in Islamabad for SAARC summit" above "Vajpayee arrived in Islamabad …");
    and a summit with no one, no country and no place at all."""
    named = {(d.type, d.status) for d in drafts if _named_part(d)}
    # (not a summit of another name: "The G-20 Summit takes place in Toronto" beside the G-8's)
    summit_names = {(d.status, d.name) for d in drafts if d.type == "summit" and _named_part(d)}
    # … or of a visit to the same country named with its visitor in another tense ("Secretary
    # Rice's Travel to Russia and the Middle East" over "Rice will travel to Russia …")
    hosts_visited = {
        c
        for d in drafts
        if d.type == "visit" and _named_part(d)
        for c, role in d.countries.items()
        if role != "visitor"
    }
    return [
        d
        for d in drafts
        if (
            d.type not in {"visit", "summit"}
            or _named_part(d)
            or (d.type, d.status) not in named
            or (
                d.type == "summit"
                and d.name
                and all(
                    name and name != d.name for status, name in summit_names if status == d.status
                )
            )
        )
        and not (
            d.type == "visit"
            and not _named_part(d)
            and any(r == "host" and c in hosts_visited for c, r in d.countries.items())
        )
        # "He said the summit should give the impetus …": a summit of no one and nowhere
        # (not "the Arab leaders issued the final communique at the end of their 26th summit
        # that was concluded here today": a session of a series, held)
        and not (
            d.type == "summit"
            and not d.people
            and not d.countries
            and not d.place
            and not _held_session(d)
            # (a group's by its name is somewhere: "The EU summit agreed on a new budget")
            and not any(GROUP_SUMMIT_RE.search(told) for _, told in d.sentences)
        )
    ]


# Groups of states by their short names (a summit of one of them is a meeting of many).
_GROUPS = (
    r"G-?\d{1,2}|BRICS|ASEAN|APEC|SCO|CSTO|CIS|EAEU|EU|AU|NATO|OIC|GCC|SAARC|OAS|CELAC|SICA"
    r"|ECOWAS|SADC|OSCE|CICA|OTS|BIMSTEC|CHOGM|Mercosur|Quad"
)
GROUP_SUMMIT_RE = re.compile(
    rf"(?:(?-i:\b(?:{_GROUPS})\b)"
    r"|\b(?:Arab\s+League|African\s+Union|European\s+Union|Commonwealth))"
    r"\s+(?:leaders['’]?\s+)?summit\b"
    # ("the Bishkek summit of the SCO", "the 19th summit of the SCO Council")
    rf"|\bsummit\s+of\s+the\s+(?-i:(?:{_GROUPS})\b)",
    re.IGNORECASE,
)


def _held_session(event) -> bool:
    """ "The Arab leaders issued the final communique at the end of their 26th summit that
    was concluded here today": a numbered session of a series, told as held — news, whoever
    the text leaves unnamed."""
    told = [text for _, text in event.sentences] or [event.sentence]
    return event.status == tense.CURRENT and any(HELD_SESSION_RE.search(t) for t in told)


# A summit that is a numbered session of a series, told as held or ended
# An ordinal in words, the tens with or without their unit: "Third", "Forty-Third", "Forty"
ORDINAL_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?(?:first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth))?|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)"
)
# (or its meeting, by an ordinal in words: "The Forty-Third Regular Meeting of the
# Conference of Heads of Government of the Caribbean Community (CARICOM) was held from 3-5 July")
HELD_SESSION_RE = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?summit\b[^.;]{0,40}?\b(?:concluded|ended"
    r"|closed|opened|held|convened|wrapped\s+up)\b"
    r"|\b(?:\d{1,3}(?:st|nd|rd|th)|"
    + ORDINAL_WORD
    + r")\s+(?:regular|ordinary|extraordinary|annual)\s+(?:meeting|session|summit)\s+of\s+the\b"
    r"[^.;]{0,140}?\b(?:was|were)\s+(?:concluded|ended|closed|opened|held|convened)\b",
    re.IGNORECASE,
)


def _named_part(draft: Draft) -> bool:
    if draft.type == "visit":
        return "visitor" in draft.people.values()
    return bool(draft.people)


# "…, four MoUs were signed, Sanjay Verma, Secretary (West) informed.": who reports it.
# The attribution closing a sentence, its verb first: "…, said Jane Doe, joint secretary …"
INVERTED_SAID_RE = re.compile(
    r",\s+(?:said|says|added|noted|stated)\s+(?=(?-i:[A-Z]))(?![^;]*;)", re.IGNORECASE
)
REPORTED_BY_RE = re.compile(
    r"\s(?:said|says|informed|told\s+(?:reporters|journalists|correspondents|the\s+press|the\s+media"
    r"|(?:a|the)\s+(?:\w+\s+){0,2}(?:news|press)\s+(?:briefing|conference))|noted"
    r"|added|stated|reported|announced|explained)(?:\s+(?:here|there))?(?:\s+on\s+\w+|\s+\w+day)?"
    # "…, Viet said during the ministry's regular press conference via videoconference on
    # September 9."
    r"(?:\s+(?:at|during|in)\s+[^,;.]{0,100}?(?:briefing|conference|statement|interview"
    r"|videoconference)[^,;.]{0,60})?[\s.\"”]*$"
)


QUOTED_AS_SAYING_RE = re.compile(r",[^,;]{0,60}?\bquoted\s+([^;]{1,90}?)\s+as\s+saying[\s.\"”]*$")
# … and in Russian, the verb before the one who reports, closing the sentence
RU_REPORTED_BY_RE = re.compile(
    r",\s[^,]{0,60}?\b(?:сообщил|опубликовал|заявил|отметил|рассказал|написал|передал)\w*\b"
    r"[^,]*"
    # (and what the teller added: "…, сообщил посол Андрей Денисов, отметив, что …")
    r"(?P<added>,\s+(?:отметив|подчеркнув|добавив|указав|уточнив)\b.*)?$"
)
COMMA_RE = re.compile(r",[\"”’]?\s")  # (a quotation's last comma too: '…,” X said')
# "Spokesman Matthew Miller said in a statement that Blinken received Wang": who tells it
SAID_THAT_RE = alternatives(
    r"\b(?:said|says|stated|announced|told\s+\w+|noted|confirmed|disclosed|revealed|reported"
    r"|introduced|informed(?:\s+\w+)?|explained|tweeted|wrote|posted|underscored|underscores"
    r"|stressed|stresses|(?:expressed|voiced)\s+(?:the\s+|its\s+|his\s+|her\s+)?hope)\b"
    r"[^.;]{0,40}?\bthat\s"
    # … or quotes it: 'X, spokesperson of the ministry, tweeted, "FM A met B today."'
    r"|\b(?:said|stated|announced|tweeted|wrote|posted|added|noted)\s*[,:]?\s*[\"“][^\"”]*$"
    # "Песков анонсировал, что в ходе визита запланированы переговоры"
    r"|(?<!\w)(?:заявил|сообщил|анонсировал|отметил|рассказал|подчеркнул|уточнил)\w*,?\s+что\s"
    # … or shows it: "Kumar also shared on Twitter pictures of Modi's arrival"
    r"|\b(?:shared|posted|published|released|tweeted)\s+(?:on\s+[\w-]+\s+)?(?:\w+\s+){0,2}?"
    r"(?:pictures|photos|photographs|images|videos?|footage)\s+of\s",
    re.IGNORECASE,
)


def _sayers_before(ctx: _Context, start: int) -> list[str]:
    """The people named before "… said (in a statement) that", when the event is told after."""
    found = list(SAID_THAT_RE.finditer(ctx.sentence, 0, start))
    if not found:
        return []
    said = found[-1]
    return [k for s, k in ctx.people if s - ctx.offset < said.start()]


def _another_subject_after_that(ctx: _Context, start: int, sayers: list[str]) -> bool:
    """Whether what the sayers said opens with someone else as its subject, named by name
    before the event ("X informed that Prime Minister Y discussed with …"; not "X said that
    he and Y discussed …")."""
    said = list(SAID_THAT_RE.finditer(ctx.sentence, 0, start))[-1]
    if PRONOUN_OPENS_RE.match(ctx.sentence, said.end()):
        return False
    # (the subject: named within a few words of "that")
    return any(
        said.end() <= s - ctx.offset < min(start, said.end() + 40) and k not in sayers
        for s, k in ctx.people
    )


PRONOUN_OPENS_RE = re.compile(r"\s*(?:he|she|they|we|i|both|the\s+two)\b", re.IGNORECASE)


def _named_then_said(ctx: _Context, start: int) -> list[str]:
    """The people named right before "said the …", "said this …" before the event."""
    return [
        k
        for s, k in ctx.people
        if (said := NAME_SAID_BARE_RE.match(ctx.sentence, s - ctx.offset)) and said.end() <= start
    ]


# A name and the verb of saying right after it: "…, Foreign Ministry Spokesman X said"
NAME_THEN_SAID_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|told|stated|added|noted|stressed)\b"
)
# … then what was said with no "that": "Swarup said the signing of the agreement …"
NAME_SAID_BARE_RE = re.compile(
    NAME_THEN_SAID_RE.pattern + r"(?:\s+\w+)?\s+(?:the|this|that|a|an|its)\b"
)
SOURCE_ACCORDING_RE = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Pp]o\s+slovam|По\s+словам)\s+[^,.;]{1,80},"
    # "Как сообщил пресс-секретарь президента России Дмитрий Песков, лидеры …"
    r"|(?<!\w)Как\s+(?:сообщ|рассказ|отмет|заяв|поясн|уточн)\w*\s+[^.;]{1,100}?,"
)


def _according_to(ctx: _Context, start: int) -> list[str]:
    """The people named in "According to X, …" before the event: its source."""
    return [
        k
        for m in SOURCE_ACCORDING_RE.finditer(ctx.sentence, 0, start)
        for s, k in ctx.people
        if m.start() <= s - ctx.offset < m.end()
    ]


def _sources(ctx: _Context, after: int) -> list[str]:
    """The people named in the attribution closing the sentence, after the trigger: the
    last comma's clause (or the two last, when the last is only their title)."""
    if quoted := QUOTED_AS_SAYING_RE.search(ctx.sentence, after):
        # "…, the news agency quoted Kremlin aide X as saying."
        return [k for s, k in ctx.people if quoted.start(1) <= s - ctx.offset < quoted.end(1)]
    said = REPORTED_BY_RE.search(ctx.sentence, after)
    if said is None and (inverted := INVERTED_SAID_RE.search(ctx.sentence, after)):
        # "…, said Jane Doe, joint secretary in the ministry of external affairs."
        return [k for s, k in ctx.people if inverted.end() <= s - ctx.offset][:1]
    if said is None:
        # "…, видео опубликовала в Telegram официальный представитель МИД Мария Захарова."
        ru = RU_REPORTED_BY_RE.search(ctx.sentence, after)
        if ru is None:
            return []
        stop = ru.start("added") if ru.group("added") else len(ctx.sentence)
        return [k for s, k in ctx.people if ru.start() <= s - ctx.offset < stop]
    commas = [m.end() for m in COMMA_RE.finditer(ctx.sentence, after, said.start())]
    if not commas:
        return []

    def named(start: int) -> list[str]:
        return [k for s, k in ctx.people if start <= s - ctx.offset < said.start()]

    found = named(commas[-1])
    clause = ctx.sentence[commas[-1] : said.start()]
    if not found and len(commas) > 1 and clause[:1].isupper():
        found = named(commas[-2])  # "…, Sanjay Verma, Secretary (West) informed"
    return found


# A sentence that opens on the visit reported: "The visit marks …", "This state visit is …".
# … and inside a sentence, after a speech verb: "X said that the visit was of great
# significance", "X noted that this visit …"
THE_VISIT_INSIDE_RE = re.compile(
    # ("said on Thursday that the visit takes place as …": the day between)
    r"\b(?:said|says|noted|stressed|stated|added|emphasi[sz]ed)\s+"
    r"(?:(?:on\s+\w+day|today|yesterday)\s+)?(?:that\s+)?(?:the|this|that"
    r"|his|her|their)\s+(?:[\w-]+\s+)?visit\b(?!\s+(?:to|of|by)\b)",
)
# A moment of the talks told: "at the outset of the talks", "at the start of the meeting"
PART_OF_THE_TALKS_RE = re.compile(
    r"\b(?:at|during|in)\s+the\s+(?:outset|start|beginning|opening|end|close|course)\s+of\s+"
    r"the\s+\Z",
    re.IGNORECASE,
)
# A sentence going on with the day told before: "Later in the morning, …", "Upon arrival at
# his hotel, …", "He then met …"
NARRATED_ON_RE = re.compile(
    r"\s*(?:Later\s+(?:in\s+the\s+|that\s+)(?:morning|afternoon|evening|day)|Upon\s+(?:his\s+|her\s+"
    r"|their\s+)?arrival|On\s+(?:his\s+|her\s+|their\s+)?arrival|In\s+the\s+(?:morning|afternoon"
    r"|evening)|That\s+(?:morning|afternoon|evening|night)|Following\s+that|After\s+that"
    r"|Afterwards|(?:He|She|They|The\s+Secretary-General)\s+then"
    # "The Secretary-General and his delegation then met with President X"
    # (or "The Ambassador then ceremonially presented her letter of credence")
    r"|[A-Z][^,;:]{0,60}?\sthen\s+(?:[a-z]+ly\s+)?(?:met|held|had|saw|visited|travell?ed|went"
    r"|flew|called|attended|received|presented|signed|paid|laid|toured|addressed))\b"
)
# The day before the one told ("the previous day", "the day before"; "a day earlier"
# opening the sentence: dates reads it elsewhere, as the day before the news)
PREVIOUS_DAY_RE = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?!\s+(?:the|his|her"
    r"|their|its|yesterday)\b)|^A\s+day\s+earlier)\b",
    re.IGNORECASE,
)
SAME_DAY_RE = re.compile(
    r"\b(?:(?:on|that|the)\s+(?:very\s+)?same\s+day|later\s+(?:that|the\s+same)\s+day"
    r"|later\s+in\s+the\s+day|(?:on\s+)?the\s+(?:following|next)\s+day|в\s+тот\s+же\s+день)\b"
    # ("In the afternoon, the Sultan is scheduled to have a meeting with X": of the day told)
    r"|^(?:In\s+the\s+(?:afternoon|evening)|Later\s+that\s+(?:afternoon|evening))\s*,",
    re.IGNORECASE,
)
# A guest named by the country's adjective: "the Chinese guest", "китайского гостя"
# A visit owned by an office, its holder told of before: "the minister's visit to Bahrain"
OFFICE_POSSESSOR_RE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:minister|envoy|guest|official|diplomat|president|premier"
    r"|prime\s+minister|secretary|chancellor)['’]s\s+(?:[\w-]+\s+){0,2}\Z"
)
NATIONAL_GUEST_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<adj>(?-i:[A-Z])[\w-]+)\s+guest\b"
    r"|(?<![\w-])(?P<adj_ru>[а-яё-]+(?:ого|его))\s+гост(?:я|ю|ем)\b"
)
THE_VISITING_RE = re.compile(
    r"\b(?:the|our)\s+visiting\s+(?:[\w-]+\s+)?(?:president|prime\s+minister|premier|leader"
    r"|minister|guest|head\s+of\s+(?:state|government)|delegation)\b",
    re.IGNORECASE,
)
# the visit reported, bare: "during the visit", "в ходе визита" (not "… visit to Ghana")
DURING_THE_VISIT_RE = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|(?:with)?in\s+the\s+framework\s+of|as\s+part\s+of"
    r"|on\s+the\s+sidelines\s+of)\s+the\s+visit\b(?!\s+(?:to|of|by)\b)"
    r"|(?<!\w)(?:в\s+ходе|во\s+время|в\s+рамках)\s+(?:этого\s+|данного\s+)?визита(?![\w-])"
    r"(?!\s+(?:в|во|на|(?-i:[А-ЯЁ])))",
    re.IGNORECASE,
)
THE_VISIT_RE = re.compile(
    r"(?:The|This|That|His|Her|Their)\s+(?:(?:state|official|working|three-day|two-day|\w+-day)"
    r"\s+)?visit\s+(?!to\b|of\b|by\b)"
    # "Программой визита предусмотрены его переговоры с …": the programme of the visit told
    r"|(?:The\s+programme\s+of\s+the\s+visit|Программ(?:а|ой|у)\s+визита)\b",
)


# A sentence that opens on the meeting reported: "During the talks, X emphasised …",
# "Talks also focused on …", "The meeting was attended by …".
THE_MEETING_RE = re.compile(
    r"(?:(?:During|At|In|Throughout)\s+the\s+(?:talks|meeting|discussions?|conversation"
    r"|consultations|negotiations),"
    # (not the report of it, with its day: "Talks were held at the Hall on September 2 …")
    r"|(?:The\s+)?(?:[Tt]alks|[Mm]eeting|[Dd]iscussions?)\s+(?:also\s+)?(?:focused|covered|dealt"
    r"|touched|centred|centered|went|was(?!\s+held\b)|were(?!\s+held\b)|focus|touched"
    # ("The talks concluded with the signing of 18 agreements")
    r"|concluded|ended|lasted)\b"
    # "This was the first meeting between the two leaders since X took over from Y": the one
    # told, counted (not a meeting of X and Y)
    r"|(?:This|It)\s+(?:was|is|marked)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b"
    # "В ходе встречи …", "В завершение встречи Президент передал …"
    r"|(?:В\s+ходе|В\s+завершение|По\s+итогам|По\s+завершении|На)\s+(?:встреч[иеу]|переговоров"
    r"|беседы)\b"
    # what was discussed at it: "Bilateral and regional issues were discussed in the meeting
    # with the foreign minister reiterating …"
    r"|[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?discussed\s+(?:in|during|at)\s+the\s+(?:meeting"
    r"|talks)\b(?!\s+with\s+(?:(?:the\s+)?(?-i:[A-Z])|his\s+(?-i:[A-Z])))"
    # who else took part: "В переговорах с российской стороны принимают участие X, Y и Z",
    # "Taking part in the talks on the Russian side were X and Y"
    r"|(?:В|Во)\s+(?:переговорах|встрече)\s+(?:[^,.;]{0,40}?\s)?(?:принима\w*|приня\w*)\s+участие\b"
    r"|(?:Also\s+)?(?:Taking|Participating)\s+(?:part\s+)?in\s+the\s+(?:talks|meeting)\b"
    # "… X, Y and other members of the delegation took part in the talks on the Russian side",
    # "Japan was represented at the talks by X, Y …"
    r"|[^.;]{0,400}?\btook\s+part\s+in\s+the\s+(?:talks|meeting|negotiations)\b"
    r"|[^.;]{0,80}?\b(?:was|were)\s+represented\s+at\s+the\s+(?:talks|meeting|negotiations)\s+by\b"
    # … after its source: "Как сообщили в МИД РФ по итогам встречи, стороны обсудили …",
    # "Как рассказал журналистам вице-премьер Александр Новак, в ходе переговоров …"
    r"|Как\s+(?:сообщ|рассказ|отмет|заяв|поясн|уточн)\w*\s+(?:[^,.;]{0,60}?|[^.;]{0,100}?,)\s+"
    r"(?:по\s+итогам|в\s+ходе)\s+(?:встреч[иеу]|переговоров|беседы)\b)"
)


# A document named again: "The document was signed following talks …".
THE_DOCUMENT_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:document|agreement|memorandum|declaration|treaty)\s+(?:was|were)\b",
    re.IGNORECASE,
)
BARE_DOCUMENTS = frozenset(["document", "agreement", "memorandum", "declaration", "treaty"])


def _document_told_again(draft: Draft, ctx: _Context, drafts: dict[tuple, Draft]) -> bool:
    """An agreement that is only "the document" once the article has reported a signing
    ("The document was signed following talks …"): that signing again."""
    return (
        draft.type == "agreement"
        and (draft.subject or "").lower() in BARE_DOCUMENTS
        and THE_DOCUMENT_RE.search(ctx.sentence) is not None
        and any(d.type == "agreement" and d.status == tense.CURRENT for d in drafts.values())
    )


# One who brings the sides together: "при содействии турецкого министра", "mediated by"
# Those who took part in a meeting told already: "Также в переговорах в расширенном составе
# … приняли участие X, Y", "Also taking part in the talks were X and Y"
TOOK_PART_RE = re.compile(
    r"\b(?:приняли|принимали|принял|приняла|принимают|принимает)\s+участие\b|\bучаствовали\b"
    r"|\b(?:taking|took)\s+part\s+in\s+the\s+(?:talks|meeting|negotiations)\b"
    # "The meeting was also attended by X": the meeting reported, X joining it
    r"|\b(?:was|were)\s+(?:also\s+)?attended\s+by\b"
    # "Cabinet members joining President X in bilateral talks with Y include A, B and C"
    r"|\bjoin(?:ing|ed)\s+(?:[\w.'’-]+\s+){0,4}?in\s+(?:the\s+)?(?:bilateral\s+)?(?:talks|meeting"
    r"|negotiations)\b",
    re.IGNORECASE,
)
MEDIATED_RE = re.compile(
    r"\bпри\s+(?:содействии|посредничестве)\b|\b(?:mediated|brokered|facilitated)\s+by\b"
    r"|\bwith\s+the\s+mediation\s+of\b",
    re.IGNORECASE,
)
# A round of talks told by its number or place in the series: another meeting than the
# one reported on another day
ROUND_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|previous|last|next|\d+(?:st|nd|rd|th))\s+round\b"
    r"|\b(?:перв|втор|трет|четв[её]рт|пят|предыдущ|прошл|следующ)\w*\s+раунд",
    re.IGNORECASE,
)


def _meeting_told_again(draft: Draft, ctx: _Context, drafts: dict[tuple, Draft]) -> bool:
    """A meeting reported again, in a sentence that opens on it, once the article has
    reported a meeting (not "During the meeting at the palace, A and B stressed …" as the
    first report): the people it names are spoken of, not met again."""
    if draft.type in {"phone_call", "talks"} and (
        THE_CALL_RE.match(ctx.sentence)
        # "… talked about ties by phone with Y. During the talks, Y congratulated X", "The two
        # sides also exchanged views on …": the call, where the article reports no meeting
        or (
            THE_TALKS_RE.match(ctx.sentence)
            and not any(
                d.type in {"talks", "summit"} and d.status == tense.CURRENT for d in drafts.values()
            )
        )
    ):
        # "В ходе телефонного разговора стороны обсудили …", "During the call, they …": the
        # call reported, its sides spoken of again (the sentence tells of it too)
        call = next(
            (d for d in drafts.values() if d.type == "phone_call" and d.status == tense.CURRENT),
            None,
        )
        if call is not None:
            if (ctx.offset, ctx.sentence) not in call.sentences:
                call.sentences.append((ctx.offset, ctx.sentence))
            return True
    # (or the summit reported: "Trump held his first summit with Takaichi … In the talks, the
    # two leaders focused on …"; "A and B are looking for tangible results of Wednesday's
    # talks", those told before, which the sentence names no other of)
    if not (
        draft.type == "talks"
        and (
            THE_MEETING_RE.match(ctx.sentence) is not None
            or (
                RESULTS_OF_TALKS_RE.search(ctx.sentence) is not None
                and len(TALKS_RE.findall(ctx.sentence)) == 1
            )
        )
        and any(
            d.type in {"talks", "summit"} and d.status == tense.CURRENT for d in drafts.values()
        )
    ):
        return False
    # (the sentence kept with the meeting told last before it)
    told = max(
        (
            d
            for d in drafts.values()
            if d.type in {"talks", "summit"} and d.status == tense.CURRENT and d.offset < ctx.offset
        ),
        key=lambda d: d.offset,
        default=None,
    )
    if told is not None and (ctx.offset, ctx.sentence) not in told.sentences:
        told.sentences.append((ctx.offset, ctx.sentence))
    return True


RESULTS_OF_TALKS_RE = re.compile(
    r"\b(?:results?|outcomes?)\s+of\s+(?:the\s+|(?:\w+day|(?-i:[A-Z])[\w.-]+)['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\b",
    re.IGNORECASE,
)


THE_TALKS_RE = re.compile(
    r"(?:During|In\s+the\s+course\s+of)\s+the\s+talks,"
    # "The two sides also exchanged views on …"
    r"|(?:The\s+two|Both)\s+(?:sides|leaders|ministers)\s+(?:also\s+)?(?:exchanged|discussed"
    r"|talked)\b"
)
THE_CALL_RE = re.compile(
    r"(?:During|In\s+the\s+course\s+of)\s+the\s+(?:(?:tele)?phone\s+)?(?:call|conversation),"
    r"|(?:В\s+ходе|Во\s+время|В\s+начале|В\s+завершение|В\s+конце)\s+(?:телефонного\s+)?"
    r"(?:разговора|беседы)\b"
)


def _visit_told_again(draft: Draft, ctx: _Context, drafts: dict[tuple, Draft]) -> bool:
    """ "… even after the successful visit": a visit by no one named, to nowhere named, after
    a visit the article has reported — that visit again, not another. (Alone in an article,
    "ваш визит даст импульс" is the visit it reports.)"""
    if draft.type != "visit" or not any(known.type == "visit" for known in drafts.values()):
        return False
    if THE_VISIT_RE.match(ctx.sentence):  # "The visit marks another major event after …"
        return True
    if THIS_IS_THE_NTH_RE.match(ctx.sentence):
        # "This was the first visit to the US by the Chinese head of state in 12 years": the
        # visit told, counted (its visitor named by office, perhaps as of another day)
        return True
    if not ctx.people and THE_VISITING_RE.search(ctx.sentence):
        return True  # "He said the discussions with the visiting president were …"
    if (
        not draft.destinations
        and (m := THE_VISIT_INSIDE_RE.search(ctx.sentence))
        and not ctx.people_after(m.start())
    ):
        return True  # "Minister Son said that the visit was of great significance"
    if not draft.destinations and DURING_THE_VISIT_RE.search(ctx.sentence):
        return True  # "… семью документами, подписанными в ходе визита"
    return not ctx.people and not draft.destinations and "visitor" not in draft.people.values()


def _in_office_then(gaz: Gazetteer, person: str, day: dt.date, precision: str) -> bool:
    """Whether a person held an office the gazetteer records at some time in the day, month
    or year an event is dated to (yes for people it records no office of)."""
    if not gaz.offices.get(person):
        return True
    if precision == "year":
        last = dt.date(day.year, 12, 31)
    elif precision == "month":
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    else:
        last = day
    return any(
        (t.start is None or t.start <= last) and (t.end is None or t.end >= day)
        for t in gaz.offices[person]
    )


# Calls told in the plural ("received phone calls from the Presidents of A, B and C", "held
# separate telephone conversations with …"): one with each
PLURAL_CALLS_RE = re.compile(
    r"\b(?:calls|conversations|разговоры|переговоры)\b|\bseparate(?:ly)?\b", re.IGNORECASE
)


def _one_each(ctx: _Context, draft: Draft, span: tuple[int, int]) -> list[Draft]:
    """Calls in the plural between one side and several others of different countries, and
    congratulations received from several of different countries: one event for each of them
    ("X received congratulatory calls from the Prime Ministers of Japan and Australia" is two
    calls and two congratulations)."""
    start, stop = span
    if draft.type == "visit":
        return _one_visit_each(ctx, draft, start)
    if draft.type == "agreement":
        return _one_signing_each(ctx, draft, start)
    if draft.type == "phone_call":
        # (or each told to by turns: "explained … over the phone to President A yesterday
        # and to President B")
        if not (
            PLURAL_CALLS_RE.search(ctx.sentence, max(0, start - 12), stop)
            or AND_TO_RE.search(ctx.sentence, stop)
        ):
            return [draft]
        one = set(ctx.people_before(start)) & set(draft.people)
        others = [k for k in dict.fromkeys(ctx.people_after(stop)) if k in draft.people]
    elif draft.type == "congratulation":
        # (received from several: "A and B sent congratulations to C" is one)
        one = {p for p, r in draft.people.items() if r == "recipient"} & set(
            ctx.people_before(start)
        )
        others = [p for p in ctx.people_after(stop) if draft.people.get(p) == "giver"]
    else:
        return [draft]
    if len(one) != 1 or len(others) < 2 or one & set(others):
        return [draft]
    (side,) = one
    codes = [ctx.country_of(k) for k in (side, *others)]
    if None in codes or len(set(codes)) != len(codes):
        return [draft]  # (several of one country: one call or greeting with a delegation)
    return [
        replace(
            draft,
            people={k: r for k, r in draft.people.items() if k in (side, other)},
            countries={c: r for c, r in draft.countries.items() if c in (codes[0], code)},
        )
        for other, code in zip(others, codes[1:], strict=True)
    ]


AND_TO_RE = re.compile(r"\s(?:and|as\s+well\s+as)\s+to\s+(?:the\s+)?(?-i:[A-Z])")
# Between two countries of one list: the first one's name, then a comma or "and"
LISTED_COUNTRY_GAP_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and))*?"
    r"(?P<joint>[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?"
)


LIST_DESTINATION_BEFORE_RE = re.compile(
    r"\b(?:to|of|visit|visits|visited|visiting|toured|touring)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _country_list(
    sentence: str, named: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], bool]:
    """The countries named one after another from the first of `named` ((position, code) in
    the sentence), joined by commas or "and"; and whether an "and" closed the list."""
    chain = named[:1]
    for pos, code in named[1:]:
        gap = LISTED_COUNTRY_GAP_RE.fullmatch(sentence, chain[-1][0], pos)
        if gap is None:
            break
        chain.append((pos, code))
        if "and" in gap.group("joint"):
            return chain, True
    return chain, False


TOUR_OF_RE = re.compile(r"(?:tour|trip|swing)\s+of\s", re.IGNORECASE)
# A tour begun: "is to start a three-nation tour", "left for a tour of", "embarked on a trip"
TOUR_BEGUN_RE = re.compile(
    r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|embark(?:s|ed|ing)?\s+on|kick(?:s|ed|ing)?"
    r"\s+off|set(?:s|ting)?\s+(?:off|out)\s+on|le(?:ft|aves?|aving)\s+(?:\w+\s+){0,2}?for"
    r"|departed\s+(?:\w+\s+){0,2}?for)\s+(?:an?\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:tour|trip|swing|journey)\b",
    re.IGNORECASE,
)


def _one_visit_each(ctx: _Context, draft: Draft, start: int) -> list[Draft]:
    """A visit to a list of countries ("will visit Nigeria, Brazil and Guyana", "paid state
    visits to the United Kingdom, France and Portugal"): a visit to each."""
    wanted = draft.destinations or (
        # "left for a three-nation tour of A, B and C": the countries toured
        {c for c, r in draft.countries.items() if r in {"host", "participant"}}
        if TOUR_OF_RE.match(ctx.sentence, start)
        else set()
    )
    if not wanted:
        return [draft]
    named = [(at - ctx.offset, code) for at, code in ctx.countries if at - ctx.offset >= start]
    # (the first of those named: "a three-nation tour of A, B and C" names all three)
    at = next((i for i, (_, code) in enumerate(named) if code in wanted), None)
    if at is None:
        return [draft]
    if not LIST_DESTINATION_BEFORE_RE.search(ctx.sentence, max(0, named[at][0] - 30), named[at][0]):
        return [draft]  # (a list that is no object of the trip: "During X's visit, China and
        # the US signed …")
    chain, ended = _country_list(ctx.sentence, named[at:])
    codes = list(dict.fromkeys(code for _, code in chain))
    after = ctx.sentence[chain[-1][0] : chain[-1][0] + 40]
    if not ended or len(codes) < 2 or re.match(r"[\w\s.-]*?['’]s\b", after.split(",")[0]):
        return [draft]  # (not "to Nigeria, Brazil's President …": no list)
    if not wanted <= set(codes):
        return [draft]  # (a destination outside the list: no tour of it alone)
    pieces = []
    for leg, code in enumerate(codes):
        others = set(codes) - {code}
        piece = replace(
            draft,
            people={
                k: r
                for k, r in draft.people.items()
                if r != "host" or ctx.country_of(k) in (code, None)
            },
            countries={c: r for c, r in draft.countries.items() if c not in others},
            destinations=frozenset({code}),
            leg=leg,
        )
        piece.countries[code] = "host"
        if piece.place and ctx.place_country(piece.place) not in (code, None):
            piece.place = None
        pieces.append(piece)
    return pieces


def _one_signing_each(ctx: _Context, draft: Draft, start: int) -> list[Draft]:
    """Documents one country signed with a list of others ("Cuba signed similar agreements
    with Burundi and Uganda"): a signing with each."""
    before = {c for at, c in ctx.countries if at - ctx.offset < start}
    named = [(at - ctx.offset, c) for at, c in ctx.countries if at - ctx.offset >= start]
    with_at = ctx.sentence.find(" with ", start)
    if len(before) != 1 or with_at < 0 or not named or named[0][0] != with_at + 6:
        return [draft]
    chain, _ = _country_list(ctx.sentence, named)
    others = list(dict.fromkeys(code for _, code in chain if code not in before))
    if len(others) < 2:
        return [draft]
    (side,) = before
    return [
        replace(
            draft,
            people={k: r for k, r in draft.people.items() if ctx.country_of(k) in (side, other)},
            countries={c: r for c, r in draft.countries.items() if c in (side, other)},
        )
        for other in others
    ]


def _meeting_key(drafts: dict[tuple, Draft], key: tuple, draft: Draft) -> tuple:
    """Talks reported in several sentences are one meeting, unless each report names
    someone the other does not ("In his meeting with Wang Yi, Anwar …", "During his meeting
    with Penny Wong, Anwar …": two meetings, not one of four countries)."""
    new = set(draft.people)
    n = 0
    while (*key, n) in drafts:
        known = set(drafts[(*key, n)].people)
        if (len(new) <= 1 or len(known) <= 1 or new <= known or known <= new) and not (
            _meeting_format(draft)
            and _meeting_format(drafts[(*key, n)])
            not in (
                None,
                _meeting_format(draft),
            )
        ):
            return (*key, n)
        n += 1
    return (*key, n)


def _meeting_format(draft: Draft) -> str | None:
    """ "bi", "tri" …: the format its first report names ("Later, A and B held a trilateral
    meeting with C" is another meeting than their bilateral talks)."""
    m = MEETING_FORMAT_RE.search(draft.sentences[0][1] if draft.sentences else draft.sentence)
    return m.group(1).lower() if m else None


MEETING_FORMAT_RE = re.compile(r"\b(bi|tri|quadri)lateral\s+(?:meeting|talks)\b", re.IGNORECASE)


def _agreement_key(drafts: dict[tuple, Draft], key: tuple, draft: Draft) -> tuple:
    """Documents signed in one article are one signing, unless each report names countries
    the other does not ("China and the UK reached agreement on …; China and Saudi Arabia
    signed an agreement on …": two)."""
    new = set(draft.countries)
    for known_key in [key, *(k for k in drafts if k[:-1] == key)]:
        if known_key not in drafts:
            continue
        if _dated_apart(drafts[known_key], draft):
            continue  # signings of 1979 and of 1984, each told with its own visit
        known = set(drafts[known_key].countries)
        if len(new) < 2 or len(known) < 2 or new <= known or known <= new:
            return known_key
    return key if key not in drafts else (*key, sum(1 for k in drafts if k[:-1] == key) + 1)


def _dated_apart(known: Draft, new: Draft) -> bool:
    """Whether two reports of the past are dated to different years."""
    return (
        known.status == new.status == tense.BACKGROUND
        and known.date is not None
        and new.date is not None
        and known.date.year != new.date.year
    )


def _elsewhere(known: Draft, new: Draft) -> bool:
    """Whether two visits went to different countries, both named as where they went (not
    guessed from the people met)."""
    return bool(known.destinations and new.destinations) and not (
        known.destinations & new.destinations
    )


# The venue named right after the summit: "the SAARC summit in New Delhi"
SUMMIT_IN_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
# The name before "summit": "the G-20 Summit", "the Rome World Food Security Summit"
SUMMIT_NAME_RE = re.compile(r"((?:(?-i:[A-Z])[\w'’.-]*\s+)+)$")
GROUP_RE = re.compile(r"\b(?:G-?\d+|BRICS|SCO|ASEAN|APEC|NATO|CSTO|CIS|EU|OIC|SAARC|CICA|OTS)\b")


_SUMMIT_HEADLINE_VERBS = """wrap wraps up open opens opened end ends close closes concludes begin
begins kicks off hold holds meet meets gather gathers"""
SUMMIT_HEADLINE_VERBS = frozenset(_SUMMIT_HEADLINE_VERBS.split())
GENERIC_SUMMIT_WORD_RE = re.compile(
    # ("the Second Summit", "the Forty-Third Regular Meeting", "THE THIRTY-FOURTH REGULAR MEETING")
    r"\d+(?:st|nd|rd|th)|(?i:" + ORDINAL_WORD + r")"
    r"|Regional|Annual|Extraordinary|Special|Informal|Ordinary|Regular|Emergency|Leaders['’]?"
    r"|Historic"
)


def _summit_name(sentence: str, start: int) -> str | None:
    """What the summit whose trigger starts at `start` is called: its group where it names
    one ("G-8" of "the Muskoka G-8 Summit"), else its capitalised words, if any."""
    named = SUMMIT_NAME_RE.search(sentence, max(0, start - 60), start)
    if not named:
        # "Leaders of the G-8 met in Muskoka": the group named after the trigger
        group = GROUP_RE.search(sentence, start, start + 40)
        return group.group(0).replace("-", "") if group else None
    words = [w for w in named.group(1).split() if w not in {"The", "At", "In", "On", "A"}]
    if not words or (named.start() == 0 and len(words) == 1 and words == named.group(1).split()):
        return None  # (a sentence's first word is no name: "Summit leaders …")
    # (a title-case headline's verb ends what went before: "… Leaders Wrap Up Regional
    # Summit"; an order or a kind is no name: "the Second Summit", "an Extraordinary Summit")
    verbs = [i for i, w in enumerate(words) if w.lower() in SUMMIT_HEADLINE_VERBS]
    words = [
        w for w in words[verbs[-1] + 1 if verbs else 0 :] if not GENERIC_SUMMIT_WORD_RE.fullmatch(w)
    ]
    if not words:
        return None
    phrase = " ".join(words)
    group = GROUP_RE.search(phrase)
    return group.group(0).replace("-", "") if group else phrase


def _summit_key(
    drafts: dict[tuple, Draft], key: tuple, name: str | None, names: dict[tuple, str]
) -> tuple:
    """Summits of different names are different events ("Leaders of the G-8 met in
    Muskoka …. The G-20 Summit takes place in Toronto"); one told without a name is the
    last one told (`names`: each summit's key to its name, kept here)."""
    if name is None:
        told = [k for k in drafts if k[: len(key)] == key]
        return told[-1] if told else key
    same = [k for k, n in names.items() if k[: len(key)] == key and n == name]
    if same:
        return same[0]
    if key in drafts and key not in names:
        names[key] = name  # the summit told before without a name, now named
        return key
    new = key if key not in drafts else (*key, name)
    names[new] = name
    return new


def _congratulation_key(drafts: dict[tuple, Draft], key: tuple, draft: Draft) -> tuple:
    """Congratulations to different people are different events ("A congratulated B on his
    appointment; C congratulated D on her election"); one to no one named joins the one
    told with a recipient, when there is one."""
    recipients = tuple(sorted(p for p, r in draft.people.items() if r == "recipient"))
    if recipients:
        givers = {p for p, r in draft.people.items() if r == "giver"}
        known = drafts.get((*key, recipients))
        if known is not None and givers:
            given = {p for p, r in known.people.items() if r == "giver"}
            if given and not given & givers:
                # another's congratulations to the same one: "A called B to congratulate
                # him … Warmly felicitating B, C noted …" are two
                return (*key, recipients, tuple(sorted(givers)))
        unnamed = drafts.get(key)
        if (
            known is None
            and unnamed is not None
            and "recipient" not in unnamed.people.values()
            and {p for p, r in unnamed.people.items() if r == "giver"} <= givers
        ):
            # the headline's "President X sends condolences to the Chinese President", then
            # "X has sent a message of condolence to President Y": one message, told twice
            return key
        return (*key, recipients)
    told = [k for k in drafts if k[: len(key)] == key and len(k) > len(key)]
    return told[0] if len(told) == 1 else key


def _key(d: Draft) -> tuple:
    if d.type == "visit":
        return (d.type, d.status, tuple(p for p, r in d.people.items() if r == "visitor"))
    if d.type == "award":
        return (d.type, d.status, tuple(p for p, r in d.people.items() if r == "recipient"))
    if d.type == "statement":
        return (d.type, d.status, tuple(d.people)[:1])
    if d.type in {"agreement", "congratulation"}:
        return (d.type, d.status, d.subtype)
    return (d.type, d.status)


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
    person_countries: dict[str, str] = field(default_factory=dict)
    gates: frozenset[str] = ALL_GATES
    place_mentions: list[tuple[int, str]] = field(default_factory=list)
    main_country: str | None = None  # the one the article names first
    envoys: frozenset[str] = frozenset()  # ambassadors: posted abroad, no one's host at home
    titles: dict[str, str] = field(default_factory=dict)  # newcomers' titles, by key
    # the main people who lead a state or a government that day, for "the two leaders"
    leaders: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)  # the main people, spokespeople too
    previous_subject: str | None = None  # the first person the sentence before names
    filed_from: str | None = None  # the country of the capital in the dateline, if any
    previous_people: list[str] = field(default_factory=list)  # those the sentence before names
    # in a transcript, the one speaking ("President of Armenia X: …" and what follows it)
    # and the one spoken to (the other labelled speaker)
    voice: str | None = None
    interlocutor: str | None = None
    # the towns the gazetteer lacks (archive.ingest.extract.cities), by key: their countries
    town_countries: dict[str, str] = field(default_factory=dict)
    previous_text: str = ""  # the sentence before
    # for a quotation closed by "he said": the spokesperson the sentence before names first
    previous_teller: str | None = None
    # for a sentence opening with "The two countries": the two people the nearest sentence
    # before that names anyone names
    last_pair: list[str] = field(default_factory=list)
    filed_in: str | None = None  # the country of the dateline's place or country, if any

    def place_country(self, place: str | None) -> str | None:
        return self.gaz.place_countries.get(place) or self.town_countries.get(place)

    def people_before(self, pos: int) -> list[str]:
        return [k for s, k in self.people if s - self.offset < pos]

    def people_after(self, pos: int) -> list[str]:
        return [k for s, k in self.people if s - self.offset >= pos]

    def country_of(self, person: str) -> str | None:
        return self.person_countries.get(person) or self.gaz.country_of(person, self.published)


# An office written out before the guest's name: capitalised words, "of", "for", "the",
# "and", an acronym in brackets, commas, then a courtesy.
GUEST_OFFICE_RE = re.compile(
    # ("Deputy Chairman of the Cabinet of Ministers – Minister of Foreign Affairs of X")
    # ("Ambassador Extraordinary and Plenipotentiary of the Republic of Cuba to Mongolia X")
    # (an office in lower case too: "Minister of foreign affairs of the Russian Federation X")
    r"(?:(?:(?-i:[A-Z])[\w'’.-]*|d['’][A-Z][\w'’.-]*|of|for|the|and|to|[–—-]|\([A-Z]{2,6}\)"
    r"|foreign|external|affairs|minister|deputy|prime|first|vice|state|secretary|general"
    r"|special|envoy|president|chairman),?\s+)+"
    r"(?:the\s+)?(?:Right\s+Honou?rable\s+|Rt\.?\s+Hon\.?\s+|H\.?E\.?\s+|Mr\.?\s+|Ms\.?\s+"
    r"|Dr\.?\s+)?"
)


LED_BY_RE = re.compile(r"\b(?:led|headed|chaired)\s+by\b", re.IGNORECASE)
RECEIVED_DELEGATION_RE = re.compile(
    r"received\s+(?:a|the)\s+(?:[\w'’.-]+\s+){0,3}?delegation\b",
    re.IGNORECASE,  # ("the U.S.")
)


def _named_after_words(ctx: _Context, after: int, reach: int, fits) -> int | None:
    """Where the first person named within `reach` characters after `after` begins, when
    `fits(sentence, after, there)` accepts the words between."""
    return next(
        (
            s - ctx.offset
            for s, _ in ctx.people
            if 0 < s - ctx.offset - after <= reach and fits(ctx.sentence, after, s - ctx.offset)
        ),
        None,
    )


def _received_guest(ctx: _Context) -> re.Match | None:
    """'received Turkmen Foreign Minister Rashid Meredov', 'принял посла Японии': someone
    named within a few words after "received" — not an order, a letter or an investment."""
    for m in RECEIVED_RE.finditer(ctx.sentence):
        guest = _named_within(ctx, m.end(), 90 if m.group(0)[:1] in "пП" else 50)
        if guest is None:
            # "received the United Kingdom (UK) Secretary of State for the Foreign and
            # Commonwealth Affairs, the Right Honorable Philip Hammond": a long office first
            guest = _named_after_words(ctx, m.end(), 160, GUEST_OFFICE_RE.fullmatch)
        if guest is None and ENVOY_OF_RE.match(ctx.sentence, m.end()):
            # "received … the envoy of the Russian President for the Middle East and Africa
            # and Deputy Foreign Minister, X": the envoy's long office first
            guest = _named_within(ctx, m.end(), 160)
        if guest is None and RECEIVED_DELEGATION_RE.match(ctx.sentence, m.start()):
            # "received the delegation of the Committee … led by Chairman X": its head
            guest = _named_after_words(ctx, m.end(), 200, LED_BY_RE.search)
        if guest is not None and not AWARD_NAME_RE.search(ctx.sentence, m.end(), guest):
            return m
        if (
            m.group(0)[:1] not in "пП"
            and RECEIVED_HIM_RE.match(ctx.sentence, m.end())
            and (told := ctx.previous_subject or _only(ctx.previous_people))
            and told not in ctx.people_before(m.start())
        ):
            return m  # "Vice President X received him": the one the sentence before told of
        # … or a country's envoy left unnamed: "принял посла Японии в Казахстане"
        if ENVOY_GUEST_RE.match(ctx.sentence, m.end()) and any(
            0 <= s - ctx.offset - m.end() <= 40 for s, _ in ctx.countries
        ):
            return m
    return None


def _only(people: list[str]) -> str | None:
    """The one person of the list, if it names exactly one."""
    return people[0] if len(set(people)) == 1 else None


RECEIVED_HIM_RE = re.compile(r"\s*(?:him|her)\b(?!\s+(?:a|an|the)\s)")
ENVOY_OF_RE = re.compile(r"(?:special\s+)?envoy\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
ENVOY_GUEST_RE = re.compile(
    r"\s*(?:(?:the\s+)?(?:newly[- ]appointed\s+|new\s+)?(?-i:Ambassador)\s+of\b"
    r"|(?:нового\s+|новоназначенного\s+)?посла\b)",
    re.IGNORECASE,
)


RECEIVED_ON_ARRIVAL_RE = re.compile(
    # ("accorded a warm welcome to the Prime Minister and his delegation on arrival at …")
    r"\b(?P<verb>received|welcomed|greeted|met|accorded)\s+[^.;]{1,80}?\s+(?:(?:up)?on\s+"
    # ("welcomed the US President and his delegation as they arrived at the airport")
    r"(?:(?:his|her|their)\s+)?|(?:as|when)\s+(?:he|she|they)\s+)\Z"
)
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
VISITING_OFFICE_RE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:President|Prime\s+Minister|Premier|Foreign\s+Minister"
    r"|Minister|Chancellor|King|Emir|Secretary|leader|minister|president|premier"
    r"|head\s+of\s+(?:state|government))\b(?!\s+[A-Z])"
)
# The words between "visiting" and the name it qualifies: a title, countries, capitals.
TITLED_RUN_RE = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|for|de|al|bin"
    # (an office in lower case: "visiting U.S. president Barack Obama")
    # (and "her visiting Chinese counterpart Xi Jinping")
    r"|president|vice|prime|foreign|minister|secretary|premier|chancellor|deputy|leader"
    r"|counterpart|colleague|guest"
    # ("the visiting Lebanese head of a religious institution Sayyed X")
    # ("the visiting Saudi State Minister and member of the Cabinet Prince X")
    r"|member|state|crown"
    r"|head|chief|a|an|envoy|ambassador|special|representative|director|general|adviser"
    r"|advisor|chairman|speaker|governor|religious|institution|organi[sz]ation|council|party"
    r"|movement)[,]?\s+)"
    # ("visiting Director of the Consular Department of the Ministry of Foreign Affairs of
    # Viet Nam Doãn Hoàng Minh")
    r"{0,18}"
)


def _named_within(ctx: _Context, pos: int, chars: int) -> int | None:
    """Where the first person named within `chars` after `pos` starts, if anyone is."""
    starts = [s - ctx.offset for s, _ in ctx.people if 0 <= s - ctx.offset - pos <= chars]
    return min(starts) if starts else None


def _sides_named(ctx: _Context, pos: int) -> bool:
    """A person named just before the talks word and one after it ("Medvedev held bilateral
    meetings on the summit's sidelines, holding talks with …": a clause on)."""
    before = [s - ctx.offset for s, _ in ctx.people if s - ctx.offset < pos]
    return bool(before) and pos - max(before) < 120 and bool(ctx.people_after(pos))


# "held a number of bilateral meetings …, holding talks with A, B and C": one meeting each
SEPARATE_MEETINGS_RE = re.compile(
    r"\b(?:bilateral|separate)\s+(?:meetings|talks)\b|\bmet\s+separately\b|\brespectively\b"
    # ("met with President A and held a separate meeting with Premier B")
    r"|\ba\s+separate\s+meeting\b"
    # ("met with A, B and C in succession", "… one after another", "по очереди")
    r"|\bin\s+succession\b|\bone\s+after\s+(?:another|the\s+other)\b|\bпо\s+очереди\b"
    # one meeting after another: "held meetings with A, B and C", "провел встречи с …",
    # "talks with his counterpart A, as well as with President B"
    r"|\b(?:held|had)\s+meetings\s+with\b|\bпровел\w*\s+встречи\b"
    # one man's talks with the ministers of several countries: "held talks with the Foreign
    # Ministers of Slovenia, Poland, Britain and some other countries"
    r"|\btalks\s+with\s+the\s+(?:foreign\s+ministers|prime\s+ministers|presidents|leaders)\s+of\s+"
    r"(?-i:[A-Z])[\w-]+,\s"
    r"|,\s+as\s+well\s+as\s+with\b|,?\s+а\s+также\s+с\b",
    re.IGNORECASE,
)


def _one_by_one(ctx: _Context, m: re.Match, talks: Draft) -> list[tuple[Draft, tuple]]:
    """(draft, trigger span): the talks, or where one person held separate meetings with
    several named after the trigger, one meeting with each; a meeting still to come named
    after it ("met with A today and is set to meet with B tomorrow") is one of its own."""
    before = list(dict.fromkeys(ctx.people_before(m.start())))  # (a headline's title, the name)
    after = [p for p in ctx.people_after(m.end()) if p not in before]
    later = LATER_MEETING_RE.search(ctx.sentence, m.end()) if " and " in ctx.sentence else None
    if later and (guests := [p for p in ctx.people_after(later.end()) if p not in before]):
        first = {p: r for p, r in talks.people.items() if p not in guests}
        return [
            (_with_people(talks, ctx, list(first)), m.span()),
            (_with_people(talks, ctx, [*before, *guests]), later.span("verb")),
        ]
    if (
        before
        and (second := SECOND_MEETING_RE.search(ctx.sentence, m.end()))
        and (guests := [p for p in ctx.people_after(second.end()) if p not in before])
        and (met := [p for p in after if p not in guests])
    ):
        # "met Emperor A and held a summit meeting with Prime Minister B": two meetings
        return [
            (_with_people(talks, ctx, [*before, *met]), m.span()),
            (_with_people(talks, ctx, [*before, *guests]), second.span(second.lastgroup)),
        ]
    if (
        len(set(before)) >= 2
        and len(after) == 1
        and SEPARATELY_RE.search(ctx.sentence)
        and not TOGETHER_RE.search(ctx.sentence)
    ):
        # "President A and Chairman B separately received the visiting minister C": each of
        # them met C
        return [
            (_with_people(talks, ctx, [host, after[0]]), m.span()) for host in dict.fromkeys(before)
        ]
    if not before and len(after) >= 2 and "counterparts" in m.group(0).lower():
        # "The minister met his counterparts from Croatia and Japan, A and B": the one
        # meeting them, the article's main person, met each
        before = [p for p in ctx.principals if p not in after][:1]
        if before:
            return [(_with_people(talks, ctx, [before[0], person]), m.span()) for person in after]
    if (
        not before
        and len(after) >= 2
        and PRONOUN_SUBJECT_RE.search(ctx.sentence, 0, m.start())
        and (told := [p for p in (ctx.previous_subject, *ctx.principals) if p and p not in after])
    ):
        # "During the visit, he met respectively with A, B and C": the one told of before
        before = told[:1]
    if (
        len(before) != 1
        or len(after) < 2
        # (or the sentence before says so: "X had four bilateral meetings. He met A, B, C …")
        or not any(SEPARATE_MEETINGS_RE.search(text) for text in (ctx.sentence, ctx.previous_text))
        # ("received A and B, chairs of … respectively, and, together, they reviewed …")
        or TOGETHER_RE.search(ctx.sentence)
    ):
        return [(talks, m.span())]
    return [(_with_people(talks, ctx, [before[0], person]), m.span()) for person in after]


TOGETHER_RE = re.compile(r"\b(?:together|jointly)\b", re.IGNORECASE)
SEPARATELY_RE = re.compile(r"\bseparately\b|\bпо\s+отдельности\b", re.IGNORECASE)
# "…, and is set to meet with President Obama tomorrow"
LATER_MEETING_RE = re.compile(
    r"\s+and\s+(?:(?:is|are)\s+(?:also\s+)?(?:set|expected|due|scheduled|slated)\s+to\s+"
    r"|will\s+(?:also\s+)?|(?:plans?|intends?)\s+to\s+)(?P<verb>meet)(?:\s+with)?\b",
    re.IGNORECASE,
)


# A second meeting of the same subject's after the first: "met A and held a summit meeting
# with B", "met A, then had talks with B"
SECOND_MEETING_RE = re.compile(
    r"(?:,\s*|\s+and\s+)(?:then\s+|also\s+|later\s+)?(?P<verb>held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks)\s+with\b"
    # "called on President A and Vice President B and received External Affairs Minister C"
    # ("… a bilateral meeting with his counterpart A and pay courtesy calls on B and C")
    r"|\s+and\s+(?:then\s+|also\s+|later\s+)?(?P<verb2>received|called\s+on"
    r"|(?:pay|paid|pays)\s+(?:a\s+)?courtesy\s+calls?\s+on)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _with_people(talks: Draft, ctx: _Context, people: list[str]) -> Draft:
    draft = replace(talks, people={}, countries={})
    draft.people = dict.fromkeys(people, "participant")
    draft.countries = {
        c: "participant" for p in draft.people if (c := ctx.country_of(p)) is not None
    }
    return draft


# A summit spoken of, not attended: "statements made at the G7 summit", "the G7 summit
# declaration mentioned Taiwan", "remarks during the summit".
SUMMIT_TOPIC_BEFORE_RE = alternatives(
    r"\b(?:(?:statements?|remarks|comments?|criticism|pledges?|commitments?|promises?|decisions?)"
    r"\s+(?:made|taken|given|reached)\s+(?:at|during)"
    # "applauded Argentina's commitments on migration and food security at the Summit of the
    # Americas": what was pledged there
    r"|(?:commitments?|pledges?|promises?)\s+(?:on|to)\s+(?:[\w-]+\s+){1,6}?(?:at|during)"
    # "expresses its support for the inter-Korean summit", "the results of the summit"
    r"|(?:support|results?|outcomes?|success|importance)\s+(?:for|of)"
    # "The decisions of the Astana summit must be implemented"
    r"|(?:decisions|declarations?|resolutions|agreements|documents|commitments|conclusions"
    r"|implementation|follow-ups?)\s+of"
    # "better implement the follow-ups to the third Sino-EU summit"
    r"|follow-ups?\s+to"
    # "met on Monday, ahead of the G-20 summit": a time, not the meeting's summit
    r"|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for"
    r"|preparations?\s+for|(?:planned|scheduled|prepared)\s+for"
    r"|(?:(?:a|the)\s+)?(?:date|dates|agenda|venue)\s+(?:for|of)"
    # "spoke about the summit's importance", "in an interview on the summit"
    r"|(?:spoke|speaking|talked|wrote|writing)\s+(?:about|of|on)|interview\s+(?:about|on)"
    # "supporting Kazakhstan's chairmanship of the SCO summit", "the idea of holding a …
    # summit", "congratulated X on the successful summit"
    r"|(?:chairmanship|chairing|presidency|hosting)\s+of"
    r"|(?:idea|proposal|initiative|plans?|intention)\s+(?:of|to)\s+(?:hold|holding|convene"
    r"|convening|host|hosting)"
    # "to create conducive environment for early convening of the SAARC Summit"
    r"|(?:early|the|its|timely|holding\s+and)\s+(?:convening|holding|reconvening)\s+of"
    # "congratulated X on the successful holding of the SCO summit": one held
    r"|successful\s+(?:holding|hosting|conduct|organi[sz]ation|organi[sz]ing)\s+of"
    # "emphasized the need of convening the 19th SAARC Summit at the earliest"
    r"|(?:need|call|calls|push)\s+(?:of|for|to)\s+(?:convening|convene|holding|hold|reconvening)"
    # "exchanged views on ways of arranging, organizing the AU Summit"
    r"|(?:arranging|organi[sz]ing|preparing|planning)(?:,?\s+(?:and\s+)?(?:arranging|organi[sz]ing"
    r"|preparing|planning))*"
    r"|congratulat\w*\s+(?:[\w'’-]+\s+){0,4}?on"
    # "invited X to the summit in Astana": a guest asked, no summit held
    r"|invit\w*\s+(?:[\w'’-]+\s+){0,5}?to(?:\s+(?:attend|take\s+part\s+in|participate\s+in))?"
    # "Tokayev described the summit in Alaska as a breakthrough", "охарактеризовал саммит на
    # Аляске как …": one judged, not attended
    r"|described|characteri[sz]ed|termed|охарактеризова\w*)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’–-]+\s+){0,3}$"
    # "views regarding the July Group of Eight Kyushu-Okinawa Summit", "With respect to the G8
    # Summit, …": what was spoken of
    r"|\b(?:regarding|concerning|with\s+(?:respect|regard)\s+to|in\s+connection\s+with)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’–-]+\s+){0,5}$"
    # what was discussed, not where: "discussed bilateral ties, international issues, and
    # a summit between the heads of state" (not "discussed at the summit")
    r"|\bdiscuss\w*\s+(?:(?!(?:at|during|in|on|by)\s)[\w,'’-]+\s+){0,12}$",
    re.IGNORECASE,
)
SUMMIT_TOPIC_AFTER_RE = re.compile(
    r"\s+(?:declaration|communiqu\w*|statement|documents?|decisions?|outcomes?|conditions"
    r"|agenda|preparations?)\b"
    r"|['’]s\s+(?:importance|significance|agenda|outcomes?|results?|preparations?)\b",
    re.IGNORECASE,
)


# "The presidents of Venezuela, Cuba and Uruguay skipped the summit": they were not there.
SUMMIT_SKIPPED_RE = re.compile(
    r"\b(?:skip(?:ped|s|ping)?|miss(?:ed|es|ing)|boycott(?:ed|s|ing)?|snub(?:bed|s)?|shun(?:ned|s)?"
    r"|stay(?:ed|s)?\s+away\s+from|absent\s+from|pull(?:ed|s)?\s+out\s+of|withdr[ae]w\s+from"
    r"|not\s+(?:to\s+)?(?:attend|go\s+to|take\s+part\s+in))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


EARLIER_MEETING_RE = re.compile(
    r"(?:After|Following)\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|talk"
    r"|conversation)\s+with\s+[^,;]{3,80},\s+"
)


# "… Chinese President Xi Jinping's upcoming visit", "the president's letter": what someone
# will do or did, spoken of.
POSSESSED_EVENT_RE = re.compile(
    # (and after a name's final s or z: "President Alberto Fernandez' recent trip")
    r"(?:['’]s|(?<=[sz])['’])\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|election|inauguration|speech|initiative"
    r"|proposal|letter|message)s?\b"
)


DURING_WHICH_HE_RE = re.compile(
    r",\s+(?:during\s+which|in\s+the\s+course\s+of\s+which|where)\s+(?:he|she)\b", re.I
)


COMING_VISIT_OF_RE = re.compile(
    r"\b(?:upcoming|forthcoming|coming|planned|future|next|preparations?\s+for\s+the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+of\s+(?:the\s+)?"
    # "обсудили предстоящий визит президента Узбекистана X в Кыргызстан"
    r"|(?<!\w)предстоящ\w+\s+(?:[а-яё-]+\s+){0,2}?(?:визит|поездк)\w*\s+"
    # … or a proposal someone made: "discussed the suggestions presented by US President X"
    r"|\b(?:suggestions?|proposals?|initiatives?|plans?|ideas?|offers?|roadmap)\s+(?:recently\s+)?"
    r"(?:presented|put\s+forward|made|proposed|announced|floated|unveiled|outlined|offered)\s+by"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _spoken_of(ctx: _Context) -> set[str]:
    """The people named as the owner of an event or a proposal spoken of in the sentence
    (the nearest named before "'s … visit"), unless named again elsewhere in it."""
    owners = set()
    for m in COMING_VISIT_OF_RE.finditer(ctx.sentence):
        # "discussed … the preparation for the upcoming visit of the President of X": the one
        # named right after is what they spoke of
        named = [k for s, k in ctx.people if 0 <= (s - ctx.offset) - m.end() <= 60]
        owners.update(named[:1])
    if "'" not in ctx.sentence and "’" not in ctx.sentence:
        counts = {k: sum(1 for _, p in ctx.people if p == k) for k in owners}
        return {k for k in owners if counts[k] == 1}
    for m in POSSESSED_EVENT_RE.finditer(ctx.sentence):
        if DURING_WHICH_HE_RE.search(ctx.sentence, m.end(), m.end() + 80):
            continue  # "X's visit to Angola, during which he held talks with …": his own
        if VISIT_INCLUDES_RE.match(ctx.sentence, m.end()):
            continue  # "Mr X's five day visit will include talks with Y": his own
        if FORMER_LATTER_WORD_RE.search(ctx.sentence, max(0, m.start() - 12), m.end()):
            # "A met B during the latter's official visit": one of those who met, no topic
            continue
        named = [k for s, k in ctx.people if 0 <= m.start() - (s - ctx.offset) <= 40]
        owners.update(named[-1:])
    counts = {k: sum(1 for _, p in ctx.people if p == k) for k in owners}
    return {k for k in owners if counts[k] == 1}


VISIT_INCLUDES_RE = re.compile(
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:will\s+(?:also\s+)?"
    r"include|includes|included|is\s+to\s+include|will\s+(?:also\s+)?(?:feature|see)|features"
    r"|featured)\b"
)


def _summit_as_topic(sentence: str, m: re.Match) -> bool:
    return bool(
        SUMMIT_TOPIC_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())
        or SUMMIT_TOPIC_AFTER_RE.match(sentence, m.end())
        or SUMMIT_SKIPPED_RE.search(sentence, max(0, m.start() - 60), m.start())
    )


CONDITIONAL_BEFORE_RE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+(?:the\s+|any\s+|these\s+|such\s+)?(?:[\w-]+\s+)?$"
)


PLURAL_VISITS_RE = re.compile(
    # "… following her visits to Iran and Saudi Arabia": trips before, in general
    # ("signed during the two visits": those told of already)
    r"\b(?:(?:after|following)\s+(?:his|her|their)|foreign|overseas|these|such|numerous"
    r"|frequent|many|several|high-level|top-level|the\s+(?:two|three|four|both)"
    # ("increasing the frequency of high-level bilateral visits": visits to come, in general)
    r"|(?:frequency|number)\s+of|regular|more)\s+(?:(?:high-level\s+|top-level\s+)?"
    r"(?:bilateral|mutual|reciprocal)\s+)?\(?$",
    re.IGNORECASE,
)


# Talks spoken of as a means, no occasion: "dialogue and negotiations are peaceful channels
# for settling disputes", "talks are the only way forward"
MEANS_AFTER_RE = re.compile(
    r"\s+(?:are|is|remain|remains)\s+(?:still\s+)?(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:way|ways"
    r"|channels?|means|path|route|solution|tool|key|answer|option|mechanism)\b",
    re.IGNORECASE,
)
NOT_HELD_AFTER_RE = re.compile(
    # (past an aside between commas: "The talks, initially planned for January, were derailed")
    r"(?:[^.;,\"“”]|,[^.;,\"“”]{1,60},){0,80}?\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?"
    r"(?:happened|taken\s+place|been\s+held)"
    r"|(?:did|does|will)\s+not\s+take\s+place|(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:cancell?ed|called\s+off|postponed|scrapped|derailed|shelved|put\s+off|deferred)"
    # "a meeting between the two leaders is not ruled out": one that may be
    r"|(?:is|are|was|were)\s+not\s+(?:being\s+)?ruled\s+out|cannot\s+be\s+ruled\s+out"
    # "was earlier scheduled to visit Islamabad … but cancelled his programme"
    r"|\b(?:but|and\s+then)\s+(?:later\s+|subsequently\s+)?(?:cancell?ed|called\s+off"
    r"|postponed|scrapped|shelved|put\s+off|deferred)"
    # "Рабочий визит Лаврова в Минск … отложен", "встреча не состоялась"
    r"|(?:отложен|отмен[её]н|перенес[её]н|сорван)\w*|не\s+состо\w+"
    # "Подписание документов по итогам переговоров … не планируется", "no signing is planned"
    r"|не\s+(?:планиру|предусм[ао]тр|ожида)\w*|(?:is|are)\s+not\s+(?:planned|expected)"
    # "На подписание — нет, на принятие не исключаем": ruled out
    r"|(?<=[—–]\s)нет)\b",
    re.IGNORECASE,
)
# (each way it can match has one of these words: most sentences have none)
NOT_HELD_AFTER_RE = Gated(
    NOT_HELD_AFTER_RE,
    ("not", "cancel", "off", "postpon", "scrap", "derail", "shelv", "defer", "отлож", "отмен",
     "перенес", "сорван", "состо", "не ", "нет"),
)  # fmt: skip

# none signed: "No documents were signed", "Neither side signed", "not a single deal was inked"
NONE_SIGNED_BEFORE_RE = re.compile(
    r"\b(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the|[Nn]ot\s+a\s+single)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?$"
)
# "has come to discuss ways of enhancing the UN's role after the signing of a peace
# agreement": what the ways are for
DISCUSS_WAYS = r"\bdiscuss(?:es|ed|ing)?\s+(?:ways\s+(?:of|to)|how\s+to)\s[^.;:]{0,80}$"
TOPIC_BEFORE_RE = re.compile(
    r"\b(?:regarding|concerning|as\s+for|with\s+regard\s+to|referring\s+to|asked\s+about"
    # "A reporter asked a question about the visit of X to China": what was asked of
    r"|(?:a|the)\s+question\s+(?:about|on|regarding)"
    # "unable to provide any information about Blinken's visit to Beijing"
    r"|(?:information|details)\s+(?:about|on|regarding|of)"
    # "… and supporting the talks in Geneva": a process backed, no meeting of theirs
    r"|supporting|support\s+for"
    # "informed about the latest situation in the negotiations on the resolution of …"
    r"|(?:situation|progress|developments|state\s+of\s+play)\s+(?:in|of|at|around)"
    # "не получила обращений по поводу данных переговоров": what was spoken of
    r"|по\s+поводу|относительно|касательно|насч[её]т)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
    r"|" + DISCUSS_WAYS,
    re.IGNORECASE,
)
DISCUSS_WAYS_BEFORE_RE = re.compile(DISCUSS_WAYS, re.IGNORECASE)
SETTING_BEFORE_RE = re.compile(
    r"\b(?:in|during|by|over|via)\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE
)
# Talks under way judged in what was said of them: "said that the talks with the EU are
# particularly relevant" (not talks held, judged after: "said that the talks were useful")
# What a congratulation is for: "congratulated X on …", "her congratulations to X for …"
GREETED_FOR_RE = re.compile(r"\b(?:on|for|upon)\s", re.IGNORECASE)
# A clause of its own after it: "… on his victory and held talks with him", "…, then met"
NEW_CLAUSE_RE = re.compile(
    r"(?:\band|;|,\s+then|\bwhile)\s+(?:(?:also|later|then)\s+)?(?:held|met|signed|visited"
    r"|discussed|attended|had|paid|received|hosted|welcomed)\b",
    re.IGNORECASE,
)
THAT_THE_BEFORE_RE = re.compile(r"\bthat\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
JUDGED_AFTER_RE = re.compile(
    r"(?:\s+(?:with|between|on|over|of)\s+[^,;.()\"“”]{1,60}?)?\s+(?:are|is|remain)\s+"
    r"(?!held\b|being\s+held\b|taking\s+place\b|under\s+way\b)",
    re.IGNORECASE,
)
PART_OF_BEFORE_RE = re.compile(
    r"\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?:ongoing\s+)?(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE
)
PROCESS_WORD_RE = re.compile(r"(?:negotiations|talks|consultations)\b", re.IGNORECASE)
SUMMIT_AHEAD_RE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|in\s+preparation\s+for"
    r"|to\s+prepare\s+for)\s+(?:the\s+|a\s+|next\s+|this\s+)?(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
AT_AIRPORT_RE = re.compile(
    r"(?:\s+[\w.'’-]+){1,6}?\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + AIRFIELD + r"\b"
    # "встретил его в аэропорту", "лично встретил у трапа", "его встретила российская
    # делегация": a welcome on arrival
    r"|(?:\s+[\w.'’-]+){0,6}?\s+(?:в\s+аэропорту|у\s+трапа)\b"
    r"|(?:\s+[\w'’-]+){0,2}?\s+делегаци[яи]\b|\s+(?:рота\s+)?почетн\w+\s+караул\w*",
    re.IGNORECASE,
)
DOCUMENT_ON_BEFORE_RE = re.compile(
    # ("the Memorandum of Understanding on Political and Diplomatic Consultations")
    r"\b(?:MoUs?|MOUs?|[Mm]emorand\w+(?:\s+of\s+[Uu]nderstanding)?|[Aa]greements?|[Pp]rotocols?"
    r"|instruments)\s+(?:(?:are|is|were|was)\s+)?"
    r"(?:on|about|regarding|concerning)\s+"
    # (not the meeting the documents were signed at: "agreements on trade were signed during
    # talks")
    r"(?:(?!\b(?:signed|inked|during|after|following|held|at|before|when|while|in\s+the\s+course)"
    r"\b)[^.;]){0,150}$"
)
CANCELLED_BEFORE_RE = re.compile(
    r"\b(?:cancel+(?:ed|s)?|call(?:ed|s)\s+off|postpon(?:ed|es)|отменил\w*|отменен\w*|отложил\w*"
    r"|отложен\w*)(?:\s+[\w-]+){0,6}\s*$",
    re.IGNORECASE,
)
AIRPORT_BEFORE_RE = re.compile(
    r"\b(?:в\s+(?:[\w-]+\s+){0,2}аэропорту|у\s+трапа|at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}airport)\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)
RU_WELCOMED_RE = re.compile(r"встретил(?!ся|ась|ись)")
# The guest first, then "встретил" and the one welcoming: "Президента Садыра Жапарова
# встретил министр …"
WELCOMED_GUEST_RE = re.compile(r"(?:[А-ЯЁ][\w-]*\s+){1,5}встретил[аи]?\s")
LANDED_RE = re.compile(r"\b(?:приземлил\w*|аэропорт\w*|трап\w*|landed|airport)\b", re.IGNORECASE)
RECEIVED_BY_END_RE = re.compile(r"\breceived\b.*\bby\s+(?:the\s+)?\Z", re.IGNORECASE)
ARRIVAL_BEFORE_RE = re.compile(
    r"\b(?:arrived|arriving|landed|flew\s+in|touched\s+down|airport|airbase|air\s+base"
    # ("Upon arrival in Beijing, the prime minister was received by Minister X")
    r"|(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival)\b",
    re.IGNORECASE,
)
ARRIVAL_AFTER_RE = re.compile(
    r"[^.;]*?\b(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival\b"
    # ("Both were received by Deputy Prime Minister X … at the Tribhuvan International
    # Airport")
    r"|[^.;]*?\bat\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,4}?" + AIRFIELD + r"\b",
    re.IGNORECASE,
)
IN_TALKS_RE = re.compile(r"\bin\s+talks\Z", re.IGNORECASE)
IN_TALKS_TO_RE = re.compile(r"\s+(?:to|on|about)\s+(?:arrange|organi[sz]e|set\s+up|schedule)\b")


# "… welcomed the leaders of Azerbaijan, Kyrgyzstan, …": a gathering's guests
LEADERS_OF_AFTER_RE = re.compile(
    r"\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents)\s+of\b"
    # ("hosted the 10th summit of …")
    r"|\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:summit|forum|conference|session)\b",
    re.IGNORECASE,
)
# The other side of talks being business people or the press (and no one else): "talks
# with the Tajik companies", "met with representatives of the business community", "his
# last meeting with the Foreign Correspondents Association"
WITH_BUSINESS_RE = re.compile(
    r"\s*(?:with\s+)?(?:the\s+|local\s+|leading\s+|representatives\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?(?:companies|businesses|business\s+(?:community|circles|leaders|people)"
    r"|(?:correspondents|journalists|reporters|editors|press)(?:\s+(?:association|club|corps))?"
    # ("also met with the Nepali diaspora in Spain", "interacted with the Indian community";
    # not "the Economic Community of West African States")
    r"|diaspora|(?-i:community)|students"
    # (not "businessmen and President X"; "businessmen and potential investors" still)
    r"|entrepreneurs|investors|businessmen)\b(?!\s+and\s+(?!(?:potential|other|leading|foreign"
    r"|local)\s+(?:investors|entrepreneurs|businessmen|companies)\b))",
    re.IGNORECASE,
)


# A courtesy call paid to many states: "… President Ramaphosa’s courtesy call to SADC member
# States" (the trigger ends on "call" or "calls")
COURTESY_TOUR_AFTER_RE = re.compile(
    r"(?<=call|alls)\s+(?:to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:[Ss]tates|countries|nations"
    r"|capitals|neighbou?rs)\b"
)


INVITED_BY_COUNTERPART_RE = re.compile(
    r",\s+who\s+(?:was|had\s+been)\s+invited\s+by\s+(?:his|her)\s+(?:[\w-]+\s+)?counterpart\b"
)
DESPITE_RE = re.compile(r",?\s(?:despite|in\s+spite\s+of|regardless\s+of|notwithstanding)\s", re.I)
# The visit an event before it in the sentence was part of: "during his visit", "в рамках его
# рабочего визита"
FRAMING_VISIT_BEFORE_RE = re.compile(
    r"(?:\bduring|\bas\s+part\s+of|\bв\s+рамках|\bв\s+ходе|\bво\s+время)\s+"
    r"(?:(?:his|her|their|its|the|его|ее|её|своего|своей)\s+)?(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
TIME_BEFORE_OPENS_RE = re.compile(
    r"\s*(?:Prior\s+to|Ahead\s+of|On\s+the\s+eve\s+of|In\s+the\s+run-up\s+to)\s+"
    r"(?:(?:the|this)\s+(?:[\w-]+\s+){0,2})?"
)
# A group of people at large doing it, in a relative clause: "Buddhists who travel to …",
# "pilgrims who visit the shrine" (not those who lead: "the leaders who met in Astana")
GROUP_WHO_BEFORE_RE = re.compile(
    r"\b(?!(?:leaders|ministers|presidents|premiers|heads|officials|delegates|delegations|envoys"
    r"|diplomats|ambassadors|counterparts|sides|parties|countries|states)\b)[A-Za-z]{3,}s\s+"
    r"(?:who|that)\s+(?:regularly\s+|often\s+|usually\s+|annually\s+)?\Z",
    re.IGNORECASE,
)
WISH_TO_SEE_BEFORE_RE = re.compile(
    r"\b(?:would\s+like|wants?|wish(?:es)?|hopes?)\s+to\s+see\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE
)


SUCH_BEFORE_RE = re.compile(r"\b(?:[Ss]uch|[Ss]imilar)\s+(?:[\w-]+\s+)?\Z")


EXCHANGED_AFTER_RE = re.compile(r"\s+(?:were\s+|have\s+been\s+)?exchanged\b")
# The visit an invitation was for, before the one paid: "Upon accepting the invitation by
# President X for a State Visit, Y paid a two day State Visit to …"
INVITED_FOR_BEFORE_RE = re.compile(
    r"\binvit\w*\b[^;]{0,160}?\b(?:for|to)\s+(?:pay\s+|make\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
ATTENDING_BEFORE_RE = re.compile(r"\b(?:to\s+)?attend(?:ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _affirmed(
    pattern: re.Pattern,
    sentence: str,
    generic: re.Pattern | None = None,
    within: tuple[int, int] | None = None,
):
    """The first trigger not denied ("did not meet with", "has never visited") nor, with
    `generic`, speaking of such events in general ("the exchange of visits"); not one inside
    `within` (another trigger's words: "the ASEAN-related Foreign Ministers' Meeting")."""
    for m in pattern.finditer(sentence):
        if within and within[0] <= m.start() < within[1]:
            continue
        before = max(0, m.start() - 30)
        if NEGATED_RE.search(sentence, before, m.start()):
            continue
        if CONDITIONAL_BEFORE_RE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "If talks fail to bring results, …": no talks held
        if NO_PLANS_RE.search(sentence, max(0, m.start() - 100), m.start()):
            continue  # "there were no plans for the minister, X, to meet with …"
        if NOT_HELD_AFTER_RE.match(sentence, m.end()) and not (
            tense.RESCHEDULED_AFTER_RE.match(sentence, m.end())
        ):
            # "a structured bilateral meeting with President X has not happened" (not one put
            # off to a day named: "has been postponed until March 18", a plan)
            continue
        if SUCH_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start()):
            # "it was not the first such meeting between the three ministers": the one told
            # already, or such events in general
            continue
        if CANCELLED_BEFORE_RE.search(sentence, max(0, m.start() - 70), m.start()):
            continue  # "МИД отменил запланированный на 27-28 ноября визит", "called off his trip"
        if m.start() < 40 and TIME_BEFORE_OPENS_RE.fullmatch(sentence, 0, m.start()):
            # "Prior to the summit, the member countries of ALBA had vowed …": the one told
            # of already, a time for what the sentence tells
            continue
        if GROUP_WHO_BEFORE_RE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "thanked Pakistan for facilitating Buddhists who travel to Pakistan"
        if WISH_TO_SEE_BEFORE_RE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "Tokyo would like to see negotiations on a peace treaty progress"
        if MEANS_AFTER_RE.match(sentence, m.end()):
            continue  # "dialogue and negotiations are the peaceful channels for …": in general
        if TOPIC_BEFORE_RE.search(
            sentence, max(0, m.start() - 130), m.start()
        ) and not SETTING_BEFORE_RE.search(sentence, max(0, m.start() - 25), m.start()):
            # "Regarding the ceasefire negotiations over …, X said": what is spoken of (not
            # where it was said: "discussed the situation in Syria in a telephone call")
            continue
        if THAT_THE_BEFORE_RE.search(sentence, max(0, m.start() - 20), m.start()) and (
            JUDGED_AFTER_RE.match(sentence, m.end())
        ):
            continue  # "said that the talks with the EU are 'particularly relevant'": a topic
        if PART_OF_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start()) and (
            PROCESS_WORD_RE.match(m.group(0))
        ):
            # "The Memorandum was signed as part of the Compact of Free Association
            # negotiations": the process the news belongs to, no meeting of its own (not "as
            # part of his visit")
            continue
        if IN_TALKS_TO_RE.match(sentence, m.end()) and IN_TALKS_RE.search(sentence, 0, m.end()):
            continue  # "A and B are in talks to arrange a meeting": negotiating one
        if generic is not None and generic.search(sentence, max(0, m.start() - 50), m.start()):
            continue
        if (
            pattern is TALKS_RE
            # (not one met with, in Russian: "В аэропорту … Назарбаев встретился с президентом
            # Кыргызстана": a meeting)
            and (m.group(0).strip() == "met" or RU_WELCOMED_RE.match(m.group(0)))
            and (
                AT_AIRPORT_RE.match(sentence, m.start() + len(m.group(0).rstrip()))
                or AIRPORT_BEFORE_RE.search(sentence, max(0, m.start() - 100), m.start())
            )
        ):
            # "Y met X at Tashkent airport", "В аэропорту Самарканда гостя встретил Y": a
            # welcome on arrival, no meeting
            continue
        if pattern is TALKS_RE and DOCUMENT_ON_BEFORE_RE.search(
            sentence, max(0, m.start() - 160), m.start()
        ):
            continue  # "The MoUs are on …, bilateral foreign office consultations": a topic
        if pattern is TALKS_RE and COURTESY_TOUR_AFTER_RE.match(sentence, m.end()):
            continue  # "part of his courtesy call to SADC member States": a tour of them
        if pattern is TALKS_RE and WITH_BUSINESS_RE.match(sentence, m.end()):
            continue  # "held bilateral talks with the Tajik companies": business, no diplomacy
        if RECEIVED_BY_END_RE.search(m.group(0)) and (
            ARRIVAL_BEFORE_RE.search(sentence, 0, m.start())
            # ("was received by President X and First Lady Y upon his arrival in Dhaka")
            or ARRIVAL_AFTER_RE.match(sentence, m.end(), m.end() + 120)
        ):
            continue  # "flew in to the airbase and were received by Minister X": a welcome
        if (
            "nvit" in sentence[max(0, m.start() - 200) : m.start()]
            and INVITED_FOR_BEFORE_RE.search(sentence, max(0, m.start() - 200), m.start())
            and pattern.search(sentence, m.end())
        ):
            continue  # the visit invited to, told again as paid later in the sentence
        if m.group(0).endswith(("visits", "Visits")) and (
            PLURAL_VISITS_RE.search(sentence, max(0, m.start() - 30), m.start())
            # "following the successful state visits exchanged between A and B": a series
            or EXCHANGED_AFTER_RE.match(sentence, m.end())
        ):
            continue  # "Modi's foreign visits have yielded results": visits in general
        return m
    return None


# A speech verb after what was said, the speaker's words after it: ", said the
# spokeswoman", ", заявила официальный представитель МИД".
SAID_AFTER_RE = re.compile(
    r",\s*(?:said|says|stated|added|noted|told|заявил\w*|сообщил\w*|отметил\w*|подчеркнул\w*"
    r"|добавил\w*)\s+(?:[\w'’.-]+\s+){0,4}\Z"
)


SPEAKER_AFTER_RE = re.compile(
    # (or written in small letters: ", the foreign office said in a separate statement")
    r",\s*(?:the\s+|an?\s+)?(?:(?:(?-i:[A-Z])[\w.'’-]*|foreign|ministry|office|spokes\w+"
    r"|government|embassy|presidency)\s+){0,4}(?:(?:said|says|stated|added|noted)\s+)?\Z"
)
# the saying's own setting opening the sentence: "Speaking on Monday, X said"
SETTING_FIRST_RE = re.compile(r"\s*(?:Speaking|Addressing|Talking|Writing|In|At|During|On)\b")
SETTING_AT_RE = re.compile(r"(?:speaking|in|at|during|on)\b", re.IGNORECASE)


def _filing_day(mentions: Mentions, every: list[tuple[int, str]], published: dt.date):
    """The day the dateline gives ("ASTANA, May 6 (Xinhua) --" in an article of May 7): the
    day of the news told with no day of its own. None without one, or with one more than a
    fortnight before publication (a dateline misread)."""
    start, end = mentions.dateline_start, mentions.dateline_end
    if end <= start:
        return None
    for offset, sentence in every:
        if offset <= start < offset + len(sentence):
            dateline = sentence[start - offset : end - offset]
            break
    else:
        return None
    days = [d.date for d in find_dates(dateline, published) if d.precision == "day"]
    if days and published - dt.timedelta(days=14) <= days[0] <= published:
        return days[0]
    return None


def _undated_dateline(sentence: str, offset: int, start: int, end: int) -> str:
    """The sentence with the dateline in it blanked out: "SEOUL, Nov. 3 (Yonhap) --" dates
    the filing, not the events told ("… Yoon will meet Phuc" is still a plan)."""
    if end <= start or not offset <= start < offset + len(sentence):
        return sentence
    a, b = start - offset, min(end - offset, len(sentence))
    return sentence[:a] + " " * (b - a) + sentence[b:]


TIME_SETTING_RE = re.compile(
    r"\s*(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|weekend)"
    r"|earlier|previously|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|(?:in|on|since)\s+(?-i:[A-Z])[a-z]+(?:\s+\d{1,4})?|(?:on\s+)?"
    r"(?-i:[A-Z])[a-z]+\s+\d{1,2}|(?:on\s+)?\d{1,2}\s+(?-i:[A-Z])[a-z]+)\s*",
    re.IGNORECASE,
)


def _unquoted(sentence: str, start: int) -> str:
    """The sentence with the quotation closed before `start` blanked out: a statement's tense
    is its own ('"It will help," he told a press briefing'), not that of what it says."""
    closed = list(QUOTE_CLOSED_RE.finditer(sentence, 0, start))
    end = closed[-1].end() if closed else 0
    # … and what was said before the verb, unquoted: "Beijing condemns the attacks made the
    # day before …, said the spokeswoman" (its "the day before" is the attacks')
    if inverted := SAID_AFTER_RE.search(sentence, end, start):
        end = inverted.start()
    elif (
        (inverted := SPEAKER_AFTER_RE.search(sentence, end, start))
        and not SETTING_FIRST_RE.match(sentence, end)
        # (a comma alone before the saying's setting: "Previously, in an interview, X said")
        and not (inverted.group(0).strip() == "," and SETTING_AT_RE.match(sentence, start))
        # (nor a time alone: "Last week, Foreign Ministry spokesman X said": when it was said)
        and not TIME_SETTING_RE.fullmatch(sentence, end, inverted.start())
        and (
            tense.FUTURE_RE.search(sentence, end, inverted.start())
            or tense.PAST_RE.search(sentence, end, inverted.start())
            # (a clause too long to be the saying's setting: "The visit holds significance
            # in the backdrop of X's visit to Saudi Arabia in May 2021, the office said")
            or len(sentence[end : inverted.start()].split()) >= 10
        )
    ):
        # … or the speaker's office opening the clause: "The meeting would take place on June
        # 9, Foreign Ministry Spokesperson X said at a briefing" (not "Speaking on Monday, …")
        end = inverted.start()
    return " " * end + sentence[end:] if end else sentence


# "The visit by the Saudi FM holds significance in the backdrop of X's visit to Saudi Arabia
# in May": the one told of already, and another that is named, with its own destination
ANAPHORIC_VISIT_RE = re.compile(r"(?:visit|trip)", re.IGNORECASE)
OWNER_BEFORE_RE = re.compile(r"(?:['’]s|(?<=[sz])['’])\s+(?:[\w-]+\s+){0,2}?$")


MULTILATERAL_NEAR_RE = re.compile(
    rf"(?-i:\b(?:{_GROUPS}|ACD|UN|Visegrad)\b)"
    r"|\b(?:Arab\s+League|African\s+Union|European\s+Union|Commonwealth|Ibero-American|Nordic"
    r"|Baltic|Americas|trilateral|tripartite|multilateral|quadrilateral|regional|leaders['’]"
    r"|heads\s+of\s+(?:state|government)|world\s+leaders|member\s+states|nations|countries"
    r"|three|four|five)\b"
    # a continent's on one side: "the Asia-Africa Summit", "an Africa-France summit"
    r"|(?-i:\b(?:Asia|Africa|Europe|Euro|Afro|Asian|African|European|Arab|Latin)[-–][A-Z]"
    r"|[-–](?:Asia|Africa|Europe|Pacific|Arab|Caribbean)\b)",
    re.IGNORECASE,
)


def _bilateral_summit(ctx: _Context, summit: re.Match, draft: Draft) -> bool:
    """Whether a "summit" is two countries' meeting only: its sides two, nothing around it
    that makes it a group's (a body's name, "trilateral", "leaders'", "the two …" aside)."""
    if summit.group(0).lower() != "summit" or len(draft.countries) != 2:
        return False
    if len({ctx.country_of(p) for p in draft.people} - {None}) != 2:
        return False
    near = ctx.sentence[max(0, summit.start() - 80) : summit.end() + 60]
    if MULTILATERAL_NEAR_RE.search(near):
        return False
    # the two hold it, or it is theirs ("held a summit", "their summit", "a summit with Y",
    # "summit talks", "the India-Japan summit"); not one attended or told of
    return bool(
        SUMMIT_HELD_BEFORE_RE.search(ctx.sentence, max(0, summit.start() - 40), summit.start())
        or SUMMIT_OWN_AFTER_RE.match(ctx.sentence, summit.end())
    )


SUMMIT_HELD_BEFORE_RE = re.compile(
    r"(?:\b(?:held|hold|holds|holding|had|have|has|hosted|for)\s+(?:a|an|the|their)\s+"
    r"|\btheir\s+|\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+)(?:[\w-]+\s+){0,2}?\Z"
)
SUMMIT_OWN_AFTER_RE = re.compile(r"\s+(?:talks|meeting|with\b)")


VISIT_FOLLOWS_RE = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:comes|came|follows"
    r"|followed)\s+(?:(?:just\s+|only\s+)?(?:a\s+|\w+\s+)?(?:days?|weeks?|months?|year)\s+)?"
    r"(?:after|on\s+the\s+heels\s+of)?",
    re.IGNORECASE,
)


def _owned_visit(ctx: _Context, first: re.Match) -> re.Match | None:
    """A later visit of the sentence's that someone named owns, to a named country, when the
    first has no destination and no owner ("the visit", "the visit by the minister")."""
    if _destinations(ctx, first) or OWNER_BEFORE_RE.search(
        ctx.sentence, max(0, first.start() - 40), first.start()
    ):
        return None
    for m in VISIT_RE.finditer(ctx.sentence, first.end()):
        if (
            OWNER_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
            and re.match(r"\s+to\s", ctx.sentence[m.end() : m.end() + 4])
            and _destinations(ctx, m)
        ):
            return m
    return None


VISITED_COUNTRY_RE = re.compile(r"\s+(?:the\s+)?[A-Z]")
WENT_TO_RE = re.compile(r"(?:came|comes|went|goes)\s+to\b", re.IGNORECASE)


LEG_BEFORE_TRIGGER_RE = re.compile(
    r",\s+(?:following|after)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?\Z", re.IGNORECASE
)
# (legs in the plural: "arrived in Beijing after visits to Afghanistan and Iran")
LEGS_BEFORE_TRIGGER_RE = re.compile(
    r"\s(?:following|after)\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?\Z", re.IGNORECASE
)


def _aside_holding(sentence: str, m: re.Match) -> re.Match | None:
    """The relative clause between commas that holds `m` ("X, who is on a visit to Y, met")."""
    if ", " not in sentence[: m.start()]:
        return None
    return next(
        (
            a
            for a in tense.RELATIVE_CLAUSE_RE.finditer(sentence)
            if a.start() < m.start() and m.end() <= a.end()
        ),
        None,
    )


def _aside_before(sentence: str, m: re.Match) -> re.Match | None:
    """A relative clause told before `m` ("X, who visited Y last year, arrived in Z")."""
    if ", " not in sentence[: m.start()]:
        return None
    return next(
        (
            a
            for a in tense.RELATIVE_CLAUSE_RE.finditer(sentence)
            if a.end() <= m.start() and a.start() > 0
        ),
        None,
    )


# A tour's route told after it: "a tour that also included visits to …", "which also takes
# in Spain"
_TOUR_ROUTE = (
    r"\b(?:tour|trip|journey),?\s+(?:that|which)\s+(?:also\s+)?(?:included|includes|has\s+included"
    r"|took|takes(?:\s+in)?|has\s+taken|had\s+taken|will\s+(?:also\s+)?take)\b"
    # "a nine-day tour with stops in Saudi Arabia, Israel, Italy and Belgium"
    r"|\b(?:tour|trip|journey)\s+with\s+(?:stops|stopovers)\s+in\b"
    # "his 11-day Asia tour, where he will visit Japan, South Korea, China, …"
    r"|\b(?:tour|trip|journey),?\s+(?:where|during\s+which)\s+(?:he|she|they)\s+will\s+visit\b"
)
OTHER_LEG_BEFORE_RE = re.compile(
    rf"(?:{_TOUR_ROUTE}[^.;]{{0,40}}"
    # (a few words between: "arrived in Kathmandu from Indian capital city New Delhi")
    r"|\b(?:arrived|arrives|came|flew)\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?)?from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    # "arrived in Pretoria …, following a two-day visit to Namibia": the leg before
    r"|\b(?:following|after)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour)"
    r"\s+(?:to|in)\s+(?:the\s+)?"
    # "arrived in Beijing after visits to Afghanistan and Iran": the legs before, each
    r"|\b(?:following|after)\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:visits|trips|stays)"
    r"\s+(?:to|in)\s+(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?:,|\s+and)?\s+){0,6}?)$",
    re.IGNORECASE,
)
LEGS_OF_THE_TOUR_RE = re.compile(rf"{_TOUR_ROUTE}[^.;]{{0,30}}$", re.IGNORECASE)
# (a list of them, however long: "tour, which also includes Yugoslavia, Slovenia, …")
ROUTE_LISTED_BEFORE_RE = re.compile(rf"{_TOUR_ROUTE}[^.;:]{{0,150}}$", re.IGNORECASE)


def _other_visits(ctx: _Context, first: re.Match):
    """A second visit the sentence names, to another country: "The visit to Côte d'Ivoire
    follows a State Visit to Nigeria on 30 November" (each with its own date and tense)."""
    seen = _destinations(ctx, first)
    if not seen:
        return
    visitors = {p for p, role in _visit(ctx, first).people.items() if role == "visitor"}
    last = first.end()
    # (the first told in an aside, the sentence's own after it: "X, who visited Turkmenistan
    # last year, arrived in Astana")
    aside = _aside_holding(ctx.sentence, first)
    for m in VISIT_RE.finditer(ctx.sentence, first.end()):
        if NEGATED_RE.search(ctx.sentence, max(0, m.start() - 30), m.start()):
            continue
        if LEGS_OF_THE_TOUR_RE.search(ctx.sentence, max(0, m.start() - 50), m.start()):
            # "the final leg of his Asian tour that also included visits to China and India":
            # the tour's other legs, told as its route, not visits of the day
            break
        if (
            not re.match(r"\s+to\s", ctx.sentence[m.end() : m.end() + 4])
            and not re.search(r"\sto\s*$", m.group(0))
            and not (aside and m.start() >= aside.end())
            # (nor "… and Jane Doe visited India in May", its subject named in its clause)
            and not (
                m.group(0) == "visited"
                and VISITED_COUNTRY_RE.match(ctx.sentence, m.end())
                and set(ctx.people_before(m.start())) - set(ctx.people_before(last))
            )
        ):
            continue  # "a State Visit to Nigeria"; not "for bilateral visits, … in Durban"
        destinations = _destinations(ctx, m)
        # (or another's visit to the same country, its subject named in its own clause:
        # "Yeltsin visited China in December 1992, and Kozyrev went to Peking in March")
        subject = [p for p in ctx.people_before(m.start()) if p not in ctx.people_before(last)]
        last = m.end()
        if destinations and (
            not destinations & seen or (subject and subject[-1] not in visitors | {None})
        ):
            seen |= destinations
            draft = _visit(ctx, m)
            if "visitor" not in draft.people.values():
                # no one named: the article's main person, from elsewhere
                for person in ctx.principals[:1]:
                    if ctx.country_of(person) not in destinations:
                        draft.people = {person: "visitor", **draft.people}
                        if code := ctx.country_of(person):
                            draft.countries.setdefault(code, "visitor")
            yield draft, m.span()


# A named official's own words quoted: 'X said: “…”', '“…,” X said', '«…», — заявил X',
# 'X called it “a sad day”'
QUOTE_AFTER_VERB_RE = re.compile(
    r"\b(?:said|says|stressed|added|declared|insisted|заявил\w*|сказал\w*|подчеркнул\w*)"
    r"\s*[:,]?\s*[“\"«]"
    r"|\b(?:called|described|termed|branded|dubbed)\s+(?:[\w'’-]+\s+){0,5}?(?:as\s+)?[“\"«]",
    re.IGNORECASE,
)
QUOTE_CLOSED_THEN_VERB_RE = re.compile(
    r"(?:[,.!?]\s*[”\"»]|»)\s*,?\s*[—–-]?\s*(?:(?:[\w.’'-]+\s+){0,8}?(?:said|says|stressed|added"
    r"|declared|insisted)\b|(?:заявил\w*|сказал\w*|подчеркнул\w*)\s)",
    re.IGNORECASE,
)


def _spoken_by(ctx: _Context, speaker: str, quoted: bool = False) -> Draft:
    """A statement of one speaker, of their country."""
    code = ctx.country_of(speaker)
    countries = {code: "participant"} if code else {}
    return Draft(
        "statement", "", None, {speaker: "participant"}, countries, ctx.sentence, quoted=quoted
    )


MEETING_TYPES = frozenset({"talks", "visit", "summit", "phone_call", "agreement"})
# the source a meeting is told from, after it: "…, according to a statement released by"
READOUT_ACCORDING_RE = re.compile(r",\s+according\s+to\s+(?:an?|the)\s+(?:\w+\s+){0,2}$", re.I)


def _quoted_speech(ctx: _Context) -> tuple[re.Match, str] | None:
    """A named official quoted in their own words, the sentence reporting nothing else."""
    for m in QUOTE_AFTER_VERB_RE.finditer(ctx.sentence):
        before = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < m.start()]
        if before and (
            NAME_ONLY_RE.fullmatch(ctx.sentence, before[-1][0], m.start())
            or NAME_APPOSED_RE.fullmatch(ctx.sentence, before[-1][0], m.start())
        ):
            return m, before[-1][1]
    for m in QUOTE_CLOSED_THEN_VERB_RE.finditer(ctx.sentence):
        after = [k for s, k in ctx.people if m.start() < s - ctx.offset <= m.end() + 60]
        if after and not QUOTE_OPEN_RE.search(ctx.sentence, m.end(), m.end() + 60):
            return m, after[0]
        if (
            not after
            and ctx.previous_subject
            and QUOTE_THEN_PRONOUN_RE.match(ctx.sentence, m.start())
            and not ctx.people_before(m.start())
        ):
            # '"Now is the time to de-escalate," he said': the one the sentence before
            # was about (or the spokesperson who told of them)
            return m, ctx.previous_teller or ctx.previous_subject
    return None


QUOTE_THEN_PRONOUN_RE = re.compile(
    r"(?:[,.!?]\s*[”\"»]|»)\s*,?\s*[—–-]?\s*(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|stressed|added"
    r"|declared|insisted)\b"
)


QUOTE_OPEN_RE = re.compile(r"[“«]")


def _strong_speech(ctx: _Context) -> re.Match | None:
    """ "Condoleezza Rice says …", "President Trump vowed to …": the verb right after a
    named person (their title or a short apposition between)."""
    m = STRONG_SPEECH_RE.search(ctx.sentence)
    if m is None or NEGATED_RE.search(ctx.sentence, max(0, m.start() - 30), m.start()):
        return None
    before = [s - ctx.offset for s, _ in ctx.people if s - ctx.offset < m.start()]
    if not before or not (
        NAME_ONLY_RE.fullmatch(ctx.sentence, before[-1], m.start())
        or NAME_APPOSED_RE.fullmatch(ctx.sentence, before[-1], m.start())
    ):
        return None
    if REPORTED_BEFORE_RE.search(ctx.sentence, max(0, before[-1] - 40), before[-1]):
        return None  # "Burns said Albright expressed concerns": what another tells of a meeting
    return m


PRONOUN_SPEECH_RE = re.compile(
    r"(?:He|She)\s+(?:\w+ly\s+)?(?P<verb>condemns|condemned|denounces|denounced|urges|urged"
    r"|warns|warned|vowed|vows)\b"
)
REPORTED_BEFORE_RE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|noted|stated|according\s+to\s+whom)\s+(?:that\s+)?\Z"
)


def _institution_speech(ctx: _Context) -> tuple[re.Match, dict[str, str]] | None:
    """ "The Czech Foreign Ministry has strongly condemned …", "The Ministry of Foreign
    Affairs … of Sri Lanka has welcomed …": an institution speaking (its country's
    statement, no person's), when it is the verb's subject."""
    m = STRONG_SPEECH_RE.search(ctx.sentence)
    if m is None or NEGATED_RE.search(ctx.sentence, max(0, m.start() - 30), m.start()):
        return None
    inst = None
    for inst in INSTITUTION_SPEAKS_RE.finditer(ctx.sentence, max(0, m.start() - 120), m.start()):
        if INSTITUTION_SUBJECT_RE.fullmatch(ctx.sentence, inst.end(), m.start()):
            break
    else:
        return None
    if any(inst.start() <= s - ctx.offset < m.start() for s, _ in ctx.people):
        return None  # "the ministry's spokesman, X, condemned": X's (see _strong_speech)
    named = {
        c: "participant"
        for s, c in ctx.countries
        if inst.start() - 30 <= s - ctx.offset < m.start()
        and not CLAUSE_BETWEEN_RE.search(ctx.sentence, s - ctx.offset, inst.start())
    }
    if not named and ctx.filed_from and THE_MINISTRY_RE.match(ctx.sentence, inst.start()):
        # "BEIRUT, May 10 (NNA) - The Ministry of Foreign Affairs and Emigrants condemned …":
        # a ministry no country is named for, in news filed from a capital, is that country's
        named = {ctx.filed_from: "participant"}
    return (m, named) if named else None


THE_MINISTRY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:Foreign\s+Ministry|Ministry\s+of\s+(?:Foreign|External)\s+Affairs)\b"
)


WHERE_ARRIVED_RE = re.compile(r"where\s", re.IGNORECASE)
STAYED_RE = re.compile(
    # (and the honours a guest is given, which a leader at home is given too: "received a
    # guard of honour in Moscow on Victory Day")
    r"(?:who\s+)?(?:was|were|is|are)\s+in\b|guard\s+of\s+hono|(?:red[- ]carpet|ceremonial)\s+"
    r"reception",
    re.IGNORECASE,
)


# A foreign ministry by name, with the words before it ("the Tajik Foreign Ministry")
_MINISTRY_NAME = (
    r"Foreign\s+Ministry|Foreign\s+Office|Ministry\s+of\s+(?:Foreign|External)\s+Affairs"
)
_BEFORE_MINISTRY = r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
# A ministry's words quoted: '"We urge the parties to show restraint," the Tajik Foreign
# Ministry said' — its country's statement.
QUOTED_MINISTRY_RE = re.compile(
    rf"[,.!?][\"”»]\s+{_BEFORE_MINISTRY}(?:{_MINISTRY_NAME})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:said|stated|added)\b"
)


# … and in Russian: '«…», — подчеркнули в российском дипведомстве', '«…», — заявили в МИД
# России', '«…», — сообщили в Кремле'
RU_QUOTED_BODY_RE = re.compile(
    r"»\s*,?\s*[—–-]\s*(?:подчеркнули|заявили|сообщили|отметили|уточнили|добавили|пояснили)"
    r"\s+(?:также\s+)?(?:в|во)\s+(?:[\w-]+\s+){0,2}?(?P<body>МИД|министерств\w*|дипведомств\w*"
    r"|внешнеполитическом\s+ведомств\w*|Кремл\w*|посольств\w*|правительств\w*|пресс-служб\w*)"
    r"(?:\s+(?-i:[A-ZА-ЯЁ])[\w-]*){0,2}"
)


# … or opening the sentence, its verb impersonal: "В МИД Казахстана выразили обеспокоенность
# …", "В Кремле приветствовали решение"
RU_BODY_SAYS_RE = re.compile(
    r"(?:(?:[\w-]+,?\s+){0,2}?(?:в|во)\s+(?:[\w-]+\s+){0,2}?(?P<body>МИД|министерств\w*"
    r"|дипведомств\w*|внешнеполитическом\s+ведомств\w*|Кремл\w*|посольств\w*|правительств\w*)"
    # ("В Министерстве иностранных дел Казахстана заявили")
    r"(?:\s+иностранных\s+дел)?(?:\s+(?-i:[A-ZА-ЯЁ])[\w-]*){0,2}\s+(?:также\s+)?(?:заявили"
    r"|выразили|осудили|приветствовали|подчеркнули|призвали|отметили)"
    # … or the body the subject: "МИД Казахстана заявил, что …"
    r"|(?P<subject>МИД|Министерство\s+иностранных\s+дел|Кремль|Правительство)"
    r"(?:\s+(?-i:[A-ZА-ЯЁ])[\w-]*){0,2}\s+(?:также\s+)?(?:заявил|выразил|осудил|приветствовал"
    r"|подчеркнул|призвал|отметил|сообщил)[оа]?)\b",
    re.IGNORECASE,
)


# … or a headline's inversion: "Kazakhstan supports Ukraine's territorial integrity, says
# Foreign Ministry" — the country the sentence opens on speaks
_MINISTRY = rf"{_BEFORE_MINISTRY}(?:{_MINISTRY_NAME}|MFA)"
SAYS_MINISTRY_END_RE = re.compile(
    rf",\s+(?:(?:says|said)\s+{_MINISTRY}|{_MINISTRY}\s+(?:says|said))\s*[.!]?\s*\Z"
)


def _quoted_ministry(ctx: _Context) -> tuple[re.Match, dict[str, str]] | None:
    m = (
        QUOTED_MINISTRY_RE.search(ctx.sentence)
        or MINISTRY_QUOTES_RE.match(ctx.sentence)
        or RU_QUOTED_BODY_RE.search(ctx.sentence)
        or SAYS_MINISTRY_END_RE.search(ctx.sentence)
        or RU_BODY_SAYS_RE.match(ctx.sentence)
    )
    if m is None:
        return None
    named = {c: "participant" for s, c in ctx.countries if m.start() <= s - ctx.offset < m.end()}
    if not named and m.re is SAYS_MINISTRY_END_RE:
        named = {c: "participant" for s, c in ctx.countries if s - ctx.offset <= 4}
    if (
        not named
        and m.re in (RU_QUOTED_BODY_RE, RU_BODY_SAYS_RE)
        and (m.group("body") or m.groupdict().get("subject") or "").startswith("Кремл")
    ):
        named = {"RU": "participant"}  # the Kremlin's
    if not named:
        named = _external_affairs(ctx, m.group(0))
    return (m, named) if named else None


def _external_affairs(ctx: _Context, institution: str) -> dict[str, str]:
    """India's, for its ministry by its own name ("the Ministry of External Affairs", "MEA")
    in copy about India that does not name it again."""
    if not EXTERNAL_AFFAIRS_RE.search(institution):
        return {}
    return {c: "participant" for c in {ctx.main_country, ctx.filed_from} & {"IN"}}


# … or a ministry opening the sentence, then its words: 'The Ministry of External Affairs
# said on Sunday, "We are seriously concerned …"'
MINISTRY_QUOTES_RE = re.compile(
    rf"(?:In\s+a\s+statement,\s+)?{_BEFORE_MINISTRY}(?:{_MINISTRY_NAME}|MEA)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:said|stated|added)"
    r"(?:\s+on\s+\w+day|\s+today)?\s*[:,]\s*[\"“]",
    re.IGNORECASE,
)
EXTERNAL_AFFAIRS_RE = re.compile(r"External\s+Affairs|\bMEA\b")


# (a time between: "U.S. President Donald Trump this week vowed to …")
LISTED_BETWEEN_RE = re.compile(r",?\s+and\s+|,\s*")


def _mention_end(ctx: _Context, start: int) -> int:
    """Where the country name mentioned at `start` (in the sentence) ends: its capitalised
    words."""
    m = re.match(r"(?:the\s+)?[A-ZА-ЯЁ][\w.’'-]*(?:\s+[A-ZА-ЯЁ][\w.’'-]*)*", ctx.sentence[start:])
    return start + (m.end() if m else 0)


POSTED_TO_BEFORE_RE = re.compile(
    r"\b(?:ambassadors?|envoys?|representatives?|embassy|mission)\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _country_speech(ctx: _Context) -> tuple[re.Match, list[str]] | None:
    """ "Pakistan on Friday urged all the parties to exercise restraint": a country speaking,
    in a sentence naming no one — its statement; or no one but who tells of it after ("Japan
    protested to China, Chief Cabinet Secretary X said": the secretary speaks for it)."""
    m = STRONG_SPEECH_RE.search(ctx.sentence)
    if m is None or NEGATED_RE.search(ctx.sentence, max(0, m.start() - 30), m.start()):
        return None
    speakers = []
    if ctx.people:
        attribution = ATTRIBUTION_AFTER_RE.search(ctx.sentence, m.end())
        if attribution is None or any(
            not attribution.start() <= s - ctx.offset < attribution.end() for s, _ in ctx.people
        ):
            return None
        speakers = [k for _, k in ctx.people]
    codes = _subject_countries(ctx, m.start())
    return (m, codes, speakers) if codes else None


# The one who tells, closing the sentence: ", Chief Cabinet Secretary X said."
ATTRIBUTION_AFTER_RE = re.compile(
    r",\s+[^,;]{3,90}?\s+(?:said|told\s+(?:reporters|journalists|correspondents))\s*[.]?\s*\Z"
)


def _subject_countries(ctx: _Context, verb: int) -> list[str]:
    """The countries named as the subject of the verb at `verb`: "Pakistan on Friday urged",
    "The United States, South Korea and Japan on Thursday condemned", "Egypt on Friday also
    issued a statement"."""
    before = [(s - ctx.offset, c) for s, c in ctx.countries if s - ctx.offset < verb]
    if not before:
        return []
    start, code = before[-1]
    gap = COUNTRY_BEFORE_VERB_RE.match(ctx.sentence, start)
    if gap is None or gap.end() != verb:
        return []
    if (posted := POSTED_TO_BEFORE_RE.search(ctx.sentence, max(0, start - 40), start)) and len(
        before
    ) > 1:
        # "Saudi ambassador to US welcomes …": the envoy's state speaks, not the one they
        # are sent to
        sender = [(s, c) for s, c in before[:-1] if posted.start() - s <= 30]
        return [sender[-1][1]] if sender else []
    codes = [code]
    pairs = itertools.pairwise(before)
    for (s_prev, c_prev), (s_next, _) in reversed(list(pairs)):
        between = ctx.sentence[_mention_end(ctx, s_prev) : s_next]
        if not LISTED_BETWEEN_RE.fullmatch(between):
            break
        codes.append(c_prev)
    return codes


# A country's name, then at most an auxiliary and a time: "Pakistan on Friday urged",
# "Vietnam has warned"
COUNTRY_BEFORE_VERB_RE = re.compile(
    # (a long name: "The People's Republic of China issued a condemnation")
    r"[A-ZА-ЯЁ][\w’'-]*(?:\s+(?:of\s+)?[A-ZА-ЯЁ][\w’'-]*){0,3}\s+(?:has\s+|have\s+|also\s+)?"
    # ("India on Sunday, April 14 expressed")
    r"(?:on\s+\w+day(?:,\s+\w+\s+\d{1,2},?)?\s+|today\s+|yesterday\s+|this\s+week\s+)?"
    # (and a Russian adverb: "Казахстан решительно осуждает", "также решительно")
    r"(?:also\s+|также\s+)?(?:\w+ly\s+|(?:решительно|категорически|резко|самым\s+решительным"
    r"\s+образом)\s+)?"
)
NAME_ONLY_RE = re.compile(
    r"[A-ZА-ЯЁ][\w.’'-]*(?:\s+[A-ZА-ЯЁ][\w.’'-]*){0,4}"
    # (the day maybe set off by commas: "Ban Ki-moon, on Monday, welcomed")
    # (or closing an apposition: "The AU Commission Chairperson, Jane Doe, welcomed")
    r"(?:,\s+(?:(?:this|last)\s+(?:week|month)|today|yesterday|on\s+\w+day),\s+|,\s+|\s+"
    r"(?:(?:this|last)\s+(?:week|month)\s+|today\s+|yesterday\s+|on\s+\w+day\s+)?)"
    r"(?:(?:has|have)\s+)?(?:also\s+)?(?:\w+ly\s+)?"
)
# … or with an apposition, their office: "Carl Bildt, the Swedish Minister for Foreign
# Affairs, has said" (not "X, asked about the border, says nothing")
NAME_APPOSED_RE = re.compile(
    r"[A-ZА-ЯЁ][\w.’'-]*(?:\s+[A-ZА-ЯЁ][\w.’'-]*){0,4},\s+(?:the\s+|an?\s+|(?-i:[A-Z]))"
    r"[^,;.()\"“”«»]{3,90},\s+"
    r"(?:(?:this|last)\s+(?:week|month)\s+|today\s+|yesterday\s+|on\s+\w+day\s+)?"
    r"(?:(?:has|have)\s+)?(?:also\s+)?(?:\w+ly\s+)?"
)
# An institution's name after its head word, up to the verb: "Ministry of Foreign Affairs,
# Foreign Employment, and Tourism of Sri Lanka has", "Foreign Ministry on Friday"
INSTITUTION_SUBJECT_RE = re.compile(
    r"(?:,?\s+(?:of|for|and|the|[A-Z][\w’'-]*))*,?\s+"
    r"(?:on\s+\w+day\s+|today\s+|yesterday\s+)?(?:(?:has|have)\s+)?(?:also\s+)?"
    r"(?:\w+ly\s+)?"
    # "China's Foreign Ministry said on Wednesday the situation was complex and called on
    # the parties to …": the second verb of the same subject
    r"|\s+(?:on\s+\w+day\s+)?said\s+[^.;:\"“”]{0,160}?\s+and\s+(?:also\s+)?(?:\w+ly\s+)?"
)


# The words between a country's adjective and the talks it names: "the Syrian talks",
# "the Afghan peace talks", "intra-Afghan negotiations"
NAMED_FOR_TALKS_RE = re.compile(
    r"[\w'’-]+\s+(?:(?:peace|settlement|reconciliation|inter-?[\w-]+)\s+)?", re.IGNORECASE
)


def _talks_of_another_country(ctx: _Context, m: re.Match, talks: Draft) -> bool:
    """Whether the talks are a process named for a country none of whose side is at them:
    "King X praised the importance of the Syrian talks in Astana" (not "the Kazakh-Uzbek
    talks", whose sides are named)."""
    if m.group(0).strip().lower() not in {"talks", "negotiations"}:
        return False
    named_for = [
        code
        for at, code in ctx.countries
        if 0 <= m.start() - (at - ctx.offset) <= 40
        and NAMED_FOR_TALKS_RE.fullmatch(ctx.sentence, at - ctx.offset, m.start())
    ]
    return bool(named_for) and not any(code in talks.countries for code in named_for)


def _sentence_events(ctx: _Context) -> list[tuple[Draft, tuple[int, int]]]:
    """(draft, trigger span) for each event the sentence reports."""
    found = list(_reported_events(ctx))
    if (
        not any(d.type in {"talks", "phone_call"} for d, _ in found)
        # (a summit's sentence: where the two met on its sidelines)
        and not any(d.type == "summit" and not SIDELINES_RE.search(ctx.sentence) for d, _ in found)
        and "talks" in ctx.gates
        and (discussed := _discussed_by_two(ctx))
    ):
        # (also beside a visit: "A and B discussed … during the minister's visit to C")
        talks = _participants(ctx, "talks", "")
        # the two who discussed, not those named in what they discussed: "A and B discussed
        # … a commission chaired by C and D"
        sides = {k for at, k in ctx.people if at - ctx.offset < discussed.start()}
        if len(sides) >= 2:
            talks.people = {k: r for k, r in talks.people.items() if k in sides}
            codes = {ctx.country_of(k) for k in talks.people}
            talks.countries = {c: r for c, r in talks.countries.items() if c in codes}
        found.append((talks, discussed.span()))
    if "statement" in ctx.gates and (m := STATEMENT_RE.search(ctx.sentence)):
        # A spokesperson announcing an event to come is its source: "the spokesperson …
        # said Araghchi will visit Dushanbe on Wednesday" is the visit's news (not "… tweeted
        # that the Secretary had productive discussions with …": that is news of its own).
        told = re.split(r"[\"“'‘«]", ctx.sentence[m.end() :], maxsplit=1)[0]  # not a quotation
        if (
            not (found and "spokes" in m.group(0).lower() and tense.FUTURE_RE.search(told))
            and not (
                # "A delegation has arrived …, the press service of the Energy Ministry told
                # BelTA": where the news comes from, no statement of its own
                found
                and (
                    PRESS_SERVICE_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 80), m.start())
                    or (
                        MINISTRY_TOLD_BEFORE_RE.search(
                            ctx.sentence, max(0, m.start() - 80), m.start()
                        )
                        # (not a visit it announces: "X will pay an official visit to Sri
                        # Lanka, the Turkish Ministry of Foreign Affairs said in a statement")
                        and not tense.FUTURE_RE.search(ctx.sentence, 0, m.start())
                    )
                )
            )
            and not (
                # "В переговорах … приняли участие … пресс-секретарь президента X": one of those
                # who took part, saying nothing
                TOOK_PART_RE.search(ctx.sentence, 0, m.start())
                and TELLER_TITLE_RE.match(m.group(0))
            )
            # "The Directorate of Communications confirmed in a statement that the two leaders
            # exchanged greetings": the telling of their meeting, no statement of its own
            and not TOLD_OF_THE_TWO_RE.match(ctx.sentence, m.end())
        ):
            found.append((_statement(ctx, m), m.span()))
    return found


TOLD_OF_THE_TWO_RE = re.compile(
    r"[^.;:\"“”«»]{0,40}?\bthat\s+(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state"
    r"|prime\s+ministers|ministers|sides)\s+(?:had\s+|have\s+|also\s+)?(?:exchanged|discussed"
    r"|held|agreed|reviewed|spoke|talked|met)\b",
    re.IGNORECASE,
)


PRESS_SERVICE_BEFORE_RE = re.compile(
    r"\b(?:press\s+(?:service|office)|пресс-служб\w*)\b[^,;:.\"“”«»]{0,60}\Z",
    re.IGNORECASE,
)
# ("…, the Afghan Foreign Ministry said in a press release": where the news comes from)
MINISTRY_TOLD_BEFORE_RE = re.compile(
    r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs"
    r"|Foreign\s+Office|Presidency|Embassy|MFA)\s+(?:said|stated|announced|reported)\s+\Z"
)


# The saying in the past perfect right after a statement's setting: "…, in an interview with
# an Indian newspaper, had said that"
HAD_SAID_RE = re.compile(
    r"[^.;:\"“]{0,60}?\b(?P<had>had)\s+(?:earlier\s+|also\s+|previously\s+)?(?:said|stated"
    r"|told|claimed|written|declared|remarked)\b"
)
SIMPLE_SAID_RE = re.compile(r"\b(?:said|says|stated|states)\b")
# A transcript's speaker before what they said: "Wang Wenbin: This morning, …"
SPEAKER_LABEL_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*:\s"
    # "As stated by Principal Deputy Spokesperson X: Secretary Y spoke today with Z"
    r"|(?:As\s+stated\s+by|The\s+following\s+is\s+attributable\s+to|Attributable\s+to)\s+"
    r"(?:[\w'’.-]+\s){0,6}?[A-Z][\w'’.-]*:\s"
)
# A saying whose that-clause tells of the talks named already: "X stated that the talks …"
# A meeting denied after the one told: "…, but did not meet Y", "there was no interaction
# with Y", "не встречался с Y", "не планировал встречаться с Y"
NOT_MET_AFTER_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|will\s+not|won['’]t|would\s+not)\s+(?:also\s+)?(?:meet|hold\s+talks"
    r"|speak|talk)\b|\bno\s+(?:interaction|meeting|talks|contact|encounter|bilateral)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:with|between)\b|\bне\s+(?:встречал|встретил|провел|провёл)\w*"
    # "и не планировал встречаться с президентом X"
    r"|(?<!\w)(?:не\s+(?:планировал|собирал|намерева)\w*|отказал\w*)\s+встреч\w*",
    re.IGNORECASE,
)
TOLD_THE_TALKS_RE = re.compile(
    # ("said the talks would focus on economic development": "that" left out)
    r"\b(?:said|stated|noted|added|explained|stressed|told\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:that\s+)?"
    r"(?:the|these|those)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
SENDING_TO_RE = re.compile(
    r"\b(?:send|sends|sending|sent|dispatch\w*)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:representatives?|delegations?|envoys?|delegates?|observers?)\s+to\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
EXCHANGED_BEFORE_RE = re.compile(
    r"\b(?:обменял(?:ся|ась|ись)|exchanged)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "Президенты поздравили друг друга", "the leaders congratulated each other": exchanged
EACH_OTHER_AFTER_RE = re.compile(r"\w*\s+(?:друг\s+друга|each\s+other|one\s+another)\b")
HIS_TALKS_RE = re.compile(r"(?<!\w)(?:его|её|ее|[Hh]is|[Hh]er)\s+$")


def _subject_after_opening(ctx: _Context, m: re.Match) -> bool:
    """Whether the talks are in an opening phrase whose "his" is the subject named after it:
    "During his meeting with Foreign Minister A, B reviewed …" (B's, not the one the sentence
    before told of)."""
    if not OPENING_PHRASE_RE.match(ctx.sentence[: m.end()]):
        return False
    comma = ctx.sentence.find(",", m.end())
    return comma > 0 and any(
        SUBJECT_AFTER_COMMA_RE.fullmatch(ctx.sentence, comma, at - ctx.offset)
        for at, _ in ctx.people
        if at - ctx.offset > comma
    )


SUBJECT_AFTER_COMMA_RE = re.compile(r",\s+(?:[\w.-]+\s+){0,4}?")


# (or met: "A and B met behind closed doors")
SINCE_CLAUSE_BEFORE_RE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,6}\Z", re.IGNORECASE)
DISCUSSED_VERB_RE = re.compile(r"\b(?:discussed|met|exchanged\s+(?:their\s+)?views)\b")


def _discussed_by_two(ctx: _Context) -> re.Match | None:
    """ "Angola's permanent representative to the AU, A, and his US counterpart, B, Tuesday
    in Addis Ababa discussed issues …": two people named as the subject of "discussed"."""
    m = DISCUSSED_VERB_RE.search(ctx.sentence)
    if m is None:
        return None
    before = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < m.start()]
    if (
        m.group(0) == "discussed"
        and len(before) == 1
        and (partner := DISCUSSED_WITH_RE.match(ctx.sentence, m.end()))
        and any(s - ctx.offset == partner.end() for s, _ in ctx.people)
    ):
        return m  # "A had discussed bilateral cooperation … with B later that day"
    if len({k for _, k in before}) < 2:
        return None
    return m if re.search(r"\band\b", ctx.sentence[before[0][0] : before[-1][0]]) else None


DISCUSSED_WITH_RE = re.compile(
    r"[^.;]{1,120}?\bwith\s+(?:(?:his|her)\s+[\w-]+\s+)?(?:counterpart\s+)?"
)


def _reported_events(ctx: _Context):
    s, gates = ctx.sentence, ctx.gates
    meetings: list[tuple[int, int]] = []  # the talks' trigger spans, as they are told
    # (not one called off: "was scheduled to attend the D-8 Summit but cancelled his programme")
    summit = _affirmed(SUMMIT_RE, s) if "summit" in gates else None
    if summit and _summit_as_topic(s, summit):
        summit = None
    phone = _affirmed(PHONE_RE, s) if "phone" in gates else None
    if phone and phone.group("spoke") and _in_person(s, phone.end()):
        phone = None  # "On the sidelines of the summit, A spoke with President B"
    if phone:
        call = _participants(ctx, "phone_call", "")
        if len(call.people) > 2 and (topics := _spoken_of(ctx)):
            # "в ходе телефонного разговора A и B обсудили предстоящий визит президента X":
            # the one whose coming visit they spoke of was not on the call
            for person in topics:
                call.people.pop(person, None)
            sides = {ctx.country_of(p) for p in call.people}
            for person in topics:
                if (code := ctx.country_of(person)) not in sides:
                    call.countries.pop(code, None)
        later = TALKS_RE.search(s, phone.end())
        if later and re.search(r"\bwith$", later.group(0), re.IGNORECASE):
            # "made the phone call … before a trip that will wind up with a meeting in
            # California with the prime minister of Japan": the one met is not on the call
            met = {k for at, k in ctx.people if at - ctx.offset >= later.end()}
            if met and met != set(call.people):
                for person in met:
                    call.people.pop(person, None)
                _with_principals(call.people, ctx.principals, skip=met)
                call.countries = {
                    c: role
                    for c, role in call.countries.items()
                    if c in {ctx.country_of(p) for p in call.people}
                }
        yield call, phone.span()
    elif (
        "talks" in gates
        and (
            # (past the summit's own words, where the sentence tells of another meeting)
            m := (summit and _affirmed(TALKS_RE, s, TALKS_AS_MEANS_RE, summit.span()))
            or _affirmed(TALKS_RE, s, TALKS_AS_MEANS_RE)
            or _received_guest(ctx)
        )
        # "Борт … приземлился в аэропорту. Президента X встретил министр Y": a welcome
        # on arrival told in the sentence after the landing, no meeting
        and not (
            m.group(0).startswith("встретил")
            and WELCOMED_GUEST_RE.match(s)
            and LANDED_RE.search(ctx.previous_text)
        )
        and (
            not summit
            or _sides_named(ctx, m.start())
            # (a summit still to come, after the talks: "… had a meeting after which they
            # announced their secretaries will meet before the SAARC summit next month")
            or (
                summit.start() > m.end()
                and SUMMIT_AHEAD_RE.search(s, max(0, summit.start() - 40), summit.start())
            )
            # ("… after attending the APEC summit, followed by a bilateral meeting": its own)
            or m.group(0).lower().startswith("followed by")
            # (one gone by, in a clause of its own: "In their meeting held in New York, A, B
            # and C confirmed … since their leaders held a summit at Camp David")
            or (
                summit.start() > m.end()
                and SINCE_CLAUSE_BEFORE_RE.search(s, max(0, summit.start() - 60), summit.start())
            )
            # "In the meeting with President X on Monday, on the margins of the Summit, Mr.
            # Y sought …": a meeting with someone named, of someone else named
            or (
                # ("A and B met on the sidelines of the G20 summit": their own meeting)
                (
                    re.search(r"\b(?:with|between)$", m.group(0), re.IGNORECASE)
                    and len({k for _, k in ctx.people}) >= 2
                )
                # (the two who met named before it: not "Clinton said senior US and Iranian
                # officials met on the sidelines of the conference")
                or (
                    # (before it too: "On July 7, on the sidelines of the G20 summit, A and B
                    # held a meeting")
                    SIDELINES_RE.search(s) and len(set(ctx.people_before(m.start()))) >= 2
                )
            )
            # ("A, who was visiting Myanmar to attend the ASEAN-related Foreign Ministers'
            # Meeting, held a meeting over lunch with B": the summit attended, in a clause of
            # its own, and the meeting the sentence tells)
            or (
                summit.end() <= m.start()
                and ATTENDING_BEFORE_RE.search(s, max(0, summit.start() - 40), summit.start())
                and len({k for _, k in ctx.people}) >= 2
            )
        )
    ):
        # Talks in a summit's sentence are the summit's, unless the sentence names who
        # met whom ("…, where Narendra Modi held talks with Xi Jinping").
        if (earlier := EARLIER_MEETING_RE.match(s)) and m.start() < earlier.end():
            # the meeting before is told again; this sentence's own comes after it
            m = next(TALKS_RE.finditer(s, earlier.end()), m)
        talks = _participants(ctx, "talks", (m.groupdict().get("sub") or "").lower())
        if (
            (said := TOLD_THE_TALKS_RE.search(s, max(0, m.start() - 40), m.start()))
            and not ctx.people_after(m.end())
            # (without "that", only where someone named says it: "The Kremlin said the talks
            # with Baku were constructive" is news of talks)
            and (" that " in said.group(0) or ctx.people_before(said.start()))
        ):
            # "Minister X stated that the talks touched on …": the talks told already, the one
            # telling of them no side of them (their sides the article's main people)
            # (one of the main people tells of their own talks: a leader, not a minister who
            # speaks of his prime minister's: "Minister X said the talks would focus on …")
            tellers = {k for at, k in ctx.people if at - ctx.offset < said.start()} - {
                p for p in ctx.principals if p in ctx.leaders or p not in ctx.titles
            }
            talks.people = {k: r for k, r in talks.people.items() if k not in tellers}
            _with_principals(talks.people, ctx.principals, skip=tellers)
            codes = {ctx.country_of(k) for k in talks.people}
            talks.countries = {c: r for c, r in talks.countries.items() if c in codes}
        if SENDING_TO_RE.search(s, max(0, m.start() - 90), m.start()):
            # "The United States will be sending a representative to the cease-fire talks in
            # Astana": talks others hold, the sender's leaders are not at them
            named = {k for _, k in ctx.people}
            talks.people = {k: r for k, r in talks.people.items() if k in named}
            codes = {ctx.country_of(k) for k in talks.people} | {c for _, c in ctx.countries}
            talks.countries = {c: r for c, r in talks.countries.items() if c in codes}
        if (
            ctx.previous_subject
            and ctx.previous_subject not in talks.people
            and HIS_TALKS_RE.search(s, max(0, m.start() - 8), m.start())
            # (not the sentence's own subject's: "Jaishankar said he discussed … during his
            # bilateral talks"; "During his meeting with A, B reviewed …")
            and not ctx.people_before(m.start())
            and not _subject_after_opening(ctx, m)
        ):
            # "Программой визита предусмотрены его переговоры с главой государства X": his,
            # the one the sentence before told of
            talks.people[ctx.previous_subject] = "participant"
            if code := ctx.country_of(ctx.previous_subject):
                talks.countries.setdefault(code, "participant")
            # … in place of the article's main people added for want of a second side
            # ("During his meeting with Foreign Minister A, he reviewed …", after B's talks
            # with C: his and A's, not C's too)
            named = {k for _, k in ctx.people} | {ctx.previous_subject}
            if len(talks.people) > 2:
                talks.people = {k: r for k, r in talks.people.items() if k in named}
                codes = {ctx.country_of(k) for k in talks.people} | {c for _, c in ctx.countries}
                talks.countries = {c: r for c, r in talks.countries.items() if c in codes}
        sides: list[str] = []  # those who met, where the saying tells who they were
        # "…, Li Zhaoxing said in Beijing Friday after his talks with visiting … Straw": the
        # one saying and the one named after, not those the saying told of
        if (
            (said := tense.SAID_AFTER_RE.search(s, max(0, m.start() - 80), m.start()))
            and re.search(r"\b(?:his|her)\s", said.group(0))
            and (sayer := [k for at, k in ctx.people if at - ctx.offset < said.start()][-1:])
            and (met := [k for k in ctx.people_after(m.end()) if k not in sayer])
        ):
            sides = [*sayer, *met]
        if speaker := _first_person_speaker(ctx, m.start()):
            # '"… I had a discussion with the prime minister yesterday. …," the foreign
            # minister said': the one speaking and the one named in that quoted sentence
            told_end = QUOTED_SENTENCE_END_RE.search(s, m.end())
            end = told_end.start() if told_end else len(s)
            met = [k for at, k in ctx.people if m.end() <= at - ctx.offset < end and k != speaker]
            sides = [speaker, *met]
        if sides:
            talks.people = dict.fromkeys(sides, "participant")
            codes = {ctx.country_of(k) for k in talks.people}
            talks.countries = {c: "participant" for c in codes if c}
        if (
            talks.people
            and set(talks.people) <= ctx.envoys
            and CREDENTIALS_RE.search(m.group(0))
            and (hosts := [p for p in ctx.leaders if p not in ctx.envoys])
        ):
            # "Others who presented their credentials were A (Serbia), B (Sweden) …": to
            # the one who received the credentials, the article's leader
            talks.people[hosts[0]] = "participant"
            if code := ctx.country_of(hosts[0]):
                talks.countries.setdefault(code, "participant")
        if ENVOY_GUEST_RE.match(s, m.end()):  # the unnamed envoy's country takes part
            for start, code in ctx.countries:
                if 0 <= start - ctx.offset - m.end() <= 40:
                    talks.countries.setdefault(code, "participant")
                    break
        if (told := INFORMED_OF_BEFORE_RE.search(s, max(0, m.start() - 120), m.start())) and (
            informed := {
                k for at, k in ctx.people if told.start("who") <= at - ctx.offset < told.end("who")
            }
        ):
            # "Putin informed Trump about the main results of the meeting with President Assad":
            # the one told of it was not at it
            for person in informed:
                talks.people.pop(person, None)
            codes = {ctx.country_of(k) for k in talks.people}
            talks.countries = {c: r for c, r in talks.countries.items() if c in codes}
        if topics := _spoken_of(ctx):  # "discussed President Xi's upcoming visit": a topic
            for person in topics:
                talks.people.pop(person, None)
            _with_principals(talks.people, ctx.principals, skip=topics)
            sides = {ctx.country_of(p) for p in talks.people}
            for person in topics:
                # (nor the topic's country: "the suggestions presented by US President X")
                if (code := ctx.country_of(person)) not in sides:
                    talks.countries.pop(code, None)
        if denied := NOT_MET_AFTER_RE.search(s, m.end()):
            # "X met President A, but there was no interaction with Prime Minister B": B is
            # no side of the meeting (nor B's country, unless named before)
            before = {k for at, k in ctx.people if at - ctx.offset < denied.start()}
            for _, person in ctx.people:
                if person not in before and talks.people.pop(person, None):
                    code = ctx.country_of(person)
                    if (
                        code
                        and not any(
                            c == code and at - ctx.offset < denied.start()
                            for at, c in ctx.countries
                        )
                        and code not in {ctx.country_of(p) for p in talks.people}
                    ):
                        talks.countries.pop(code, None)
        if earlier and m.start() >= earlier.end():
            # "After the meeting with President Lagos, Tang held a working conference with
            # his counterpart": the one met before is not in this meeting
            for start, person in ctx.people:
                if start - ctx.offset < earlier.end() and person not in ctx.people_after(
                    earlier.end()
                ):
                    talks.people.pop(person, None)
        if len(talks.people) < 2 and PUBLIC_SIDE_RE.search(s, m.start(), m.end() + 80):
            # "He also met and held talks with young Kenyan climate activists": a guest's
            # meeting with the public, no diplomatic talks
            pass
        elif not _talks_of_another_country(ctx, m, talks):
            for found in _one_by_one(ctx, m, talks):
                meetings.append(found[1])
                yield found
    if summit:
        draft = _participants(ctx, "summit", "", complete=False)
        if (
            not draft.people
            and ctx.previous_subject
            and (pronoun := PRONOUN_SUBJECT_RE.search(s))
            and pronoun.end() <= summit.start()
            and not ctx.people_before(pronoun.end())
        ):
            # "X arrived in Ashgabat. He took part in a trilateral summit there": his
            draft.people[ctx.previous_subject] = "participant"
            if code := ctx.country_of(ctx.previous_subject):
                draft.countries.setdefault(code, "participant")
        if (earlier := tense.EARLIER_MEETINGS_RE.search(s)) and summit.start() > earlier.start():
            # "… following their first meeting at Mar-a-Lago and the second in Hamburg on
            # the sidelines of the G20 summit": a summit told of as one before, held there
            draft.place = next(
                (
                    key
                    for at, key in reversed(ctx.place_mentions)
                    if earlier.end() < at - ctx.offset < summit.start()
                ),
                None,
            )
        if venue := next(
            (
                key
                for at, key in ctx.place_mentions
                if SUMMIT_IN_RE.fullmatch(s, summit.end(), at - ctx.offset)
            ),
            None,
        ):
            draft.place = venue  # "… to invite X for the SAARC summit in New Delhi": there
        for person in _named_as_former(ctx):
            # "… mentioning the role former President Uhuru Kenyatta played": no delegate
            draft.people.pop(person, None)
        for start, person in ctx.people:
            at = start - ctx.offset
            if BOYCOTT_BEFORE_RE.search(s, max(0, at - 60), at) or (
                ONCE_OF_BEFORE_RE.search(s, max(0, at - 40), at)
                and not ctx.gaz.roles_of(person, ctx.published)
            ):
                # "overshadowed by the U.S. boycott ordered by President X": one staying away;
                # "the township of Soweto, which was once home to Nelson Mandela": history
                draft.people.pop(person, None)
        if HEADS_SUMMIT_AFTER_RE.match(s, summit.end()):
            # "Главы МИД России и США проводят переговоры параллельно с саммитом президентов":
            # the presidents' summit, not the ministers'
            heads = [
                p
                for p in draft.people
                if any(t.role in LEADING_ROLES for t in ctx.gaz.roles_of(p, ctx.published))
            ] or [
                head
                for code in draft.countries
                for head in ctx.gaz.holders(code, "head_of_state", ctx.published)[:1]
            ]
            draft.people = dict.fromkeys(heads, "participant")
        if len(draft.people) < len({k for _, k in ctx.people}):
            draft.countries = {
                c: role
                for c, role in draft.countries.items()
                if c in {ctx.country_of(p) for p in draft.people}
                or c not in {ctx.country_of(k) for _, k in ctx.people}
            }
        if _bilateral_summit(ctx, summit, draft):
            # "Trump and Kim held a summit in Hanoi": two leaders' meeting is talks (a summit
            # is a meeting of many: a group's, a region's, three sides' or more)
            draft.type, draft.subtype = "talks", "summit"
        if not (
            draft.type == "talks"
            and any(start <= summit.start() <= stop + 40 for start, stop in meetings)
        ):
            # (not told already as the meeting its verb names: "met A and held a summit
            # meeting with B")
            yield draft, summit.span()
    m = _affirmed(VISIT_RE, s, GENERIC_VISITS_RE) if "visit" in gates else None
    if m and ANAPHORIC_VISIT_RE.fullmatch(m.group(0)) and (owned := _owned_visit(ctx, m)):
        m = owned
    elif m and (follows := VISIT_FOLLOWS_RE.match(s)) and m.end() <= follows.end():
        # "The visit comes after X's trip to Beijing in February": the visit told already,
        # and another before it, with its own time
        m = next(VISIT_RE.finditer(s, follows.end()), None)
    elif m and (back := BACK_HOME_AFTER_RE.match(s, m.start())):
        # "X arrived here on Friday after concluding his five-day visit to China" (filed at
        # home): the visit ended is the news, the arrival only its end
        m = next(VISIT_RE.finditer(s, back.end()), m)
    if (
        m
        and not NOT_A_TRIP_RE.search(s)
        and (m.group(0).lower() not in {"welcomed", "welcomes"} or _named_within(ctx, m.end(), 50))
        # "X hosted the summit … as he welcomed the leaders of A, B and C": the summit's guests,
        # on no visit of their own
        and not (
            summit and m.group(0).lower() in HOST_VERBS and LEADERS_OF_AFTER_RE.match(s, m.end())
        )
        # "новыми послами, прибывшими в Казахстан", "newly arrived ambassadors": envoys come
        # to take up their posts, on no visit
        and not (
            ARRIVAL_RE.match(m.group(0))
            and (
                ENVOYS_BEFORE_RE.search(s, max(0, m.start() - 30), m.start())
                or ENVOYS_AFTER_RE.match(s, m.end())
            )
        )
        # "This is the second state visit of a Dutch monarch since Queen Jane visited …": the
        # visit in hand, told already, counted from one of others named after
        and not (
            THIS_IS_THE_NTH_RE.match(s)
            and (since := SINCE_ANY_RE.search(s, m.end()))
            and not ctx.people_before(since.start())
        )
    ):
        draft = _visit(ctx, m)
        # "X was in Astana on Tuesday": a stay abroad is a visit, one at home is none; "The
        # bill went to Parliament on Monday": going to no place named is none; "flew back to
        # Moscow, where he arrived on Monday": home again, no visit
        if (
            not (STAYED_RE.match(m.group(0)) and "visitor" not in draft.people.values())
            and not (WENT_TO_RE.match(m.group(0)) and not draft.destinations and not draft.place)
            and not (
                WHERE_ARRIVED_RE.match(m.group(0))
                and draft.place
                and {ctx.place_country(draft.place)}
                == {ctx.country_of(p) for p, role in draft.people.items() if role == "visitor"}
            )
        ):
            yield draft, m.span()
        yield from _other_visits(ctx, m)
    if "agreement" in gates and (m := _agreement(s)):
        yield _agreement_draft(ctx, m), m.span()
    if "award" in gates:
        yield from _awards(ctx)
    if (
        "congratulation" in gates
        and (m := CONGRATS_RE.search(s) or _national_day_message(s))
        # (not an envoy's welcome: "congratulated him on the start of his diplomatic mission",
        # "поздравил с началом дипломатической миссии")
        and not MISSION_START_RE.match(s, m.end())
        # (thanks to a country for its sympathy after an earthquake: wishes sent long before)
        and not (
            (thanks := THANKS_FOR_BEFORE_RE.search(s, max(0, m.start() - 140), m.start()))
            and not any(thanks.start() < at - ctx.offset < m.start() for at, _ in ctx.people)
        )
    ):
        word = m.group(0).lower()
        sub = "condolence" if word.startswith(("condol", "sympath", "соболез")) else ""
        # "X received congratulatory calls from Y", "received condolences from Y": Y's
        received = RECEIVED_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()) is not None
        draft = _directed(ctx, "congratulation", m.start(), "", subtype=sub, received=received)
        if (
            "giver" not in draft.people.values()
            and (sent := RU_SENT_AFTER_RE.search(s, m.end()))
            and (senders := [k for k in ctx.people_after(sent.end()) if k not in draft.people])
        ):
            # "Соболезнования Касым-Жомарту Токаеву направили Владимир Путин и Александр
            # Лукашенко": the object first, those who sent it after the verb
            draft.people.update(dict.fromkeys(senders, "giver"))
            draft.countries.update(
                {c: "giver" for p in senders if (c := ctx.country_of(p)) is not None}
            )
        if thanks := THANKS_FOR_BEFORE_RE.search(s, max(0, m.start() - 140), m.start()):
            # "A thanked B for his heartfelt condolences": B's, to A
            senders = [k for at, k in ctx.people if thanks.start() < at - ctx.offset < m.start()]
            thanking = [k for k in ctx.people_before(thanks.start()) if k not in senders][-1:]
            draft.people = {senders[0]: "giver", **dict.fromkeys(thanking, "recipient")}
            draft.countries = {
                c: role for p, role in draft.people.items() if (c := ctx.country_of(p)) is not None
            }
        if (sender := FROM_SENDER_RE.match(s, m.end())) and (
            occasion := OCCASION_OF_RE.search(s, sender.end())
        ):
            # "X conveyed congratulations from Minister Y on the occasion of the appointment
            # of Z as …": Y congratulates Z, X carries the message
            senders = [
                k for at, k in ctx.people if sender.end() <= at - ctx.offset < occasion.start()
            ]
            honoured = [k for at, k in ctx.people if at - ctx.offset >= occasion.end()][:1]
            if senders and honoured:
                draft.people = {
                    **{k: r for k, r in draft.people.items() if k not in {*senders, *honoured}},
                    senders[0]: "giver",
                    honoured[0]: "recipient",
                }
                draft.countries = {
                    c: role
                    for p, role in draft.people.items()
                    if role in {"giver", "recipient"} and (c := ctx.country_of(p)) is not None
                }
        if cable := RECEIVED_CABLE_FROM_RE.search(s, max(0, m.start() - 200), m.start()):
            # "The Amir received a cable from President X expressing sincere congratulations
            # on …": X's (or those left unnamed: "cables from several presidents"), to the one
            # who received it
            senders = [
                k for at, k in ctx.people if cable.end("sender") <= at - ctx.offset < m.start()
            ][:1]
            receivers = ctx.people_before(cable.start())[-1:] or [
                p for p in ctx.speakers[:1] if p not in senders
            ]
            draft.people = {
                **dict.fromkeys(senders, "giver"),
                **dict.fromkeys(receivers, "recipient"),
            }
            draft.countries = {
                c: role for p, role in draft.people.items() if (c := ctx.country_of(p)) is not None
            }
        if (behalf := ON_BEHALF_OF_RE.search(s, m.end(), m.end() + 80)) and (
            senders := [k for at, k in ctx.people if 0 <= at - ctx.offset - behalf.end() <= 80][:1]
        ):
            # "X conveyed congratulations on behalf of the President of Turkmenistan Y": Y's,
            # to those of another country (X carries the message)
            home = ctx.country_of(senders[0])
            abroad = [p for p in draft.people if ctx.country_of(p) not in {home, None}]
            # (else the one of another country the sentence before or the article told of)
            told = dict.fromkeys([*ctx.previous_people, *ctx.principals])
            abroad = abroad or [p for p in told if ctx.country_of(p) not in {home, None}][:1]
            draft.people = {senders[0]: "giver", **dict.fromkeys(abroad, "recipient")}
            draft.countries = {
                c: role for p, role in draft.people.items() if (c := ctx.country_of(p)) is not None
            }
        if EXCHANGED_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()) or (
            EACH_OTHER_AFTER_RE.match(s, m.end())
        ):
            # "президенты обменялись поздравлениями", "the leaders exchanged greetings": each
            # congratulated the other (the two of the call or meeting told, when unnamed here)
            sides = [k for _, k in ctx.people] or ctx.principals[:2]
            draft.people = dict.fromkeys(dict.fromkeys(sides), "participant")
            draft.countries = {
                c: "participant" for p in draft.people if (c := ctx.country_of(p)) is not None
            }
        if draft.place and any(
            k == draft.place
            and at - ctx.offset > m.end()
            and ON_THE_OCCASION_RE.search(s, m.end(), at - ctx.offset)
            for at, k in ctx.place_mentions
        ):
            draft.place = None  # "congratulate you on the opening of a centre in Yerevan"
        if received and not draft.people and (sender := FROM_SENDER_RE.match(s, m.end())):
            # "Pakistan received condolences from Turkey": countries, no one named
            givers = [code for at, code in ctx.countries if at - ctx.offset == sender.end()][:1]
            if givers:
                draft.countries = {
                    **{code: role for code, role in draft.countries.items() if code != givers[0]},
                    givers[0]: "giver",
                }
        elif "giver" not in draft.countries.values() and not draft.people and not received:
            # "the ministry has expressed Sudan condolences to … the British government": the
            # country named as the one whose they are
            own = next(
                (
                    code
                    for at, code in ctx.countries
                    if 0 <= m.start() - (at - ctx.offset) <= 40
                    and OWN_COUNTRY_WORDS_RE.fullmatch(s, at - ctx.offset, m.start())
                ),
                None,
            )
            if (
                own is None
                and ctx.filed_in
                and MINISTRY_GIVES_RE.search(s, max(0, m.start() - 80), m.start())
            ):
                # "ABU DHABI: … The Ministry also expressed its sincere condolences to the
                # Pakistani government": the ministry of the capital filed from
                own = ctx.filed_in
            if own is not None:
                draft.countries = {
                    code: role for code, role in draft.countries.items() if code != own
                }
                draft.countries = {own: "giver", **draft.countries}
        if "recipient" not in draft.countries.values():
            # "extended congratulations to the people of Uzbekistan on Independence Day"
            for at, code in ctx.countries:
                if at - ctx.offset > m.end() and TO_A_NATION_RE.search(
                    s, max(0, at - ctx.offset - 40), at - ctx.offset
                ):
                    draft.countries.setdefault(code, "recipient")
                    break
        yield draft, m.span()


def _national_day_message(sentence: str) -> re.Match | None:
    """The verb of a message sent on a national day told before it ("Upon the celebration
    of the National Day of India, President X addressed a message to …")."""
    if found := NATIONAL_DAY_MESSAGE_RE.search(sentence):
        return MESSAGE_TO_RE.match(sentence, found.start("verb"))
    return None


ON_BEHALF_OF_RE = re.compile(r"\bon\s+behalf\s+of\s")
# A country named as the owner of the condolences: "expressed Sudan condolences", "conveyed
# Kazakhstan's congratulations"
# (no preposition between: not "condolences from Sudan", "to Kenya the minister expressed")
OWN_COUNTRY_WORDS_RE = re.compile(
    r"(?:(?!\b(?:to|from|of|for|with|by|received|receives|got)\b)[\w'’ -])+?(?:['’]s)?\s+"
    r"(?:(?:sincere|deep|heartfelt|warm)\s+)?"
)
# A ministry, unnamed, the subject giving them: "The Ministry also expressed its condolences"
MINISTRY_GIVES_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Mm]inistry|MoFA|MFA|Foreign\s+Office)\b[^.;]{0,40}?\b(?:expressed|conveyed"
    r"|extended|offered|sent)\s+(?:its\s+)?(?:(?:sincere|deep|deepest|heartfelt|warm|warmest)\s+)?"
    r"(?:[\w'’-]+\s+)?\Z"
)
# A summit of the heads of state, named so right after the word: "саммитом президентов",
# "the summit of the presidents"
HEADS_SUMMIT_AFTER_RE = re.compile(
    r"\w*\s+(?:президентов|глав\s+государств|of\s+(?:the\s+)?(?:two\s+)?(?:presidents"
    r"|heads\s+of\s+state))\b",
    re.IGNORECASE,
)
# A name in the dative after a plural verb, then "и": "позвонили Касым-Жомарту Токаеву и "
RU_DATIVE_NAME_BEFORE_RE = re.compile(r"[а-яё]+ли\s+(?:[А-ЯЁ][\w-]+\s+)?[А-ЯЁ][\w-]*[ую]\s+и\s+\Z")
# A Russian verb of congratulating and its subject after it, an office in the nominative:
# "… поздравил также президент Таджикистана Эмомали Рахмон"
RU_TITLED_SUBJECT_AFTER_RE = re.compile(
    r"поздравил[аи]?\s+(?:[а-яё]+\s+){0,3}?(?:также\s+)?(?:президент|премьер-министр|глава"
    r"|лидер|король|эмир|канцлер|министр|председатель|генеральный\s+секретарь|генсек)\s",
    re.IGNORECASE,
)
# Whose congratulations, and the occasion's honoured person: "congratulations from the
# Minister … X on the occasion of the appointment of Y"
FROM_SENDER_RE = re.compile(r"\s+from\s+")
OCCASION_OF_RE = re.compile(
    r"\bon\s+(?:the\s+occasion\s+of\s+)?(?:the|his|her)\s+(?:re-?)?(?:appointment|election"
    r"|inauguration|swearing-in|accession)\s+(?:of|as)\s+",
    re.IGNORECASE,
)


def _awards(ctx: _Context):
    s = ctx.sentence
    if (m := RECEIVED_AWARD_RE.search(s)) and (award := _award_after(s, m.end())):
        # "X received the Order of … from Y", "X was awarded the Medal …": the roles the
        # other way round.
        name = _award_name(award)
        draft = _directed(ctx, "award", m.start(), name, received=True)
        if "giver" not in draft.people.values():
            # "was conferred with Nigeria's national award": the country whose award it is
            # (or named between: "was awarded Vietnam's first-class Labour Order")
            for start, code in ctx.countries:
                if m.end() <= start - ctx.offset < award.end():
                    draft.countries.setdefault(code, "giver")
        # "The Ambassador of Turkey was awarded …": the country of a recipient not named
        before = [c for at, c in ctx.countries if at - ctx.offset < m.start()]
        _recipient_country(draft, before[-1:])
        yield draft, m.span()
    elif (m := CONFERRED_ON_RE.search(s)) and (
        award := next(AWARD_NAME_RE.finditer(s, 0, m.start()), None)
    ):
        # "The Order of Friendship was conferred on X by Y": X receives it, Y gives it
        name = _award_name(award)
        by = BY_RE.search(s, m.end())
        cut = by.start() if by else len(s)
        recipients = [k for at, k in ctx.people if m.end() <= at - ctx.offset < cut][:1]
        givers = [k for at, k in ctx.people if by and at - ctx.offset >= by.end()][:1]
        draft = _given(ctx, "award", name, givers, recipients)
        _recipient_country(
            draft, [c for at, c in ctx.countries if m.end() <= at - ctx.offset < cut]
        )
        yield draft, m.span()
    elif (m := RU_PASSIVE_AWARD_RE.search(s)) and (award := AWARD_NAME_RE.search(s)):
        # "Указом Президента орденом «Достык» награжден посол Узбекистана X", "Шавкату
        # Мирзиёеву вручен орден": the one named right after the participle (or before it)
        # receives it; the President whose decree it is gives it
        name = _award_name(award)
        after = [k for at, k in ctx.people if 0 <= at - ctx.offset - m.end() <= 80]
        before = ctx.people_before(m.start())
        recipients = after[:1] or before[-1:]
        decree = RU_DECREE_RE.search(s, 0, m.start())
        givers = [
            k
            for at, k in ctx.people
            if decree and decree.start() <= at - ctx.offset < m.start() and k not in recipients
        ][:1]
        draft = _given(ctx, "award", name, givers, recipients)
        yield draft, m.span()
    elif (m := AWARD_RE.search(s)) and (award := AWARD_NAME_RE.search(s, m.end())):
        name = _award_name(award)
        # "Мирзиёеву вручили орден Дружбы": the plural with no one giving is a passive, the
        # one named the recipient
        impersonal = RU_IMPERSONAL_AWARD_RE.fullmatch(m.group(0)) is not None
        draft = _directed(ctx, "award", m.start(), name, received=impersonal)
        # "… awarding the Order of Dustlik to the Chinese Ambassador", "наградил орденом посла
        # Турции": the country of a recipient not named, outside the award's own name
        after = [
            c
            for at, c in ctx.countries
            if at - ctx.offset > m.start() and not award.start() <= at - ctx.offset < award.end()
        ]
        _recipient_country(draft, after[:1])
        yield draft, m.span()


RU_IMPERSONAL_AWARD_RE = re.compile(r"(?:вручили|наградили|присвоили)", re.IGNORECASE)
# a Russian short passive participle: "награжден", "вручен", "удостоена"
RU_PASSIVE_AWARD_RE = re.compile(
    r"(?<![\w-])(?:награжд[её]н|вруч[её]н|удостоен)(?:а|о|ы)?(?![\w-])", re.IGNORECASE
)
RU_DECREE_RE = re.compile(r"(?<![\w-])[Уу]каз(?:ом|а)?(?![\w-])")


def _award_after(sentence: str, pos: int) -> re.Match | None:
    """The award named right after `pos`, or after a few words that qualify it ("has been
    awarded Russia's prestigious Order of Friendship")."""
    if award := AWARD_NAME_RE.match(sentence, pos):
        return award
    award = AWARD_NAME_RE.search(sentence, pos, pos + 80)
    if award and QUALIFYING_WORDS_RE.fullmatch(sentence, pos, award.start()):
        return award
    return None


QUALIFYING_WORDS_RE = re.compile(r"(?:[\w’'-]+\s+){1,3}")


def _award_name(award: re.Match) -> str:
    if award.group("generic") and (
        proper := next(
            (
                a
                for a in AWARD_NAME_RE.finditer(award.string, award.end(), award.end() + 100)
                if a.group("name")
            ),
            None,
        )
    ):
        award = proper  # "the highest award of the People's Republic of China - the Order of …"
    if ru := award.group("ru_name"):  # "Орденом дружбы": its name, "орден Дружбы"
        first, _, rest = ru.strip().partition(" ")
        word = RU_AWARD_WORDS.get(first.lower()[:5], first)
        return f"{word} {rest[:1].upper()}{rest[1:]}".strip()
    return (award.group("name") or award.group("generic")).strip()


# The nominative of an award's first word, by its first five letters
RU_AWARD_WORDS = {"орден": "орден", "медал": "медаль", "преми": "премия"}


def _recipient_country(draft: Draft, codes: list[str]) -> None:
    if "recipient" not in draft.countries.values():
        for code in codes:
            if code not in draft.countries:
                draft.countries[code] = "recipient"


def _agreement(sentence: str) -> re.Match | None:
    """A signing, or a document adopted: "signed a cooperation programme", "the Action Plan
    adopted", "подписали соглашение"; "adopted"/"принят" only of a document."""
    for m in AGREEMENT_RE.finditer(sentence):
        if NOT_HELD_AFTER_RE.match(sentence, m.end()):
            continue  # "Подписание документов … не планируется": none signed
        if DISCUSS_WAYS_BEFORE_RE.search(sentence, max(0, m.start() - 130), m.start()):
            continue  # "to discuss ways of enhancing the UN's role after the signing of …"
        if SUPPORTED_SIGNED_RE.search(sentence, max(0, m.start() - 80), m.start()) and not (
            SIGNED_ON_DAY_RE.match(sentence, m.end())
        ):
            # "expressed his support for the bilateral pact signed by A and B": a topic (not
            # "welcomed the agreement signed on Monday by A and B")
            continue
        if NONE_SIGNED_BEFORE_RE.search(sentence, max(0, m.start() - 50), m.start()) or (
            re.match(r"\s+(?:no|neither)\b", sentence[m.end() : m.end() + 10])
        ):
            continue  # "No documents were signed as a result of the talks", "signed no deal"
        verb = (m.group("verb") or "").lower()
        if verb.startswith(("sign", "inked", "initial", "подпис")) or not verb:
            return m
        near = sentence[max(0, m.start() - 60) : m.end() + 60]
        if DOCUMENT_RE.search(near):
            return m
    return None


# A document signed before, which someone supports or welcomes: "expressed his support for
# the bilateral pact signed by China and the US"
SUPPORTED_SIGNED_RE = re.compile(
    r"\b(?:support\s+for|backing\s+for|commitment\s+to|welcom(?:ed|es|ing)|prais(?:ed|es|ing)"
    # ("The Union Cabinet was apprised of the Memorandum of Understanding (MoU) signed between
    # India and Russia": one signed before, reported to it)
    r"|(?:apprised|informed|briefed|notified)\s+(?:of|about|on)"
    r"|hail(?:ed|s|ing))\s+the\s+(?:[\w-]+\s+){0,3}(?:pact|agreement|accord|deal|treaty"
    r"|memorandum|documents?)(?:\s+of\s+understanding)?(?:\s+\([^()]{1,12}\))?\s+$",
    re.IGNORECASE,
)
SIGNED_ON_DAY_RE = re.compile(
    r"\s+(?:(?:here|there)\s+)?(?:on\s+)?(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December))\b"
)
ENVOY_POSTED_TO_BEFORE_RE = re.compile(
    r"\b(?:ambassador|envoy|high\s+commissioner|consul|representative)\b[^.;,]{0,40}?\bto\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
SUBJECT_STOP_RE = re.compile(
    # (a second document's name in quotation marks: "«Соглашение …» и «Меморандум …»")
    r"(?<=[»”])\s+(?:и|and)\s+(?=[«“])|"
    r"[;:(]|,(?!\d{3})|\.(?!\d)|\s(?:which|that|who|between|in\s+the\s+presence|during|following|after|at\s+the"
    r"|by\s+the|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today"
    r"|yesterday|this\s+(?:morning|afternoon|evening|week)|over\s+the\s+(?:next|coming|past)"
    r"|as\s+(?!part|well|a\b|an\b)|with\s+the\s+aim|aimed\s+at|in\s+a\s+bid|in\s+an\s+effort|to\s+(?!the\b)"
    # "signed two MoUs with their Guinean counterparts": with whom, not what
    r"|with\s+(?:their|his|her|its|Mr|Mrs|Ms|Dr)\.?\s"
    # ("signed the Exchange of Notes with His Excellency Mr. X", "… with Ambassador X")
    r"|with\s+(?:His|Her|Their)\s+(?:Excellenc\w*|Majest\w*|Highness)|with\s+(?:the\s+)?(?:Ambassador|President"
    r"|Prime\s+Minister|Foreign\s+Minister|Minister|Secretary|Chancellor|King|Emir)\s"
    # "a Financing Agreement for the … Project amounting to 32 million euro", "the signing of
    # the grant agreement took place"
    r"|(?:amounting|totall?ing|valued\s+at)\b|(?:took|takes|take)\s+place\b"
    r"|в\s+присутствии|по\s+итогам|в\s+ходе)\b"
    # "… agreements on economic fields and agreed to …": the next verb of the sentence
    r"|\s(?:and|but)\s+(?:also\s+)?(?:[a-z]+ed|held|met|made|took|gave|saw|began)\b"
    # "… signed this document and we now …": the next clause's subject
    r"|\s(?:and|but)\s+(?:we|I|he|she|they|it)\s"
    # "… of new cooperation documents was held": the sentence's verb
    r"|\s(?:was|were|is|are|has|have|had)\s"
    # "a joint statement issued at the end of the talks"
    r"|\s(?:issued|released|published)\b"
)


EXCHANGE_OF_RE = re.compile(r"\bexchange\s+of\s+", re.IGNORECASE)
PLACE_WORD_RE = re.compile(r"[\w'’-]+")
WITH_AFTER_SIGNING_RE = re.compile(r"\s+(?:[\w-]+\s+){0,6}?with\s+(?:the\s+)?")


def _agreement_draft(ctx: _Context, m: re.Match) -> Draft:
    s = ctx.sentence
    if named := JOINT_DOCUMENT_RE.search(m.group(0)):
        # "A joint declaration issued after the talks said", "In a joint communique": the
        # document is the trigger's
        subject = _document_after(s, m.start() + named.start()) or named.group(0)
    else:
        subject = _document_after(s, m.end()) or _document_before(s, m.start())
    if not subject and (issued := COMMUNIQUE_RE.search(m.group(0))):
        subject = issued.group(0)  # "issued a joint communique": the document is the trigger's
    if not subject and (exchanged := EXCHANGE_OF_RE.search(m.group(0))):
        # "witnessed the exchange of 10 agreements": what was exchanged is the trigger's
        subject = _document_after(s, m.start() + exchanged.end())
    for at, _key in ctx.place_mentions:
        # "signed an Investment Incentive Agreement in Tokyo": where, not what was signed
        if (
            at - ctx.offset > m.end()
            and (where := PLACE_WORD_RE.match(s, at - ctx.offset))
            and (cut := subject.find(f"{s[at - ctx.offset - 4 : at - ctx.offset]}{where.group(0)}"))
            > 0
            and s[at - ctx.offset - 4 : at - ctx.offset] in (" in ", " at ")
        ):
            subject = subject[:cut]
    if not subject and (adopted := ADOPTION_OF_RE.match(m.group(0))):
        subject = adopted.group("what")  # "the adoption of a final declaration"
    # (a joint statement or declaration, not "four MOUs in joint committee meeting")
    joint = JOINT_DOCUMENT_RE.search(subject) is not None
    signatories = COUNTRIES_SIGNED_RE.match(s[: m.start()]) or GOVERNMENTS_SIGNED_RE.fullmatch(
        s, 0, m.start()
    )
    if signatories and not ctx.people_before(m.start()):
        # "Russia, Iran and Turkey on Thursday signed a pact": the countries, no one's people
        draft = _participants(ctx, "agreement", "joint statement" if joint else "", complete=False)
        draft.countries = {
            code: "participant" for start, code in ctx.countries if start - ctx.offset < m.start()
        }
        if len(draft.countries) == 1 and (with_at := WITH_AFTER_SIGNING_RE.match(s, m.end())):
            # "India inked two MoUs with Seychelles": and the one signed with
            for start, code in ctx.countries:
                if start - ctx.offset == with_at.end():
                    draft.countries.setdefault(code, "participant")
    else:
        draft = _participants(ctx, "agreement", "joint statement" if joint else "")
        posted = []
        for start, code in ctx.countries:
            # "Egyptian and Romanian ministers signed …": the sides the subject names
            at = start - ctx.offset
            if 0 <= m.start() - at <= 80 and not CLAUSE_BEFORE_SIGNING_RE.search(s, at, m.start()):
                if ENVOY_POSTED_TO_BEFORE_RE.search(s, max(0, at - 60), at):
                    posted.append(code)
                else:
                    draft.countries.setdefault(code, "participant")
        if len(draft.countries) < 2:
            # where an envoy is posted is a side only for want of a second ("X and the Indian
            # ambassador to Nepal Y signed"; not "Ambassador of Bhutan to India signed … with
            # the Ambassador of Japan")
            for code in posted:
                draft.countries.setdefault(code, "participant")
    draft.subject = subject
    draft.label = "Joint statement" if joint else ""
    told = s.find(subject, m.start()) if subject else -1
    spots = [at - ctx.offset for at, key in ctx.place_mentions if key == draft.place]
    if (
        told >= 0
        and spots
        and all(
            told <= at < told + len(subject)
            and not PLACE_PREPOSITION_BEFORE_RE.search(s, max(0, at - 10), at)
            for at in spots
        )
    ):
        # "signed agreements on the development of the Nairobi Central Business District":
        # a place the document is about, not where it was signed
        draft.place = None
    if generic := RU_SOME_DOCUMENTS_RE.fullmatch(subject or ""):
        # "подписан ряд документов", "пакет двусторонних документов": documents unnamed, told
        # in the archive's words
        draft.subject = f"a number of {'bilateral ' if generic.group(1) else ''}documents"
    return draft


RU_SOME_DOCUMENTS_RE = re.compile(
    r"(?:ряд|пакет)\w*\s+(двусторонн\w+\s+|межправительственн\w+\s+)?документ\w*", re.IGNORECASE
)


# (not a day: "Pakistan and Uzbekistan on Friday signed …")
CLAUSE_BEFORE_SIGNING_RE = re.compile(
    r"[,;:()]|\b(?:on(?!\s+(?:\w+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b)|about|over"
    r"|regarding|with|between)\b"
)
ADOPTION_OF_RE = re.compile(r"adoption\s+of\s+(?:a|an|the)\s+(?P<what>.+)", re.IGNORECASE)
COMMUNIQUE_RE = re.compile(r"(?:joint\s+)?(?:press\s+)?communiqu[ée]s?", re.IGNORECASE)
JOINT_DOCUMENT_RE = re.compile(
    r"\bjoint\s+(?:[\w-]+\s+)?(?:statements?|declarations?|communiqu[eé]s?)\b"
    # (a communiqué the sides issue is theirs together: "issued a Press Communique")
    r"|\bcommuniqu[eé]s?\b"
    r"|совместн\w+\s+(?:[\w-]+\s+)?(?:заявлени|декларац|коммюнике)",
    re.IGNORECASE,
)
# A sentence opening on the countries that signed: "Russia, Iran and Turkey on Thursday"
COUNTRIES_SIGNED_RE = re.compile(
    # ("Russia and the US reached an agreement")
    r"(?:(?-i:The|the)\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:,\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))*"
    # (or a headline's comma: "Egypt, Romania sign four MOUs")
    r"(?:,?\s+and\s+|,\s+)(?:the\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:\s+(?:on\s+\w+|today|yesterday"
    r"|also|have|has|had))*\s*$"
)

# … or on their governments: "The Government of the United States of America and the
# Government of the Republic of the Marshall Islands signed"
GOVERNMENTS_SIGNED_RE = re.compile(
    r"(?:Today,\s+)?(?:The\s+)?Government\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]{2,60}?\s+and\s+"
    r"(?:the\s+)?Government\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]{2,60}?\s+(?:(?:have|has|on\s+\w+"
    r"|today|yesterday|also)\s+)*",
    re.IGNORECASE,
)


# A time after the verb, no document: "initialed the previous Friday", "signed the day before"
WHEN_ALONE_RE = re.compile(
    # (the weekday itself stops the phrase before: "the previous")
    r"(?:the\s+)?(?:previous|last|next|following|same|past|preceding)"
    r"(?:\s+(?:\w+day|week|weekend|month|year|morning|evening))?|the\s+day\s+before",
    re.IGNORECASE,
)


def _document_after(sentence: str, pos: int) -> str:
    """ "signed [an agreement on cooperation in the natural gas sector] over the next …"."""
    tail = sentence[pos:].lstrip()
    # (and "a signing ceremony [of] cooperation documents")
    # (and "the documents signed [include] an agreement on …")
    tail = re.sub(
        # ("concluded [with the signing of] a package of 18 agreements")
        r"^(?:(?:with\s+)?the\s+signing\s+of|up|off|today|yesterday|(?:on\s+)?\w+day|of"
        r"|includ(?:e|es|ed|ing)"
        # ("signed on 7 March 2005 in Madrid 16 grant agreements")
        r"|on\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|on\s+(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:,\s+\d{4})?)"
        r"\s+",
        "",
        tail,
    )
    # ("signed Wednesday [in Luanda] a Bilateral Memorandum …": the place before the document)
    tail = re.sub(
        r"^in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?=(?:a|an|the|\d+)\s)", "", tail
    )
    # ("signed and exchanged 9 cooperative documents")
    # ("expected to sign and exchange Memoranda of Understanding")
    tail = re.sub(
        r"^and\s+(?:exchanged?|initiall?ed|initial|ratified|ratify|adopted|adopt)\s+", "", tail
    )
    stop = SUBJECT_STOP_RE.search(tail)
    phrase = tail[: stop.start() if stop else 120].strip()
    if not DOCUMENT_RE.search(phrase) and not re.match(r"(?:a|an|the|\d+|two|three)\b", phrase):
        return ""
    if re.match(r"(?:between|by|with)\s", phrase):
        return ""  # "the agreement signed on Wednesday [between the Council and the Forces …]"
    if WHEN_ALONE_RE.fullmatch(phrase):
        return ""  # "the peace agreement they had initialed [the previous Friday]": when
    return _tidy(phrase)


def _document_before(sentence: str, pos: int) -> str:
    """ "[Two agreements] were signed", "the [Action Plan] adopted"."""
    head = sentence[max(0, pos - 240) : pos]
    if pos > 240:  # from a word's start, not the middle of one ("e major agreements")
        head = head[head.find(" ") + 1 :]
    elif (dateline := find_dateline(head)) and dateline.end <= len(head):
        # (not the dateline: "DHAKA, Nov 23, 2020 (BSS) – Four MoUs are likely to be signed")
        head = head[dateline.end :]
    elif lead := tense.DATELINE_LEAD_RE.match(head):
        head = head[lead.end() :]  # (not the dateline: "ISTANBUL (AA) — Over a dozen …")
    found = list(DOCUMENT_RE.finditer(head))
    if not found:
        return ""
    last = found[-1]
    start = max(head.rfind(",", 0, last.start()), head.rfind(". ", 0, last.start())) + 1
    words = head[start : last.end()].split()[-8:]
    # "… held talks with President X and a number of MoUs were signed", "… states that
    # several MoUs are to be signed": from the documents' own determiner on
    # (the last such: "That was the sum and substance of the pacts signed")
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].lower() in VERBS_BEFORE_DOCUMENT:
            words = words[i:]  # "State Department releases documents signed by …"
            break
        if words[i - 1] == "that" and i >= 2 and REPORTING_VERB_RE.fullmatch(words[i - 2]):
            words = words[i:]  # "they underscored that pending MOUs should be signed"
            break
        if words[i - 1].lower() in {
            "and",
            "with",
            "where",
            "while",
            "when",
            # "a state visit during which several new agreements would be signed"
            "which",
            "that",
            "of",
            "by",
            "was",
            "were",
            # "according to an agreement signed", "a grant under an agreement signed"
            "to",
            "under",
            # "briefed the officials about the Juba Declaration … signed by"
            "about",
            "regarding",
            "concerning",
            # "X said a leaders' declaration was adopted"
            "said",
            "says",
        } and DETERMINER_RE.fullmatch(words[i]):
            words = words[i:]
            break
    if words and words[0] in OPENING_ADVERBIALS:
        # "In this regard a Co-operation Agreement was signed": from its determiner on
        determiners = [i for i, word in enumerate(words[:-1]) if DETERMINER_RE.fullmatch(word)]
        words = words[determiners[-1] :] if determiners else words
    if complement := DOCUMENT_COMPLEMENT_RE.match(head, last.end()):
        words += complement.group("what").split()  # "an agreement [on the border] was signed"
    return _tidy(" ".join(words))


VERBS_BEFORE_DOCUMENT = frozenset(
    {
        *("releases", "released", "publishes", "published", "unveils", "unveiled", "reviews"),
        *("reviewed", "welcomes", "welcomed", "hails", "hailed", "praises", "praised"),
        *("discusses", "discussed", "implements", "implemented"),
        # "called on the parties to honour the deal signed"
        *("implement", "honour", "honor", "respect", "uphold"),
        # "attended the ceremony for exchanging documents signed during …"
        *("exchanging", "exchanged", "exchange", "signing", "inking"),
    }
)
REPORTING_VERB_RE = re.compile(r"[a-z]+ed|said|says")  # ("underscored", "noted", "said")
OPENING_ADVERBIALS = frozenset(
    {"In", "At", "On", "During", "After", "Following", "Also", "Moreover", "Furthermore"}
    | {"Besides", "Meanwhile", "Later", "Subsequently", "Then", "Additionally", "Thereafter"}
)
DETERMINER_RE = re.compile(
    r"(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)",
    re.IGNORECASE,
)
DOCUMENT_COMPLEMENT_RE = re.compile(
    # ("the Agreement [establishing the Bi-National Commission] was signed")
    r"(?P<what>\s+(?:on|of|for|between|about|concerning|regarding|establishing|creating"
    r"|setting\s+up|amending|extending|renewing|governing)\s[^,;:.]{1,80}?)"
    r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?)?\s*\Z"
)


RU_DOCUMENTS_NOMINATIVE = {
    "документами": "документы",
    "соглашениями": "соглашения",
    "меморандумами": "меморандумы",
    "договорами": "договоры",
    "протоколами": "протоколы",
}
RU_INSTRUMENTAL_DOCUMENTS_RE = re.compile(
    r"(?P<signed>подписанными\s+)?(?P<noun>" + "|".join(RU_DOCUMENTS_NOMINATIVE) + r")",
    re.IGNORECASE,
)


def _tidy(phrase: str) -> str:
    # (not a quotation's marks, nor the words telling what a document says: "— говорится в
    # декларации")
    phrase = " ".join(phrase.split())[:200].lstrip("\"“”'‘«»—–- ")
    phrase = re.sub(r"^(?:говорится|сказано|отмечается|указывается)\s+в\s+", "", phrase)
    phrase = re.sub(r"^(?:the|a|an)\s+(?!number\s+of\b)", "", phrase, flags=re.IGNORECASE)
    # (nor the verb's helpers after it, nor a manner: "… will", "… are expected", "the New
    # Delhi Declaration unanimously")
    phrase = TRAILING_HELPERS_RE.sub("", phrase)
    # (nor the day it was signed: "three agreements with China on August 16")
    phrase = TRAILING_DAY_RE.sub("", phrase)
    # (nor an aside left open: "a number of Memoranda of Understanding (MoUs")
    phrase = re.sub(r"\s*\([^()]*$", "", phrase)
    # (nor the preposition before it: "for several documents of the Meeting …")
    phrase = re.sub(r"^(?:for|by|of|on|in)\s+(?=\S)", "", phrase)
    # (the documents exchanged, in the instrumental: "обменялись подписанными документами" —
    # what was signed is "подписанные документы")
    if m := RU_INSTRUMENTAL_DOCUMENTS_RE.fullmatch(phrase):
        signed = "подписанные " if m.group("signed") else ""
        phrase = signed + RU_DOCUMENTS_NOMINATIVE[m.group("noun").lower()]
    # (not the day it was signed: "С подписанием 25 апреля Меморандума о …")
    phrase = LEADING_DAY_RE.sub("", phrase)
    # (nor a quotation's marks around all of it, after its article: 'a "Memorandum on
    # transport"', nor the closing one alone: '"Меморандум о …"' cut after its opening)
    if QUOTED_RE.fullmatch(phrase):
        phrase = phrase[1:-1].strip()
    while phrase[-1:] in ('"', "”", "»") and (
        phrase.count('"') % 2 if phrase[-1] == '"' else not re.search("[“«]", phrase)
    ):
        phrase = phrase[:-1].rstrip()
    # a Russian document's head word back in the nominative: "Меморандума о" -> "Меморандум о"
    if head := RU_DOCUMENT_CASE_RE.match(phrase):
        word = head.group(0)
        stem = word.lower()[:5]
        nominative = next((n for n in RU_DOCUMENT_HEADS if n.lower().startswith(stem)), word)
        if nominative.lower() != word.lower():
            phrase = (nominative if word[0].isupper() else nominative.lower()) + phrase[len(word) :]
    return phrase


QUOTED_RE = re.compile(r'"[^"]+"|“[^“”]+”|«[^«»]+»')
TRAILING_HELPERS_RE = re.compile(
    r"(?:\s+(?:were|was|have|has|had|are|is|will|would|shall|to|be|been|also|expected|likely"
    r"|set|due|being))+$"
    r"|\s+(?:unanimously|jointly|formally|officially|successfully|finally|today|yesterday)$"
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
TRAILING_DAY_RE = re.compile(
    rf"\s+on\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\d{4})?$"
)
LEADING_DAY_RE = re.compile(
    r"^\d{1,2}(?:-?(?:го|е))?\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s+\d{4}(?:\s+года?)?)?,?\s+"
)
# The nominative of the words that head a document's name, and their oblique forms
RU_DOCUMENT_HEADS = ("Меморандум", "Соглашение", "Договор", "Протокол", "Декларация", "Программа")
# (not a form also a plural's: "соглашения", "декларации", "программы")
RU_DOCUMENT_CASE_RE = re.compile(
    r"(?:Меморандум(?:а|ом|е|у)|Соглашени(?:ем|ю)|Договор(?:а|ом|е|у)|Протокол(?:а|ом|е|у)"
    r"|Декларацией|Декларацию|Программой|Программу)(?=\s)",
    re.IGNORECASE,
)


# An institution speaking: its statement is not the statement of a person it names.
AFFAIRS_OF_RE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"\s+Affairs\s+(?:Office|Department|Commission|Council|Bureau)\b"
)
# (not a ministry of one country's: "the Kazakh Foreign Affairs Office")
OWN_AFFAIRS_RE = re.compile(
    r"\b(?:Foreign|External|Internal|Home|Consular|Public|Political)\s+Affairs"
)


def _affairs_of(sentence: str, start: int) -> bool:
    """Whether the country named at `start` is what an office deals with, not whose it is:
    "the Hong Kong and Macao Affairs Office", "the Taiwan Affairs Office"."""
    m = AFFAIRS_OF_RE.match(sentence, start)
    return m is not None and not OWN_AFFAIRS_RE.search(m.group(0))


INSTITUTION_SPEAKS_RE = re.compile(
    # ("a Royal Court statement said", "the Amiri Diwan said")
    r"\b(?:Royal\s+(?:Hashemite\s+)?Court|(?:Amiri|Royal)\s+Diwan"
    r"|[Mm]inistry|MFA|MoFA|FO|[Oo]ffice|[Gg]overnment|[Ee]mbassy|Kremlin|White\s+House|[Dd]epartment"
    r"|[Ss]ecretariat|[Cc]ommission|[Pp]alace|[Pp]residency|[Ss]ervice|МИД|[Мм]инистерств\w*"
    r"|[Пп]равительств\w*|[Пп]осольств\w*|[Кк]ремл\w*)\b"
)


# A statement already reported or of no one named: "According to a press statement, …",
# "The statement said …" — no one's by default.
ACCORDING_TO_RE = re.compile(
    r"\baccording\s+to\s+(?:an?|the)\s+(?:\w+\s+){0,2}$|(?:^|\s)(?:the|this|that)\s+$", re.I
)
SPOKEN_RE = re.compile(r"(?:said|says|stated|tweeted|told\s+\w+)$", re.I)
QUOTE_CLOSED_RE = re.compile(r"[,.!?]\s?[\"”»]\s")


INSTITUTION_VERB_RE = re.compile(
    r"[^.;\"“]{0,40}?\b(?:said|says|stated|announced|noted|reported|urged|urges|condemned"
    r"|condemns|expressed|expresses|welcomed|welcomes|called|calls|warned|warns|rejected"
    r"|rejects|denied|denies|заявил\w*|сообщил\w*)\b"
)


def _institution_speaking(ctx: _Context, m: re.Match) -> re.Match | None:
    """The institution that makes the statement: the last named before the trigger, or the
    one right after it with no one named between ("In a statement, Ethiopia's ministry of
    foreign affairs said …"); the one the trigger itself names ("The Ministry of Foreign
    Affairs has stated", "the statement made public by the Foreign Ministry")."""
    if inside := INSTITUTION_SPEAKS_RE.search(ctx.sentence, m.start(), m.end()):
        return inside
    if m.group(0).lower().endswith(" by") and (
        by := INSTITUTION_SPEAKS_RE.search(ctx.sentence, m.end(), m.end() + 30)
    ):
        return by
    before = [
        found
        for found in INSTITUTION_SPEAKS_RE.finditer(ctx.sentence, 0, m.start())
        # (not one the quotation speaks of: '"… the new Pakistani Government is committed
        # …," he said')
        if not _quote_around(ctx.sentence, found.start())
    ]
    if before:
        return before[-1]
    after = INSTITUTION_SPEAKS_RE.search(ctx.sentence, m.end(), m.end() + 60)
    verb = after and INSTITUTION_VERB_RE.match(ctx.sentence, after.end())
    if verb and not any(m.end() <= s - ctx.offset < verb.end() for s, _ in ctx.people):
        return after  # not "…, Permanent Secretary in the Ministry of Foreign Affairs X said"
    return None


SPOKES_OF_APPOSED_RE = re.compile(
    r"[^,;]{2,60},\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?[Ss]pokes\w+\s+(?:for|of)\s+[^,;]{3,90}"
    # (the comma closing the apposition may be missing: "X, official Spokesperson of the
    # Ministry of External Affairs of India has issued a statement")
    r"(?:,\s+|\s+(?:(?:has|have|had|also)\s+)+)"
)
HEAD_OF_INSTITUTION_RE = re.compile(
    r"[Hh]ead\s+of\s+(?:the\s+)?[\w'’ ]{0,30}?(?:Ministry|MFA)\b"
    # (in Russian: "глава МИД РФ", "главы российского МИД", "глава внешнеполитического ведомства")
    r"|[Гг]лав\w*\s+(?:\w+\s+)?(?:МИД|[Мм]инистерства|внешнеполитического\s+ведомства)\b"
)


def _speaker_before(ctx: _Context, pos: int) -> list[str]:
    """The person named last before `pos`, unless an institution speaks after them ("Onal
    and Sarma held discussions …, the Ministry of External Affairs said in a statement")."""
    named = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < pos]
    if not named:
        return []
    at, person = named[-1]
    if len(named) > 1 and AND_THEN_VERB_RE.search(ctx.sentence, max(0, pos - 12), pos):
        # "X held talks with Y, met with Z, and delivered a speech at the Senate": the
        # subject's verb, not the last object's (all of a subject named with "and": "A and B
        # held talks and issued a statement")
        chain = _conjoined(ctx, pos)
        return chain if named[0][1] in chain else [named[0][1]]
    if (
        INSTITUTION_SPEAKS_RE.search(ctx.sentence, at, pos)
        and not HEAD_OF_INSTITUTION_RE.match(ctx.sentence, at)
        and not SPOKES_OF_APPOSED_RE.fullmatch(ctx.sentence, at, pos)
    ):
        # (not the head's own title: "the head of the Uzbek Foreign Ministry wrote"; nor a
        # spokesperson's: "X, spokesperson for China's Ministry of National Defense, made
        # the remarks")
        return []
    if QUOTE_CLOSED_RE.search(ctx.sentence, at, pos):
        return []  # named in the quotation the speaker closes: '"…, Mr. Mousavi," Hua tweeted'
    # (and those named with them: "Mr A of North Korea and Mr B of South Korea released a
    # statement")
    return _conjoined(ctx, pos) or [person]


# a verb coordinated with the sentence's first right before the trigger: ", and delivered"
AND_THEN_VERB_RE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?\Z")
TO_THE_PRESS_RE = re.compile(
    r"\b(?:to|for|before)\s+the\s+(?:media|press|reporters|journalists|correspondents)\b|\bpress\s+statements?\b"
    r"|\bдля\s+(?:прессы|СМИ)\b|\bзаявлени\w+\s+для\s+прессы",
    re.IGNORECASE,
)


BARE_FOREIGN_MINISTRY_RE = re.compile(
    r"\b[Tt]he\s+(?:[Ff]oreign\s+(?:[Mm]inistry|[Oo]ffice)|Ministry\s+of\s+Foreign\s+Affairs|FO)\b"
)
FOREIGN_MINISTRY_RE = re.compile(
    r"\bForeign\s+(?:Ministry|Office)\b|\bMinistry\s+of\s+Foreign\s+Affairs\b|\bMFA\b|\bMoFA\b"
    # … or "the Ministry" of an article about one country's ministry ("Issuing a statement,
    # the Ministry noted that Sri Lanka …")
    r"|\bthe\s+Ministry\b(?!\s+of)",
    re.IGNORECASE,
)
CLAUSE_BETWEEN_RE = re.compile(r"[,;]|\s(?:and|on|in|at|for|with)\s")


BOTH_SIDES_RE = re.compile(
    r"\b(?:the\s+two\s+(?:countries|sides|leaders|presidents|governments|ministers)"
    r"|both\s+(?:the\s+)?(?:countries|sides|leaders)|the\s+sides"
    # "A joint statement by the nations' three top diplomats said …"
    r"|the\s+(?:two|three|four)\s+(?:nations|states)"
    r"|the\s+nations['’]\s+(?:[\w-]+\s+){0,2}(?:diplomats|ministers|leaders)"
    # "Токаев провел телефонные переговоры с Путиным. Политики обсудили …": the two just told of
    r"|стороны|политики|лидеры|собеседники|президенты)(?!\w)",
    re.IGNORECASE,
)

# "The MoUs were inked after the bilateral talks between Bangladesh and Nepal": the sides
# named by their states, the two people just told of (when of those states) holding them
# "The discussion took place during a phone conversation between both sides": those just told of
BETWEEN_BOTH_SIDES_RE = re.compile(r"\bbetween\s+(?:both|the\s+two)\s+sides\b")
MEETING_BETWEEN_RE = re.compile(
    r"\b(?:meeting|talks|negotiations|consultations)\s+(?:[\w-]+\s+){0,2}?between\s+(?:the\s+)?",
    re.IGNORECASE,
)
TALKS_BETWEEN_RE = re.compile(
    r"\b(?:talks|negotiations|consultations)\s+between\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)

# Institutions whose name says their country (the key: the name's last word, cut to five).
SEAT_OF_STATE_RE = re.compile(
    r"\b(?:(?:U\.?S\.?\s+)?State\s+Department|Department\s+of\s+State|White\s+House|Kremlin"
    r"|Кремл\w*)\b"
)
SEAT_COUNTRIES = {"depar": "US", "state": "US", "house": "US", "kreml": "RU", "кремл": "RU"}


# A country's name or adjective right before an institution's: "US ", "Kazakhstan's "
ADJACENT_COUNTRY_RE = re.compile(
    r"[A-ZА-ЯЁ][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?:['’]s)?\s+(?:the\s+)?"
)


def _institution_country(
    ctx: _Context, inst: re.Match, m: re.Match, seats: bool = False
) -> dict[str, str]:
    """The country of an institution speaking: named with it ("Kazakhstan's Foreign
    Ministry", "the Ministry of Foreign Affairs of Cyprus", "the Cypriot MFA"), not every
    country named before the verb; else, for a foreign ministry in an article naming no one,
    the country the article names first ("Foreign Ministry said in a statement", in an
    article on Sri Lanka's concerns). With `seats`, a spokesperson's institution that names
    its country itself ("a State Department spokesperson said") is of that country."""
    end = min(max(m.start(), inst.end()), inst.end() + 40)
    named = {
        c: "participant"
        for s, c in ctx.countries
        if inst.start() - 30 <= s - ctx.offset < end
        # not "… the rocket attacks on Israel and the situation in Gaza, the Ministry …"
        and not CLAUSE_BETWEEN_RE.search(ctx.sentence, s - ctx.offset, inst.start())
        # nor the subject of an office's name: "the Hong Kong and Macao Affairs Office"
        and not _affairs_of(ctx.sentence, s - ctx.offset)
    }
    # the one naming the institution, right before it, rather than one told of before: "… by
    # the Syrian government, a US Department of State spokesperson has said"
    adjacent = {
        c: "participant"
        for s, c in ctx.countries
        if 0 <= inst.start() - (s - ctx.offset) <= 20
        and ADJACENT_COUNTRY_RE.fullmatch(ctx.sentence, s - ctx.offset, inst.start())
        and not _affairs_of(ctx.sentence, s - ctx.offset)
    }
    if adjacent:
        named = adjacent
    if (
        not named
        and seats
        and (seat := SEAT_OF_STATE_RE.search(ctx.sentence, max(0, inst.start() - 15), inst.end()))
    ):
        named = {SEAT_COUNTRIES[seat.group(0).split()[-1].lower()[:5]]: "participant"}
    if not named and ROYAL_HOUSEHOLD_RE.search(ctx.sentence, max(0, inst.start() - 10), inst.end()):
        named = _monarchs_country(ctx)  # "…, a Royal Court statement said"
    if not named:
        named = _external_affairs(ctx, ctx.sentence[max(0, inst.start() - 20) : inst.end() + 30])
    if (
        not named
        and ctx.main_country
        and not ctx.principals
        and FOREIGN_MINISTRY_RE.search(ctx.sentence, max(0, inst.start() - 20), inst.end() + 30)
    ):
        named = {ctx.main_country: "participant"}  # an article of no one but a ministry
    if (
        not named
        and ctx.filed_from
        and (bare := BARE_FOREIGN_MINISTRY_RE.search(ctx.sentence, max(0, inst.start() - 30)))
        and bare.end() == inst.end()
        # (not one announcing what is to come: "The Foreign Ministry, in a statement, today
        # said Dr Mahathir would be accompanied by …" is the source of that news)
        and not tense.FUTURE_RE.search(ctx.sentence)
    ):
        # "ISLAMABAD: … the foreign office said in a separate statement": the ministry of
        # the capital the story is filed from
        named = {ctx.filed_from: "participant"}
    return named


def _monarchs_country(ctx: _Context) -> dict[str, str]:
    """The country of the monarch the sentence (else the article) names: whose royal court
    or office speaks ("a Royal Court statement said", "says a release of the Royal office")."""
    for person in [*(k for _, k in ctx.people), *ctx.principals]:
        if (code := ctx.country_of(person)) and any(
            t.title.startswith(MONARCH_TITLES) for t in ctx.gaz.roles_of(person, ctx.published)
        ):
            return {code: "participant"}
    return {}


# A monarch's household speaking: "a Royal Court statement", "a release of the Royal office"
ROYAL_HOUSEHOLD_RE = re.compile(
    r"\bRoyal\s+(?:Hashemite\s+)?(?:Court|[Oo]ffice|Cabinet|Palace)|\b(?:Amiri|Royal)\s+Diwan"
)
# A spokesperson's title up to their name: "for the Chinese Defence Ministry Senior Colonel "
TITLE_TO_NAME_RE = re.compile(r"(?:\s+(?:for|of)\s+(?:the\s+)?)?[^.;,:\"“”()]{0,80}?,?\s*")
SPOKESPERSON_OF_RE = re.compile(r"spokes(?:man|woman|person)\s+(?:of|for)\s+(?:the\s+)?", re.I)


# An office named instead of its holder: "the Press Secretary said", "the spokeswoman added".
THE_TITLE_RE = re.compile(
    r"\bthe\s+(?P<title>(?:(?-i:[A-Z])[a-z]+\s+){0,2}(?:Secretary|Minister|Ambassador|Envoy"
    r"|Spokes(?:man|woman|person))|spokes(?:man|woman|person))\b"
)


def _titled_before(ctx: _Context, pos: int) -> str | None:
    """The newcomer whose title the sentence names for them ("the Press Secretary") after
    the trigger's start, when exactly one has that title."""
    m = THE_TITLE_RE.search(ctx.sentence, pos)
    if m is None:
        return None
    title = m.group("title").lower()
    holders = [key for key, t in ctx.titles.items() if t.lower().endswith(title)]
    return holders[0] if len(holders) == 1 else None


# "he said", "she told", "он заявил": the speaker is the one spoken of just before
PRONOUN_SPEAKS_RE = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+|further\s+)?{SPEECH}\b"
    r"|\b(?:он|она)\s+(?:также\s+)?(?:сказал|заявил|отметил|добавил|подчеркнул)\w*",
    re.IGNORECASE,
)
HE_SAID_BEFORE_RE = re.compile(
    r"\b(?:(?:said|says|added|noted)\s+(?:he|she)|(?:he|she)\s+(?:said|added|noted)"
    r"|(?:сказал|отметил|добавил|заявил)[аи]?\s+(?:он|она))\s*,?\s*\Z",
    re.IGNORECASE,
)
JOINT_PRESS_RE = re.compile(r"joint\s+(?:press|news)\s+(?:conference|briefing)", re.IGNORECASE)
OPENING_PHRASE_RE = re.compile(r"\s*(?:At|During|In)\s+(?:a|the|their|his|her)\s+[^,;]*\Z")


ISSUED_BY_RE = re.compile(
    r"\s*(?:was\s+)?(?:issued|released|published|signed|made|posted)\s+by\s+[^,;:.\"“”]{0,60}"
)
ISSUED_RE = re.compile(
    r"(?:issued|issues|released|releases|published|publishes|made|put\s+out)\b", re.IGNORECASE
)
# … or a body: "issued by the Presidential Media Division"
ISSUING_BODY_RE = re.compile(
    # (or a release's issuer named after it: "…, says a release of the Royal office")
    r"\b(?:(?:issued|released|published|posted)\s+by|(?:a|the)\s+(?:press\s+)?release\s+(?:of"
    r"|from))\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}"
    # (its own word in any case: "released by the Russian embassy")
    r"(?:FO|(?i:Division|Office|Service|Ministry|Department|Secretariat|Directorate|Bureau|Unit|Centre"
    r"|Center|Presidency|Embassy|Mission))\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)
# the trigger's own "… issued by" (not "remarks by X", what another answers)
BY_END_RE = re.compile(r"\b(?:issued|released|published|signed|made|posted)\s+by\Z", re.IGNORECASE)


def _issued_by(ctx: _Context, m: re.Match) -> list[str]:
    """The one a statement is "issued by", named after it: "according to a statement issued
    by State House Spokeswoman Jane Doe"."""
    return [
        k
        for s, k in ctx.people
        if s - ctx.offset >= m.end()
        and (
            ISSUED_BY_RE.fullmatch(ctx.sentence, m.end(), s - ctx.offset)
            or (
                BY_END_RE.search(m.group(0))
                and re.fullmatch(r"\s+[^,;:.\"“”]{0,60}", ctx.sentence[m.end() : s - ctx.offset])
            )
        )
    ][:1]


def _joint_speakers(ctx: _Context, m: re.Match) -> list[str]:
    """Who spoke at a joint press conference: "A and B held a joint press conference"; "At
    a joint press conference with B after the talks, A said"."""
    speakers = [k for s, k in ctx.people if 0 <= m.start() - (s - ctx.offset) <= 150]
    if re.match(r"\s+with\s", ctx.sentence[m.end() :]):
        speakers += ctx.people_after(m.end())[:1]
    if m.group(0).lower().endswith(("between", "of")):
        # "A joint press conference between Foreign Minister A and his counterpart B"
        named = ctx.people_after(m.end())[:2]
        if len(named) == 2 and " and " in ctx.sentence[m.end() :]:
            speakers += named
    if (
        OPENING_PHRASE_RE.match(ctx.sentence[: m.end()])
        and (comma := ctx.sentence.find(",", m.end())) > 0
    ):
        speakers += ctx.people_after(comma)[:1]
    return list(dict.fromkeys(speakers))


SPOKESPERSON_FOR_RE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?")


# ("A and B met on the sidelines of the G20 summit", "discussed Syria at a meeting here on the
# sidelines of …": their own meeting, not the summit's)
SIDELINES_RE = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\b|\bна\s+полях\b"
    # ("held a bilateral meeting in the backdrop of the on-going G-20 Summit")
    r"|\b(?:in|on|against)\s+the\s+(?:backdrop|sidelines)\s+of\b",
    re.I,
)
IT_SAID_RE = re.compile(r",?\s*it\s+(?:said|noted|stated|added|announced)\b")
DOCUMENT_SAYS_RE = re.compile(
    r"(?:statement|communiqu[eé]|release)\s+(?:also\s+)?(?:said|says|added|noted|stated)\b",
    re.IGNORECASE,
)
DOCUMENT_BEFORE_RE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


# A statement's setting opening the sentence, its speaker the subject after the comma
SETTING_OPENS_RE = re.compile(
    r"(?:Speaking|Addressing|Talking)\s+(?:at|to|with|during|in)\b"
    # "In a briefing following the meeting, Burns said": the one after the opening's comma
    r"|(?:In|At|During)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+)?briefing\b"
)


UNNAMED_TITLE_SPEAKS_RE = re.compile(
    r"[\s,]*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|spokes(?:man|woman|person)"
    r"|official|diplomat)\s+(?:said|says|told|added|noted|stressed)\b",
    re.IGNORECASE,
)
SPOKESPERSONS_BRIEFING_RE = re.compile(
    r"(?:press\s+)?briefings?\s+(?:of|by)\s+(?:the\s+)?office\s+of\s+(?:the\s+)?spokes",
    re.IGNORECASE,
)


IT_SAID_BEFORE_RE = re.compile(r",\s+(?:it|they)\s+(?:said|added|noted|stated|wrote)\s+\Z")


def _statement(ctx: _Context, m: re.Match) -> Draft:
    """The speaker: the person named nearest the trigger (a spokesperson after their title),
    or an institution of the country named before it ("The Foreign Ministry of Kazakhstan
    issued a statement"): then the statement is that country's, and no person's."""
    institution: dict[str, str] = {}
    joint = "joint" in ctx.sentence[max(0, m.start() - 6) : m.end()].lower() and not (
        JOINT_PRESS_RE.search(ctx.sentence[max(0, m.start() - 6) : m.end()])
    )  # (a joint press conference is where both spoke, no statement they agreed on)
    if (
        joint
        and len(ctx.people) < 2
        and (
            # "China and Morocco issued a joint statement", "They issued a joint statement"
            re.match(r"(?:issued|released|adopted|published)\b", m.group(0), re.I)
            or (JOINT_BY_RE.match(m.group(0)) and BOTH_SIDES_RE.search(m.group(0)))
            # "In a joint statement issued after the talks, the two sides reaffirmed …"
            or (IN_A_STATEMENT_RE.match(m.group(0)) and BOTH_SIDES_RE.search(ctx.sentence))
        )
        and not TO_THE_PRESS_RE.search(ctx.sentence)
    ):
        # "the two countries on Thursday issued a joint statement": what the sides agreed on
        draft = _participants(ctx, "agreement", "joint statement")
        draft.subject = "a joint statement"
        return draft
    if joint and len(ctx.people) > 1:
        if TO_THE_PRESS_RE.search(ctx.sentence):
            # "quotes by A and B from their joint statement to the media": what both said
            draft = _participants(ctx, "statement", "", complete=False)
            draft.people = {p: "participant" for _, p in ctx.people}
            draft.countries = {c: "participant" for _, p in ctx.people if (c := ctx.country_of(p))}
            return draft
        # "In a joint statement, A, B and C condemned …": a statement the named agreed on
        draft = _participants(ctx, "agreement", "joint statement")
        draft.subject = "a joint statement"
        return draft
    if (
        JOINT_PRESS_RE.search(ctx.sentence, max(0, m.start() - 6), m.end())
        and len(both := _joint_speakers(ctx, m)) > 1
    ):
        speakers = both  # a joint press conference: both spoke
    elif IT_SAID_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 24), m.start()):
        # "A and B also exchanged views on regional developments, it added in a statement":
        # the body the sentence before named tells of the two, neither of them speaks
        speakers = []
    elif issuer := _issued_by(ctx, m):
        speakers = issuer
    elif (
        ISSUED_RE.match(m.group(0))
        and not ctx.people_before(m.start())
        and (subject := _subject_countries(ctx, m.start()))
    ):
        speakers = []  # "Egypt on Friday also issued a statement": the country's
        institution = dict.fromkeys(subject, "participant")
    elif body := ISSUING_BODY_RE.search(ctx.sentence, m.start(), m.end() + 80):
        # "A statement issued by the Presidential Media Division states …": a body speaks,
        # of the country named with it, not the article's main person
        speakers = []
        institution = {
            c: "participant"
            for at, c in ctx.countries
            if body.start() <= at - ctx.offset < body.end()
        }
        if not institution and ROYAL_HOUSEHOLD_RE.search(body.group(0)):
            institution = _monarchs_country(ctx)  # "a release of the Royal office"
        if not institution and (
            inst := BARE_FOREIGN_MINISTRY_RE.search(ctx.sentence, body.start(), body.end())
        ):
            # "A statement issued by the FO after the meeting said", filed from Islamabad:
            # the ministry of the capital the story is filed from
            institution = _institution_country(ctx, inst, m)
    elif "spokes" in m.group(0).lower() and (
        close := QUOTE_CLOSED_RE.search(ctx.sentence, m.start(), m.end())
    ):
        # a spokesperson inside the quotation ('"… by the ministry's spokesperson on
        # President X," Hajiyev said'): the speaker is the one named after it
        speakers = [p for s, p in ctx.people if close.end() <= s - ctx.offset <= m.end()][:1]
    elif "spokes" in m.group(0).lower():  # the spokesperson, named between title and verb
        # … or right after it: "attributable to Spokesperson Jane Doe:"
        speakers = [p for s, p in ctx.people if m.start() <= s - ctx.offset <= m.end() + 1][:1]
        spokes = m.start() + m.group(0).lower().find("spokes")
        if (
            speakers
            and SPOKESPERSON_OF_RE.match(ctx.sentence, spokes)
            and (
                named := [
                    p
                    for s, p in ctx.people[:1]
                    if s - ctx.offset < spokes
                    and NAME_THEN_SPOKES_RE.fullmatch(ctx.sentence, s - ctx.offset, spokes)
                ]
            )
        ):
            # "Vincent Magwenya, the spokesperson for President X, said": his word, not X's
            speakers = named
        if not speakers:
            # "attributable to the Spokesman for UN Secretary-General Kofi Annan": his word
            speakers = [
                p
                for s, p in ctx.people
                if s - ctx.offset > m.end()
                and SPOKESPERSON_FOR_RE.fullmatch(ctx.sentence, m.end(), s - ctx.offset)
            ][:1]
        if not speakers and m.group(0).lower().endswith(
            ("spokesperson", "spokesman", "spokeswoman")
        ):
            # "This was stated by the spokesperson for the Defence Ministry Senior Colonel X":
            # the one the spokesperson's title introduces
            speakers = [
                p
                for s, p in ctx.people
                if s - ctx.offset > m.end()
                and TITLE_TO_NAME_RE.fullmatch(ctx.sentence, m.end(), s - ctx.offset)
            ][:1]
        # (the trigger may begin with what was said: "… is condemned, a State Department
        # spokesperson said")
        spokes = m.start() + m.group(0).lower().rfind("spokes")
        if not speakers:
            # "Jane Doe, a spokeswoman for the Foreign Ministry, told reporters": the one
            # named right before the title
            # (the sentence's first person: not "X met Y, a spokesman for … said")
            speakers = [
                p
                for s, p in ctx.people[:1]
                if s - ctx.offset < spokes
                and NAME_THEN_SPOKES_RE.fullmatch(ctx.sentence, s - ctx.offset, spokes)
            ]
        # (the nearest: "… by the Syrian government, a US Department of State spokesperson")
        unnamed = max(
            INSTITUTION_SPEAKS_RE.finditer(ctx.sentence, max(0, spokes - 50), spokes),
            key=lambda found: found.start(),
            default=None,
        )
        if unnamed is None and (of := SPOKESPERSON_OF_RE.match(ctx.sentence, spokes)):
            # "Remarks by the spokesperson of the Ministry of Foreign Affairs"
            unnamed = INSTITUTION_SPEAKS_RE.search(ctx.sentence, of.end(), of.end() + 40)
        if not speakers and unnamed:  # "the Ministry of Foreign Affairs spokesman said"
            institution = _institution_country(ctx, unnamed, m, seats=True)
    elif re.search(r"представител|пресс-секретар", m.group(0), re.IGNORECASE):
        # "официальный представитель МИД РФ Мария Захарова": the name after the office (not
        # the one whose spokesman he is, named by office: "пресс-секретарь российского
        # президента, Дмитрий Песков")
        named = [
            (s - ctx.offset, p)
            for s, p in ctx.people
            if m.end() <= s - ctx.offset <= m.end() + 80 and ctx.sentence[s - ctx.offset].isupper()
        ]
        if len(named) > 1 and OWNER_THEN_NAME_RE.fullmatch(ctx.sentence, m.end(), named[1][0]):
            named = named[1:]  # "пресс-секретарь Путина Дмитрий Песков": Peskov, Putin's
        speakers = [p for _, p in named][:1]
    elif IT_SAID_RE.match(ctx.sentence, m.end()):
        # "Issuing a statement, it said Minister X … met …": the ministry told of before
        # speaks, not the one it tells of
        speakers = []
        if ctx.main_country and ctx.main_country in {c for _, c in ctx.countries} | {
            code for p in ctx.principals if (code := ctx.country_of(p))
        }:
            institution = {ctx.main_country: "participant"}
    elif DOCUMENT_SAYS_RE.match(m.group(0)) and DOCUMENT_BEFORE_RE.search(
        ctx.sentence, max(0, m.start() - 6), m.start()
    ):
        # "Noting that X will hold talks with Y …, the statement said …": the document speaks
        # (its issuer told before), not the last one named in what it says
        speakers = []
    elif (
        unnamed := AN_UNNAMED_SPEAKER_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
    ) or (
        not _speaker_before(ctx, m.start())
        and (unnamed := UNNAMED_SPEAKERS_RE.search(ctx.sentence, max(0, m.start() - 60), m.start()))
    ):
        # "Officials in Delhi told reporters that X would …", "Indian officials said": those
        # left unnamed speak (of their country, when the text says it), not the one they name
        speakers = []
        institution = {
            c: "participant"
            for at, c in ctx.countries
            if unnamed.start() - 30 <= at - ctx.offset < unnamed.start("who")
        }
    elif (before := _speaker_before(ctx, m.start())) or not (inst := _institution_speaking(ctx, m)):
        speakers = before
        asked = re.search(r"question|вопрос", m.group(0), re.IGNORECASE)
        if not speakers and not SPOKEN_RE.search(m.group(0)):
            # "In a statement, X said"; not "The statement said that X …" (what was said)
            # (past what a question was about: "Replying to a question on X's visit, Y said")
            at = m.end()
            # (past the setting's company: "Speaking at a joint news conference with X, Y
            # called for …" is Y's)
            if asked or SETTING_OPENS_RE.match(m.group(0)):
                at = comma if (comma := ctx.sentence.find(",", m.end())) >= 0 else len(ctx.sentence)
            speakers = ctx.people_after(at)[:1]
            if speakers and "riefing" in m.group(0):
                # (the one the saying after the comma tells of is not the speaker: "In a
                # briefing, Burns said Albright expressed concerns")
                named = min(
                    s - ctx.offset
                    for s, k in ctx.people
                    if k == speakers[0] and s - ctx.offset >= at
                )
                if tense.TOLD_BETWEEN_RE.search(ctx.sentence, at, named):
                    speakers = []
        if not speakers and (titled := _titled_before(ctx, m.start())):
            speakers = [titled]  # "In a statement, the Press Secretary said": the one so titled
        if not speakers and ctx.previous_teller:
            speakers = [ctx.previous_teller]
        if (
            not speakers
            and ctx.previous_subject
            and PRONOUN_SPEAKS_RE.search(ctx.sentence, 0, m.end() + 40)
            # (not one whose every office had ended: a president remembered)
            and not all_over(ctx.gaz.offices.get(ctx.previous_subject, ()), ctx.published)
        ):
            # "Mottaki made the remarks in Madrid. Speaking to reporters, he said …": the one
            # the sentence before was about, not the article's most named
            speakers = [ctx.previous_subject]
        if (
            not speakers
            and ctx.speakers
            # (one left unnamed answers: not the article's main person, unless "he" does:
            # '"Пока нет", - сказал он, отвечая на вопрос')
            and (not asked or HE_SAID_BEFORE_RE.search(ctx.sentence, 0, m.start()))
            and not ACCORDING_TO_RE.search(ctx.sentence, 0, m.start())
            and not QUOTE_CLOSED_RE.search(ctx.sentence, 0, m.start())
            # (nor a briefing's heading: "Daily Press Briefing by the Office of the
            # Spokesperson for the Secretary-General" is not the article's main person's)
            and not SPOKESPERSONS_BRIEFING_RE.match(ctx.sentence, m.start())
            # (nor one whose title speaks, unnamed: "In a separate statement, the ambassador
            # said …")
            and not UNNAMED_TITLE_SPEAKS_RE.match(ctx.sentence, m.end())
        ):
            speakers = ctx.speakers[:1]  # not "According to a press statement, the meeting …"
    else:
        # "The Foreign Ministry, in a statement, said the President would …": not his.
        # … the institution's country, named with it ("Kazakhstan's Foreign Ministry", "The
        # Foreign Ministry of Kazakhstan"), not every country named before
        speakers = []
        institution = _institution_country(ctx, inst, m, seats=True)
    draft = _participants(ctx, "statement", "", complete=False)
    draft.people = {p: "participant" for p in speakers}
    draft.countries = {c: "participant" for p in speakers if (c := ctx.country_of(p))}
    draft.countries.update(institution)
    return draft


# The one whose spokesperson it is, by name, between the title and the spokesperson's name
# ("пресс-секретарь президента России Владимира Путина Дмитрий Песков")
OWNER_THEN_NAME_RE = re.compile(r"\s+(?:[а-яё-]+\s+){0,3}(?:[А-ЯЁ][а-яё-]+\s+){1,3}")
# Speakers left unnamed, right before the verb: "Indian officials", "Sources in Delhi and
# Islamabad", "diplomats"
# One left unnamed, right before the verb, whoever the sentence named before: "X's visit
# … was of milestone significance, a senior official told a press briefing"
AN_UNNAMED_SPEAKER_RE = re.compile(
    r",\s+(?P<who>an?\s+(?:[a-z-]+\s+){0,2}?(?:official|source|diplomat|aide))\s+(?:also\s+)?\Z"
)
UNNAMED_SPEAKERS_RE = re.compile(
    r"(?:^|\b(?:[A-Z][\w'’-]+\s+)?)(?P<who>(?-i:[Oo]fficials|[Ss]ources|[Dd]iplomats|[Aa]ides))"
    r"(?:\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+(?:and|or)\s+[A-Z][\w'’.-]*)?)?"
    r"\s+(?:(?:also|have|had|on\s+\w+)\s+)?\Z"
)


# A name, a comma and the title's first words before "spokes…" ("Jane Doe, a ", "Jane Doe,
# the ministry's chief ")
NAME_THEN_SPOKES_RE = re.compile(
    r"[A-ZА-ЯЁ][\w'’.-]*(?:[ \t]+(?:[A-ZА-ЯЁ][\w'’.-]*|bin|al|de|van|von))*[ \t]*,[ \t]+"
    r"(?:(?:a|an|the)[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}"
)
DISCUSSED_RE = re.compile(r"(?:\w+\s+)?(?:also\s+)?discuss(?:ed|es)\b|обсудил", re.IGNORECASE)
UNNAMED_SIDE_RE = re.compile(
    r"\b(?:envoys|ambassadors|heads\s+of\s+(?:diplomatic\s+)?missions)\s+of\b"
    # "will meet with leaders from Israel and the Palestinian Authority", "with host
    # government officials": a side the text leaves unnamed
    r"|\b(?:meet|meets|met|meeting)\s+(?:with\s+)?(?:\w+\s+){0,2}(?:leaders|officials)\s+(?:from|of)\b"
    r"|\bhost\s+government\s+officials\b"
    # "Buhari Holds Closed Door Meeting with South African Special Envoy": an envoy unnamed
    r"|\b(?:meet|meets|met|meeting|talks|receives|received)\s+(?:with\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w/'’-]+\s+){0,3}(?:special\s+)?(?:envoy|emissary)\b"
    r"(?!\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr|Amb)\.?\s+)?(?-i:[A-Z]))"
    # "talks with international mediators", "talks with the Chechen separatists"
    # ("held talks with young Kenyan climate activists", "to hold 'strategic talks' with
    # Chinese officials")
    # ("held a meeting with a group of foreign ambassadors in Brasilia")
    r"|\b(?:talks|negotiations|consultations|meeting)['’\"”]?\s+with\s+(?:the\s+)?(?:\w+\s+){0,4}"
    r"(?:mediators|negotiators|separatists|rebels|insurgents|opposition|officials|experts"
    r"|activists|students|entrepreneurs|scholars|clerics|ambassadors|envoys|diplomats)\b"
    # "held a meeting with former foreign minister, former foreign secretaries and …"
    r"|\b(?:meet|meets|met|meeting|talks)\s+with\s+(?:a\s+group\s+of\s+|several\s+|some\s+)?"
    r"former\s+(?:[\w-]+\s+){0,2}(?:ministers?|secretar(?:y|ies)|ambassadors?|officials|diplomats)\b"
    # "with the Prime Minister and President Putin discussing this when they met": an office
    # named bare beside someone named, its holder left to the reader
    r"|\bthe\s+(?-i:Prime\s+Minister|President|Chancellor|Premier|Foreign\s+Secretary)\s+and\s+"
    r"(?-i:President|Prime\s+Minister|Chancellor|Premier|King|Emir)\s+(?-i:[A-Z])"
    # "travel to Mumbai for a meeting with the Governor of Maharashtra": a regional
    # official left unnamed
    r"|\b(?:meet|meets|met|meeting|talks|call\s+on|called\s+on)\s+(?:with\s+)?the\s+"
    r"(?-i:Governor|Lieutenant\s+Governor|Chief\s+Minister|Mayor)\s+of\s+(?-i:[A-Z])"
    # "встретился с послом России в Астане": an ambassador left unnamed
    r"|\bс\s+(?:[\w-]+\s+)?послом\s+(?-i:[А-ЯЁ])[\w-]+(?:\s+в\s+(?-i:[А-ЯЁ])[\w-]+)?"
    r"(?!\s+(?-i:[А-ЯЁ]))"
    # "The Afghan government and Taliban representatives announced that they have reached a
    # deal": the sides are groups, no one named
    r"|\b(?:government|authorities)\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]*\s+"
    r"(?:representatives|negotiators|delegations?|officials|leaders|rebels|insurgents)\b",
    re.IGNORECASE,
)
UNNAMED_SIDE_RE = Gated(
    UNNAMED_SIDE_RE,
    ("envoy", "emissary", "ambassadors", "missions", "leaders", "officials", "mediators",
     "negotiators", "separatists", "rebels", "insurgents", "opposition", "experts", "former",
     "послом", "activists", "students", "entrepreneurs", "scholars", "clerics", "minister and",
     "president and", "chancellor and", "premier and", "secretary and",
     "representatives", "delegation", "governor", "chief minister", "mayor", "diplomats"),
)  # fmt: skip


# A side of the public, met by a guest: "held talks with young Kenyan climate activists"
PUBLIC_SIDE_RE = re.compile(
    r"['’\"”]?\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:activists|students|entrepreneurs"
    r"|scholars|clerics)\b"
)
# "ISLAMABAD - Director General Strategic Plans Division yesterday called on Foreign Minister
# X": an office with no name beside it opens the sentence and calls on someone
UNNAMED_CALLER_RE = re.compile(
    r"(?:^|[-–—:]\s+)(?:The\s+)?(?:(?:[A-Z][\w-]*|of|for|the|and)\s+){1,8}?(?:yesterday\s+|today\s+"
    r"|also\s+|on\s+[A-Z]\w+\s+)?(?:called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?call\s+on)\s"
)


# "met with Kim after …": someone named by a name the text resolves to no one
MET_NAME_RE = re.compile(r"\b(?:met|meets)\s+(?:with\s+)?(?P<name>[A-Z][a-z]+)\b(?![\s-]+[A-Z])")


def _unnamed_side(ctx: _Context) -> bool:
    """The other side of a meeting is there but unnamed, or named by a name the text
    resolves to no one: no main person stands in for it."""
    if UNNAMED_SIDE_RE.search(ctx.sentence):
        return True
    if (met := MET_NAME_RE.search(ctx.sentence)) and met.group("name") not in NOT_NAME_WORDS:
        at = ctx.offset + met.start("name")
        if not any(s == at for s, _ in ctx.people) and not any(s == at for s, _ in ctx.countries):
            return True
    caller = UNNAMED_CALLER_RE.search(ctx.sentence)
    return caller is not None and not ctx.people_before(caller.end())


def _residents_visit(draft: Draft, residents: frozenset[str]) -> bool:
    """Whether the draft is a visit whose visitors are all ambassadors where they serve."""
    guests = {p for p, role in draft.people.items() if role == "visitor"}
    return draft.type == "visit" and bool(guests) and guests <= residents


def _as_call(draft: Draft) -> Draft:
    """The visit as the meeting it is: talks of the same people and countries."""
    return replace(
        draft,
        type="talks",
        subtype="",
        people=dict.fromkeys(draft.people, "participant"),
        countries=dict.fromkeys(draft.countries, "participant"),
    )


def _abroad_only(ctx: _Context, draft: Draft, code: str | None) -> bool:
    """The country `code` takes part in the draft only through its envoys (who serve
    abroad), beside someone of another country."""
    own = [p for p in draft.people if ctx.country_of(p) == code]
    return bool(own) and set(own) <= ctx.envoys and len(own) < len(draft.people)


# "This came on Sunday when he received the Ambassador of Ethiopia …": the one the pronoun
# stands for, the article's main person, hosts
PRONOUN_HOST_RE = re.compile(r"\b(?:he|she)\s+(?:also\s+)?(?:received|met|hosted)\b")
# A pronoun as the subject, before anyone is named: "He also met …", "В ходе визита он
# проведет переговоры с …" — the one the sentence before was about.
# (not one who speaks of it: "He said that in a meeting with …, we …")
THE_SIDES_DISCUSSED_RE = re.compile(
    r"(?:^|^[^,.;]{0,40},\s+)the\s+(?:two\s+)?(?:parties|sides)\s+(?:also\s+)?discussed\b",
    re.IGNORECASE,
)
# An office of a country, its holder unnamed: "met the Governor of American Samoa"
OFFICE_OF_BEFORE_RE = re.compile(
    r"\b(?:met|meeting|received|with|hosted)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
    r"(?:Governor|President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor)\s+of\s+"
    r"(?:the\s+)?$"
)
BOTH_OPENING_RE = re.compile(
    r"Both\s+(?:of\s+them\s+)?(?:also\s+)?(?:communicated|spoke|talked|met|discussed|held)\b"
)
THEY_SUBJECT_RE = re.compile(
    r"(?:^|^[^,.;]{0,40},\s+|^[^,.;]{0,25}\s)(?:they|они)\s(?!(?:also\s+)?(?:said|say|told|noted"
    r"|stressed|added|заявили|отметили)\b)"
    # (not what they told of others: "They confirmed that President A will meet B next Monday")
    r"(?!(?:also\s+)?(?:confirmed|announced|stated|explained|revealed|indicated|disclosed"
    r"|reported|agreed)\s+that\b)",
    re.IGNORECASE,
)
PRONOUN_SUBJECT_RE = re.compile(
    # (inside a quotation too, after one or two phrases: '"In fact, just to mention, he had
    # bilateral meetings with …," the spokesman said')
    r"(?:^[\"“«]?|^(?:[^,.;]{0,40},\s+){1,2}|^[^,.;]{0,25}\s)(?:(?:he|she|он|она)\s"
    # (or the one told of, by a common noun: "The official, the embassy added, was to meet
    # with President X")
    r"|the\s+(?:official|minister|diplomat|visitor|guest|envoy)(?=,|\s+(?:was|is|will|also"
    r"|then|later|met|held|had)\b)\W*)(?!(?:also\s+)?(?:said|says|told"
    r"|noted|stressed|added|recalled|explained|stated|заявил|отметил|сказал|добавил|подчеркнул"
    r"|сообщил|пояснил|напомнил)\w*\b)",
    re.IGNORECASE,
)
# A pronoun said to be the first leader to do something: "He was the first head of
# government to visit Nepal since …"
FIRST_LEADER_RE = re.compile(
    r"(?:He|She)\s+(?:was|is|became|has\s+become)\s+(?:also\s+)?the\s+first\s+(?:[\w-]+\s+){0,2}?"
    r"(?:head\s+of\s+(?:state|government)|prime\s+minister|premier|president|leader|chancellor)\b",
    re.IGNORECASE,
)
# A guest's honours told of a pronoun: "He was accorded a 21-gun salute …", "… before
# inspecting a guard of honour"
HONOURS_RE = re.compile(
    r"\b(?:accorded|(?:gun|cannon)\s+salute|guard\s+of\s+hono(?:u)?r)\b", re.IGNORECASE
)
# A sentence whose subject received the next one named: "President X on Monday received Y at
# State House" (not one received: "X was received by Y")
RECEIVED_GUEST_RE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:received|welcomed|hosted|greeted)\s+(?!by\b)"
)
# A clause put before its sentence's subject, its pronoun that subject: "Before he flew back
# home on Tuesday, Prime Minister X paid a courtesy call on …"
FRONTED_CLAUSE_RE = re.compile(
    r"(?:Before|After|While|When|As|Once|Upon|Since|Having)\s+(?:he|she|они|он|она)\b[^,;]{0,100},\s+"
)


NAME_IN_POSSESSIVE_RE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s")
VERB_BEFORE_NAME_RE = re.compile(
    r",[^,;]*?\b(?:held|had|met|received|hosted|called|paid|signed|discussed|told|said|visited)\b"
)


def _named_after_fronted_clause(ctx: _Context) -> bool:
    """Whether the sentence opens on a clause with a pronoun and names someone right after it,
    the one the pronoun stands for."""
    fronted = FRONTED_CLAUSE_RE.match(ctx.sentence)
    return fronted is not None and any(
        0 <= start - ctx.offset - fronted.end() <= 40 for start, _ in ctx.people
    )


# A person named as the object, not the subject: "In the meeting with President of Turkey X,
# Mr. Modi …", "met with Y", "received by Z"
HONOURED_BEFORE_RE = re.compile(
    r"\b(?:tomb|mausoleum|grave|memorial|monument|statue|shrine)\s+(?:of|to)\s+"
    r"(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:with|to|by|met|meets|received|receives|hosted|hosts|on|of|and|с|со)\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:(?-i:[A-ZА-ЯЁ])[\w.'’-]*\s+|of\s+|and\s+){0,6}$"
    # ("with the President of Mozambique, Jane Doe": an office of a country, a comma, then
    # the name)
    # (or with no country: "met with the Deputy Foreign Minister, Jane Doe")
    r"|\b(?:with|to|by|met|received|hosted|and)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,6}"
    r"(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3})?(?-i:[A-Z])[\w'’-]*,\s+$",
    re.IGNORECASE,
)


def _sentence_before(
    every: list[tuple[int, str]] | None, starts: list[int], offset: int
) -> tuple[int, str] | None:
    """(offset, text) of the sentence before the one at `offset`, if there is one."""
    i = bisect.bisect_left(starts, offset)
    return every[i - 1] if every and i else None


DELEGATION_WORD_RE = re.compile(r"\bdelegation\b", re.IGNORECASE)
# "The delegation is led by", "The visiting delegation was headed by"
DELEGATION_LED_RE = re.compile(
    r"\b(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:is|was|will\s+be)\s+(?:being\s+)?"
    r"(?:led|headed)\s+by\s+"
)


# "the delegation was headed by X from the A side, and from the B side by Y", "The
# delegations were led by …"
DELEGATIONS_HEADED_RE = re.compile(
    r"\b(?:delegations?|sides)\s+(?:is|was|were)\s+(?:respectively\s+)?(?:led|headed|chaired)\s+by\s+",
    re.IGNORECASE,
)
CONSULTATIONS_WORD_RE = re.compile(r"\bconsultations\b", re.IGNORECASE)


def _named_after_led(
    mentions: Mentions,
    every: list[tuple[int, str]] | None,
    starts: list[int],
    offset: int,
    led_re: re.Pattern,
) -> list[str]:
    """Everyone the next sentence (or the one after) names after `led_re` ("The delegation
    is led by Energy Minister X", "the delegation was headed by X from the A side, and from
    the B side by Y"), in order."""
    i = bisect.bisect_right(starts, offset)
    for start, sentence in (every or [])[i : i + 2]:
        if led := led_re.search(sentence):
            named = mentions.in_range(PERSON, start + led.end(), start + len(sentence))
            return list(dict.fromkeys(k for _, k in named))
    return []


def _sentence_after(every: list[tuple[int, str]] | None, starts: list[int], offset: int) -> str:
    """The text of the sentence after the one at `offset` ("" if there is none)."""
    i = bisect.bisect_right(starts, offset)
    return every[i][1] if every and i < len(every) else ""


def _last_pair(
    mentions: Mentions,
    every: list[tuple[int, str]] | None,
    starts: list[int],
    offset: int,
    country_of=None,
) -> list[str]:
    """The two people the nearest of the three sentences before the one at `offset` that
    names anyone names ("In Maputo, Hu held talks with Guebuza. They exchanged views …. The
    two countries issued a joint communique"); none where it names more or fewer — but for
    more of two countries only, one side's guest and the other's hosts ("X held talks with
    President A and Prime Minister B. Both the sides signed …")."""
    i = bisect.bisect_left(starts, offset)
    for start, sentence in reversed(every[max(0, i - 3) : i] if every else []):
        named = list(dict.fromkeys(p for _, p in mentions.in_range(PERSON, start, offset)))
        if len(named) > 2 and (earlier := FOLLOWING_BETWEEN_RE.search(sentence)):
            # "A and B discussed steps to implement understandings reached during talks
            # between C and D": A and B, not those of the meeting before
            named = list(
                dict.fromkeys(
                    p for _, p in mentions.in_range(PERSON, start, start + earlier.start())
                )
            )
        if named:
            if len(named) > 2 and country_of is not None:
                sides = [country_of(p) for p in named]
                return named if None not in sides and len(set(sides)) == 2 else []
            return named if len(named) == 2 else []
        offset = start
    return []


def _previous_teller(
    mentions: Mentions,
    every: list[tuple[int, str]] | None,
    starts: list[int],
    offset: int,
    tellers: set[str],
    sentence: str,
) -> str | None:
    """For a sentence that is a quotation closed by "he said", the spokesperson the sentence
    before opens on: the one quoted ("Spokesperson X said Minister Y's visit …. '…,' he said
    during his regular briefing"), not the one they told of."""
    if not tellers:
        return None
    if sentence[:1] not in QUOTE_MARKS:
        # (or a quotation inside it: 'China "supports resolving the crisis …," he said')
        if not QUOTE_THEN_PRONOUN_RE.search(sentence):
            return None
    elif (close := _quote_around(sentence, 1)) is None or not any(
        QUOTE_THEN_PRONOUN_RE.match(sentence, at) for at in (close[1] - 2, close[1] - 1)
    ):
        return None
    person = _previous_subject(mentions, every, starts, offset)
    if person not in tellers and (before := _sentence_before(every, starts, offset)):
        # ("… following President X's address, Foreign Ministry Spokesman Y said at a
        # briefing. '…,' he said": the spokesperson who said it, not the first one named)
        start, told = before
        person = next(
            (
                key
                for at, key in mentions.in_range(PERSON, start, offset)
                if key in tellers and NAME_THEN_SAID_RE.match(told, at - start)
            ),
            None,
        )
        if person is None and len(tellers) == 1 and THE_SPOKESMAN_OPENS_RE.match(told):
            # ("The Chinese spokesman also reaffirmed …. '…,' he said": the one spokesperson
            # the article names)
            person = next(iter(tellers))
    return person if person in tellers else None


THE_SPOKESMAN_OPENS_RE = re.compile(
    r"\s*The\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary)\b"
)


def _previous_subject(
    mentions: Mentions,
    every: list[tuple[int, str]] | None,
    starts: list[int],
    offset: int,
    skip: set[str] = frozenset(),
    depth: int = 3,
    quiet: int = 4,
) -> str | None:
    """The first person the sentence before the one at `offset` names as its subject (not
    one in `skip`: a spokesperson telling of someone is not the next sentence's "he"); where
    that sentence's subject is "he" too, the one it means ("He also met A and A's deputy, B.
    He then called C": not B)."""
    if (before := _sentence_before(every, starts, offset)) is None:
        return None
    start, sentence = before
    if depth and (
        PRONOUN_RE.match(sentence.lstrip())
        # (after a phrase before the subject: "On the sidelines of the Forum, he also met the
        # leaders of A, B and C. He also held meetings with D": still the one before)
        or FRONTED_PRONOUN_RE.match(sentence.lstrip())
    ):
        return _previous_subject(mentions, every, starts, start, skip, depth - 1, quiet)
    named = mentions.in_range(PERSON, start, offset)
    if not named and quiet:
        # (past a few sentences that name no one: "… They signed agreements. The 17-point
        # joint statement laid out progress. They reaffirmed their will … Afterward, he met")
        return _previous_subject(mentions, every, starts, start, skip, depth, quiet - 1)
    for at, person in named:
        if person in skip or HONOURED_BEFORE_RE.search(
            sentence, max(0, at - start - 60), at - start
        ):
            continue  # (not one honoured: "drove to the tomb of … Ayatollah Khomeini")
        if not OBJECT_BEFORE_RE.search(
            sentence, max(0, at - start - 80), at - start
        ) or OPENING_TITLE_OF_RE.fullmatch(sentence, 0, at - start):
            # ("President of Kyrgyzstan Sadyr Japarov invited …": the title's "of" is no
            # object's)
            return person
    return None


OPENING_TITLE_OF_RE = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
)


# (not one a message is from: "handed X a message from President Y")
# (not one who came: "received a courtesy call from Wong", "a visit from X")
SENDER_BEFORE_RE = re.compile(
    r"(?<!call\s)(?<!calls\s)(?<!visit\s)\b(?:from|от)\s+(?:[\w-]+\s+){0,4}\Z", re.IGNORECASE
)
# A sentence opening on a meeting no one is named in: "The meeting took place on Monday",
# "Встреча политиков прошла в понедельник".
# A headline's speaker before a colon: "Песков: …", "Jane Doe: …"
HEADLINE_SPEAKER_RE = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2}\s*:\s")
# Meetings with those named after, whoever held them: "с бесед с президентами A, B и C"
MEETINGS_WITH_RE = re.compile(
    r"(?<![\w-])(?:бесед\w*|переговор\w*|встреч\w*)\s+(?:с|со)\s", re.IGNORECASE
)
BARE_MEETING_RE = re.compile(
    r"(?:The|This|That)\s+(?:meeting|talks)\b|(?:Встреча|Переговоры)\b(?!\s+с\b)"
)


def _previous_people(
    mentions: Mentions, every: list[tuple[int, str]] | None, starts: list[int], offset: int
) -> list[str]:
    """The people the sentence before the one at `offset` names (not a message's sender);
    for "the two leaders", the two named together up to three sentences before, when the
    sentences between name no one else ("A and B reaffirmed … . 'The President and Crown
    Prince reaffirmed …,' the statement said. During the phone call, the two leaders …")."""
    if (before := _sentence_before(every, starts, offset)) is None:
        return []
    start, sentence = before
    named = list(
        dict.fromkeys(
            person
            for at, person in mentions.in_range(PERSON, start, offset)
            if not SENDER_BEFORE_RE.search(sentence, max(0, at - start - 40), at - start)
        )
    )
    if (
        len(named) < 2
        and every
        and (
            THE_TWO_LEADERS_RE.search(current := every[bisect.bisect_left(starts, offset)][1])
            # ("A and B adopted a statement …. To that end the two agreed …. They also
            # signed …": the two)
            or THEY_SUBJECT_RE.search(current)
        )
    ):
        i = bisect.bisect_left(starts, start)
        for earlier, _sentence in reversed(every[max(0, i - 2) : i]):
            pair = list(dict.fromkeys(p for _, p in mentions.in_range(PERSON, earlier, start)))
            if len(pair) == 2 and set(named) <= set(pair):
                return pair
            if len(pair) > 2 or not set(pair) <= set(named):
                break
            start = earlier
    return named


# A place the sentence says something is in or at: "at a ceremony in Hanoi"
PLACE_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?\Z"
    # ("in the eastern city Hangzhou", "in the port city of Gwadar")
    r"|\b(?:in|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:city|town|capital|port|resort)\s+(?:of\s+)?\Z"
    # (in Russian, with the words of the site between: "прошла в Стамбуле", "в международном
    # аэропорту Пхеньяна", "в государственной резиденции «Ала-Арча»")
    r"|(?<![\w-])(?:в|во|на)\s+(?-i:(?:[а-яё-]+\s+){0,3})[«\"]?\Z",
    re.IGNORECASE,
)


VENUE_COUNTRY_AFTER_RE = re.compile(r"[\w'’ .-]{2,40}?,\s+(?:the\s+)?")
# A country after a town the gazetteer lacks: "issued at Nuvara Eliya, Sri Lanka"
UNKNOWN_TOWN_BEFORE_RE = re.compile(
    r"\b(?:in|at)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3},\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _sides_beside_venue(ctx: _Context) -> list[str]:
    """The countries the sentence names, less one only its venue implies where two others
    are named ("The Russian and Ukrainian delegations met in Istanbul": not Turkey)."""
    named = list(dict.fromkeys(c for _, c in ctx.countries))
    # (a place's, or the country named right after its city: "in Tokyo, Japan")
    at_venue = {
        at
        for at, code in ctx.countries
        if any(
            ctx.place_country(key) == code
            and (
                a == at
                or VENUE_COUNTRY_AFTER_RE.fullmatch(ctx.sentence, a - ctx.offset, at - ctx.offset)
            )
            for a, key in ctx.place_mentions
        )
        or UNKNOWN_TOWN_BEFORE_RE.search(
            ctx.sentence, max(0, at - ctx.offset - 50), at - ctx.offset
        )
    }
    implied = {
        code
        for at, code in ctx.countries
        if at in at_venue and all(a in at_venue for a, c in ctx.countries if c == code)
    }
    if len([c for c in named if c not in implied]) >= 2:
        return [c for c in named if c not in implied]
    return named


def _venue(ctx: _Context) -> str | None:
    """The sentence's first place said to hold something ("in Hanoi", "at the Kremlin"),
    else its first place (not a city-state named among countries: "the new Ambassadors of
    Panama, Singapore and Indonesia …, at a ceremony in Hanoi")."""
    mentioned = ctx.place_mentions
    if answered := COMMENTED_ON_RE.search(ctx.sentence):
        # (not where what was commented on was said: "made the remarks when asked to comment
        # on a joint statement made by A, B and C in Munich")
        mentioned = [(at, key) for at, key in mentioned if at - ctx.offset < answered.start()]
    if earlier := tense.EARLIER_MEETINGS_RE.search(ctx.sentence):
        # (not where the meetings before it were held: "This is the third meeting between
        # Xi and Trump following their first meeting at Mar-a-Lago in April and the second
        # in Hamburg")
        mentioned = [(at, key) for at, key in mentioned if at - ctx.offset < earlier.start()]
    if "back" in ctx.sentence or "eturn" in ctx.sentence:
        # (not the home one came back to: "returned to Hanoi on March 12, concluding a trip
        # for the ASEAN-Australia Special Summit")
        mentioned = [
            (at, key)
            for at, key in mentioned
            if not RETURNED_TO_BEFORE_RE.search(
                ctx.sentence, max(0, at - ctx.offset - 30), at - ctx.offset
            )
        ]
    mentioned = _not_where_it_struck(ctx, mentioned)
    mentioned = [(at, key) for at, key in mentioned if not _owner_only(ctx, at)]
    held = [
        key
        for at, key in mentioned
        if PLACE_PREPOSITION_BEFORE_RE.search(
            ctx.sentence, max(0, at - ctx.offset - 60), at - ctx.offset
        )
    ]
    held = _airports_last(held)
    return held[0] if held else (mentioned[0][1] if mentioned else None)


def _owner_only(ctx: _Context, at: int) -> bool:
    """Whether the place mentioned at `at` is named only as an owner, no venue: "cooperation
    in Beijing's Belt and Road Initiative" (not "in New Delhi's Hyderabad House", a venue in
    it; nor "at Bayan Palace Qatar's Deputy Prime Minister", a country's)."""
    owned = POSSESSIVE_AT_RE.match(ctx.sentence, at - ctx.offset)
    if owned is None:
        return False
    start, end = at, ctx.offset + owned.end()
    others = [s for s, _ in ctx.countries] + [s for s, _ in ctx.people]
    others += [s for s, _ in ctx.place_mentions]
    return not any(start < s <= end for s in others)


# (a place's name, then "'s")
POSSESSIVE_AT_RE = re.compile(r"[\w.-]+(?:\s(?-i:[A-Z])[\w.-]*){0,2}['’]s\s")
AIRPORT_KEY_RE = re.compile(r"-(?:airport|airbase|air-base)-[a-z]{2}$")


def _airports_last(places: list[str]) -> list[str]:
    """The places, airports after the rest: the town is where a visit is, not the airport
    one landed at ("arrived at the Xianyang International Airport in Xi'an City", "his plane
    landed at Capital Airport in Beijing")."""
    return sorted(places, key=lambda key: bool(AIRPORT_KEY_RE.search(key)))


def _not_where_it_struck(ctx: _Context, mentioned: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The places mentioned, less where a disaster struck ("sympathies to the victims of the
    earthquake that struck Tabriz": no venue of the sympathies)."""
    return [
        (at, key)
        for at, key in mentioned
        if not (
            (
                struck := tense.DISASTER_STRUCK_BETWEEN_RE.search(
                    ctx.sentence, max(0, at - ctx.offset - 120), at - ctx.offset
                )
            )
            and STRUCK_GAP_RE.fullmatch(ctx.sentence, struck.end(), at - ctx.offset)
        )
        # ("In connection with the recent terrorist attacks in Barcelona, X extended
        # condolences to …")
        and not DISASTER_IN_BEFORE_RE.search(
            ctx.sentence, max(0, at - ctx.offset - 60), at - ctx.offset
        )
        # ("Qatar condemns Barcelona attack")
        and not PLACE_OF_DISASTER_RE.match(ctx.sentence, at - ctx.offset)
    ]


PLACE_OF_DISASTER_RE = re.compile(
    r"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:terror(?:ist)?\s+|deadly\s+|suicide\s+)?"
    + tense.DISASTERS
    + r"\b",
    re.IGNORECASE,
)
DISASTER_IN_BEFORE_RE = re.compile(
    r"\b"
    + tense.DISASTERS
    + r"\s+(?:carried\s+out\s+|committed\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


# (its day between too: "произошедшим 17 февраля в Анкаре")
STRUCK_GAP_RE = re.compile(r"\s+(?:(?:in|on|в)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}")
RETURNED_TO_BEFORE_RE = re.compile(
    r"\b(?:returned|returning|returns|came\s+back|flew\s+back|arrived\s+back|headed\s+back)"
    r"\s+(?:home\s+)?(?:to|in)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


COMMENTED_ON_RE = re.compile(
    r"\b(?:(?:asked\s+)?to\s+comment\s+on|comment(?:ed|ing)\s+on|in\s+response\s+to\s+(?:a|an)\s+"
    r"(?:question|query|inquiry)|when\s+asked\s+about|responding\s+to|reacting\s+to)\b",
    re.IGNORECASE,
)


def _participants(ctx: _Context, type_: str, subtype: str, complete: bool = True) -> Draft:
    people = {k: "participant" for k in _reported(ctx)}
    if (
        type_ == "talks"
        and (between := MEETING_BETWEEN_RE.search(ctx.sentence))
        and len(
            sides := list(
                dict.fromkeys(
                    k
                    for s, k in ctx.people
                    if between.end() <= s - ctx.offset <= between.end() + 120
                )
            )
        )
        >= 2
    ):
        # "X came to Moscow to prepare for a meeting tomorrow between A and B": A and B meet,
        # not the one preparing it
        people = {k: role for k, role in people.items() if k in sides} or dict.fromkeys(
            sides, "participant"
        )
    if (
        type_ in ("phone_call", "talks")
        and (during := DURING_WHICH_RE.search(ctx.sentence))
        and len(sides := set(ctx.people_before(during.start()))) >= 2
    ):
        # "Токаев и Путин провели телефонный разговор, в ходе которого российский лидер
        # рассказал о встрече с Трампом": those who spoke, not whom they spoke of
        people = {k: role for k, role in people.items() if k in sides}
    if (
        complete
        and type_ in ("talks", "phone_call")
        and len(ctx.previous_people) == 2
        and BOTH_OPENING_RE.match(ctx.sentence)
    ):
        # "X spoke with his Chilean counterpart Y. Both communicated by phone …, when the
        # ambassador Z described …": the two told of, not one the clause after names
        return Draft(
            type_,
            subtype,
            _venue(ctx),
            dict.fromkeys(ctx.previous_people, "participant"),
            {c: "participant" for p in ctx.previous_people if (c := ctx.country_of(p)) is not None},
            ctx.sentence,
        )
    if (
        complete
        and type_ in ("talks", "agreement")
        and len(ctx.previous_people) >= 2
        and (they := THEY_SUBJECT_RE.search(ctx.sentence))
        and not ctx.people_before(they.end())
    ):
        # "A and B held negotiations … While in Washington they met with C and D": A and B
        # met C and D ("A and B adopted a joint statement …. They also signed an agreement"
        # is theirs too, not the leaders')
        people = dict.fromkeys(ctx.previous_people, "participant") | people
    if (
        complete
        and type_ == "talks"
        and len(ctx.previous_people) >= 2
        and (sides := THE_SIDES_DISCUSSED_RE.search(ctx.sentence))
        and not ctx.people_before(sides.start())
        and not WITH_RE.search(ctx.sentence, sides.end())
    ):
        # "X and Y had a telephone conversation. According to the ministry, the parties
        # discussed … statements between Russian, Azerbaijani and Armenian leaders": the two
        # told of before; those named after the verb are what was discussed
        people = dict.fromkeys(ctx.previous_people, "participant")
    if (
        complete
        and type_ == "talks"
        and not people
        and len(ctx.previous_people) >= 2
        and BARE_MEETING_RE.match(ctx.sentence)
    ):
        # "Lavrov handed President X a message. The meeting took place on Monday": theirs,
        # not the article's main people's
        people = dict.fromkeys(ctx.previous_people, "participant")
    if (
        complete
        and ctx.previous_subject
        and ctx.previous_subject not in people
        and (pronoun := PRONOUN_SUBJECT_RE.search(ctx.sentence))
        and not ctx.people_before(pronoun.end())
        and not _named_after_fronted_clause(ctx)
    ):
        people = {ctx.previous_subject: "participant", **people}
    if (
        complete
        and type_ == "talks"
        and ctx.principals
        and ctx.principals[0] not in people
        and (pronoun := PRONOUN_HOST_RE.search(ctx.sentence))
        and not ctx.people_before(pronoun.start())
    ):
        people = {ctx.principals[0]: "participant", **people}
    if (
        complete
        and type_ == "talks"
        and len(people) >= 2
        and ctx.principals
        and ctx.principals[0] not in people
        and (met := MEETINGS_WITH_RE.search(ctx.sentence))
        and not ctx.people_before(met.start())
        and ctx.country_of(ctx.principals[0]) not in {ctx.country_of(p) for p in people}
    ):
        # "Программа началась 7 мая с бесед с президентами Венесуэлы, Кубы и Монголии": the
        # article's main person met them all
        people = {ctx.principals[0]: "participant", **people}
    if (
        complete
        and type_ == "talks"
        and not people
        and (with_countries := _with_countries(ctx))
        and (subject := [p for p in ctx.principals if ctx.country_of(p) not in with_countries][:1])
        and subject[0] == ctx.principals[0]
    ):
        # "PM holds bilateral talks with Turkey, Spain": the countries named are the other
        # side; the article's main person (of none of them) the one holding them
        countries = {c: "participant" for p in subject if (c := ctx.country_of(p))}
        countries.update(dict.fromkeys(with_countries, "participant"))
        return Draft(
            type_,
            subtype,
            _venue(ctx),
            dict.fromkeys(subject, "participant"),
            countries,
            ctx.sentence,
        )
    sides = False
    named = {c for _, c in ctx.countries}
    if (
        complete
        and not people
        and ctx.last_pair
        and named <= {ctx.country_of(p) for p in ctx.last_pair}
        # (not where the main people are already the two countries named, one each: "The
        # official talks between Thailand and India were held …", after the Indian guest
        # gave the King a gift, are the two prime ministers')
        and not (
            len(named) == 2
            and len(ctx.principals) == 2
            and {ctx.country_of(p) for p in ctx.principals} == named
        )
    ):
        # "In Maputo, Hu held talks with Guebuza. … The two countries issued a joint
        # communique": those two, not the article's main people (the sentence naming no
        # other country)
        people = dict.fromkeys(ctx.last_pair, "participant")
    if complete and not _unnamed_side(ctx):
        # the article's main people, until two take part: "He also met his Maldivian
        # counterpart Abdulla Shahid" is his meeting with Shahid, not the second main
        # person's too (not where the other side is a group left unnamed: "Envoys of four
        # states presented their credentials to President X")
        # ("The two leaders also signed …": the leaders among them, not a gas company's
        # head named more often)
        leading = len(ctx.leaders) == 2 and LEADERS_WORD_RE.search(ctx.sentence)
        # ("Bainimarama received a courtesy call from Wong yesterday. The two leaders also
        # discussed …": the two just told of, whatever their offices)
        the_two = (
            ctx.previous_people
            if leading
            and len(ctx.previous_people) == 2
            and leading.group(0).lower() == "leaders"
            and TWO_BEFORE_RE.search(ctx.sentence, max(0, leading.start() - 12), leading.start())
            else ctx.leaders
        )
        if leading and not ctx.people_before(leading.start()):
            # "the heads of state began talks, joined by ministers including X": both leaders,
            # and X
            for person in the_two:
                people.setdefault(person, "participant")
        principals = the_two if leading else ctx.principals
        if (
            len(people) == 1
            and MORE_THAN_TWO_SIDES_RE.search(ctx.sentence)
            and named <= {ctx.country_of(p) for p in people}
        ):
            # "Lavrov said a ceasefire … has been reached after trilateral consultations in
            # Moscow": the other sides are left unnamed, not the article's main people (not
            # "the Trilateral Action Plan adopted with Azerbaijan and Georgia": those named)
            principals = []
        sides = type_ == "agreement" and not people and len(named) > 1
        if type_ in {"phone_call", "talks"} and (pair := _country_pair_subject(ctx)):
            # "China and the US had a vice-ministerial level phone call": those two countries,
            # whoever spoke for them (not the article's main people)
            principals = []
            sides = sides or not [p for p in people if ctx.country_of(p) not in pair]
        if sides:
            # "India inked two MoUs with Seychelles" on a tour of South Africa and Seychelles:
            # the main people of the countries named (or of none known), not the host of
            # another leg; and those countries
            principals = [p for p in principals if ctx.country_of(p) in named | {None}]
        _with_principals(people, principals)
    # The sides are the participants' countries; other countries in the sentence are topics
    # ("a railway through Afghanistan was discussed"), unless no one is named.
    # (not a venue's country beside two sides: "India and the US signed … in Tokyo, Japan")
    countries = dict.fromkeys(sorted(set(_sides_beside_venue(ctx))), "participant") if sides else {}
    for person in people:
        if code := ctx.country_of(person):
            countries.setdefault(code, "participant")
    if not countries and not any(ctx.gaz.roles_of(p, ctx.published) for p in people):
        # (people of no country — an EU or UN official that day — leave it at that: the
        # countries the sentence names are then its topics)
        # (a summit's host is one of its members: "the SAARC summit in Male")
        codes = [c for _, c in ctx.countries] if type_ == "summit" else _sides_beside_venue(ctx)
        countries = dict.fromkeys(codes, "participant")
    if type_ in {"talks", "phone_call"} and len(countries) == 1:
        # "Rabuka met the Governor of American Samoa": the side named by an office the text
        # resolves to no one (no name beside it)
        for at, code in ctx.countries:
            pos = at - ctx.offset
            if (
                code not in countries
                and OFFICE_OF_BEFORE_RE.search(ctx.sentence, max(0, pos - 40), pos)
                and not any(0 <= s - ctx.offset - pos <= 40 for s, _ in ctx.people)
            ):
                countries.setdefault(code, "participant")
    if type_ in {"talks", "phone_call"} and "ounterpart" in ctx.sentence:
        # "held bilateral talks with their American counterparts": the side left unnamed
        for at, code in ctx.countries:
            if COUNTRY_COUNTERPART_RE.match(ctx.sentence, at - ctx.offset):
                countries.setdefault(code, "participant")
    if (
        type_ in {"talks", "phone_call"}
        and len(countries) < 2
        and (
            between := BETWEEN_SIDES_RE.search(ctx.sentence)
            or RU_BETWEEN_SIDES_RE.search(ctx.sentence)
        )
    ):
        # "the 2+2 talks between Russian and Japanese foreign and defense ministers", one
        # minister named: both sides (where those named are of one of them)
        sides = (between.start("a"), between.start("b"))
        two = {code for at, code in ctx.countries if at - ctx.offset in sides} | {
            code
            for at, key in ctx.place_mentions
            # (or capitals standing for them: "встреча между Москвой и Киевом")
            if at - ctx.offset in sides and (code := ctx.gaz.place_countries.get(key))
        }
        if len(two) == 2 and (
            set(countries) <= two
            # "Moscow-mediated talks between Armenia and Azerbaijan": the two sides, and the
            # one mediating named
            or MEDIATED_BEFORE_RE.search(
                ctx.sentence, max(0, between.start() - 30), between.start()
            )
        ):
            countries.update(dict.fromkeys(sorted(two - set(countries)), "participant"))
    if type_ in {"talks", "phone_call"}:
        # "held talks with the Belarusian leadership", "консультации с белорусским
        # руководством": the side named by its country's adjective
        for at, code in ctx.countries:
            if (
                WITH_BEFORE_RE.search(ctx.sentence, max(0, at - ctx.offset - 12), at - ctx.offset)
                and COUNTRY_SIDE_RE.match(ctx.sentence, at - ctx.offset)
            ) or (
                # "while hosting the Indian Ambassador to Vietnam": the envoy's country
                HOSTING_BEFORE_RE.search(
                    ctx.sentence, max(0, at - ctx.offset - 40), at - ctx.offset
                )
                and COUNTRY_ENVOY_RE.match(ctx.sentence, at - ctx.offset)
            ):
                countries.setdefault(code, "participant")
    return Draft(type_, subtype, _venue(ctx), people, countries, ctx.sentence)


# Between two countries named as a sentence's subject: "China and the US", "Kazakhstan and
# the Kyrgyz Republic"
PAIR_BETWEEN_RE = re.compile(r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2}\s+and\s+(?:the\s+)?")
PAIR_VERB_AFTER_RE = re.compile(
    r"[\w.'’-]*(?:\s+(?:also|today|yesterday|on\s+\w+day))?\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:had|held|hold|holds|have|conducted|discussed|exchanged|spoke|talked)\b"
)


def _country_pair_subject(ctx: _Context) -> set[str]:
    """The two countries the sentence opens with as its subject ("This morning, China and the
    US had a phone call"), no one named before them; else none."""
    for (a_at, a), (b_at, b) in itertools.pairwise(ctx.countries):
        a_at, b_at = a_at - ctx.offset, b_at - ctx.offset
        if (
            a != b
            and not ctx.people_before(b_at)
            and PAIR_BETWEEN_RE.fullmatch(ctx.sentence, a_at, b_at)
            and PAIR_VERB_AFTER_RE.match(ctx.sentence, b_at)
        ):
            return {a, b}
    return set()


MORE_THAN_TWO_SIDES_RE = re.compile(
    r"\b(?:[Tt]rilateral|[Qq]uadrilateral|[Mm]ultilateral|three-way|four-way|трёхсторонн\w*"
    r"|трехсторонн\w*|четырёхсторонн\w*)\b"
)
COUNTRY_COUNTERPART_RE = re.compile(r"[A-Z][\w'’-]*\s+counterparts?\b")
WITH_BEFORE_RE = re.compile(r"\b(?:with|с|со)\s+(?:the\s+|his\s+|her\s+|their\s+)?\Z", re.I)
HOSTING_BEFORE_RE = re.compile(
    r"\b(?:host(?:ed|s|ing)|receiv(?:ed|es|ing))\s+(?:the\s+)?(?:(?:visiting|outgoing|new"
    r"|newly[- ]appointed)\s+)?\Z",
    re.IGNORECASE,
)
COUNTRY_ENVOY_RE = re.compile(r"[\w'’-]+\s+(?:Ambassador|[Ee]nvoy|[Dd]elegation)\b")
MEDIATED_BEFORE_RE = re.compile(r"\b(?:[\w-]+-)?(?:mediated|brokered|hosted|facilitated)\s+\Z")
BETWEEN_SIDES_RE = re.compile(
    r"\b(?:talks|meeting|consultations|negotiations|call|conversation|dialogue)\s+between\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w'’.-]+)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’.-]+)"
)
# … in Russian: "Первая встреча между Москвой и Киевом"
RU_BETWEEN_SIDES_RE = re.compile(
    r"(?<![\w-])(?:встреч\w*|переговор\w*|консультаци\w*|разговор\w*|диалог\w*|бесед\w*)\s+"
    r"между\s+(?P<a>[А-ЯЁ][\w-]+)\s+и\s+(?P<b>[А-ЯЁ][\w-]+)"
)
COUNTRY_SIDE_RE = re.compile(
    r"[\w'’-]+\s+(?:leadership|side|delegation|officials|authorities|government|руководств\w*"
    r"|сторон\w*|делегаци\w*|коллег\w*|власт\w*|правительств\w*)\b",
    re.IGNORECASE,
)


FORMER_BEFORE_RE = re.compile(r"\b(?:[Ff]ormer|ex-)\s*(?:(?-i:[A-Z])[\w.-]*\s+){0,4}\Z")
REPLACED_BEFORE_RE = re.compile(
    # (not a predecessor who does something: "His predecessor X had visited India")
    r"\b(?:replace[ds]?|replacing|succeed(?:ed|s|ing)?|successor\s+to)"
    r"(?:\s+(?:his|her|their)\s+predecessor,?)?\s+"
    r"(?:(?-i:[A-Z])[\w.-]*\s+){0,4}\Z"
)


BOYCOTT_BEFORE_RE = re.compile(r"\bboycott\w*\s+(?:[\w'’-]+\s+){0,3}?(?:by\s+)?(?:\w+\s+)?$")
ONCE_OF_BEFORE_RE = re.compile(
    r"\b(?:was|were)\s+once\s+(?:the\s+)?(?:home|birthplace|residence)\s+(?:to|of)\s+$"
)


def _named_as_former(ctx: _Context) -> set[str]:
    """The people the sentence names only with a former office ("former President X")."""
    marks: dict[str, bool] = {}
    for start, key in ctx.people:
        at = start - ctx.offset
        former = FORMER_BEFORE_RE.search(ctx.sentence, max(0, at - 50), at) is not None
        marks[key] = marks.get(key, True) and former
    return {key for key, former in marks.items() if former}


# One telling what others did, in a clause after it: "…, Kremlin spokesman Dmitry Peskov said"
# (the telling closing the sentence, not "Prime Minister X said that he will hold …")
TELLER_AFTER_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]+(?:said|says|told|added|noted)"
    r"(?=\s*[,.;]|\s+(?:on|in|at|after|during|yesterday|today)\b|\s*$)"
)
TELLER_BEFORE_RE = re.compile(r",[ \t]+(?:[\w'’.-]+[ \t]+){0,5}?\Z")
SAID_THEN_TELLER_BEFORE_RE = re.compile(
    r",[ \t]+(?:said|says|told|added|noted|shared|informed|stated)[ \t]+(?:[\w'’.-]+[ \t]+){0,6}?\Z"
)
NAME_ENDS_SENTENCE_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*[.\"”]*\s*\Z")


TOLD_BY_BEFORE_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:disclosed|announced|revealed|confirmed"
    r"|reported|made\s+known|posted|shared|tweeted)\s+by\s+(?:[\w'’.-]+,?\s+){0,6}?\Z",
    re.IGNORECASE,
)
# (what was said before it, not what was done: "The talks came a day after X flew to Seoul"
# is the talks' guest arriving)
CAME_AFTER_RE = re.compile(
    r"^(?:The|This|That|These)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|call|conversation"
    r"|consultations|visit)\s+(?:came|comes|took\s+place|were\s+held|was\s+held)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:after|amid|following)\b(?=[^.;]{0,120}?\b(?:said|says|announced"
    r"|stated|warned|declared|offered|threatened)\b)"
)


def _reported(ctx: _Context) -> list[str]:
    """The people of the sentence, less one who reports what others did: "Jane Doe, the UN
    spokesman, added that John Roe's negotiations with Iranian officials were on …" (not
    "Roe said that he and …": the speaker is in it)."""
    people = [k for _, k in ctx.people]
    tellers = {
        k
        for at, k in ctx.people
        if (
            TELLER_AFTER_RE.match(ctx.sentence, at - ctx.offset)
            and TELLER_BEFORE_RE.search(ctx.sentence, max(0, at - ctx.offset - 60), at - ctx.offset)
        )
        # (the verb first, the name closing the sentence: "…, shared PM's Foreign Affairs
        # advisor Dinesh Bhattarai.")
        or (
            SAID_THEN_TELLER_BEFORE_RE.search(
                ctx.sentence, max(0, at - ctx.offset - 80), at - ctx.offset
            )
            and NAME_ENDS_SENTENCE_RE.match(ctx.sentence, at - ctx.offset)
        )
    }
    if tellers and LEADERS_WORD_RE.search(ctx.sentence):
        # "The two leaders discussed Syria …, Peskov said": the leaders, not the one telling
        people = [k for k in people if k not in tellers]
    # "a meeting with Diana Mondino, chancellor appointed by the elected president of
    # Argentina, Javier Milei": the one who appointed her is named, not met
    appointers = {
        k
        for at, k in ctx.people
        if APPOINTED_BY_RE.search(ctx.sentence, max(0, at - ctx.offset - 70), at - ctx.offset)
    }
    if appointers and len(set(people) - appointers) >= 1:
        people = [k for k in people if k not in appointers]
    # "This was disclosed by presidential aide X, who shared photos from their meeting": the
    # one it was told by, not one who met
    disclosers = {
        k
        for at, k in ctx.people
        if TOLD_BY_BEFORE_RE.search(ctx.sentence, max(0, at - ctx.offset - 80), at - ctx.offset)
    }
    if disclosers:
        people = [k for k in people if k not in disclosers]
    # "Песков: долгие переговоры Путина и Си Цзиньпина …": the one a headline quotes
    if (label := HEADLINE_SPEAKER_RE.match(ctx.sentence)) and len(
        others := {k for at, k in ctx.people if at - ctx.offset >= label.end()}
    ) >= 2:
        people = [k for k in people if k in others]
    # "fruitful talks with the foreign minister regarding the visit of India's prime minister
    # X": the visit spoken of, not one who took part
    spoken_of = {
        k
        for at, k in ctx.people
        if VISIT_SPOKEN_OF_RE.search(ctx.sentence, max(0, at - ctx.offset - 70), at - ctx.offset)
    }
    if spoken_of and len(set(people) - spoken_of) >= 1:
        people = [k for k in people if k not in spoken_of]
    # "The prime minister attended the summit instead of Putin": the one who stayed away
    replaced = (
        {
            k
            for at, k in ctx.people
            if INSTEAD_OF_BEFORE_RE.search(
                ctx.sentence, max(0, at - ctx.offset - 60), at - ctx.offset
            )
        }
        if "nstead" in ctx.sentence or "place of" in ctx.sentence or "ather than" in ctx.sentence
        else set()
    )
    if replaced and len(set(people) - replaced) >= 1:
        people = [k for k in people if k not in replaced]
    # What the event is counted from, or follows, and who is named in it: "the first meeting
    # between A and B since B took office under Prime Minister C" (C's), "X spoke today with Y
    # … following the October 16 call between A and B" (A and B held the call before)
    # ("The phone talks came after North Korean Vice Foreign Minister X said …": the event
    # told before, and what it followed, whose speaker took no part)
    for clause, least in (
        (SINCE_CLAUSE_RE, 1),
        (FOLLOWING_BETWEEN_RE, 2),
        (CAME_AFTER_RE, 0),
        # "The sides discussed the agreements reached during the state visit of President X":
        # X's visit is what the agreements came from, X no side of the talks
        (REACHED_DURING_RE, 0),
    ):
        if (m := clause.search(ctx.sentence)) and len(
            earlier := set(ctx.people_before(m.start()))
        ) >= least:
            people = [k for k in people if k in earlier]
    if (aside := ASIDE_FROM_RE.match(ctx.sentence)) and len(
        rest := [k for at, k in ctx.people if at - ctx.offset >= aside.end()]
    ) >= 2:
        # "Aside from Lavrov, Jaishankar is to meet with Minister X": not Lavrov
        people = [k for k in people if k in rest]
    if (praised := PRAISED_TALKS_BETWEEN_RE.search(ctx.sentence)) and len(
        sides := {k for at, k in ctx.people if at - ctx.offset >= praised.end()}
    ) >= 2:
        # "President Y spoke highly of the talks between PMs A and B": A and B's, Y praises
        people = [k for k in people if k in sides]
    elif (
        (held := FOLLOWING_BETWEEN_RE.search(ctx.sentence))
        and not ctx.people_before(held.start())
        and len(sides := _named_in_clause(ctx, held.end())) >= 2
    ):
        # "According to a release issued after a meeting between A and B, China welcomes C
        # to visit": the meeting is A and B's, the sentence's first news
        people = [k for k in people if k in sides]
    said = REPORTED_THAT_RE.search(ctx.sentence)
    if said is None:
        return people
    after = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset >= said.end()]
    if not after or CLAUSE_PRONOUN_RE.search(ctx.sentence, said.end(), after[0][0]):
        return people
    speakers = set(ctx.people_before(said.start())) - {k for _, k in after}
    return [k for k in people if k not in speakers]


def _named_in_clause(ctx: _Context, start: int) -> set[str]:
    """Those named from `start` to the end of its clause (a comma, a semicolon)."""
    stop = CLAUSE_END_RE.search(ctx.sentence, start)
    end = stop.start() if stop else len(ctx.sentence)
    return {k for at, k in ctx.people if start <= at - ctx.offset < end}


CLAUSE_END_RE = re.compile(r"[,;]")
FOLLOWING_BETWEEN_RE = re.compile(
    r"\b(?:(?:following|after)\s+(?:the|their|a|an)"
    # ("steps to implement understandings reached during recent talks between A and B")
    r"|(?:reached|agreed|made|achieved)\s+(?:during|at|in)(?:\s+(?:the|their|a|an))?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|talks|conversation|summit)\s+between\s",
    re.IGNORECASE,
)
REACHED_DURING_RE = re.compile(
    r"\b(?:reached|agreed|made|achieved|signed|достигнут\w*|подписанн\w*)\s+(?:during|at|in\s+the"
    r"\s+course\s+of|в\s+ходе|во\s+время)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:visit|meeting|talks"
    r"|summit|negotiations|визит\w*|встреч\w*|переговор\w*|саммит\w*)\b",
    re.IGNORECASE,
)
INSTEAD_OF_BEFORE_RE = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|rather\s+than)\s+(?:[\w.’'-]+\s+){0,4}\Z", re.IGNORECASE
)
ASIDE_FROM_RE = re.compile(
    r"\s*(?:Aside\s+from|Apart\s+from|Besides|Other\s+than|In\s+addition\s+to)\s+[^,;]{2,60},"
)
PRAISED_TALKS_BETWEEN_RE = re.compile(
    r"\b(?:spoke\s+(?:highly|well|positively)\s+of|praised|hailed|welcomed|appreciated|lauded"
    r"|commended|applauded)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|negotiations"
    r"|consultations)\s+between\s+"
)
VISIT_SPOKEN_OF_RE = re.compile(
    r"\b(?:regarding|concerning|about|on|discussed|preparations?\s+for)\s+(?:the\s+)?(?:upcoming\s+"
    r"|forthcoming\s+|planned\s+)?(?:visit|trip|arrival)\s+(?:of|by)\s+(?:[\w'’.-]+\s+){0,6}?\Z",
    re.IGNORECASE,
)
APPOINTED_BY_RE = re.compile(
    r"\b(?:appointed|nominated|named|designated|chosen|picked|sent|dispatched)\s+by\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:[\w'’-]+,\s+)?\Z"
)
THIS_IS_THE_NTH_RE = re.compile(
    # ("This is Muhyiddin's first meeting with His Majesty …")
    r"\s*(?:This|It)\s+(?:is|was|will\s+be|marks)\s+(?:only\s+)?(?:the|his|her|their"
    r"|(?-i:[A-Z])[\w-]+['’]s)\s+(?:first|second|third"
    r"|fourth|fifth|\d+(?:st|nd|rd|th))\b"
    # … or the visitor named, counted: "X is the first foreign dignitary to visit Sri Lanka
    # since the government came to power on September 23"
    r"|[^.;]{0,60}?\b(?:is|was)\s+(?:only\s+)?the\s+(?:first|second|third)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:dignitary|leader|head\s+of\s+(?:state|government)|minister|official|visitor|president"
    r"|premier)\s+to\s+visit\b"
)
SINCE_ANY_RE = re.compile(r"\bsince\s")
SINCE_CLAUSE_RE = re.compile(r"\bsince\s+(?!(?:19|20)\d\d\b)(?:the\s+|his\s+|her\s+|their\s+)?\w+")
DURING_WHICH_RE = re.compile(
    r",\s+(?:during\s+which|in\s+(?:the\s+course\s+of\s+)?which|в\s+ходе\s+(?:которого|которой|которых)"
    r"|во\s+время\s+(?:которого|которой|которых))\b",
    re.IGNORECASE,
)
REPORTED_THAT_RE = re.compile(
    r"\b(?:said|says|added|adds|noted|notes|stated|reported|confirmed|explained|recalled"
    r"|pointed\s+out|told\s+(?:reporters|journalists|correspondents|the\s+\w+))\s+(?:on\s+\w+\s+|today\s+"
    r"|yesterday\s+)?that\s+"
)
CLAUSE_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|they|their|we|our|I|my)\b", re.IGNORECASE)


DENIED_BEFORE_RE = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|dismiss(?:ed|es|ing))"
    r"\s+(?:as\s+\w+\s+)?(?:the\s+|all\s+|any\s+)?(?:[\w'’-]+\s+){0,4}?(?:reports?|claims?"
    r"|allegations?|rumou?rs?|suggestions?|speculations?)\s+(?:[\w'’-]+\s+){0,6}?that\s+[^;]*$",
    re.IGNORECASE,
)
NO_SUCH_EVENT_RE = re.compile(
    r"(?:^|[\s\"“(])(?-i:No|no)\s+(?:(?:formal|informal|official|such|bilateral|direct)\s+)?"
    # ("there are currently no Blinken's visits to announce")
    r"(?:(?-i:[A-Z])[\w-]+['’]s?\s+)?"
    r"(?:(?:meeting|talks|contacts?)\s+(?:or|and|nor)\s+)?$"
)
BODY_ROLE_AFTER_RE = re.compile(
    r"\s+(?:has|had|have|is|was|plays|played|remains|will\s+play|can\s+play|could\s+play)\s+"
    r"(?:(?:a|an|the|its)\s+)?(?:[\w\"“”'’-]+\s+){0,2}?(?:roles?|platform|mechanism|voice)\b",
    re.IGNORECASE,
)
RULED_OUT_RE = re.compile(
    r"\brul(?:e|es|ed|ing)\s+out\s+(?:the\s+(?:possibility|prospect|idea)\s+of\s+)?"
    r"(?:(?:a|an|any|the)\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# A call that did not get through: "Kerry did not reach Lavrov, who was in Africa" (not
# agreement not reached)
UNREACHED_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|failed\s+to|(?:was|were)\s+unable\s+to)"
    r"\s+(?:reach|get\s+through\s+to)\b(?!\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement"
    r"|deal|consensus|accord|compromise|understanding|decision|conclusion|settlement)s?\b)",
    re.IGNORECASE,
)
# A proposal of the event, not taken up
NOT_TAKEN_UP_RE = re.compile(
    r",?\s+but\s+(?:the|this|that|his|her|their|its|[\w-]+['’]s)\s+(?:initiative|proposal|request"
    r"|offer|invitation)\s+(?:was|were|has\s+been|had\s+been)\s+(?:left\s+unanswered"
    r"|unanswered|rejected|declined|turned\s+down|ignored|refused)\b",
    re.IGNORECASE,
)
LOWER_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:(?:Foreign\s+|Home\s+|Commerce\s+|Defen[cs]e\s+)?Secretary|expert|experts|working"
    r"|officials?|technical|(?:deputy|vice)[\s-]minister(?:ial)?|senior\s+officials?|ambassador"
    r"|director)[\s-]+level\s+(?:bilateral\s+)?\Z",
    re.IGNORECASE,
)
# (a conference as such, no one's meeting with another: not "a video conference with X")
CONFERENCE_TRIGGER_RE = re.compile(r"video\s*conference|conference|video\s+link", re.IGNORECASE)
WITH_OR_BETWEEN_AFTER_RE = re.compile(r"\s+(?:with|between)\b")
SAYING_SETTING_BEFORE_RE = re.compile(
    r"\b(?:said|says|stated|told\s+\w+|noted|announced|stressed)\s+(?:during|at|in)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
NOT_MET_WITH_RE = re.compile(
    r"\b(?:could\s+not|did\s+not|couldn['’]t|didn['’]t|failed\s+to|was\s+unable\s+to|no)\s+"
    r"(?:hold\s+|have\s+)?(?:any\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:meet(?:ing)?|talks|meet)\s+"
    r"(?:[\w-]+\s+){0,2}?with\s+",
    re.IGNORECASE,
)


HELD_WITH_RE = re.compile(
    r"\b(?:holds?|held|had|has|having|holding)\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?"
    r"|discussions|consultations)\s+with\s",
    re.IGNORECASE,
)


def _with_countries(ctx: _Context) -> list[str]:
    """The countries named after "holds talks with", when every country the sentence names
    is (not "conferred about the P5+1 talks with Iran": a topic)."""
    after_with = HELD_WITH_RE.search(ctx.sentence)
    if after_with is None or not ctx.countries:
        return []
    if any(s - ctx.offset < after_with.end() for s, _ in ctx.countries):
        return []
    return list(dict.fromkeys(c for _, c in ctx.countries))


VISIT_OF_RE = re.compile(r"\s+(?:of|by)\s", re.IGNORECASE)
# … in Russian, an office's words (no preposition) between: "визита спецпосланника
# президента США X"
RU_OFFICE_RUN_RE = re.compile(
    r"\s+(?:(?!(?:в|во|с|со|на|к|по|из|для|и|что|как)\s)[А-ЯЁа-яё-]+\s+){0,6}"
)
# "the visit of the delegation led by X": X's
VISIT_OF_GROUP_RE = re.compile(
    r"\s+of\s+(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:delegation|team|group|mission)\s+"
    r"(?:[^.;]{0,40}?\s+)?(?:led|headed)\s+by\s",
    re.IGNORECASE,
)
# "the official visit to the European country by Prime Minister X": the one after "by" goes
VISIT_TO_BY_RE = re.compile(r"\s+to\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?by\s", re.IGNORECASE)
# The verbs of a visit told by its host or by a departure: no visit when no one visits.
ARRIVAL_VERB_RE = re.compile(r"arriv|landed|reached|touched\s+down", re.IGNORECASE)
VISITORS_VERB_RE = re.compile(
    r"(?:welcom(?:ed|es)|greeted|host(?:ed|s|ing))\Z|left|departed|headed|flew|departs|heads"
    r"|flies",
    re.IGNORECASE,
)
RU_PLURAL_ARRIVED_RE = re.compile(r"(?:прибыли|прилетели)\b", re.IGNORECASE)
ARRIVED_RE = re.compile(
    r"arriv|прибы|travel|flew|headed|departed|left|landed|stopover|welcomed\s+at|вылетел|отбыл"
    r"|reached|touched|(?:was|were)\s+received\s+in|прилетел|отправил",
    re.IGNORECASE,
)
KIND_RE = re.compile(
    # (not "the Secretary of state visited Moscow")
    r"\b(?P<en>state|official|working)\s+visits?\b|(?P<ru>государствен|официальн|рабоч)\w*\s+визит",
    re.IGNORECASE,
)


def _visit_kind(sentence: str, trigger: re.Match) -> str:
    """ "arrived in Astana on a state visit": state, whichever word triggered the visit (not
    the kind of a leg before it: "arrives in Moscow after paying official visit to Ukraine";
    nor another's visit the trigger is not: "met visiting Secretary X, discussing President
    Y's state visit later this year")."""
    leg = TOUR_BEFORE_RE.search(sentence)
    if leg and leg.start() <= trigger.start() < leg.end():
        leg = None  # the trigger's own: "departed Jamaica following a four-day State visit"
    m = next(
        (
            k
            for k in KIND_RE.finditer(sentence)
            if not (leg and leg.start() <= k.start() < leg.end())
            and not (
                not trigger.start() <= k.start() <= trigger.end()
                and OTHERS_VISIT_BEFORE_RE.search(sentence, max(0, k.start() - 40), k.start())
            )
        ),
        None,
    )
    if m is None:
        return ""
    if m.group("en"):
        return m.group("en").lower()
    stem = m.group("ru").lower()
    return next((kind for prefix, kind in RU_SUBTYPES.items() if stem.startswith(prefix)), "")


# Someone's visit named by its possessor: "President Trump's state visit", "Xi's China visit"
# ("looking forward to Deuba's five-day state visit to India")
OTHERS_VISIT_BEFORE_RE = re.compile(
    r"(?-i:[A-Z])[\w-]+['’]s\s+(?:(?-i:[A-Z])[\w-]+\s+|(?:[\w]+-day|first|second|third|last"
    r"|upcoming|forthcoming|planned|maiden|historic)\s+){0,2}\Z"
)


# "visit to", "arrived in", "state visit to the", "визит в": where the destination follows.
# (the name's first letters in the trigger: "arrived in B", "reached Ku")
DESTINATION_RE = re.compile(
    # ("с рабочим визитом на Кубу": islands and some states take "на" in Russian)
    r"\b(?:to|in|for|reached|в|во|на)\s+(?:the\s+)?(?:(?:" + REGION_WORD + r")\s+)?"
    r"(?P<initial>(?:[A-ZА-ЯЁ][a-z]?)?)$"
    # (where one came back from: "returned home on Sunday from Uzbekistan")
    r"|\breturned\b.*\bfrom\s+(?:the\s+)?(?P<back>[A-Z][a-z]?)$"
)
TOUR_OF_COUNTRY_RE = re.compile(r"tours?\s+(?P<of>of\s+(?:the\s+)?)(?:[A-Z][a-z]?)?$")
DESTINATION_AFTER_RE = re.compile(
    # (not the way home: "concluded his tour and returned to New Delhi")
    # (past the visitor's title and name: "the visit of Bangladesh's Prime Minister Sheikh
    # Hasina to India")
    r"[^.;,]{0,100}?\b(?<!returned\s)(?<!returning\s)(?<!back\s)(?:to|in|в|во|на)\s+(?:the\s+)?"
    # (a part of the country first: "his visit to western Japan")
    r"(?:(?-i:(?:north|south)?(?:east|west)?(?:ern)|north|south|central)\s+)?"
    r"(?=[A-ZА-ЯЁ])",
    re.IGNORECASE,
)


DAY_BEFORE_OBJECT_RE = re.compile(
    r"\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)|(?:в|во)\s+(?:понедельник|вторник|среду|четверг"
    r"|пятницу|субботу|воскресенье)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|today|tomorrow|next\s+week|сегодня|завтра"
    # (or the visit's kind: "посетит с официальным визитом Беларусь")
    r"|с\s+(?:[а-яё]+\s+)?визитом)\s+"
)


# A state's name after "the", not an adjective ("visited the Indian pavilion")
THE_STATE_AFTER_RE = re.compile(
    r"\s+the\s+(?=(?:Republic|Kingdom|Federation|Sultanate|State|Islamic|People['’]s|Democratic"
    r"|United|Federal|Principality|Grand\s+Duchy|Commonwealth|Netherlands|Philippines|Maldives"
    r"|Bahamas|Gambia|Seychelles|Comoros|UAE|US|U\.S\.|UK|U\.K\.|USA)\b)"
)


def _destinations(ctx: _Context, m: re.Match) -> set[str]:
    """The country visited: the first country, or city's country, after "to" / "in"."""
    if (city_of := CITY_OF_RE.search(m.group(0))) and (  # "in the Ukrainian city of Irpin"
        found := _country_at(ctx, m.start() + city_of.start("adjective"))
    ):
        return found
    if (within := DESTINATION_RE.search(m.group(0))) and (  # "arrived in B" (its first letter)
        found := _country_at(
            ctx, m.end() - len(within.group("initial") or within.group("back") or "")
        )
    ):
        return found  # (not "his first trip to the West, arriving in Helsinki": on to where)
    if re.search(r"\s(?:to|of)$", m.group(0)) and (
        # "travelled to Cuba, for a visit", "a tour of Japan": right after the trigger
        found := _country_at(
            ctx, m.end() + 1 + (4 if ctx.sentence.startswith(" the ", m.end()) else 0)
        )
    ):
        return found
    # "посетил Египет", "visited Islamabad in March", "will be visiting Islamabad": the
    # object is the destination (not after an article: "the visiting Japanese minister")
    word, before = m.group(0).lower(), ctx.sentence[max(0, m.start() - 22) : m.start()]
    if word == "visiting":
        verb = VERBAL_VISITING_RE.search(before) is not None
    else:
        verb = bool(re.fullmatch(r"visit(?:ed|s)?|посети\w*", word))
        verb = verb and not DETERMINER_BEFORE_RE.search(before)
    if verb and (found := _country_at(ctx, m.end() + 1)):
        return found
    if (
        verb
        and (the_state := THE_STATE_AFTER_RE.match(ctx.sentence, m.end()))
        and (found := _country_at(ctx, the_state.end()))
    ):
        return found  # "visited the Republic of Slovenia", "visited the Philippines"
    if (
        verb
        and (day := DAY_BEFORE_OBJECT_RE.match(ctx.sentence, m.end()))
        and (found := _country_at(ctx, day.end()))
    ):
        # "Цинь Ган посетит 12-13 апреля Самарканд": a day (or the visit's kind) before its
        # object
        return found
    if THERE_AFTER_RE.match(ctx.sentence, m.end()) and (
        named := [code for at, code in ctx.countries if at - ctx.offset < m.start()]
    ):
        return {named[-1]}  # "The call focused on Afghanistan, following X's visit there"
    if (toured := TOUR_OF_COUNTRY_RE.match(m.group(0))) and (
        found := _country_at(ctx, m.start() + toured.end("of"))
    ):
        return found  # "concluded his five-day tour of Kenya": the country toured
    if after := DESTINATION_AFTER_RE.match(ctx.sentence, m.end()):
        return _country_at(ctx, after.end())
    if arrived := ARRIVED_IN_AFTER_RE.search(ctx.sentence, m.end()):
        # "X, who is on a three-nation tour, arrived in Timor Leste today"
        return _country_at(ctx, arrived.end())
    if first_stop := FIRST_STOP_AFTER_RE.match(ctx.sentence, m.end()):
        # "has left for his first foreign trip, a nine-day tour with stops in Saudi Arabia,
        # Israel, …": the first of them
        return _country_at(ctx, first_stop.end())
    if staying := STAYING_IN_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 80), m.start()):
        # "Глава РУз находится в Кыргызстане с государственным визитом": where one is
        return _country_at(ctx, staying.start("where"))
    if left := DEPARTED_AFTER_VISIT_RE.search(ctx.sentence, max(0, m.start() - 120), m.start()):
        # "X departed Jamaica on Wednesday, following an extensive four-day State visit":
        # the country left at the visit's end
        return _country_at(ctx, left.start("where"))
    return set()


THERE_AFTER_RE = re.compile(r"\s+there\b")
STAYING_IN_BEFORE_RE = re.compile(
    r"\b(?:находит\w*|находил\w*|пребыва\w*|пребывал\w*)\s+(?:[\w-]+\s+){0,2}?(?:в|во|на)\s+"
    r"(?P<where>[А-ЯЁ])[^.;,]{0,40}?\s+с\s+\Z"
)
DEPARTED_AFTER_VISIT_RE = re.compile(
    r"\b(?:departed|left|leaves|leaving|departs)\s+(?P<where>(?-i:[A-Z]))"
    r"(?![^.;]*?\b(?:for|to)\s+(?:the\s+)?(?-i:[A-Z]))"
    rf"[^.;]{{0,80}}?\b(?:following|after|at\s+the\s+end\s+of|{tense.CONCLUDING})\s+"
    r"(?:(?:an?|his|her|their|the)\s+)?(?:[\w-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


FIRST_STOP_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\b(?:tour|trip|journey)(?:\s+with\s+(?:stops|stopovers)\s+in"
    r"|,?\s+(?:where|during\s+which)\s+(?:he|she|they)\s+will\s+visit)\s+(?:the\s+)?"
)
ARRIVED_IN_AFTER_RE = re.compile(
    r"\b(?:arrived|arrives|arriving|landed)\s+in\s+(?:the\s+)?(?=[A-Z])"
)


DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|this|that|these|those|whose)\s+$", re.IGNORECASE
)
CITY_OF_RE = re.compile(r"\bin\s+the\s+(?P<adjective>\S+)\s+(?:city|town|capital|port)\s+of\s*$")


# "will be visiting Islamabad", "while visiting China": a verb; "visiting Belarusian
# Foreign Minister" is not
VERBAL_VISITING_RE = re.compile(
    # ("who is currently visiting Canada")
    r"\b(?:be|is|are|am|was|were|been|while|when|after|before|since)\s+"
    r"(?:(?:currently|now|also|still|already)\s+)?$",
    re.IGNORECASE,
)


def _country_at(ctx: _Context, at: int) -> set[str]:
    """The country named, or whose place is named, right at `at` in the sentence."""
    found = [(s - ctx.offset, c) for s, c in ctx.countries if 0 <= s - ctx.offset - at <= 3]
    for s, place in ctx.place_mentions:
        if 0 <= s - ctx.offset - at <= 3 and (code := ctx.place_country(place)):
            found.append((s - ctx.offset, code))
    return {min(found)[1]} if found else set()


INVITER_RE = re.compile(
    r"\binvit\w*\b[^.;]{0,80}\bby\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.IGNORECASE
)


INVITED_BY_RE = re.compile(
    r"\b(?:invited|hosted)\s+by\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.IGNORECASE
)


def _inviter(ctx: _Context, pos: int) -> str | None:
    """Who, named after "invitation … by", invites to the visit reported at `pos`."""
    named = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < pos]
    if not named:
        return None
    at, person = named[-1]
    if INVITED_BY_RE.search(ctx.sentence, max(0, at - 40), at):
        return person  # "Kerry, invited by Wang, is paying a two-day visit"
    if not re.fullmatch(
        # "… extended by Foreign Minister X at the Barcelona Conference in Naples, to visit"
        r"[\w\s.,-]{0,60}?\bto\s+(?:pay\s+(?:an?\s+)?(?:\w+\s+)?)?",
        _after_name(ctx, at, pos),
    ):
        return None
    return person if INVITER_RE.search(ctx.sentence, max(0, at - 120), at) else None


def _after_name(ctx: _Context, at: int, pos: int) -> str:
    """The words between a name that starts at `at` and `pos`, the name left out."""
    rest = ctx.sentence[at:pos]
    return re.sub(r"^(?:[A-Z][\w'’.-]*\s*)+", "", rest)


INVITATION_FROM_RE = re.compile(
    r"\binvitation\s+(?:from|of|by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}$"
    # "По приглашению Президента Республики Узбекистан Ислама Каримова"
    r"|\bпо\s+приглашению\s+(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
INVITATION_CUE_RE = re.compile(r"\binvitation\s+(?:from|of|by)\s|\bпо\s+приглашению\s", re.I)


def _inviters(ctx: _Context) -> set[str]:
    """The first one named after each "at the invitation of" ("по приглашению Владимира
    Путина прилетел президент Италии X": Putin, not X)."""
    cues = list(INVITATION_CUE_RE.finditer(ctx.sentence))
    if not cues:
        return set()
    invited_by = set(_named_after(ctx, INVITATION_FROM_RE, 100))
    firsts = (next((k for s, k in ctx.people if s - ctx.offset >= cue.end()), None) for cue in cues)
    return {first for first in firsts if first in invited_by}


OWNER_BEFORE_TRIGGER_RE = re.compile(r"\b([A-Z][\w-]+?)(?:['’]s|s)\s+(?:[\w-]+\s+){0,2}\Z")
# a headline's name right before the event, no possessive: "Khalifa visit a turning point"
HEADLINE_OWNER_RE = re.compile(r"\A([A-Z][\w-]+)\s+\Z")


def _surname_owner(ctx: _Context, pos: int) -> str | None:
    """The article's main person whose surname alone owns the event ("Obamas first India
    visit", "Modi's visit"), where the text names no one there; or whose one name opens a
    headline before it ("Khalifa visit a turning point": a first name, or a surname)."""
    owner = OWNER_BEFORE_TRIGGER_RE.search(ctx.sentence, max(0, pos - 40), pos)
    if owner is None and (owner := HEADLINE_OWNER_RE.match(ctx.sentence[:pos])):
        words = skeleton(owner.group(1)).split()  # ("Kassym-Jomart": two words)
        found = [
            p
            for p in ctx.principals
            if words in ((names := skeleton(ctx.gaz.label(PERSON, p)).split())[: len(words)],
                         names[-len(words) :])
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None
    if owner is None:
        return None
    word = skeleton(owner.group(1))
    found = [p for p in ctx.principals if skeleton(ctx.gaz.label(PERSON, p)).split()[-1:] == [word]]
    return found[0] if len(found) == 1 else None


# The speaker's own first person in the clause before a word: "I am leaving on a very
# important visit", "my first visit"
FIRST_PERSON_BEFORE_RE = re.compile(r"(?:\bI\b|\b[Mm]y\b)[^.;:,“”\"«»]{0,40}\Z")


QUOTED_SENTENCE_END_RE = re.compile(r"[.!?;](?=\s|[”\"»])")


def _first_person_speaker(ctx: _Context, pos: int) -> str | None:
    """The one quoted when the quoted clause before `pos` is in the first person: '"I am
    leaving on a very important visit to China," the foreign minister said' is the
    minister's visit, not that of anyone the quotation names."""
    quote = _quote_around(ctx.sentence, pos)
    if quote is None or not FIRST_PERSON_BEFORE_RE.search(
        ctx.sentence, max(quote[0], pos - 45), pos
    ):
        return None
    return _quote_speaker(ctx, quote)


def _subjectless_speaker(ctx: _Context, pos: int) -> str | None:
    """The one quoted when the quoted sentence opens with the verb at `pos`, its subject
    left out: 'Modi said, "Pleased to speak with X. Congratulated him on …"' is Modi's."""
    quote = _quote_around(ctx.sentence, pos)
    if quote is None or not QUOTED_SENTENCE_OPENING_RE.search(ctx.sentence, quote[0], pos):
        return None
    return _quote_speaker(ctx, quote)


QUOTED_SENTENCE_OPENING_RE = re.compile(r"(?:[“\"«]|[.!?]\s+)\Z")
SAID_BEFORE_QUOTE_RE = re.compile(
    r"\b(?:said|says|wrote|posted|tweeted|stated|added)\s*[,:]?\s*[“\"«]?\Z"
)


def _quote_speaker(ctx: _Context, quote: tuple[int, int]) -> str | None:
    """The one a quotation is of: named after it ('"…," the foreign minister said') or
    before it ('Modi said, "…"')."""
    if said := QUOTE_CLOSED_THEN_VERB_RE.match(ctx.sentence, max(0, quote[1] - 2)):
        speakers = [k for s, k in ctx.people if said.start() < s - ctx.offset <= said.end() + 60]
        return speakers[0] if speakers else None
    if said := SAID_BEFORE_QUOTE_RE.search(ctx.sentence, max(0, quote[0] - 40), quote[0] + 1):
        return next(iter(ctx.people_before(said.start())[-1:]), None)
    return None


def _quote_around(sentence: str, pos: int, unclosed: bool = False) -> tuple[int, int] | None:
    """The span of the sentence's quotation `pos` stands inside, if any; with `unclosed`, a
    quotation opened before `pos` and not closed in the sentence (it runs on into the next
    one) too, to the sentence's end."""
    quotes = quotations(sentence)
    if found := next(((start, end) for start, end in quotes if start < pos < end), None):
        return found
    if unclosed:
        marks = [i for i in range(pos) if sentence[i] in QUOTE_MARKS]
        opened = [i for i in marks if not any(start <= i < end for start, end in quotes)]
        if opened and opened[-1] < pos:
            return opened[-1], len(sentence)
    return None


ENVOYS_BEFORE_RE = re.compile(
    r"\b(?:послы|послами|послов|послам|ambassadors|envoys)[,\s]+(?:newly\s+)?\Z|\bnewly\s+\Z",
    re.IGNORECASE,
)
ENVOYS_AFTER_RE = re.compile(
    r"(?:\s+(?:в|во|to|in)\s+[\w-]+)?\s+(?:послы|послов|ambassadors|envoys)\b", re.IGNORECASE
)
# A city named for its state, a side rather than a venue: "boosting Astana's partnership
# with Moscow", "relations between Baku and Yerevan", "Kazakhstan's envoy to Moscow", "Kiev
# and the separatist rebels signed a road map"
STATE_AFTER_RE = re.compile(r"[\w-]+(?:\s+[A-Z][\w-]*)*['’]s\s+(?-i:[a-z])")
STATE_BEFORE_RE = re.compile(
    r"(?:\b(?:with|between)\s+(?:the\s+)?|\bbetween\s+[A-Z][\w-]*\s+and\s+"
    # "ties between Seoul and Pyongyang, as well as Pyongyang and Washington"
    r"|\bbetween\s+[^.;]{0,60}?\bas\s+well\s+as\s+(?:[A-Z][\w-]*\s+and\s+)?"
    r"|\b(?:envoys?|ambassadors?)\s+to\s+)\Z"
)
STATE_SUBJECT_RE = re.compile(
    r"[\w-]+(?:\s+[A-Z][\w-]*)*\s+(?:and\s+(?:the\s+)?[\w-]+|said|says|signed|wants|warned"
    r"|accused|rejected|denied|demanded|urged|insists|responded|cut|severed|broke|imposed"
    r"|expelled|recalled|has\s+(?:said|warned|accused|rejected|denied|demanded|urged|insisted"
    r"|responded|signed|cut|severed)"
    # ("Pompeo made it clear Washington does not aim to contain China's development")
    r"|(?:does|did|will|would)\s+not|doesn['’]t|didn['’]t|won['’]t|aims|hopes|opposes|supports)\b"
)
# (or a clause's: "in their first encounter since Riyadh cut all ties with Doha")
STATE_SUBJECT_BEFORE_RE = re.compile(
    # (or a clause's after a comma: "…, and Dhaka and New Delhi would sign …")
    r"(?:^|,\s+and|\b(?:But|However,|And|Meanwhile,|since|after|when|because|as|while|until"
    # (a clause told: "made it clear Washington does not aim …", "said that Moscow supports …")
    r"|clear|that))\s*\Z"
)
# … and the second of two such subjects: "Dhaka and Kathmandu Monday signed four MoUs"
STATE_SECOND_BEFORE_RE = re.compile(
    r"(?:^|,\s+and|\b(?:But|However,|And|Meanwhile,|since|after|when|because|as|while|until))"
    r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+\Z"
)


def _stands_for_its_state(sentence: str, at: int) -> bool:
    """Whether the place named at `at` stands for its state: a side, not where anything is
    held (not "Moscow hosted the talks")."""
    return bool(
        ("s " in sentence[at : at + 40] and STATE_AFTER_RE.match(sentence, at))
        or STATE_BEFORE_RE.search(sentence, max(0, at - 100), at)
        or (
            STATE_SUBJECT_BEFORE_RE.search(sentence, max(0, at - 12), at)
            and STATE_SUBJECT_RE.match(sentence, at)
        )
        or STATE_SECOND_BEFORE_RE.search(sentence, max(0, at - 40), at)
        or any(
            m.start() <= at < m.end("pair")
            for m in CITY_PAIR_RE.finditer(sentence, max(0, at - 30), at + 80)
        )
    )


# Two capitals joined for their states' relations: "Calling Kabul-Ashgabat ties excellent"
CITY_PAIR_RE = re.compile(
    r"(?P<pair>[A-Z][\w'’]+[-–—][A-Z][\w'’]+)\s+(?:ties|relations|relationship|cooperation"
    r"|partnership|friendship|dialogue|axis|trade)\b"
)


LOCATIVE_BEFORE_RE = re.compile(r"(?:\b(?:in|at)|(?<!\w)(?:в|во|на))\s+\Z", re.IGNORECASE)
HERE_RE = re.compile(r"\bhere\b", re.IGNORECASE)
FROM_BEFORE_RE = re.compile(r"\b(?:from|из)\s+\Z")
SINCE_WHEN_BEFORE_RE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?[\w ]{1,30}?(?:19|20)\d\d,?\s+when\s+[^;,]*\Z",
    re.IGNORECASE,
)
MONITORED_IN_RE = re.compile(
    r"\bmonitored\s+(?:[\w-]+\s+){0,3}?in\s+\Z"
    # where an envoy lives, not where the meeting was: "Ambassador X, stationed in Moscow,
    # presented …", "(residence in Moscow, Russia)", "who is based in Seoul"
    r"|\b(?:stationed|based|resident|residing|residence)\s+in\s+\Z"
)
FORMER_LATTER_WORD_RE = re.compile(r"\b(?:former|latter)['’]s\b", re.IGNORECASE)
FORMER_LATTER_RE = re.compile(r"\bthe\s+(former|latter)['’]s\s+(?:[\w-]+\s+){0,3}\Z", re.I)
WHO_BEFORE_RE = re.compile(
    r",?\s+(?:who|котор(?:ый|ая|ые))\s+(?:[\w-]+\s+){0,4}$"  # "Цой Сон Хи, которая во главе …"
)
GROUP_LED_BY_RE = re.compile(
    r"\s+(?:delegation|team|group|mission)\s+(?:from\s+[\w ]{2,30}?\s+)?(?:is\s+|was\s+|were\s+)?"
    # ("A senior Eritrean delegation comprising Mr. A, Minister …, and Mr. B is on …")
    r"(?:being\s+)?(?:(?:led|headed)\s+by|comprising|consisting\s+of|composed\s+of)\b",
    re.IGNORECASE,
)
GROUP_VISITING_RE = re.compile(
    r"\b(?:delegations?|team|group|mission|parliamentarians|lawmakers|MPs|officials)\s+\Z",
    re.IGNORECASE,
)
VISITING_GROUP_RE = re.compile(
    # (and "the visiting British House of Commons group", "the visiting Iraqi delegation")
    r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+|of\s+){0,5}(?:delegations?|side|team|guests?|party|dignitar\w*"
    r"|officials|group|mission|parliamentarians|lawmakers|MPs"
    # (several, unnamed: "any of the visiting Southeast Asian leaders")
    r"|leaders|heads\s+of\s+(?:state|government)|presidents|ministers)\b",
    re.IGNORECASE,
)
GREETED_BY_RE = re.compile(
    r"\b(?:received|welcomed|met|greeted|seen\s+off)\s+(?:on\s+arrival\s+)?(?:at\s+[^,;]{1,60}?\s+)?by\s+"
    r"(?:(?:the|his|her)\s+)?[^;]{0,80}$",
    re.IGNORECASE,
)


def _greeted_by(ctx: _Context, pos: int) -> bool:
    """Whether the first person named after `pos` greets the one arriving ("… and he was
    received by Minister of International Relations, Naledi Pandor")."""
    after = [s - ctx.offset for s, _ in ctx.people if s - ctx.offset >= pos]
    return bool(after) and GREETED_BY_RE.search(ctx.sentence, pos, after[0]) is not None


# (and in Russian: "поздравил Путина с успешными итогами встречи … в Анкоридже")
# The verb after the greeting, its subject after it: "… направили Владимир Путин и …"
RU_SENT_AFTER_RE = re.compile(
    r"(?<![\w-])(?:направил|направила|направили|выразил|выразила|выразили|передал|передала"
    r"|передали|прислал|прислала|прислали)(?![\w-])",
    re.IGNORECASE,
)
ON_THE_OCCASION_RE = re.compile(r"\s(?:on|upon|for|с|со)\s")
FIRST_PERSON_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur|I|[Ww]e)\b")
# A welcome given to one spoken of before: "he will be accorded a ceremonial welcome"
ACCORDED_BEFORE_RE = re.compile(
    r"\b(?:he|she|they)\s+(?:will\s+be|was|were|is|are|has\s+been|had\s+been)\s+(?:accorded"
    r"|given|offered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
RECEIVED_BY_RE = re.compile(
    r"\b(?:received|welcomed|greeted|hosted|met)\s+by\s+(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE
)


# A relative clause telling of one's visit: "Aquino, who is on his first state visit"
WHO_IS_ON_RE = re.compile(
    r",\s*who\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:on|paying|making)\s+"
    r"(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# After a welcome trigger: the ceremony, then the one it was held for
WELCOME_FOR_RE = re.compile(
    r"(?:\s+(?:ceremony|ceremonies))?\s+(?:for|to)\s+(?:the\s+)?(?:visiting\s+)?", re.IGNORECASE
)


RULER_OF_BEFORE_RE = re.compile(
    r"\b(?:Crown\s+Prince|Prince|Emir|Amir|Ruler|Governor|Mayor|King|Sultan|Akim|Hakim)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# What a host's verb may welcome besides a guest: "welcomed the ceasefire, …", "welcomed
# the decision of …" (not "welcomed the president of Kenya, X")
THING_WELCOMED_RE = re.compile(
    r"\s+(?:the|a|an|this|these|its|his|her|their|our)\s+(?:[a-z][\w'’-]*\s+){0,3}"
    r"[a-z][\w'’-]*(?=\s*[,.;]|\s+(?:and|of|to|by|between|in|on|as|with|that|which|from)\b)"
)
VISIT_NAMED_RE = re.compile(r"\b(?:visit|trip|tour|arrival|stay)", re.IGNORECASE)
# someone's thing: "welcomed President Bush's statement on …"
POSSESSED_THING_RE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*['’]s?\s+(?P<thing>(?:[a-z][\w'’-]*\s+){0,3}"
    r"[a-z][\w'’-]*)\b"
)
# (a title names a guest, and so do these: "welcomed the visiting delegation and …", "the
# crown prince of …")
GUEST_WORD_RE = re.compile(
    r"\b(?:delegations?|guests?|visitors?|sheikhs?|princes?|princess(?:es)?|monarchs?)\b"
)
PASSIVE_GREETED_RE = re.compile(r"(?:was|were)\s+(?:greeted|welcomed|received)\b", re.IGNORECASE)
# The host's verbs: the one welcomed, greeted or hosted is the visitor.
HOST_VERBS = frozenset(
    [
        *("welcomed", "welcomes", "welcoming", "greeted", "hosted", "hosts", "hosting", "host"),
        *("received", "receive"),  # (at the airport: the trigger says so)
        *("встретил", "встретила", "встретили", "приветствовал", "приветствовала"),
        "приветствовали",
    ]
)


RU_HIM_RE = re.compile(r"\s+(?:его|её|ее|их)\b")
THEM_RE = re.compile(r"\s+them\b")


# A host's welcome and a guest's thanks in a transcript: the one spoken to came, or the one
# speaking did ("Mr President, I would like to welcome you here", "Thank you for inviting me")
SPOKEN_VISIT_RE = re.compile(r"(?:(?P<welcome>welcome)|thank)\s+you\b", re.IGNORECASE)


def _spoken_visit(ctx: _Context, m: re.Match) -> Draft | None:
    """The visit a transcript's host welcomes, or its guest thanks for, by their two voices."""
    if (spoken := SPOKEN_VISIT_RE.match(m.group(0))) is None:
        return None
    if spoken.group("welcome"):
        guest, host = ctx.interlocutor, ctx.voice
    else:
        guest, host = ctx.voice, ctx.interlocutor
    home, abroad = ctx.country_of(host or ""), ctx.country_of(guest or "")
    if not (guest and host and home and abroad and home != abroad):
        return Draft("visit", "", None, {}, {}, ctx.sentence)  # no one known to have come
    places = [p for p in ctx.places if ctx.place_country(p) == home]
    draft = Draft(
        "visit",
        "",
        places[0] if places else None,
        {guest: "visitor", host: "host"},
        {abroad: "visitor", home: "host"},
        ctx.sentence,
    )
    draft.destinations = frozenset({home})
    return draft


FROM_LEG_WHERE_RE = re.compile(r"\b(?:from|из)\s+[^,;.]{1,40},\s+(?:where|где)\b")
WHERE_CLAUSE_RE = re.compile(r",\s+where\s+(?!(?:he|she|they|the\s+two)\b)")
# a clause after the visit telling of another meeting, with its own people: "to mend relations
# that had cooled after Prime Minister X met with Y in 2012"
OTHER_MEETING_CLAUSE_RE = re.compile(
    r"\b(?:after|since|when|before)\s+(?:(?:the|then|former)\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}"
    r"(?:met|visited|hosted|received|held|signed|travell?ed)\b"
)


UNNAMED_GIVERS_BEFORE_RE = re.compile(
    r"\b(?:leaders|officials|dignitaries|governments|nations|diplomats)\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# Received at a country's mission abroad: "at the State of Kuwait's Mission to the UN",
# "at the Kuwaiti embassy in Paris"
AT_A_MISSION_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Permanent\s+)?(?:[Mm]ission|[Ee]mbassy"
    r"|[Cc]onsulate)\b"
)


def _placed_in(ctx: _Context) -> set[str]:
    """The countries of the places the sentence says it happened in or at."""
    return {
        c
        for s, p in ctx.place_mentions
        if (c := ctx.place_country(p))
        and LOCATIVE_BEFORE_RE.search(ctx.sentence, max(0, s - ctx.offset - 6), s - ctx.offset)
    }


EMBASSY_VISITED_RE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,2}(?:[Ee]mbassy|[Cc]onsulate|[Hh]igh\s+[Cc]ommission)\b"
)
HALF_BEFORE_RE = re.compile(r"(?:[\w'’]+-)?\Z")


# "is being joined on the visit by", "was accompanied on his trip by"
JOINED_ON_THE_VISIT_RE = re.compile(
    r"\b(?:joined|accompanied)\s+(?:on|during|for)\s+(?:the|this|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _visit(ctx: _Context, m: re.Match) -> Draft:
    if (spoken := _spoken_visit(ctx, m)) is not None:
        return spoken
    if EMBASSY_VISITED_RE.match(ctx.sentence, m.end()):
        # "visited the Chinese embassy to offer their sympathies": a call at a mission, no
        # visit to its country
        return Draft("visit", "", None, {}, {}, ctx.sentence)
    if JOINED_ON_THE_VISIT_RE.search(ctx.sentence, max(0, m.start() - 40), m.start()):
        # "Reeves is being joined on the visit by Governor X and Y": who travels with the
        # visit told before, no visit of theirs (nor are the one joined their host)
        return Draft("visit", "", None, {}, {}, ctx.sentence)
    before = ctx.people_before(m.start())
    after = ctx.people_after(m.end())
    if where := WHERE_CLAUSE_RE.search(ctx.sentence, m.end()):
        # (not one of a place's aside: "… reconstruction in war-scarred Syria, where Russia
        # backs President Bashar Assad")
        after = [k for at, k in ctx.people if m.end() <= at - ctx.offset < where.start()]
    if other := OTHER_MEETING_CLAUSE_RE.search(ctx.sentence, m.end()):
        after = [k for at, k in ctx.people if m.end() <= at - ctx.offset < other.start()]
    if came_from := FROM_LEG_WHERE_RE.search(ctx.sentence, m.end()):
        # "прилетел в Мбабане из ЮАР, где накануне встретился с …", "arrived in Dhaka from
        # Delhi, where he met …": those met on the leg before, not this visit's hosts
        after = [k for at, k in ctx.people if m.end() <= at - ctx.offset < came_from.start()]
    if m.group(0).lower() in HOST_VERBS or (
        m.group(0) == "met" and AT_AIRPORT_RE.match(ctx.sentence, m.end())
    ):
        # the host welcomes the visitor
        visitors = after[:1] or before[-1:]
        if (
            (thing := THING_WELCOMED_RE.match(ctx.sentence, m.end()))
            and next(title_heads(thing.group(0)), None) is None
            and not GUEST_WORD_RE.search(thing.group(0))
            # (not "welcomed the results of the state visit made by X": the visit named after)
            and not VISIT_NAMED_RE.search(ctx.sentence, m.end())
        ):
            visitors = []  # "welcomed the ceasefire, … talks with X in Paris": no one's welcome
        elif (thing := POSSESSED_THING_RE.match(ctx.sentence, m.end())) and not (
            VISIT_NAMED_RE.search(thing.group("thing"))
            or GUEST_WORD_RE.search(thing.group("thing"))
        ):
            visitors = []  # "welcomed President Bush's statement on the Middle East": a thing
        if before and PASSIVE_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 16), m.start()):
            # "President Xi was welcomed by Finance Secretary X": the one welcomed comes
            visitors = before[-1:]
        elif not ctx.sentence[: m.start()].strip() and _named_within(ctx, m.end(), 12) is None:
            # 'Welcoming the prime minister Obama said: "…"': the one welcomed is left
            # unnamed, the one named after is the sentence's subject, the host
            visitors = []
        elif not after and m.group(0).lower().startswith("host"):
            visitors = []  # "X hosted his Afghan counterpart": the guest left unnamed
        elif RU_HIM_RE.match(ctx.sentence, m.end()):
            # "Садыр Жапаров встретил его в аэропорту": the one the sentence before told of
            visitors = [p for p in [ctx.previous_subject] if p and p not in before]
        elif THEM_RE.match(ctx.sentence, m.end()) and not after:
            # "… flew in Tuesday morning, while their Bhutanese counterpart X received them at
            # Paro airport": those the clause before tells of, left unnamed (not X, the host)
            visitors = []
        if (
            visitors
            and before
            and visitors[0] not in before
            and (home := ctx.country_of(before[-1])) is not None
            and ctx.country_of(visitors[0]) == home
        ):
            # "Putin received Foreign Minister Lavrov in the Kremlin": a meeting at home
            return Draft("visit", "", None, {}, {}, ctx.sentence)
        if visitors and (
            AT_A_MISSION_RE.search(ctx.sentence, m.end())
            or (
                before
                and (home := ctx.country_of(before[-1])) is not None
                and (where := _placed_in(ctx))
                and home not in where
            )
        ):
            # "The Crown Prince received X at Kuwait's Mission to the UN in New York": a
            # meeting abroad, no visit to the host's country nor to the one it was held in
            return Draft("visit", "", None, {}, {}, ctx.sentence)
    elif PASSIVE_GREETED_RE.match(m.group(0)):
        # "Obama was greeted by President Kenyatta as he stepped off his plane": the one
        # greeted comes ("He was greeted by …": the one the sentence before told of)
        visitors = before[-1:] or (
            [ctx.previous_subject]
            if ctx.previous_subject and PRONOUN_SUBJECT_RE.match(ctx.sentence)
            else []
        )
    elif (
        "elcom" in m.group(0)
        and (welcomed := WELCOME_FOR_RE.match(ctx.sentence, m.end()))
        and (guest := ctx.people_after(welcomed.end())[:1])
    ):
        # "Hu hosted a red-carpet welcome ceremony for Medvedev": the one it was held for
        visitors = guest
    elif (on := WHO_IS_ON_RE.search(ctx.sentence, max(0, m.start() - 90), m.start())) and (
        guest := ctx.people_before(on.start())[-1:]
    ):
        # "… a welcome ceremony for Aquino, who is on his first state visit to China": the
        # one the relative clause is about
        visitors = guest
    elif (
        len(before) > 1
        and (received := RECEIVED_BY_SUBJECT_RE.search(ctx.sentence, 0, m.start()))
        and (subject := ctx.people_before(received.start())[:1])
    ):
        # "The Chairperson and his delegation were received by President X … during the
        # Chairperson's visit": the one received came
        visitors = subject
    elif len(before) > 1 and RECALLED_HIS_RE.search(
        ctx.sentence, max(0, m.start() - 50), m.start()
    ):
        # "X thanked Y for his greetings and recalled his visit to that country": the
        # subject's own, the one who recalls it
        visitors = before[:1]
    elif len(before) > 1 and (which := FORMER_LATTER_RE.search(ctx.sentence, 0, m.start())):
        # "talks between A and B during the former's visit to the African country": A's
        visitors = before[-2:-1] if which.group(1).lower() == "former" else before[-1:]
    elif (
        not before
        and (PRONOUN_RE.match(ctx.sentence) or OFFICE_SUBJECT_RE.match(ctx.sentence))
        and ctx.principals
    ):
        # "He is visiting Mongolia at the invitation of …": the one the sentence before was
        # about ("Mr Trump will arrive in Abu Dhabi on Thursday. He landed in …"; "The
        # external affairs minister landed in the US on Tuesday for a two-day visit")
        visitors = [ctx.previous_subject] if ctx.previous_subject else ctx.principals[:1]
        if (
            ctx.previous_subject
            and HONOURS_RE.search(ctx.sentence)
            and RECEIVED_GUEST_RE.search(ctx.previous_text)
            and (guests := [p for p in ctx.previous_people if p != ctx.previous_subject])
        ):
            # "President X on Monday received Y at State House. He was accorded a 21-gun
            # salute": the one received is honoured, not the host
            visitors = guests[:1]
        if FIRST_LEADER_RE.match(ctx.sentence):
            # "He was the first head of government to visit Nepal since …": a leader, the
            # one before or the article's main one
            told = dict.fromkeys(p for p in [ctx.previous_subject, *ctx.principals] if p)
            leading = [
                p
                for p in told
                if any(t.role in LEADING_ROLES for t in ctx.gaz.roles_of(p, ctx.published))
            ]
            visitors = leading[:1] or visitors
    elif (
        before
        and PRONOUN_RE.match(ctx.sentence)
        and ctx.principals
        and HIS_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
    ):
        # "He … held talks with the top leadership, including President X, during his
        # visit": his is the sentence's subject's, the article's main person (not where one
        # named in the possessive stands between: "He said Qin's choice of Ethiopia as the
        # first stop of his first overseas visit" is Qin's)
        owner = [
            k
            for at, k in ctx.people
            if at - ctx.offset < m.start()
            and (named := NAME_IN_POSSESSIVE_RE.match(ctx.sentence, at - ctx.offset)) is not None
            and named.end() <= m.start()
        ]
        visitors = owner[-1:] or ctx.principals[:1]
    elif (
        not before
        and not after
        and (guest := NATIONAL_GUEST_RE.search(ctx.sentence, max(0, m.start() - 40), m.end() + 40))
        and (
            code := next(
                (
                    c
                    for at, c in ctx.countries
                    if at - ctx.offset == guest.start("adj" if guest.group("adj") else "adj_ru")
                ),
                None,
            )
        )
    ):
        # "Визит китайского гостя запланирован на 20-22 марта", "The Chinese guest's visit …":
        # the one of that country the sentence before or the article is about
        told = dict.fromkeys(p for p in [ctx.previous_subject, *ctx.principals] if p)
        visitors = [p for p in told if ctx.country_of(p) == code][:1]
    elif (
        not before
        and not after
        and OFFICE_POSSESSOR_RE.search(ctx.sentence, max(0, m.start() - 50), m.start())
        and (to := _destinations(ctx, m))
    ):
        # "It was held on the occasion of the minister's visit to the Kingdom of Bahrain": the
        # one from abroad told of before (the sentence before, else the article)
        told = dict.fromkeys([*ctx.previous_people, *ctx.principals])
        visitors = [p for p in told if ctx.country_of(p) not in to | {None}][:1]
    elif not before and HIS_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start()):
        # "On his first trip to China, Mike Pompeo met …"; "the last leg of his Latin
        # American tour": the one named next, else the one the sentence before was about
        # ('"…," Pranab said on his arrival' after "Pranab Mukherjee arrived in Dhaka"),
        # else the article's main person
        told_before = [ctx.previous_subject] if ctx.previous_subject in ctx.principals else []
        if after and (
            VERB_BEFORE_NAME_RE.search(
                ctx.sentence, m.end(), min(s for s, k in ctx.people if k == after[0]) - ctx.offset
            )
        ):
            # "During her visit, the Indian foreign secretary held talks with her counterpart
            # X": X is the one met, not the one whose visit it is
            after = []
        visitors = after[:1] or told_before or ctx.principals[:1]
        told = [p for p in dict.fromkeys([ctx.previous_subject, *ctx.principals]) if p]
        if HIS_VISIT_IS_RE.match(ctx.sentence) and told:
            # "His visit is on the heels of a call by X": his, the one told of before, who
            # is from abroad when one is
            abroad = [p for p in told if ctx.country_of(p) != ctx.main_country]
            visitors = (abroad or told)[:1]
    elif m.group(0).lower() == "visiting" and re.search(
        r"\b(?:after|before|while|when|since)\s+$", ctx.sentence[max(0, m.start() - 8) : m.start()]
    ):
        visitors = before[:1]  # "A met with B after visiting C": the sentence's subject went
    elif (
        m.group(0).lower() == "visiting"
        and before
        and (last := max(s - ctx.offset for s, _ in ctx.people if s - ctx.offset < m.start()))
        is not None
        and re.fullmatch(r",\s*", ctx.sentence[last + _span_length(ctx, last) : m.start()])
    ):
        visitors = before[-1:]  # "… with James Kelly, visiting US Assistant Secretary …": his
    elif m.group(0).lower() == "visiting" and (
        VISITING_GROUP_RE.match(ctx.sentence, m.end())
        or GROUP_VISITING_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
    ):
        # "offered to the visiting delegation": the visit already reported; "Pleased to
        # welcome Nepali Congress delegation visiting India": the group's, not the host's;
        # "The visiting delegation from Nepal is being led by X": X's
        led = GROUP_LED_BY_RE.match(ctx.sentence, m.end())
        visitors = ctx.people_after(led.end())[:1] if led else []
    elif (
        m.group(0).lower() == "visiting"
        and (named := _named_within(ctx, m.end(), 130)) is not None
        and not _named_after(ctx, RECEIVED_BY_RE, 40)
        # (the name the title after "visiting" introduces, not one after a verb: "the
        # visiting Prime Minister also called on External Affairs Minister X")
        and TITLED_RUN_RE.fullmatch(ctx.sentence, m.end(), named)
    ):
        visitors = after[:1]  # "visiting South Korean Foreign Minister X"
    elif m.group(0).lower() == "visiting" and VISITING_OFFICE_RE.match(ctx.sentence, m.end()):
        # "the visiting Prime Minister also called on Minister X", "Mr Li's first talks with
        # a visiting head of government": the article's guest, not the one named here
        visitors = [p for p in ctx.principals if p not in after and p not in before][:1]
    elif m.group(0).lower().startswith("прибывш") and (before or after):
        # "с прибывшим в Самарканд главой МИД России Сергеем Лавровым": the one arrived,
        # named after (like "visiting"); "с прибывшими … Президентами A, B и C": all of
        # them; "с … Хайко Маасом, прибывшим в Ташкент": the one just named
        named = [s - ctx.offset for s, _ in ctx.people if s - ctx.offset < m.start()]
        # (a time between: "Нахайян, несколько часов назад прибывший в Москву")
        if named and re.fullmatch(
            r"[\w .'’-]{2,60},\s*(?:[\w-]+\s+){0,4}", ctx.sentence[named[-1] : m.start()]
        ):
            visitors = before[-1:]
        elif m.group(0).lower().endswith(("ими", "ие", "их")):
            visitors = list(dict.fromkeys(after))
        elif re.search(r",\s*\Z", ctx.sentence[: m.start()]):
            # "Верховного правителя Малайзии, прибывшего …, встретил X": the one before the
            # comma arrived, left unnamed here; X greets
            visitors = []
        else:
            visitors = after[:1]
    elif ARRIVED_RE.match(m.group(0)):  # "The foreign ministers of A and B arrived in C"
        # "Isaias Afwerki on invitation from President William Ruto … arrived in Nairobi"
        inviters = _inviters(ctx)
        visitors = [p for p in before if p not in inviters] or after[:1]
        if not before and len(after) > 1 and RU_PLURAL_ARRIVED_RE.match(m.group(0)):
            visitors = after  # "сегодня в Самарканд прибыли главы Таджикистана и Туркменистана"
        if greeted := RECEIVED_ON_ARRIVAL_RE.search(ctx.sentence, 0, m.start()):
            # "Sheikh Hasina received the Sri Lankan President on his arrival": the one
            # received arrives, the one receiving hosts; "X was welcomed by Y upon his
            # arrival": X arrives
            if PASSIVE_BEFORE_RE.search(ctx.sentence, 0, greeted.start("verb")):
                guests = ctx.people_before(greeted.start("verb"))[-1:]
            else:
                guests = [
                    k for s, k in ctx.people if greeted.end("verb") <= s - ctx.offset < m.start()
                ]
            visitors = guests[:1] or visitors
        if WHO_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 60), m.start()):
            visitors = before[-1:]  # "… were there to greet Vajpayee, who arrived in …"
        if not before and after and _greeted_by(ctx, m.end()):
            # "The president's plane arrived …, and he was received by Minister X": X greets
            visitors = [p for p in ctx.principals if p not in after][:1]
    elif VISIT_OF_RE.match(ctx.sentence, m.end()) and _named_within(ctx, m.end(), 60) is not None:
        # "the visit of Chinese President X to Russia"
        visitors = after[:1]
    elif (
        m.group(0).strip().lower().startswith("визит")
        and (named := _named_within(ctx, m.end(), 90)) is not None
        and RU_OFFICE_RUN_RE.fullmatch(ctx.sentence, m.end(), named)
    ):
        # "повестку визита спецпосланника президента США X в РФ": the one in the genitive
        # after the visit makes it (not the one speaking of it)
        visitors = [k for s, k in ctx.people if s - ctx.offset == named]
    elif (led := VISIT_OF_GROUP_RE.match(ctx.sentence, m.end())) and (
        named := _named_within(ctx, led.end(), 90)
    ) is not None:
        # "the visit of the delegation led by President of the Republic of Tatarstan X"
        visitors = [k for s, k in ctx.people if s - ctx.offset == named]
    elif (
        (by := VISIT_TO_BY_RE.match(ctx.sentence, m.end()))
        and (named := _named_within(ctx, by.end(), 60)) is not None
        and TITLED_RUN_RE.fullmatch(ctx.sentence, by.end() - 1, named)
    ):
        visitors = [k for s, k in ctx.people if s - ctx.offset == named]
    elif before and (inviter := _inviter(ctx, m.start())) == before[-1]:
        # "accepts the invitation renewed to him by President Aleman to visit Nicaragua":
        # the one invited goes, not the one inviting
        visitors = [p for p in before if p != inviter][:1]
    else:
        # (not the one whose invitation it is: "В Москву с визитом по приглашению
        # Владимира Путина прилетел президент Италии X")
        # ("По приглашению главы МИД Сергея Лаврова … Москву с рабочим визитом посетит X")
        inviters = _inviters(ctx)
        visitors = [p for p in before if p not in inviters][-1:] or [
            p for p in after if p not in inviters
        ][:1]
        if (
            not before
            and after
            and visitors == after[:1]
            and DURING_THE_VISIT_RE.match(ctx.sentence, max(0, m.start() - 40))
            and VERB_BEFORE_NAME_RE.search(
                ctx.sentence, m.end(), min(s for s, k in ctx.people if k == after[0]) - ctx.offset
            )
        ):
            # "During the visit, the Foreign Secretary also paid a courtesy call on X": X is
            # the one called on; the visit is the one the sentence before told of
            told = [ctx.previous_subject] if ctx.previous_subject else []
            visitors = [p for p in told + ctx.principals if p not in after][:1]
        if (
            len(before) > 1
            and ctx.filed_from
            and HIS_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
            and len(foreign := [p for p in before if ctx.country_of(p) != ctx.filed_from]) == 1
        ):
            # "MANILA: X held talks with Secretary Y … on his first visit to the country":
            # his, of the two, is the one from abroad
            visitors = foreign
        elif (
            len(named := [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < m.start()])
            == 2
            and named[0][1] != named[1][1]
            and HIS_DAY_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 50), m.start())
            and WITH_RE.search(ctx.sentence, named[0][0], named[1][0])
        ):
            # "X is in talks with President Y on his first day of the visit": the subject's
            # (unless the visit is to the subject's own country: see below)
            visitors = [named[0][1]]
        if (
            len(before) > 1
            and set(before) <= set(joint := _conjoined(ctx, m.start()))
            and len(joint) == 2
        ):
            # "Musharraf and Khai reviewed the guard of honour": the one from abroad, when
            # one is, or the one the sentence before told of
            home = ctx.filed_in
            abroad = [p for p in joint if home and ctx.country_of(p) not in {home, None}]
            came = {ctx.country_of(p) for p in joint} - _destinations(ctx, m) - {None}
            if len(abroad) == 1:
                visitors = abroad
            elif len(came) == len(joint):
                # "A of Vietnam and B of Singapore are visiting China": each of them, from
                # two countries, neither the one visited
                visitors = joint
            elif ctx.previous_subject in joint:
                visitors = [ctx.previous_subject]
        if not before and after and (hosts_by := _named_after(ctx, RECEIVED_BY_RE, 40)):
            # "the visiting minister … was received by Cuban Foreign Minister X": X hosts;
            # the visitor, left unnamed, is the article's main person
            guests = [p for p in after if p not in hosts_by]
            visitors = guests[:1] or [p for p in ctx.principals if p not in hosts_by][:1]
    if (
        before
        and visitors
        and visitors[0] in before
        and (led := GROUP_LED_BY_RE.search(ctx.sentence, 0, m.start()))
        and (named := _named_within(ctx, led.end(), 60)) is not None
    ):
        # "Senior Eritrean delegation headed by Foreign Minister X along with Mr. Y, … and
        # Mr. Z … returned home concluding three-day visit": X's, the one heading it
        # (those named with the one heading it are of the delegation too)
        visitors = list(
            dict.fromkeys(k for s, k in ctx.people if named <= s - ctx.offset < m.start())
        )
    if not before and (owner := _surname_owner(ctx, m.start())):
        visitors = [owner]  # "This is Obamas first India visit": Obama's, named by surname
    elif (
        (before or after)
        and (quote := _quote_around(ctx.sentence, m.start()))
        and not any(quote[0] < s - ctx.offset < quote[1] for s, _ in ctx.people)
        # (but '"Landed in Guangzhou on my first bilateral visit," the minister said': theirs)
        and not (after and FIRST_PERSON_RE.search(ctx.sentence, quote[0], quote[1]))
    ):
        # 'Obama said: "Mr. Prime Minister, yours is the first official visit of my
        # presidency"', '"India attaches importance to the visit," spokesperson X told
        # reporters': the one speaking is not the one the quoted visit is of
        visitors = []
    if speaker := _first_person_speaker(ctx, m.start()):
        visitors = [speaker]
    if not before and ACCORDED_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 70), m.start()):
        # "On May 3, he will be accorded a ceremonial welcome …, followed by talks with
        # President X": he, the one told of before, is welcomed; X is not
        told = [ctx.previous_subject] if ctx.previous_subject else []
        visitors = [p for p in told + ctx.principals if p not in after][:1]
    if not visitors and HE_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 20), m.start()):
        # "the PM said that he is visiting Samarkand at the invitation of President X": he,
        # the article's main person, not the one inviting
        invited_by = _inviters(ctx)
        visitors = [p for p in ctx.principals if p not in invited_by and p not in after][:1]
    destinations = _destinations(ctx, m)
    if visitors and destinations and all(ctx.country_of(v) in destinations for v in visitors):
        # no one visits their own country: "Kosherbayev, in talks with Lavrov, said he gives
        # special weight to his first visit to Russia" is Kosherbayev's visit
        abroad = [p for p in before + after if ctx.country_of(p) not in destinations | {None}]
        visitors = [p for p in abroad if p in before][-1:] or abroad[:1]
        if not visitors:
            # "A met B of Honduras during His Excellency's visit to Honduras": A, whose
            # country the text does not say, is the one who came
            visitors = [p for p in before if ctx.country_of(p) is None][:1]
        if not visitors and HIS_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start()):
            # "Prime Minister X … during his visit to western Japan": a trip at home
            return Draft("visit", "", None, {}, {}, ctx.sentence)
    placed = _placed_in(ctx)
    if (
        visitors
        and not destinations
        and m.group(0).lower() != "visiting"
        # (not where the host's verb names the guest: "X welcomed Y to the retreat, a return
        # favour for X's stay in Abu Dhabi")
        and m.group(0).lower() not in HOST_VERBS
        and len(placed) == 1
        and all(ctx.country_of(v) in placed for v in visitors)
    ):
        # "on the first day of the visit, Japarov and Putin laid wreaths in Bishkek": the
        # one not at home is the visitor
        abroad = [p for p in before + after if ctx.country_of(p) not in placed | {None}]
        visitors = abroad[:1] or visitors
    if visitors and "ccompan" in ctx.sentence:  # "…, accompanied by Vice Minister X": X too
        companions = _companions(ctx)
        if (
            visitors[0] in companions
            and "accompanied by" in ctx.sentence
            and (going := [p for p in before if p not in companions])
        ):
            # "Prime Minister X and his delegation accompanied by President Y visited …": X
            visitors = going[-1:]
        home = ctx.country_of(visitors[0])
        if going_with := ACCOMPANYING_RE.search(ctx.sentence):
            # "Speaker X, Minister Y … are accompanying President Macri during the visit"
            companions = [
                *companions,
                *(k for s, k in ctx.people if s - ctx.offset < going_with.start()),
            ]
        visitors += [
            p
            for p in dict.fromkeys(companions)
            if p not in visitors
            # (not the host showing the guest round: of another country than the guest's)
            and (home is None or ctx.country_of(p) in {home, None})
        ]
    hosts = [p for p in dict.fromkeys(before + after) if p not in visitors]
    # the article's main person, of the country visited when it is known (not on a trip to
    # a region: "Cheney left for Asia on Friday" has no one host)
    if not hosts and not REGION_TRIP_RE.search(ctx.sentence):
        # (not an ambassador: "Russian Ambassador to Pyongyang X said … Choe visited Moscow")
        # ("X is in Dushanbe on a bilateral visit": where the sentence puts the visitor)
        where = destinations or {
            c
            for p in ctx.places
            if (c := ctx.place_country(p)) and c not in {ctx.country_of(v) for v in visitors}
        }
        if not where and ctx.filed_in not in {ctx.country_of(v) for v in visitors} | {None}:
            # "NEW YORK (IANS) … Mukherjee, who is on a five-day visit in connection with the
            # UN General Assembly": where the story is filed, not the Russian minister he met
            where = {ctx.filed_in}
        hosts = [
            p
            for p in ctx.principals
            if p not in visitors
            and p not in ctx.envoys
            and (not where or ctx.country_of(p) in where)
        ][:1]
        if (
            hosts
            and not visitors
            and not before + after
            and ctx.filed_in
            and ctx.country_of(hosts[0]) == ctx.filed_in
            # (the visit itself, told of as known; not "a delegation … visited India")
            and THE_VISIT_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 30), m.start())
        ):
            # "Fifteen documents were signed as part of the top-level visit", filed from
            # Samarkand: the host is the main person at home, the guest the main person
            # from abroad
            visitors = [
                p
                for p in ctx.principals
                if p not in hosts
                and p not in ctx.envoys
                and ctx.country_of(p) not in {ctx.filed_in, None}
            ][:1]
    # (not one named as another visit's visitor after it: "… marking 25 years since the Iran
    # visit in 1999 by NA Chairman X")
    hosts = [
        p
        for p in hosts
        if not any(
            (
                by := ANOTHER_VISIT_BY_RE.search(
                    ctx.sentence, max(0, at - ctx.offset - 80), at - ctx.offset
                )
            )
            and by.start() >= m.end()
            for at, k in ctx.people
            if k == p
        )
    ]
    if destinations:  # a host is of the country visited
        hosts = [p for p in hosts if ctx.country_of(p) in destinations | {None}]
    elif SIDELINES_RE.search(ctx.sentence) and (
        where := {c for p in ctx.places if (c := ctx.place_country(p))}
    ):
        # "On his visit for a multilateral forum, X met President Y on the sidelines of the
        # SCO": one met at the gathering is a fellow guest, not its host
        hosts = [p for p in hosts if ctx.country_of(p) in where]
    # … and never of the visitor's own country, unless the visit is there: "visiting Russian
    # Foreign Minister Igor Ivanov … called President Putin's forthcoming visit"
    home = {c for v in visitors if (c := ctx.country_of(v))} - destinations
    hosts = [p for p in hosts if ctx.country_of(p) not in home]
    people = {p: "visitor" for p in visitors} | {p: "host" for p in hosts}
    countries: dict[str, str] = {}
    for p, role in people.items():
        if code := ctx.country_of(p):
            countries.setdefault(code, role)
    for code in destinations:
        countries[code] = "host"
    if not destinations and not hosts:
        # "X is in Baku for a two-day visit", "flew into Beijing": the one country the
        # sentence's places put the visitor in, not the visitor's own, is the host
        visitors_home = {ctx.country_of(v) for v in visitors}
        placed = {c for p in ctx.places if (c := ctx.place_country(p)) and c not in visitors_home}
        if len(placed) == 1:
            countries.setdefault(placed.pop(), "host")
    hosted_by_filing = None
    if (
        "host" not in countries.values()
        and visitors
        and ctx.filed_in
        and ctx.filed_in not in {ctx.country_of(v) for v in visitors} | {None}
        and HIS_BEFORE_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
        and not REGION_TRIP_RE.search(ctx.sentence)
    ):
        # "RIYADH: … During his official visit, Atmar also signed a memorandum with Minister
        # of Education X": the visit, told of with no country, is where the text was filed
        countries.setdefault(ctx.filed_in, "host")
        hosted_by_filing = ctx.filed_in
    # (not those of a tour before it: "arrived in Uzbekistan after an African tour during
    # which he visited Egypt, Uganda and Ethiopia")
    leg = TOUR_BEFORE_RE.search(ctx.sentence, m.end()) or FROM_LEG_WHERE_RE.search(
        ctx.sentence, m.end()
    )
    hosted = "host" in countries.values()
    # (nor those of whom the visitor met, the visit told in an aside: "Jaishankar, who is
    # currently on a visit to the US, met … Kazakhstan Foreign Minister Nurtleu")
    aside = _aside_holding(ctx.sentence, m)
    told_before = _aside_before(ctx.sentence, m)
    # (a leg told after the visit, as the one before it: "arrived in Pretoria for a state
    # visit … between China and South Africa, following a two-day visit to Namibia")
    leg_before = LEG_BEFORE_TRIGGER_RE.search(ctx.sentence, max(0, m.start() - 40), m.start()) or (
        m.group(0).lower() in {"visits", "trips"}
        and LEGS_BEFORE_TRIGGER_RE.search(ctx.sentence, max(0, m.start() - 40), m.start())
    )
    for s, code in ctx.countries:
        if leg_before and code not in destinations and s - ctx.offset < m.start():
            continue
        if (
            told_before
            and told_before.start() <= s - ctx.offset < told_before.end()
            and code not in destinations
        ):
            continue  # "X, who visited Turkmenistan last year, arrived in Astana": not a side
        if (
            hosted
            and code not in destinations
            and NEXT_LEG_RE.search(ctx.sentence, 0, s - ctx.offset)
        ):
            continue  # "wrapped up his Dhaka visit and left for Mongolia": the next one's
        if (
            hosted
            and code not in destinations
            and OTHER_LEG_BEFORE_RE.search(
                ctx.sentence, max(0, s - ctx.offset - 90), s - ctx.offset
            )
        ):
            # "arrived in Berlin from Britain on the second leg of a tour which also takes
            # in Spain": the tour's other stops, not sides of this visit
            continue
        if code not in destinations and ROUTE_LISTED_BEFORE_RE.search(
            ctx.sentence, max(0, s - ctx.offset - 220), s - ctx.offset
        ):
            # "Ukraine is the last leg of his six-nation tour, which also includes Yugoslavia,
            # Slovenia, …": the other stops, whatever the sentence says of this one
            continue
        if aside and not aside.start() <= s - ctx.offset < aside.end() and code not in countries:
            continue
        if (
            code not in countries
            and code not in destinations
            and OTHERS_FROM_BEFORE_RE.search(
                ctx.sentence, max(0, s - ctx.offset - 90), s - ctx.offset
            )
        ):
            # "In addition to the arrival of Prime Minister X, the city played host to visits by
            # foreign ministers from Canada and Germany": others' visits, no side of X's
            continue
        # (the word it is the second half of: "Palestine-Israel")
        word_at = s - ctx.offset - len(HALF_BEFORE_RE.search(ctx.sentence, 0, s - ctx.offset)[0])
        if (
            code not in countries
            and code not in destinations
            and TOPIC_BEFORE_RE.search(ctx.sentence, max(0, word_at - 60), word_at)
        ):
            # "The visiting Chinese head of state and King Abdullah discussed … the situation
            # in Iraq and Palestine-Israel conflict": topics of the talks, no sides of the visit
            continue
        if (
            code not in countries
            and code not in destinations
            and AMID_BEFORE_RE.search(ctx.sentence, max(0, word_at - 60), word_at)
        ):
            continue  # "His trip comes amid the crisis in Ukraine": the times, no side
        if leg is None or s - ctx.offset < leg.start() or code in destinations:
            countries.setdefault(code, "participant")
    # where it was: a place in the country visited, when that is known ("ADDIS ABABA, July
    # 12 (Xinhua) -- Visiting Somali President … and Eritrean President …" was in Eritrea)
    visited = set(destinations) or {c for c, role in countries.items() if role == "host"}
    places = [p for p in ctx.places if ctx.place_country(p) in visited | {None}]
    if not visited:
        places = ctx.places
    places = _airports_last(places)
    draft = Draft(
        "visit",
        _visit_kind(ctx.sentence, m),
        places[0] if places else None,
        people,
        countries,
        ctx.sentence,
    )
    draft.destinations = frozenset(destinations)
    if countries.get(hosted_by_filing) == "host":
        draft.hosted_by_filing = hosted_by_filing
    return draft


# What a visit comes amid: "amid the crisis in Ukraine", "amid tensions with Iran"
AMID_BEFORE_RE = re.compile(
    r"\bamid(?:st)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:in|of|over|with|between)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# Others named by where they come from: "visits by foreign ministers from Canada and"
OTHERS_FROM_BEFORE_RE = re.compile(
    r"\b(?:visits?|visitors|guests|delegations|ministers|leaders|officials)\s+(?:by\s+)?"
    r"(?:[\w-]+\s+){0,3}?from\s+(?:[\w'’-]+[,:]?\s+){0,8}?\Z",
    re.IGNORECASE,
)
SHE_OPENS_RE = re.compile(r"(?:[\"“]?)She\s")
THE_VISIT_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}\Z")
# Where the visitor went next: "and left for Mongolia", "before leaving Dhaka for"
NEXT_LEG_RE = re.compile(
    r"\b(?:left|leaves|leaving|departed|departs|departing|headed|heads|heading|proceeded"
    r"|proceeds|proceeding|set\s+off|sets\s+off|en\s+route)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}"
    r"(?:for|to)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
REGION_TRIP_RE = re.compile(
    r"\b(?:to|for|in)\s+(?:the\s+)?(?:Asia|Europe|Africa|Latin\s+America|South\s+America"
    r"|Central\s+Asia|South-?East\s+Asia|Middle\s+East|Gulf|Caucasus|Balkans|Pacific|Caribbean"
    r"|Scandinavia)\b(?!\s*-)"
)
TOUR_BEFORE_RE = re.compile(
    # (and "after concluding her visits to Fiji and New Zealand", "after paying official
    # visit to Ukraine")
    rf"\b(?:after|following)\s+(?:(?:{tense.CONCLUDING}|paying|making)\s+)?"
    r"(?:(?:an?|his|her|the)\s+|(?<=paying\s)|(?<=making\s))(?:[\w«»\"“”-]+\s+){0,3}?"
    r"(?:tour|trip|visits?)\b"
    r"|\bпосле\s+(?:[\w«»\"“”-]+\s+){0,3}?(?:турне|поездк\w*|визит\w*)",
    re.IGNORECASE,
)


DEATH_WORD_RE = re.compile(rf"\b(?:{DEATH_WORDS})\b", re.IGNORECASE)
DECEASED_BEFORE_RE = re.compile(
    rf"\b(?:{DEATH_WORDS})\s+(?:away\s+)?of\s+"
    r"(?:(?:the\s+)?(?:late\s+)?(?-i:[A-Z])[\w.-]*\s+){0,3}$|\bкончин\w*\s+$",
    re.IGNORECASE,
)


# After a name: its title or nothing, then "and" or a comma, then the next one's title.
CONJOINED_RE = re.compile(
    # ("the Republic of Korea, Zimbabwe and Mozambique")
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|al|de|van|von|of(?=[ \t]+(?:the[ \t]+)?[A-Z])"
    r"|the(?=[ \t]+[A-Z])))*[ \t]*"
    r"(?:,[ \t]*|,?[ \t]+and[ \t]+"
    # (with the country after the name: "Mr A of North Korea and Mr B")
    r"|of[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+and[ \t]+)"
    r"(?:(?:the|his|her)[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,6}"
)


CONJOINED_STYLED_RE = re.compile(
    r"[A-Z][^.;:()]{0,160}?,[ \t]+(?:and[ \t]+)?(?:His|Her)[ \t]+(?:Royal[ \t]+)?"
    r"(?:Highness|Majesty|Excellency)[ \t]+(?:(?:Sheikh|Shaikh|Sheikha|Prince|King|Sultan|Emir"
    r"|Amir)[ \t]+)?"
)
ACCOMPANYING_RE = re.compile(r"\b(?:is|are|was|were|been)\s+accompanying\b")
CREDENTIALS_RE = re.compile(r"credentials|credence|верительн", re.IGNORECASE)
# A sentence that opens with the congratulating: "Congratulating X on …, Y handed over …"
RELATIVE_RE = re.compile(r",\s+who\b")


def _conjoined(ctx: _Context, verb_at: int) -> list[str]:
    """The last person named before a verb, and those joined to them by "and" or commas
    ("Lao Foreign Minister A and Cambodian Foreign Minister B sent congratulations")."""
    named = [(s - ctx.offset, k) for s, k in ctx.people if s - ctx.offset < verb_at]
    # (not one named in a relative clause between: "The Secretary-General, who spoke with
    # Jakob Kellenberger, President of the ICRC, this morning, expresses his sympathy")
    relative = [m.start() for m in RELATIVE_RE.finditer(ctx.sentence, 0, verb_at)]
    if relative and any(at < relative[-1] for at, _ in named):
        named = [(at, k) for at, k in named if at < relative[-1]]
    chain = named[-1:]
    for s, k in reversed(named[:-1]):
        if (
            not (
                CONJOINED_RE.fullmatch(ctx.sentence, s, chain[-1][0])
                # (each with an office in apposition, the next one styled: "His Highness Sheikh
                # A, Vice President, Prime Minister and Ruler of Dubai, His Highness Sheikh B,
                # Crown Prince of Abu Dhabi, also dispatched …")
                or CONJOINED_STYLED_RE.fullmatch(ctx.sentence, s, chain[-1][0])
            )
            or (
                # (not the one an opening phrase names: "During his meeting with President A,
                # B congratulated him")
                OPENING_WITH_RE.match(ctx.sentence, 0, s) and "," in ctx.sentence[s : chain[-1][0]]
            )
        ):
            break
        chain.append((s, k))
    return list(dict.fromkeys(k for _, k in reversed(chain)))


# An office for its holder as the object, no name after it: "congratulated the minister on …"
THE_TITLE_OBJECT_RE = re.compile(
    r"\w+\s+the\s+(?:(?:foreign|prime)\s+)?(?:minister|president|premier|chancellor|secretary"
    r"|ambassador|king|emir|host)\b(?!\s+(?:of|for|to)\b|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
OBJECT_PRONOUN_RE = re.compile(r"\w+\s+(?:him|her|его|её|ее)(?!\w)")
OPENING_WITH_RE = re.compile(
    r"\s*(?:At|During|In|After|Following|Before)\s+[^,;]*\b(?:with|of)\s+(?:[\w'’.-]+\s+){0,4}\Z"
    # ("While receiving Lao ambassador A, Mr. B congratulated Laos": the one received)
    r"|\s*(?:While|When|After|Upon|On)\s+(?:receiving|meeting|hosting|welcoming)\s+"
    r"(?:[\w'’.-]+\s+){0,5}\Z"
    # ("Against the backdrop of the reshuffle which saw A replaced by B, C congratulated D")
    r"|\s*(?:Against|Amid|Amidst|Despite|In\s+the\s+wake\s+of)\b[^;]*\b(?:by|with|of|from)\s+"
    r"(?:[\w'’.-]+\s+){0,4}\Z"
)


def _conjoined_after(ctx: _Context, verb_at: int, skip: set[str]) -> list[str]:
    """The first person named after a verb (but those in `skip`), and those joined to them
    by "and" or commas."""
    after = [(at - ctx.offset, k) for at, k in ctx.people if at - ctx.offset >= verb_at]
    after = [(at, k) for at, k in after if k not in skip]
    chain = after[:1]
    for at, k in after[1:]:
        if not CONJOINED_RE.fullmatch(ctx.sentence, chain[-1][0], at):
            break
        chain.append((at, k))
    return list(dict.fromkeys(k for _, k in chain))


THE_LEADERS_OPEN_RE = re.compile(
    r"\s*(?:The\s+(?:(?:two|three|four|five)\s+)?(?:leaders|callers|presidents|ministers)|They)\s",
)
PLURAL_PASSIVE_RE = re.compile(r"(?:were|have\s+been|награждены|удостоены)\b", re.IGNORECASE)
# Between two names of one list: their titles, commas or "and" (no verb, no decree's words)
LISTED_BETWEEN_NAMES_RE = re.compile(r"[^.;:]{0,160}")
NOT_LISTED_RE = re.compile(
    r"\b(?:said|says|decree|according|указ\w*|по\s+словам|заявил\w*)\b", re.IGNORECASE
)


def _listed_before(ctx: _Context, verb_at: int) -> list[str]:
    """The people a list before a plural verb names: the last one before it, and those
    before them joined by commas or "and" ("посол в Мали Игорь Громыко, посол в Анголе
    Владимир Тараров награждены …")."""
    named = [(at - ctx.offset, k) for at, k in ctx.people if at - ctx.offset < verb_at]
    if not named:
        return []
    chain = [named[-1]]
    for at, key in reversed(named[:-1]):
        between = ctx.sentence[at : chain[-1][0]]
        if not (
            LISTED_BETWEEN_NAMES_RE.fullmatch(between)
            and re.search(r",|\s(?:и|and)\s", between)
            and not NOT_LISTED_RE.search(between)
        ):
            break
        chain.append((at, key))
    return list(dict.fromkeys(key for _, key in reversed(chain)))


# A participle opening the sentence up to its comma, the subject after it
# "Congratulating X on …, Y …", "Warmly felicitating X, Y noted …": an opening participle
PARTICIPLE_OPENING_RE = re.compile(
    r"(?:(?:Warmly|Heartily|Also|Again)\s+(?=[a-z])|(?=[A-Z]))(?P<verb>[A-Za-z][a-z]+ing)\b"
    r"[^,;.]{1,80},\s+"
)
# "received a cable from X expressing congratulations": X's, to the one who received it
RECEIVED_CABLE_FROM_RE = re.compile(
    # ("received cables from several presidents on Sunday, congratulating him")
    r"\b(?:received|receives|receiving|got)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:cable|message"
    r"|letter|telegram|phone\s+call|call)s?\s+from(?P<sender>\s)[^.;]{3,140}?(?:\b(?:expressing"
    r"|conveying|offering|extending|with)\s+(?:his|her|their|its)?\s*(?:[\w-]+\s+){0,2}|,\s*)\Z",
    re.IGNORECASE,
)
RECEIVED_BEFORE_RE = re.compile(
    # ("has taken a number of congratulatory calls from foreign leaders")
    r"\b(?:received|receives|receiving|got|get|gets|getting|accepted|taken|took|takes)\s+"
    r"(?:(?:a|an|the|many|several|his|her|a\s+number\s+of|numerous)\s+)?(?:[\w-]+\s+)?\Z"
    # "received a cable of congratulations from X", "received messages of condolence"
    r"|\b(?:received|receives|receiving|got)\s+(?:(?:a|an|the|many|several)\s+)?(?:[\w-]+\s+)?"
    r"(?:cables?|messages?|letters?|telegrams?|notes?|calls?)\s+of\s+\Z"
    # "получает поздравления … от лидеров", "удостоились поздравления от президента РФ"
    r"|(?<![\w-])(?:получа\w*|получил\w*|принима\w*|принял\w*|удостоил\w*)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


# the one speaking in a transcript: "I would like to congratulate you"
I_OR_WE_RE = re.compile(r"\b(?:I|we|We|я|Я|мы|Мы)\b")
YOU_AFTER_RE = re.compile(r"\w*\s+(?:you|Вас|вас|тебя)\b")


def _directed(
    ctx: _Context, type_: str, verb_at: int, label: str, subtype: str = "", received=False
) -> Draft:
    if received:  # the one before the verb received it from the one after
        recipients = ctx.people_before(verb_at)[-1:]
        if PLURAL_PASSIVE_RE.match(ctx.sentence, verb_at):
            recipients = _listed_before(ctx, verb_at)  # "A, B and C were awarded …"
        # (all those joined after it: "congratulatory calls from the Prime Ministers of Japan
        # and Australia")
        givers = _conjoined_after(ctx, verb_at, skip=set(recipients))
        if not recipients and not PLURAL_PASSIVE_RE.match(ctx.sentence, verb_at):
            # "During his visit, he was conferred with …": the main person (not "Russian
            # ambassadors were awarded …": a group left unnamed)
            recipients = [p for p in ctx.speakers[:1] if p not in givers]
    elif speaker := _subjectless_speaker(ctx, verb_at):
        # 'Modi said, "Pleased to speak with X. Congratulated him on …"': the one quoted
        # gives, the one the quotation named before (or names after) receives
        quote = _quote_around(ctx.sentence, verb_at) or (verb_at, verb_at)
        givers = [speaker]
        recipients = [
            k for at, k in ctx.people if quote[0] <= at - ctx.offset < verb_at and k != speaker
        ][-1:] or [k for k in ctx.people_after(verb_at) if k != speaker][:1]
    elif (opening := PARTICIPLE_OPENING_RE.match(ctx.sentence)) and verb_at < opening.end():
        # "Warmly felicitating Modi, Sri Lankan President X noted …": the one named after the
        # comma gives, the one in the opening receives
        recipients = [p for p in ctx.people_after(verb_at) if p in ctx.people_before(opening.end())]
        givers = [p for p in ctx.people_after(opening.end()) if p not in recipients][:1]
    elif (
        SUBJECT_ACTS_AGAIN_RE.search(ctx.sentence, max(0, verb_at - 16), verb_at)
        or (
            CLAUSE_BREAK_BEFORE_RE.search(ctx.sentence, max(0, verb_at - 4), verb_at)
            and VERB_THEN_HIM_RE.match(ctx.sentence, verb_at)
        )
    ) and len(named := ctx.people_before(verb_at)) >= 2:
        # "X phoned Y to congratulate him": X gives, Y receives
        givers, recipients = named[:1], named[-1:]
        verb_end = verb_at + len(re.match(r"\w*", ctx.sentence[verb_at:]).group(0))
        honoured = [
            k
            for at, k in ctx.people
            if verb_end <= at - ctx.offset <= verb_end + 100
            and HONOURED_OF_BEFORE_RE.fullmatch(ctx.sentence, verb_end, at - ctx.offset)
        ]
        if honoured and _named_within(ctx, verb_end, 2) is None:
            # "X conveyed the greetings of A, and congratulated the formation of the
            # government and the re-election of B as Speaker": B's, not A's
            recipients = honoured[:1]
        if (object_at := _named_within(ctx, verb_end, 2)) is not None:
            # "During his meeting with Vance, Han conveyed Xi's greetings to Trump and
            # congratulated Vance on …": the one named after the verb receives, the subject
            # after the opening phrase gives
            recipients = [k for at, k in ctx.people if at - ctx.offset == object_at]
            fronted = FRONTED_PHRASE_RE.match(ctx.sentence)
            givers = [
                k
                for at, k in ctx.people
                if (fronted.end() if fronted else 0) <= at - ctx.offset < verb_at
                and k not in recipients
            ][:1] or givers
    elif (
        (
            EXPRESSING_BEFORE_RE.search(ctx.sentence, max(0, verb_at - 40), verb_at)
            # "X sent a cable to Y, congratulating him on …"
            or PARTICIPLE_WISH_RE.match(ctx.sentence, verb_at)
        )
        and (sent := SENT_TO_RE.search(ctx.sentence, 0, verb_at))
        and (addressed := ctx.people_after(sent.end()))
        and addressed[0] in ctx.people_before(verb_at)
    ):
        # "The Amir has cabled X, Canada's Governor General, expressing congratulations on
        # …": the one the cable went to receives, the one who sent it gives
        recipients = addressed[:1]
        givers = [p for p in ctx.people_before(sent.start())][-1:] or [
            p for p in ctx.speakers[:1] if p not in recipients
        ]
    elif (
        re.match(r"поздравили(?!\w)", ctx.sentence[verb_at:], re.IGNORECASE)
        and len(before := list(dict.fromkeys(ctx.people_before(verb_at)))) == 1
        and (
            not re.search(r"(?<![\w-])(?:и|а также)\s", ctx.sentence[:verb_at])
            # (or in the dative, the object of a verb before: "Президенты разных стран
            # позвонили Касым-Жомарту Токаеву и поздравили с праздником")
            or RU_DATIVE_NAME_BEFORE_RE.search(ctx.sentence, 0, verb_at) is not None
        )
    ):
        # "Путина поздравили с 73-летием все главы стран СНГ", "Путина поздравили президент
        # Азербайджана Ильхам Алиев, …": one named before a plural verb is its object
        recipients = before
        givers = [k for k in ctx.people_after(verb_at) if k not in before]
    elif (
        len(before := list(dict.fromkeys(ctx.people_before(verb_at)))) == 1
        and RU_TITLED_SUBJECT_AFTER_RE.match(ctx.sentence, verb_at)
        and (after := [k for k in ctx.people_after(verb_at) if k not in before])
    ):
        # "С праздником Наурыз Токаева поздравил также президент Таджикистана Эмомали
        # Рахмон": the one named before is the object, the titled one after the subject
        recipients, givers = before, after[:1]
    elif (
        (which := DURING_WHICH_RE.search(ctx.sentence, 0, verb_at))
        and not [k for at, k in ctx.people if which.end() <= at - ctx.offset < verb_at]
        and len(named := ctx.people_before(which.start())) >= 2
    ):
        # "Путин провел телефонный разговор с Лукашенко, в ходе которого поздравил его": the
        # call's subject gives, the one called (a pronoun after the verb) receives
        givers = named[:1]
        recipients = named[-1:] if OBJECT_PRONOUN_RE.match(ctx.sentence, verb_at) else []
    else:
        givers = _conjoined(ctx, verb_at)
        # condolences "on the passing of Sheikh Khalifa": the one who died receives none
        mourned = {
            k
            for s, k in ctx.people
            if DECEASED_BEFORE_RE.search(ctx.sentence, max(0, s - ctx.offset - 30), s - ctx.offset)
        }
        # (and those joined to the first: "to President A and Prime Minister B, respectively")
        recipients = _conjoined_after(ctx, verb_at, skip={*givers, *mourned})
        if (
            not givers
            and re.search(r"^\s*[\"“«]", ctx.sentence)
            and (told := QUOTE_TOLD_BY_RE.search(ctx.sentence, verb_at))
        ):
            # '"The EU expresses condolences to …", Spokesman X wrote on Twitter': the one
            # quoted gives them, none after the quote receives
            recipients = [
                k for at, k in ctx.people if k in recipients and at - ctx.offset < told.start()
            ]
            givers = [k for at, k in ctx.people if told.start() < at - ctx.offset < told.end()][:1]
        if not recipients and OBJECT_PRONOUN_RE.match(ctx.sentence, verb_at):
            # "During his meeting with President A, B … congratulated him": the one met
            recipients = [
                k
                for at, k in ctx.people
                if at - ctx.offset < verb_at
                and k not in givers
                and OPENING_WITH_RE.match(ctx.sentence, 0, at - ctx.offset)
            ][:1]
    if (
        not givers
        and not received
        and (opening := PARTICIPLE_OPENING_RE.match(ctx.sentence))
        and opening.end("verb") >= verb_at
    ):
        # "Congratulating Minister X on his appointment, Ambassador Y handed over …": Y, the
        # subject after the opening clause
        givers = [k for k in ctx.people_after(opening.end()) if k not in recipients][:1]
    if (
        not givers
        and not received
        and ctx.previous_subject
        and ctx.previous_subject not in recipients
        and PRONOUN_RE.match(ctx.sentence)
        and not ctx.people_before(verb_at)
    ):
        # "President X said he was impressed …. He congratulated the head of state": his
        givers = [ctx.previous_subject]
    if (
        not givers
        and not received
        and THE_LEADERS_OPEN_RE.match(ctx.sentence)
        and not ctx.people_before(verb_at)
        and len(others := [p for p in ctx.previous_people if p not in recipients]) >= 2
    ):
        # "X received phone calls from A, B and C. The leaders congratulated X on …": A, B
        # and C
        givers = others
    if (
        not recipients
        and not received
        and givers
        and THE_TITLE_OBJECT_RE.match(ctx.sentence, verb_at)
        and len(others := [p for p in ctx.previous_people if p not in givers]) == 1
    ):
        # "A received Ambassador B. B congratulated the minister on her appointment": the
        # one other the sentence before named
        recipients = others
    if not givers and not received and ctx.voice and I_OR_WE_RE.search(ctx.sentence, 0, verb_at):
        # "I would like to congratulate you on …" in a transcript: the one speaking gives, the
        # one spoken to receives
        givers = [ctx.voice]
        if not recipients and ctx.interlocutor and YOU_AFTER_RE.match(ctx.sentence, verb_at):
            recipients = [ctx.interlocutor]
    if (
        not givers
        and ctx.speakers
        and ctx.speakers[0] not in recipients
        # (not where countries give them: "Laos, Cambodia, Indonesia congratulate …")
        and not any(0 < verb_at - (s - ctx.offset) <= 25 for s, _ in ctx.countries)
        # (nor others left unnamed: "More world leaders offer sympathy over earthquake")
        and not UNNAMED_GIVERS_BEFORE_RE.search(ctx.sentence, max(0, verb_at - 40), verb_at)
    ):
        givers = ctx.speakers[:1]  # (a spokesperson's condolences are theirs to give)
    giver_countries = []
    if subtype == "condolence" and not givers:
        # "Sri Lanka conveyed its sincere condolences to …": the country that sends them
        giver_countries = [
            code
            for s, code in ctx.countries
            if COUNTRY_SENDS_RE.fullmatch(ctx.sentence, s - ctx.offset, verb_at)
        ][-1:]
    if (
        subtype == "condolence"
        and not givers
        and not giver_countries
        and (ministry := GOVERNMENT_OPENS_RE.match(ctx.sentence))
        and ministry.end() <= verb_at
    ):
        # "The Azerbaijani Foreign Ministry strongly condemns the attacks …, expresses
        # condolences to the injured": the sentence's subject, the ministry's country
        giver_countries = [
            code for s, code in ctx.countries if s - ctx.offset == ministry.start("country")
        ]
    if not givers and not giver_countries:
        # "X has been awarded the Order of Friendship by Russia", "Singapore leaders today
        # congratulated President X": the country gives, no one named
        giver_countries = [
            code
            for s, code in ctx.countries
            if (
                received
                and s - ctx.offset > verb_at
                and BY_BEFORE_RE.search(ctx.sentence, max(0, s - ctx.offset - 8), s - ctx.offset)
            )
            or (
                not received and COUNTRY_LEADERS_RE.fullmatch(ctx.sentence, s - ctx.offset, verb_at)
            )
        ][:1]
    receiving = []
    if not recipients and not received and (obj := GREETED_OBJECT_RE.match(ctx.sentence, verb_at)):
        # "Mr. Sang congratulated Laos for being the Chair of ASEAN": the country greeted
        receiving = [code for s, code in ctx.countries if s - ctx.offset == obj.end()]
    return _given(ctx, type_, label, givers, recipients, subtype, giver_countries, receiving)


# The object of a greeting verb up to a country's name: "congratulated (the people of) Laos"
GREETED_OBJECT_RE = re.compile(
    r"(?:congratulat|felicitat|greet)\w*\s+(?:the\s+(?:people|government|leadership)\s+"
    r"(?:and\s+(?:the\s+)?(?:people|government)\s+)?of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
BY_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+)?\Z")
# A country and those who speak for it, the verb's subject: "Singapore leaders today "
COUNTRY_LEADERS_RE = re.compile(
    r"[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?\s+(?:leaders|government|Government|officials)"
    r"\s+(?:(?:today|also|yesterday|on\s+\w+day)\s+)?"
)
# The end of a quotation and who said or wrote it: '…", Spokesman X wrote on his page'
QUOTE_TOLD_BY_RE = re.compile(
    r"[\"”»]\s*,?\s*[—–-]?\s*[^\"“”«»]{0,160}?\b(?:said|says|wrote|writes|tweeted|posted"
    # ('"…," Spokesman for Azerbaijan's Foreign Ministry X told News.Az')
    r"|stated|added|noted|told)\b"
)
# A country's ministry or government opening the sentence: its subject
GOVERNMENT_OPENS_RE = re.compile(
    r"[\"“]?(?:The\s+)?(?P<country>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2}?)\s+"
    r"(?:Foreign\s+(?:Ministry|Office)|Ministry\s+of\s+Foreign\s+Affairs|MFA|government)\b",
    re.IGNORECASE,
)
# A country's name, its government or ministry, and a verb of sending just before the word
COUNTRY_SENDS_RE = re.compile(
    r"[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?(?:\s+(?:government|Government|Foreign\s+Ministry))?"
    r"\s+(?:also\s+)?(?:sends?|sent|convey(?:s|ed)?|express(?:es|ed)?|extend(?:s|ed)?|offer(?:s|ed)?)"
    r"\s+(?:(?:its|their|his|her|the)\s+)?(?:(?:deep|deepest|sincere|sincerest|heartfelt|profound)"
    r"\s+)*(?:and\s+\w+\s+)?"
)


# A country's name and a verb right after it, its subject: "the Republic of Azerbaijan
# resolutely condemns …"
COUNTRY_ACTS_RE = re.compile(
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
    r"\s+(?:(?:strongly|resolutely|firmly|vehemently|also|deeply|unequivocally)\s+)?"
    r"(?:condemn(?:s|ed)|denounce[sd]|stands|stood|supports|supported|expresse[sd]|extend(?:s|ed)"
    r"|offer(?:s|ed)|convey(?:s|ed)|reject(?:s|ed)|shares|shared|mourns|mourned)\b"
    # … or its service, whose spokesman gives them: "Spokesman for Azerbaijan's Foreign
    # Ministry X"
    r"|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*['’]s\s+(?:Foreign|External|Ministry"
    r"|MFA|Government|government|Embassy|embassy|foreign\s+ministry)\b"
)
TO_A_NATION_RE = re.compile(
    r"\bto\s+(?:the\s+)?(?:(?:brotherly|friendly|fraternal)\s+)?(?:people|government|leadership"
    r"|nation|citizens)\s+(?:and\s+(?:the\s+)?(?:people|government)\s+)?of\s+(?:the\s+)?\Z"
)
# "Noda expressed his gratitude for the heartfelt sympathy extended from India", "thanked
# him for the congratulations": thanks for wishes sent before, no wishes of the day
THANKS_FOR_BEFORE_RE = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciat\w*)\b[^.;]{0,80}?\bfor\s+(?:the\s+"
    r"|its\s+|his\s+|her\s+|their\s+|your\s+)?(?:[\w-]+\s+){0,2}\Z"
    r"|\bпоблагодари\w*\s+[^.;]{0,80}?\bза\s+(?:[\w-]+\s+){0,2}\Z"
    # thanks to those who sent them: "grateful to the leaders who expressed condolences",
    # "Выражаю благодарность главам государств, …, которые выразили соболезнования"
    r"|\b(?:thank(?:s|ed|ing)?|gratitude|grateful|поблагодари\w*|благодарност\w*)\s+[^.;]{0,120}?"
    r"\b(?:who|которые)\s+(?:had\s+)?(?:expressed|sent|offered|conveyed|выразили|направили"
    r"|передали)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
MISSION_START_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:on\s+(?:the\s+)?(?:start|beginning|commencement)\s+of\s+"
    r"(?:(?:his|her|their|a|the)\s+)?(?:diplomatic\s+)?mission"
    r"|с\s+(?:официальным\s+)?началом\s+(?:[\w-]+\s+)?(?:дипломатической\s+)?миссии)",
    re.IGNORECASE,
)
# "The Amir has cabled X, …, expressing congratulations on …": the one cabled receives them
EXPRESSING_BEFORE_RE = re.compile(
    r"\b(?:expressing|extending|conveying|offering)\s+(?:(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
SENT_TO_RE = re.compile(
    r"\b(?:cabled|telephoned|phoned|called|wrote\s+to|messaged"
    # ("sent on Monday a cable to the President of the United States X")
    r"|sent\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:a|an)\s+(?:cable|message|letter|telegram)"
    r"\s+to)\s+",
    re.IGNORECASE,
)
# "X phoned Y to congratulate him", "X позвонил Y … и тепло поздравил", "X called Y and
# congratulated him": the verb's subject is the one before the object
# A phrase opening the sentence before its subject: "During his meeting with Vance, …"
FRONTED_PHRASE_RE = re.compile(r"(?:During|At|After|In|On|Following)\s[^,;]{1,80},\s+")
SUBJECT_ACTS_AGAIN_RE = re.compile(
    r"\bto\s+\Z|\b(?:and|и)\s+(?:(?:also|warmly|также|тепло|горячо|сердечно)\s+)?\Z",
    re.IGNORECASE,
)
# Another visit's visitor: "the Iran visit in 1999 by NA Chairman "
ANOTHER_VISIT_BY_RE = re.compile(
    r"\b(?:visit|trip)\s+(?:to\s+[A-Z][\w'’-]*\s+)?(?:in\s+\d{4}\s+)?by\s+(?:[\w.'’-]+\s+){0,4}\Z"
)
# The one told of a meeting: "informed Trump about the main results of the meeting with …"
INFORMED_OF_BEFORE_RE = re.compile(
    r"\b(?:informed|briefed|updated|apprised)\s+(?P<who>[^.;,]{2,60}?)\s+(?:about|on|of)\s+"
    r"(?:the\s+)?(?:(?:main|key)\s+)?(?:results?|outcomes?|details|content)\s+of\s+"
    r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}\Z"
)
# What a congratulation is on, then the one it honours: " the formation of the government and
# the re-election of "
HONOURED_OF_BEFORE_RE = re.compile(
    r"\s+(?:him|her|them\s+)?(?:on\s+)?the\s+[^.;,]{0,80}?\b(?:re-?election|election|appointment"
    r"|inauguration|victory|birthday|swearing-in)\s+(?:as\s+[^.;,]{0,40}?\s+)?of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}"
)
PARTICIPLE_WISH_RE = re.compile(r"(?:congratulating|felicitating)\b", re.IGNORECASE)
# … or a headline's second clause, its subject left out: "X meets Y; congratulates him"
CLAUSE_BREAK_BEFORE_RE = re.compile(r"[;,]\s+\Z")
VERB_THEN_HIM_RE = re.compile(r"(?:congratulates|felicitates)\s+(?:him|her)\b")  # (a headline's)


def _given(
    ctx: _Context,
    type_: str,
    label: str,
    givers: list[str],
    recipients: list[str],
    subtype="",
    giver_countries=(),
    recipient_countries=(),
) -> Draft:
    """The draft of something given (an award, congratulations): its people in their roles,
    and their countries in the same roles."""
    people = {p: "giver" for p in givers} | {p: "recipient" for p in recipients}
    countries: dict[str, str] = dict.fromkeys(giver_countries, "giver")
    countries |= dict.fromkeys(recipient_countries, "recipient")
    for p, role in people.items():
        if code := ctx.country_of(p):
            countries.setdefault(code, role)
    if subtype == "condolence" and not recipients:
        # "condemned the attack in the Iranian city of Zahedan and expressed condolences":
        # the other country the sentence names receives them, not the giver's own
        for at, code in ctx.countries:
            # (not one that acts: "As a country suffering from terrorism, the Republic of
            # Azerbaijan resolutely condemns all forms of terrorism": the giver's)
            acts = COUNTRY_ACTS_RE.match(ctx.sentence, at - ctx.offset)
            countries.setdefault(code, "giver" if acts else "recipient")
    places = _not_where_it_struck(ctx, ctx.place_mentions)
    draft = Draft(type_, subtype, places[0][1] if places else None, people, countries, ctx.sentence)
    draft.label = label
    draft.subject = label
    return draft
