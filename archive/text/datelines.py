"""Datelines and agency tags at the head of wire copy, told apart from the text.

The common styles, each: where the story was filed, when, and by whom —
    ASTANA, March 4. /Kazinform/ –          WASHINGTON, Feb. 3 (Reuters) -
    BAKU, Azerbaijan, May 3. Trend:         МОСКВА, 25 ноября. /ТАСС/.
    NEW DELHI, March 3 (Xinhua) --          Ташкент. 7 сентября. УзТАГ –
    BRUSSELS (Reuters) –                    Ulaanbaatar /MONTSAME/.
    ANKARA.KAZINFORM, ASTANA. KAZINFORM     МОСКВА, 22 мая - РИА Новости.
    BRISBANE -   NEW DELHI:                 By IANS, Addis Ababa:
    13 February 2012, Male';                ADDIS ABABA, The African Union …
and a first paragraph that is only a date and a place ("October 9, 2008, Bishkek"), as
official sites print it. Pure: the caller decides what to do with the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from archive.text.fold import fold

# In title case or in capitals ("YEREVAN, AUGUST 28, ARMENPRESS."), not in lower case.
_MONTHS_EN = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
MONTHS_EN = rf"(?:{_MONTHS_EN}|{_MONTHS_EN.upper()})\.?"
MONTHS_RU = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)\.?)"
)
DATE = (
    rf"(?:{MONTHS_EN}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS_EN}|{MONTHS_RU})(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"|[A-Z][a-z]{2}\.?\s\d{1,2})"  # a misspelt month ("Jam 24"): only before a tag
)
UPPER_WORD = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+"
TITLE_WORD = r"[A-ZА-ЯЁ][a-zа-яё'’-]+"
# "KYIV/LONDON, March 1 (Reuters) -": datelined in two cities; the first is the place.
CITY = (
    rf"(?P<city>{UPPER_WORD}(?:\s+{UPPER_WORD}){{0,3}}(?:/{UPPER_WORD}(?:\s+{UPPER_WORD}){{0,3}}){{0,2}}"
    rf"|{TITLE_WORD}(?:\s+(?:{TITLE_WORD}|de|da|do|del|al|el|la)){{0,3}})"
)
# ", Azerbaijan", ", South Korea", ", DC", " [Japan]".
# (and in brackets, "Male (Maldives)"; a space before its comma: "Caracas, Venezuela , April 21")
REGION = (
    r"(?P<region>,\s*(?:D\.?C\.?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.\s(])[ \t]?(?=,)"
    r"|,\s*(?:D\.?C\.?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.\s(])"
    r"|\s*\[[A-Z][^\]\n]{1,30}\]|[ \t]+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)(?=,))?"
)
KNOWN_AGENCIES = {
    "TASS": "TASS",
    "ТАСС": "TASS",
    "Kazinform": "Qazinform News Agency",
    "KAZINFORM": "Qazinform News Agency",
    "Qazinform": "Qazinform News Agency",
    "Trend": "Trend News Agency",
    "Kabar": "Kabar",
    "Кабар": "Kabar",
    "MONTSAME": "MONTSAME",
    "Khovar": "Khovar",
    "NIAT Khovar": "Khovar",
    "BelTA": "BelTA",
    "MNA": "Mehr News Agency",
    "IRNA": "IRNA",
    "Xinhua": "Xinhua",
    "Reuters": "Reuters",
    "AP": "Associated Press",
    "AFP": "AFP",
    "Yonhap": "Yonhap",
    "KUNA": "KUNA",
    "PTI": "Press Trust of India",
    "IANS": "IANS",
    "ANI": "ANI",
    "VNA": "Vietnam News Agency",
    "RFE/RL": "RFE/RL",
    "УзТАГ": "UzTAG",
    "УЗИНФОРМ": "UzInform",
    "ИНТЕРФАКС-КАЗАХСТАН": "Interfax-Kazakhstan",
    "ИНТЕРФАКС": "Interfax",
    "Interfax": "Interfax",
    "РИА Новости": "RIA Novosti",
    "ТУРКМЕНинформ": "TURKMENinform",
    "AKIpress": "AKIpress",
    "UzA": "UzA",
    "Azertac": "Azertac",
    "AZERTAC": "Azertac",
    "KazTAG": "KazTAG",
    "КазТАГ": "KazTAG",
    "INTERFAX": "Interfax",
    "APA": "APA",
    "Anadolu": "Anadolu Agency",
    "WAM": "WAM",
    "SPA": "Saudi Press Agency",
    "dpa": "dpa",
    "Kyodo": "Kyodo",
    "Bernama": "Bernama",
    "EFE": "EFE",
    "Sputnik": "Sputnik",
    "Спутник": "Sputnik",
    "News.Az": "News.Az",
    "SANA": "SANA",
    "QNA": "QNA",
    "Antara": "Antara",
    "Tasnim": "Tasnim",
    "ARMENPRESS": "Armenpress",
    "Armenpress": "Armenpress",
    "RSS": "Rastriya Samachar Samiti",
    "BSS": "BSS",
    "APP": "Associated Press of Pakistan",
    "BNA": "Bahrain News Agency",
    "KCNA": "KCNA",
    "MENA": "MENA",
    "Petra": "Petra",
    "Prensa Latina": "Prensa Latina",
    "Pajhwok": "Pajhwok",
    "ANSA": "ANSA",
    "Lusa": "Lusa",
    "ПРАЙМ": "PRIME",
    "Dunyo": "Dunyo",
    "VOVWORLD": "VOV World",
    "VOVworld": "VOV World",
    "GNA": "Ghana News Agency",
    "VOV": "Voice of Vietnam",
    "SHAFAQNA": "Shafaqna",
    "Shafaqna": "Shafaqna",
    "REPORT.AZ": "Report",
    "Report.az": "Report",
}
# each agency's name as a word, compiled once
AGENCY_WORD_RES = [
    (re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), canonical)
    for name, canonical in KNOWN_AGENCIES.items()
]
_AGENCY_WORDS = "|".join(
    sorted((re.escape(name) for name in KNOWN_AGENCIES), key=len, reverse=True)
)
# A tag: in slashes, in brackets, or an agency's name standing on its own.
TAG = (
    r"(?P<tag>/\s*[^/\n]{2,60}?\s*/"
    # a slash opening it and a full stop closing it: "TASHKENT, October 8. /'Dunyo' IA."
    r"|/[\"'‘“][^/\n.]{2,40}\.(?=\s)"
    # (a broadcaster's name may open on a number, "(92 News)"; not a number alone)
    rf"|\((?!\d[\d\s.,/-]*\))(?!\d{{1,2}}\s+{MONTHS_EN})[^()\n]{{2,80}}\)"
    # a site's name after a slash, before a dash: "Tbilisi / Agenda.ge –"
    r"|/[ \t]*[A-Za-z][\w-]*(?:\.[a-z]{2,4})+(?=\s*[–—-])"
    # ("INTERFAX.RU —": the agency by its site's name)
    # (not the end of another word in capitals: "SHAFAQNA-" is no "SHAFA" filed by QNA)
    # (and a slash after the site's name: "Baku. 16 October. REPORT.AZ/ This year …")
    rf"|(?<![A-Za-zА-ЯЁа-яё])(?:ИП\s+)?[\"“«]?(?:{_AGENCY_WORDS})(?:\.(?i:ru|az|kz|uz|kg|tj|am|ge|by|com))?[\"”»]?"
    r"(?:/(?=\s))?"
    # (or ending its line: "Baku, May 12, AZERTAC" over the text)
    r"(?=[\s.:–—-]|$)"
    r")"
)
# (a colon may touch the text: "Istanbul, (UrduPoint / … - 24th Apr, 2021 ) :President …")
# ("Tokyo, March 22 (Jiji Press)--The foreign ministers …": the double dash touching the text)
# ("Quito, Nov 20 (EFE) .- The Government …": a full stop before the dash, as EFE writes it)
DASH = r"(?P<dash>\s*\.?(?:--|[–—-]|:)(?=\s|$)\s*|\s*(?:--|[–—-])(?=\S)|\s*:(?=[A-ZА-ЯЁ]))?"
END = r"[.:]?(?:\s+|$)"

DATELINE_RES = [
    # CITY[, region][,.] DATE[.] [TAG][.] [DASH]
    re.compile(
        # (a space before the full stop: "Bishkek, March 4, 2021 . / Kabar /.")
        rf"{CITY}{REGION}[,.]?\s+(?P<date>{DATE})(?:[ \t]?\.)?(?:,?\s*\n?\s*{TAG}\.?)?{DASH}",
    ),
    # CITY[, region] TAG[.] [DASH]
    re.compile(rf"{CITY}{REGION},?\s*{TAG}\.?{DASH}"),
    # "Tashkent, Uzbekistan ( -- …": a tag whose linked name was lost in copying
    re.compile(rf"{CITY}{REGION},?[ \t]+\((?P<dash>[ \t]*--\s*)"),
    # 13 February 2012, Male'; (the date first, as some official sites print it)
    re.compile(rf"(?P<date>{DATE}),\s+{CITY}(?P<dash>\s*[;:–—-]+\s*)"),
    # June 8, 2017 (KHARTOUM) - (the date first, the city in brackets after it)
    re.compile(
        rf"(?P<date>{DATE}),?[ \t]+\((?P<city>{UPPER_WORD}(?:[ \t]+{UPPER_WORD}){{0,3}})\)"
        r"(?P<dash>\s*(?:--|[–—-])\s*)"
    ),
    # 14 April 2015, 15:45 (a date and the time of filing, as a ministry's page prints it)
    re.compile(rf"(?P<date>{DATE}),?\s+\d{{1,2}}:\d{{2}}(?P<dash>\s+)"),
    # (ANI): / (AP) — (an agency's tag alone, no place)
    re.compile(rf"(?P<tag>\((?:{_AGENCY_WORDS})\))(?P<dash>\s*(?:[:–—-]+|--)\s*)"),
    # ANKARA.KAZINFORM, ASTANA. KAZINFORM
    re.compile(rf"(?P<city>{UPPER_WORD})\.[ \t]?(?P<tag>{_AGENCY_WORDS})\b\.?{DASH}"),
    # By IANS, Addis Ababa:
    re.compile(rf"By\s+(?P<tag>{_AGENCY_WORDS}|[A-Z][\w.]+),\s+{CITY}\s*:\s*"),
    # APA-Pretoria (South Africa) (the agency joined to the city, its country in brackets)
    re.compile(
        rf"(?P<tag>{_AGENCY_WORDS})-{CITY}[ \t]+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\){DASH}[ \t]*"
    ),
    # BRISBANE - / ALGIERS- / NEW DELHI: (capitals, then a dash or a colon). "New Delhi:"
    # in title case is not taken: it cannot be told from a speaker ("Vladimir Putin: We …").
    # (not a hyphen inside a word: "ACTIVITIES OF SECRETARY-GENERAL IN LOMÉ")
    re.compile(
        rf"(?P<city>{UPPER_WORD}(?:\s+{UPPER_WORD}){{0,3}}){REGION}\s*(?:[–—]+|-+(?![A-ZА-ЯЁ]{{2}})|:)\s*"
    ),
    # Shafaq News/ On Wednesday, … (the publisher and a slash, no place)
    re.compile(r"(?P<tag>(?:[A-Z][\w.]*\s+){0,2}(?:News|Agency|Press|Media))/[ \t]*"),
    # Kaieteur News – The meeting … (the publisher and a dash, no place)
    re.compile(
        r"(?P<tag>(?:[A-Z][\w.]*[ \t]+){1,2}(?:News|Agency|Press|Media|Times|Post|Herald"
        r"|Tribune|Chronicle|Gazette))(?P<dash>[ \t]+[–—][ \t]+)"
    ),
    # ADDIS ABABA, The African Union … (capitals and a comma, nothing else, before the text)
    re.compile(rf"(?P<city>{UPPER_WORD}(?:\s+{UPPER_WORD}){{0,3}}),[ \t]+(?=[A-Z][a-z])"),
]
KNOWN_DATE_RE = re.compile(rf"{MONTHS_EN}|\d|{MONTHS_RU}")
# An agency after the dash: "МОСКВА, 22 мая - РИА Новости.", "… - ИП "ТУРКМЕНинформ".".
AGENCY_AFTER_DASH_RE = re.compile(rf"(?P<tag>(?:ИП\s+)?[\"“«]?(?:{_AGENCY_WORDS})[\"”»]?)\.\s+")
DATE_ONLY_RE = re.compile(
    # (not a dash and the text after it: "June 8, 2017 (KHARTOUM) - The envoy met …")
    rf"\s*(?P<date>{DATE})(?:,?\s+(?P<city>(?:(?!\s[–—-]\s)[^\n,]){{2,40}}))?(?:,[^\n]{{0,40}})?\s*\Z"
)


# The day after a dateline's dash, a colon after it: "GIS - 28 December, 2018:The …"
DATE_AFTER_DASH_RE = re.compile(rf"(?P<date>{DATE})\s*:\s*(?=[\"“«]?[A-ZА-ЯЁ])")
# A date alone before a colon, the text after it: "Dec. 16: Addressing India's concern …"
DATE_COLON_RE = re.compile(rf"\s*(?P<date>{DATE}):\s+(?=[\"“«]?[A-ZА-ЯЁ])")


# Words a sentence may begin with that no city does (in title case): "From November 22 -".
_NOT_CITY_FIRST_WORDS = """From In On At By During Since After Before Until Between Over Under
For With The A An This That These Those Last Next Earlier Later Meanwhile Today Yesterday"""
NOT_CITY_FIRST_WORDS = frozenset(_NOT_CITY_FIRST_WORDS.split())
# Capitals before a dash that are not a place: organisations and wire-copy labels.
NOT_CITIES = frozenset(
    [
        "NATO",
        "UN",
        "EU",
        "US",
        "USA",
        "UK",
        "OSCE",
        "ASEAN",
        "SCO",
        "CIS",
        "CSTO",
        "BRICS",
        "OPEC",
        "WHO",
        "IMF",
        "WTO",
        "IAEA",
        "EAEU",
        "GCC",
        "AU",
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "NOTE",
        "FACTBOX",
        "WRAPUP",
        "CORRECTED",
        "ADVISORY",
        "EDITORIAL",
        "INTERVIEW",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "FILE",
        "WATCH",
        "LIVE",
        # (a document's kind over its title: "TRANSCRIPT: READOUT ON …")
        "TRANSCRIPT",
        "READOUT",
        "TEXT",
        "STATEMENT",
        "REMARKS",
        # (a ministry or a body speaking in a headline: "МИД: Товарооборот …", "MEA: India …")
        "MFA",
        "MEA",
        "МИД",
        "МВД",
        "ООН",
        "ЕС",
        "НАТО",
        "СНГ",
        "ОДКБ",
        "ЕАЭС",
        "ШОС",
        "США",
        "РФ",
        "КНР",
        "СМИ",
        "ВОЗ",
        "ОБСЕ",
    ]
)
# A day of the week before a date ("Wed 18th March 2020", "Wednesday, 31 May 2017"): a line
# of the date alone, no city.
_WEEKDAYS = """Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Monday Tuesday Wednesday Thursday
Friday Saturday Sunday"""
WEEKDAYS = frozenset(_WEEKDAYS.split())
# A newsroom's desk before the text, with the publisher's name or not: "TNI Bureau: …",
# "Web Desk: …", "News Desk – …"
DESK_RE = re.compile(
    r"(?:(?P<tag>[A-Z][A-Za-z&]{1,15}(?:[ \t]+[A-Z][A-Za-z&]{1,15}){0,2})[ \t]+)??"
    r"(?:Bureau|(?:Web|News|Online|Foreign|Diplomatic)?[ \t]*Desk)"
    r"[ \t]*(?::|[—–-]+[ \t])[ \t]*(?=[\"“«(]?[A-ZА-ЯЁ])"
)
# A syndicator's tag before the original's own text: "(MENAFN- AzerNews) President …",
# "(MENAFN- Trend News Agency) Baku, Azerbaijan, May 12. …": the original is the source.
# ("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 2 (KUNA) --": its short name inside;
# "(MENAFN) On Monday, …": the syndicator's own copy)
SYNDICATED_RE = re.compile(
    r"\(MENAFN(?:\s*[-–—]\s*(?P<tag>[^()\n]{2,60}?)(?:\s*\([^()\n]{1,20}\))?)?\s*\)\s*"
)


@dataclass(frozen=True)
class Dateline:
    end: int  # where the text proper starts, in the paragraph
    city: str
    date: str
    agency: str  # a known agency's name, else the tag as written, else ""
    text: str  # the dateline as written


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the head of an article's first paragraph, if it has one."""
    if (m := SYNDICATED_RE.match(paragraph)) and paragraph[m.end() :].strip():
        own = find_dateline(paragraph[m.end() :])
        end = m.end() + (own.end if own else 0)
        return Dateline(
            end,
            own.city if own else "",
            own.date if own else "",
            (own and own.agency) or agency_name(m.group("tag") or "MENAFN"),
            paragraph[:end].strip(),
        )
    if m := DESK_RE.match(paragraph):
        # "TNI Bureau: Prime Minister …", "Web Desk: …": the newsroom's desk, no place
        return Dateline(m.end(), "", "", agency_name(m.group("tag") or ""), m.group(0).strip())
    if m := DATE_ONLY_RE.match(paragraph):
        return Dateline(
            len(paragraph), (m.group("city") or "").strip(), m.group("date"), "", paragraph
        )
    if (m := DATE_COLON_RE.match(paragraph)) and KNOWN_DATE_RE.match(m.group("date")):
        return Dateline(m.end(), "", m.group("date"), "", paragraph[: m.end()].strip())
    for pattern in DATELINE_RES:
        m = pattern.match(paragraph)
        if m is None:
            continue
        groups = m.groupdict()
        if (groups.get("city") or "").strip(" .").split(" ")[0] in NOT_CITIES:
            continue  # (and "МИД РФ: …")
        if (groups.get("city") or "").split(" ")[0] in NOT_CITY_FIRST_WORDS:
            continue  # "From November 22 - 30, …": a sentence, not "FROM NOVEMBER" filing
        tag, date, dash = groups.get("tag"), groups.get("date"), groups.get("dash")
        if not tag and (groups.get("city") or "").strip(" .") in KNOWN_AGENCIES:
            # "SHAFAQNA-Iranian Foreign Minister …": the agency alone, no place
            tag, groups = groups["city"].strip(" ."), {**groups, "city": ""}
        alone = bool(date) and not paragraph[m.end() :].strip()  # "Baku, Azerbaijan, Nov. 23"
        if (groups.get("city") or "").strip(" .").title() in WEEKDAYS:
            if alone and KNOWN_DATE_RE.match(date or ""):
                return Dateline(len(paragraph), "", date, "", paragraph.strip())
            continue
        if date and not (tag or dash or alone or _ends_sentence(paragraph, m)):
            continue
        if date and not tag and not KNOWN_DATE_RE.match(date):
            continue  # "Jam 24" is a date only before a tag
        end = m.end()
        if dash and not tag and (after := AGENCY_AFTER_DASH_RE.match(paragraph, end)):
            tag, end = after.group("tag"), after.end()
        if not date and (dated := DATE_AFTER_DASH_RE.match(paragraph, end)):
            # "GIS - 28 December, 2018:The High Commissioner …": the day after the dash
            date, end = dated.group("date"), dated.end()
        rest = paragraph[end:]
        if alone and KNOWN_DATE_RE.match(date or ""):
            # a paragraph that is only a dateline, the text in the next ones
            city = _city(groups.get("city") or "")
            return Dateline(
                len(paragraph), city, date, _agency_of(tag or "", city), paragraph.strip()
            )
        if not rest.strip() or (
            not re.match(r"[\"“«(]?[A-ZА-ЯЁ0-9]", rest.lstrip())
            # (unless a full dateline says so: "KUWAIT, Dec 26 (KUNA) -- the Amir …")
            and not (tag and date and dash and dash.strip())
        ):
            continue  # the text proper starts with a capital
        city = _city(groups.get("city") or "")
        return Dateline(
            end + (len(rest) - len(rest.lstrip())),
            city,
            date or "",
            _agency_of(tag or "", city),
            paragraph[:end].strip(),
        )
    return None


