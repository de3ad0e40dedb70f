"""A headline for an article that came without one: its first real sentence, made short.

The text proper starts after the dateline and agency tag, and after lines that are not
news: a date-and-place line, a document header ("Press Statement", a spokesperson's name),
a sentence that only introduces what follows ("The following is attributable to …:"),
"Good afternoon." The first sentence of four words or more is taken, then shortened as a
sub-editor would: a leading "At the initiative of …,", "In May," or "Highlighting …,"
goes, as do "today" and "on Tuesday"; capitals are calmed ("AKAYEV MEETS …"); past the
limit a clause between commas (", who arrived …,") goes, and "The spokesman said that"
gives way to what was said; then it is cut at a clause ("…, having reached", "… when
meeting") and only then at a word, never inside a number, after an abbreviation or before
a dangling "of the".
"""

from __future__ import annotations

import re

from archive.text.datelines import article_dateline
from archive.text.sentences import split_sentences

HEADLINE_MAX = 110
MIN_WORDS = 4
LEADING_PHRASE_RE = re.compile(
    # (a setting named at length: "On the sidelines of the extraordinary meeting of the Council
    # of Foreign Ministers of the Cooperation Council of the Turkic Speaking States (Turkic
    # Council) in Baku, X met Y")
    r"^(?:On the (?:sidelines|margins) of|Within the framework of|At the (?:invitation|initiative)"
    r" of)\b[^,]{90,200}?,\s+(?=[A-Z])"
    r"|^(?:At the (?:initiative|invitation|request) of|In line with|As part of|According to"
    r"|Following|During|After|On the sidelines of|In|On|For|Earlier|Meanwhile|Today|Yesterday"
    # (not an adjective: "Visiting Chinese Premier X arrived in Moscow, the Russian capital")
    # (nor a noun: "Meeting between the Prime Minister of India, Dr X, and …")
    r"|Also|(?!(?:Visiting|Outgoing|Incoming|Ruling|Acting)\b)(?![A-Z][a-z]+ing\s+between\b)"
    r"(?!Meeting\s+of\b)[A-Z][a-z]+ing)\b[^,]{0,90}"
    # ("On Thursday, 13 December 2018, the NATO Secretary General …")
    r"(?:,\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|,\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?"
    # ("Today, Monday, Iraq signed …")
    r"|,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=,))?"
    r",\s+(?=[A-Za-zА-ЯЁа-яё])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
TIME_WORDS_RE = re.compile(
    # ("on the evening of Saturday, 29 January")
    rf",?\s+(?:(?:on|from|since|until|till)\s+|in\s+(?=the\s+(?:morning|afternoon|evening|night)\s+o[fn]\s))?"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+o[fn]\s+)?"
    # ("in a phone call on Late Tuesday held talks")
    rf"(?:(?i:late|early|last|this|next)\s+)?{_WEEKDAY}"
    rf"(?:\s+(?:and|or|to)\s+{_WEEKDAY})?(?:\s+(?:morning|afternoon|evening|night))?"
    # ("on Monday (8)": the day of the month in brackets)
    r"(?:\s+\(\d{1,2}(?:/\d{1,2})?\))?"
    # (and the day's date after it: "on Thursday, October 4, 2018,")
    # (or in figures: "on Thursday 10/3/2022")
    rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}/\d{2,4}),?)?"
    r"(?=[\s,.;:])"
    # ("today (25)": the day of the month after it)
    # ("late yesterday", "early today")
    r"|\s+(?:(?:late|early)\s+)?(?:today|yesterday)(?:\s+(?:morning|afternoon|evening))?"
    r"(?:\s+\(\d{1,2}\))?(?=[\s,.;:])",
)
ON_DAY_RE = re.compile(r",?\s+on\s", re.IGNORECASE)
# (a weekday that is a noun's: "It's a ceremonial Wednesday for President Obama")
NOUN_DAY_BEFORE_RE = re.compile(r"\b(?:a|an|the)(?:\s+[\w-]+)?\Z", re.IGNORECASE)
# Where a long sentence may be cut: before a clause that adds to the main one.
CLAUSE_RE = re.compile(
    r",\s+(?:which|who|whose|where|when|while|as|and|but|having|saying|adding|noting|"
    r"according|amid|after|during|following|in order|with|to)\b"
    r"|,\s+(?=[A-ZА-ЯЁ][a-zа-яё]+\s+(?:said|says|told|stated|noted|reported)\b)"
    # an agency's attribution: ", Kazinform News Agency cites the Akorda press service"
    r"|,\s+(?=(?:[A-Z][\w.-]*\s+){1,4}(?:cites|citing|quotes|quoting|informs|reports)\b)"
    r"|\s+(?:when|while|amid|after|during|following|in order to|so as to|as part of|"
    r"on the sidelines of|within the framework of|at the invitation of)\s"
    r"|\s+[–—]\s+|;\s+"
)
# A verb of saying ending a head, its object cut off
SAYING_END_RE = re.compile(
    r"\b(?:affirmed|said|says|stressed|noted|announced|stated|agreed|emphasi[sz]ed|confirmed"
    r"|told|underlined|reiterated|expressed|declared|asserted|pointed\s+out)\Z"
)
# A list's item before ", and": "with his counterparts from France, Germany, and …"
LIST_ITEM_BEFORE_RE = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\Z")
# … or a short item of a list between commas: ", his spouse, and …"
SHORT_ITEM_BEFORE_RE = re.compile(r",\s+(?:his|her|their|its|the)\s+[\w'’-]+(?:\s+[\w'’-]+)?\Z")
# A dash inside a name written with one ("Папуа — Новая Гвинея"): capitals on both sides.
NAME_DASH_RE = re.compile(r"[A-ZА-ЯЁ][\w-]*\s+[–—]\s+[A-ZА-ЯЁ]")
# A non-restrictive clause between commas: ", who arrived in the capital on a visit,".
NO_VERB_AFTER_RE = re.compile(r"(?:a|an|the)\b")
RELATIVE_RE = re.compile(r",\s+(?:who|which|whose|where)\s[^,]{3,120},\s+")
# "It is reported that on Thursday, the Minister …": an opening that tells nothing.
IT_IS_REPORTED_RE = re.compile(
    r"^It\s+(?:is|was|has\s+been)\s+(?:reported|learned|learnt|announced|noted)\s+that\s+"
    r"(?=[A-Za-z])"
    # a readout's attribution run on into it: "As stated by Spokesperson Jane Doe: …"
    r"|^(?:As\s+stated\s+by|The\s+(?:following|below)\s+is\s+attributable\s+to)\s+[^:.]{3,80}:\s+"
    r"(?=[A-Z])"
)
# "The spokesman said that Araghchi will visit …": what an unnamed speaker said.
REPORTED_RE = re.compile(
    r"^The\s[^,]{5,90}?\s(?:said|says|announced|stated|noted|told reporters|confirmed)\s+that\s+"
)
HEADER_LABELS = (
    "press statement",
    "press release",
    "media note",
    "fact sheet",
    "readout",
    "reading time",
    "office of the spokesman",
    "office of the spokesperson",
)
LABELLED_TITLE_RE = re.compile(
    r"(?:press\s+release|press\s+statement|media\s+note|fact\s+sheet|readout)\s+(?:on|of|about"
    r"|regarding)\s+(?:\S+\s+){2,}\S"
)
LABEL_PREFIX_RE = re.compile(
    r"^(?:press\s+release|press\s+statement|media\s+note|readout)\s*:\s+(?=\S)", re.IGNORECASE
)
SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)
NAME_PARTICLES = frozenset(["bin", "ibn", "bint", "al", "el", "ul", "de", "da", "van", "von"])
ACRONYMS = frozenset(
    [
        "NATO",
        "UN",
        "EU",
        "US",
        "USA",
        "UK",
        "UAE",
        "OSCE",
        "ASEAN",
        "ECOWAS",
        "CIS",
        "SCO",
        "BRICS",
        "OPEC",
        "G7",
        "G20",
        "G8",
        "AU",
        "GCC",
        "EAEU",
        # offices and more bodies a shouted headline names by their letters: "ARMENIAN FM
        # MEETS …" is "Armenian FM Meets …", not "Fm"
        "FM",
        "PM",
        "MFA",
        "UNGA",
        "UNSC",
        "IMF",
        "WTO",
        "IAEA",
        "SAARC",
        "BIMSTEC",
        "APEC",
        "OIC",
        "CSTO",
        "CPEC",
        "DPRK",
        "ROK",
        "PRC",
    ]
)
DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "with",
        "for",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "that",
        "which",
    ]
)
ABBREVIATION_END_RE = re.compile(r"(?:\b[A-ZА-ЯЁ]|\b(?:[A-Z]\.){1,3}[A-Z]?|\b\w{1,4})\.$")
NOT_NEWS = frozenset(
    {
        "good afternoon",
        "good morning",
        "good evening",
        "press statement",
        "press release",
        "media note",
        "readout",
        "transcript",
    }
)
DATE_LINE_RE = re.compile(r"^\W*(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+\d{4}\W*$")
# "Doha - Information Office - March 16": a place, an office and a date, no sentence.
HEADER_DATE_RE = re.compile(
    r"^[^.!?]{2,60}\s[-–—]\s[^.!?]{2,60}\s[-–—]\s(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\W*$"
)
# A picture's credit: "Jane Doe, Presidential Photo/File", "Photo: Jane Doe/Reuters"
PHOTO_CREDIT_RE = re.compile(
    r"(?:\b(?:Photo|Photograph|Pic|Picture|Image)s?(?:/File)?|/File|\bFile\s+photo)\W*$"
    r"|^\W*(?:Photo|Picture|Image|File\s+photo)\s*(?:credit\s*)?:",
    re.IGNORECASE,
)
# The steps of a site's path to the page: "Home > News > Local", "Home » World"
BREADCRUMB_RE = re.compile(r"\s[>›»]\s")
# A line of names that ends with a day in full: where and when, no news
ENDS_DATED_RE = re.compile(
    r"[\s,](?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})\W*$"
)
LITTLE_WORDS = frozenset({"and", "of", "the", "for", "de", "in", "at", "on", "du", "la", "y"})
# A head worth keeping names what happened: a word in lower case that is not a little one
# ("Deputy Prime Minister of Kazakhstan – Foreign Minister … summarized" is not cut at the
# dash into a bare title).
CONTENT_WORD_RE = re.compile(r"\b[a-zа-яё][a-zа-яё'’-]+\b")