def article_dateline(
    paragraphs, cities: frozenset[str] = frozenset()
) -> tuple[int, Dateline] | None:
    """The dateline of an article and the index of its paragraph: at the head of the first
    paragraph, or of the second under a title ("Baku surprised by …" over "BAKU. Feb 16
    (Interfax) - …"). With `cities` (places and capitals, lower-cased and folded, from the
    gazetteer) also a city in title case before a colon or a dash ("New Delhi: …", "Luanda
    — …"), which the text alone cannot tell from a speaker ("Vladimir Putin: We …")."""
    # (past a byline of its own: "By PTI", "By Staff Reporter")
    heads = [i for i, p in enumerate(paragraphs[:3]) if not _byline(p.strip())][:2]
    for index in heads:
        if index and not _title_like(paragraphs[0]):
            break
        paragraph = paragraphs[index]
        if dateline := find_dateline(paragraph) or _city_marked(paragraph, cities):
            if index and not dateline.agency and (tag := SYNDICATED_RE.match(paragraphs[0])):
                # (the syndicator's tag over the byline names the source)
                dateline = replace(dateline, agency=agency_name(tag.group("tag") or "MENAFN"))
            if (
                cities
                and dateline.agency
                and fold(dateline.agency).lower() in cities
                and fold(dateline.city.strip(" -–")).lower() not in cities
            ):
                # "Berberanews-(Addis Ababa)-": the publisher first, the city in brackets
                dateline = replace(
                    dateline, city=dateline.agency, agency=dateline.city.strip(" -–")
                )
            if (
                cities
                and dateline.city
                and not dateline.agency
                and f"({dateline.city.upper()})" in dateline.text.upper()
                and fold(dateline.city).lower() not in cities
            ):
                # "Nov. 21, 2017 (EIRNS)—": a publisher's tag in brackets, no city known
                tag = dateline.text.split("(", 1)[1].split(")", 1)[0]
                dateline = replace(dateline, city="", agency=agency_name(tag))
            return index, dateline
    return None