def make_headline(
    paragraphs: list[str] | tuple[str, ...],
    limit: int = HEADLINE_MAX,
    cities: frozenset[str] = frozenset(),
) -> str:
    """A headline from the article's paragraphs (see the module docstring); `cities` as
    article_dateline takes them."""
    for sentence in candidate_sentences(paragraphs, cities):
        headline = shorten(sentence, limit)
        if len(re.findall(r"\w+", headline)) >= MIN_WORDS:
            return headline
    # Nothing long enough: the first words there are, cut at the limit.
    text = " ".join(paragraphs)[: limit * 2]
    return shorten(text, limit) if text else ""


def candidate_sentences(paragraphs, cities: frozenset[str] = frozenset()) -> list[str]:
    """The sentences a headline may come from, in order, dateline and headers left out."""
    found = []
    dated = article_dateline(paragraphs, cities)
    for index, paragraph in enumerate(paragraphs[:6]):
        if dated and index == dated[0]:
            paragraph = paragraph[dated[1].end :]
        sentences = split_sentences(paragraph)
        for i, sentence in enumerate(sentences):
            # (a header's short lines, "Press Statement", "Heather Nauert", are none; nor a
            # line of names over a date: "… Exhibition Centre, Singapore" / "November 13, 2018")
            if (
                i + 1 < len(sentences)
                and DATE_LINE_RE.match(sentences[i + 1])
                and _names_only(sentence)
            ):
                continue
            # ("Press release: Foreign Secretary welcomes Gaza ceasefire": the title after it)
            sentence = LABEL_PREFIX_RE.sub("", sentence)
            if _is_news(sentence) and len(re.findall(r"\w+", sentence)) >= MIN_WORDS:
                found.append(sentence)
        if len(found) >= 3:
            break
    return found


def _is_news(sentence: str) -> bool:
    bare = sentence.strip(" .:!*").lower()
    if bare in NOT_NEWS or DATE_LINE_RE.match(sentence):
        return False
    if bare.startswith(HEADER_LABELS) and not LABELLED_TITLE_RE.match(bare):
        return False  # (but "Press Release on the visit of US delegation" is a title)
    if HEADER_DATE_RE.match(sentence.strip()) or len(BREADCRUMB_RE.findall(sentence)) >= 2:
        return False  # (nor a site's path: "Pulse Kenya > News > Local")
    if PHOTO_CREDIT_RE.search(sentence) and len(sentence.split()) <= 8:
        return False  # "Jane Doe, Presidential Photo/File": a picture's credit
    if (dated := ENDS_DATED_RE.search(sentence)) and _names_only(sentence[: dated.start()]):
        return False  # "Suntec … Convention and Exhibition Centre, Singapore November 13, 2018"
    if sentence.rstrip().endswith(":"):  # "The following is attributable to …:"
        return False
    if BYLINE_RE.fullmatch(sentence.strip()):
        return False  # "By Jonathan Doe", "Written by Jane Doe": who wrote it
    if (more := READ_MORE_RE.search(sentence)) and _names_only(sentence[: more.start()]):
        return False  # "Jane Doe Read more": the writer's name and a site's link

    return bool(re.search(r"[^\W\d_]{2}", sentence))