BYLINE_RE = re.compile(
    r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s+(?:contributor|correspondent|reporter|staff\s+writer|writer|editor|desk))?"
)


def _byline(paragraph: str) -> bool:
    """A byline of its own, or under a syndicator's tag ("(MENAFN- Caribbean News Global)
    By Caribbean News Global contributor"): the dateline is in the paragraph after it."""
    if (syndicated := SYNDICATED_RE.match(paragraph)) is not None:
        paragraph = paragraph[syndicated.end() :]
    return BYLINE_RE.fullmatch(paragraph.strip()) is not None


_CITY_WORD = r"(?=[A-ZА-ЯЁÀ-ÖØ-Þ])[^\W\d_]+(?:['’-][^\W\d_]+)*"  # "São", "Nur-Sultan"
_CITY_WORDS = rf"{_CITY_WORD}(?:\s+(?:{_CITY_WORD}|de|del|da|es|al|el))*"
CITY_MARK_RE = re.compile(
    # (filed from two: "Washington / New Delhi: …", "Qingdao/New Delhi: …")
    # (and with its country: "Ankara, Turkey – …")
    rf"(?P<city>{_CITY_WORDS})(?:[ \t]*/[ \t]*(?P<other>{_CITY_WORDS}))?"
    # (or a colon: "Doha, Qatar: …")
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=[ \t]+[—–-]|[ \t]?:))?"
    # (a space before the colon too: "New Delhi : India and …")
    r"(?:[ \t]?:|\s+[—–-]+)\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])"
)