def _names_only(text: str) -> bool:
    """Whether a line is names and little words only, no word in lower case that tells."""
    return not [w for w in CONTENT_WORD_RE.findall(text) if w not in LITTLE_WORDS]


BYLINE_RE = re.compile(
    r"(?:\(MENAFN\s*[-–—][^()\n]{2,60}\)\s*)?"
    r"(?:(?:Written|Reported|Story|Text)\s+)?[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s+(?:contributor|correspondent|reporter|staff\s+writer|writer|editor|desk))?"
    r"(?:\s*[,|•–-]\s*[\w\s.,:|•–-]{0,60})?"
)
READ_MORE_RE = re.compile(r"\s*\bRead\s+more\W*$", re.IGNORECASE)
QUESTION_MARK_RE = re.compile(r"^(?:Q|A|Question|Answer)\s*:\s+(?=\S)")


def shorten(sentence: str, limit: int = HEADLINE_MAX) -> str:
    """A sentence made into a headline of at most `limit` characters."""
    text = " ".join(sentence.split()).strip()
    text = QUESTION_MARK_RE.sub("", text)  # a briefing's "Q: …"
    if (opening := IT_IS_REPORTED_RE.match(text)) and len(text) - opening.end() > 20:
        text = text[opening.end()].upper() + text[opening.end() + 1 :]
    if re.search(r"[.!?…»\"”]\s*$", text) or len(text) > limit:
        # (a title line that fits, with no full stop, keeps its head: "Waiting room meeting
        # with Xi, Modi a rare coincidence, says PM Dahal")
        text = _without_leading_phrase(text)
    text = _without_time_words(text)
    text = _unshouted(text.rstrip(" .,"))  # (a comma left before a time cut: "the capital,")
    if text[:1].islower():  # after a dateline: "KUWAIT, Dec 26 (KUNA) -- the Amir received"
        text = text[0].upper() + text[1:]
    if len(text) <= limit:
        return text
    for pattern in (RELATIVE_RE, REPORTED_RE):
        # (an aside the sentence goes on after, in lower case: not "Sputnik is live from
        # Moscow, where X is holding a press conference with his counterpart, Y Z")
        if (
            pattern is RELATIVE_RE
            and (aside := RELATIVE_RE.search(text))
            and (
                not text[aside.end() : aside.end() + 1].islower()
                # (nor where no verb follows it, the comma a stray one inside the clause:
                # "X, who returned home Wednesday hailed India visit as, a "great" trip")
                or NO_VERB_AFTER_RE.match(text, aside.end())
            )
        ):
            continue
        shorter = pattern.sub(" " if pattern is RELATIVE_RE else "", text, count=1)
        if shorter != text and len(re.findall(r"\w+", shorter)) >= MIN_WORDS:
            text = shorter[0].upper() + shorter[1:]
        if len(text) <= limit:
            return text
    cut = _clause_cut(text, limit)
    if cut:
        return cut
    return _word_cut(text, limit - 1) + "…"