# A known city in capitals before the text, no mark at all: "TEHRAN The Foreign Ministry …"
UPPER_CITY_BARE_RE = re.compile(
    # (or initials: "WASHINGTON U.S. Secretary of State …")
    rf"(?P<city>{UPPER_WORD}(?:\s+{UPPER_WORD}){{0,2}}?)\s+(?=[A-Z](?:[a-z]|\.[A-Z]\.))"
)
# A known city and the day, no mark after the date: "New Delhi, June 21 Mr X's call on …"
CITY_DAY_BARE_RE = re.compile(
    rf"(?P<city>{TITLE_WORD}(?:\s+{TITLE_WORD}){{0,2}}),\s+(?P<date>{MONTHS_EN}\s*\d{{1,2}})"
    r"\s+(?=[A-Z][a-z])"
)


# A known city and a comma before a sentence's capitalised article: "New York, The Minister
# of Foreign Affairs … met …" (news agencies' copy with no date)
CITY_COMMA_THE_RE = re.compile(
    rf"(?P<city>{TITLE_WORD}(?:\s+{TITLE_WORD}){{0,2}}),\s+(?=(?:The|His|Her|An?)\s+[A-Z])"
)


def _city_marked(paragraph: str, cities: frozenset[str]) -> Dateline | None:
    if not cities:
        return None
    for pattern in (CITY_MARK_RE, UPPER_CITY_BARE_RE, CITY_DAY_BARE_RE, CITY_COMMA_THE_RE):
        m = pattern.match(paragraph)
        if (
            m
            and fold(m.group("city")).lower() in cities
            and fold(m.groupdict().get("other") or m.group("city")).lower() in cities
        ):
            city = _city(m.group("city"))
            date = m.groupdict().get("date") or ""
            return Dateline(m.end(), city, date, "", paragraph[: m.end()].strip())
    return None