def _unshouted(text: str) -> str:
    """ "AKAYEV MEETS GERMAN CHANCELLOR" -> "Akayev Meets German Chancellor"."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 12 or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return text
    words = []
    for i, word in enumerate(text.split()):
        bare = word.strip(",.;:()\"'")
        if bare in ACRONYMS:
            words.append(word)
        elif i and bare.lower() in SMALL_WORDS:
            words.append(word.lower())
        else:  # (each part of a hyphened or slashed word: "Secretary-General", "Albright/Qian")
            words.append(
                "/".join(
                    "-".join(part.capitalize() for part in half.split("-"))
                    for half in word.split("/")
                )
            )
    return " ".join(words)


# A day opening the sentence with no comma after it, its subject right after: "On Thursday
# four newly appointed ambassadors from A, B and C presented …" (the comma is the list's)
# (not a date after it: "Today 25th February, the President …")
DAY_THEN_SUBJECT_RE = re.compile(
    # (nor a part of the day: "On Thursday evening, the minister …")
    rf"(?:On\s+{_WEEKDAY}|Today|Yesterday)\s+(?=[A-Za-z\"“])(?!{_MONTH}(?:\s|,))"
    r"(?!(?:morning|afternoon|evening|night)\b)"
)


# The office in apposition to the host a lead-in names: "At the invitation of Prof. G. L.
# Peiris, Minister of External Affairs of Sri Lanka, Dr. X paid a visit" (left with the name)
HOSTS_OFFICE_RE = re.compile(
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary|President|Premier|Chairman"
    r"|Chancellor|Ambassador|King|Emir|Sultan|Prince)\b[^,]{0,100},\s+(?=[A-Z])"
)


def _without_leading_phrase(text: str) -> str:
    if (day := DAY_THEN_SUBJECT_RE.match(text)) and len(
        re.findall(r"\w+", text[day.end() :])
    ) >= MIN_WORDS:
        rest = text[day.end() :]
        return rest[0].upper() + rest[1:]
    m = LEADING_PHRASE_RE.match(text)
    if not m or len(re.findall(r"\w+", text[m.end() :])) < MIN_WORDS:
        return text
    rest = text[m.end() :]
    if m.group(0).startswith("At the ") and (office := HOSTS_OFFICE_RE.match(rest)):
        rest = rest[office.end() :]
    return rest[0].upper() + rest[1:]


def _without_time_words(text: str) -> str:
    # (and the "On" left before a comma: "Shafaq News/ On Wednesday, the Iraqi …"; and a
    # stray comma after the day: "X on Thursday, extended an invitation" is "X extended …")
    kept, last = [], 0
    for m in TIME_WORDS_RE.finditer(text):
        if NOUN_DAY_BEFORE_RE.search(text, 0, m.start()) and not ON_DAY_RE.match(m.group(0)):
            continue  # (a noun's day, "a ceremonial Wednesday"; not "the summit on Monday")
        # (a day set off by commas goes with both: "The Union, yesterday, announced")
        if text.startswith(",", m.end()) and text.endswith(",", 0, m.start()):
            kept.append(text[last : m.start() - 1])
            last = m.end() + 1
            continue
        kept.append(text[last : m.start()])
        # (not a comma closing a clause opened before it: "X, who arrived on Tuesday, was")
        # (nor one opening a clause: "left Victoria on Thursday, winding up his tour")
        stray = (
            text.startswith(",", m.end())
            and "," not in text[: m.start()]
            and STRAY_COMMA_VERB_RE.match(text, m.end() + 1) is not None
        )
        last = m.end() + 1 if stray else m.end()
    kept.append(text[last:])
    return ON_LEFT_RE.sub("", "".join(kept))


# The verb a stray comma parts from its subject: "Jane Doe on Thursday, extended …"
STRAY_COMMA_VERB_RE = re.compile(r"\s+[a-z]+ed\b")
ON_LEFT_RE = re.compile(r"(?:^|(?<=\s))[Oo]n,\s+")


def _clause_cut(text: str, limit: int) -> str:
    """The longest head of `text` that ends before a clause and fits the limit."""
    best = ""
    for m in CLAUSE_RE.finditer(text):
        if m.start() > limit:
            break
        if NAME_DASH_RE.match(text, text.rfind(" ", 0, m.start()) + 1):
            continue
        if m.group(0).startswith(", and") and (
            LIST_ITEM_BEFORE_RE.search(text, 0, m.start())
            or SHORT_ITEM_BEFORE_RE.search(text, 0, m.start())
        ):
            # "… from France, Germany, and the United Kingdom", "President X, his spouse,
            # and a delegation left …": a list's last item
            continue
        head = text[: m.start()].rstrip(" ,;:–—")
        if SAYING_END_RE.search(head):
            # "The Moroccan and French foreign ministers affirmed [during a press conference
            # … that …]": what was said is still to come
            continue
        # (a name's particles are no content: "Amir Sheikh Tamim bin Hamad Al Thani, and …"
        # has no verb yet)
        content = [
            w for w in CONTENT_WORD_RE.findall(head) if w not in SMALL_WORDS | NAME_PARTICLES
        ]
        if len(re.findall(r"\w+", head)) >= MIN_WORDS + 1 and content:
            best = head
    return best


def _word_cut(text: str, limit: int) -> str:
    """The text cut at the last space before `limit`, without a dangling little word,
    abbreviation or a number cut short."""
    cut = text[:limit]
    if " " in cut and not text[limit : limit + 1].isspace():
        cut = cut[: cut.rindex(" ")]
    words = cut.split()
    while len(words) > MIN_WORDS and (
        words[-1].lower().strip(",;:") in DANGLING or ABBREVIATION_END_RE.search(words[-1])
    ):
        words.pop()
    return " ".join(words).rstrip(" ,;:–—-")