def _title_like(paragraph: str) -> bool:
    """A headline over the text: a short line that does not end as a sentence does (an
    abbreviation's full stop is no sentence's: "… Begins Working Visit To U.S.")."""
    line = paragraph.rstrip()
    return len(paragraph.split()) <= 25 and (
        not line.endswith((".", ":", ";")) or INITIALS_END_RE.search(line) is not None
    )


INITIALS_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _ends_sentence(paragraph: str, m: re.Match) -> bool:
    """A date followed by a full stop or a line break: "ASTANA, July 3. Trade …"."""
    return paragraph[m.end("date") : m.end("date") + 1] in {".", "\n"}


PARTICLES = {"De", "Da", "Do", "Del", "Al", "El", "La", "Es"}


def _city(raw: str) -> str:
    """ "NEW DELHI" -> "New Delhi", "RIO DE JANEIRO" -> "Rio de Janeiro"; "Bishkek" as is."""
    raw = raw.split("/")[0].strip(" .")
    if not raw.isupper():
        return raw
    words = raw.title().split()
    return " ".join(w.lower() if i and w in PARTICLES else w for i, w in enumerate(words))


# A tag two agencies share, told apart by the place filed from: "Kabul (BNA)" is Bakhtar,
# Afghanistan's agency, not Bahrain's.
SHARED_TAGS = {
    "Bahrain News Agency": (
        frozenset({"Kabul", "Herat", "Kandahar", "Jalalabad", "Mazar-i-Sharif", "Kunduz"}),
        "Bakhtar News Agency",
    ),
}


def _agency_of(tag: str, city: str) -> str:
    """The agency a tag names, filed from `city`."""
    name = agency_name(tag)
    if (shared := SHARED_TAGS.get(name)) and city in shared[0]:
        return shared[1]
    return name


def agency_name(tag: str) -> str:
    """The agency a tag names: "/TASS/" -> TASS, "(NIAT Khovar)" -> Khovar,
    "/Эркеайым Таалайбекова - Кабар/" -> Kabar; an unknown one as written."""
    inner = tag.strip().strip("/()[]").strip(' ."“”«»')
    inner = re.sub(r"^ИП\s+[\"“«]?", "", inner).strip('"“”«»')
    if inner in KNOWN_AGENCIES:
        return KNOWN_AGENCIES[inner]
    for part in reversed(re.split(r"\s+[–—-]\s+", inner)):  # "journalist - Agency"
        if part in KNOWN_AGENCIES:
            return KNOWN_AGENCIES[part]
    for pattern, canonical in AGENCY_WORD_RES:
        if pattern.search(inner):
            return canonical
    return inner if 2 <= len(inner) <= 40 and inner[:1].isupper() else ""
