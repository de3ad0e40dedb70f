"""Context rules that keep false friends out: a country or city name used as part of a
personal or institutional name ("Michael Jordan", "Chad Johnson", "Denzel Washington",
"Paris Agreement"), the US state of Georgia, and the bird called turkey.
"""

from __future__ import annotations

import re

from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Match

# Country names that are also given names or words in other senses.
AMBIGUOUS = {
    "Jordan",
    "Chad",
    "Georgia",
    "Turkey",
    "Israel",
    "India",
    "Kenya",
    "Jamaica",
    "Washington",
    "Sofia",
    "Paris",
    "Victoria",
    "Santiago",
    "Lima",
    "Kingston",
    "Nassau",
    "Malta",
    "Cuba",
    "Oman",
    "Peru",
    "Niger",
    "Mali",
    "Togo",
    "Sudan",
}
# Capitalised words that can stand before or after a country name without making it part
# of a personal name: function words at the start of a sentence, titles, geography.
_NEUTRAL_WORDS = """
The A An In At On From To And But Or Of For With By As After Before While When Where
Meanwhile Both Also Since Until Between Across Under Over Against Within Outside Inside
Like Unlike Neither Either Whereas Although Though If Then Today Yesterday Tomorrow
Earlier Later Separately Subsequently Additionally Moreover Furthermore Similarly Likewise
Previously Recently Currently Initially Afterwards Finally Notably Besides Indeed Now Thus
This That These Those Its Their His Her Our Your My We They He She It I You Why How
What Who President Presidents Prime Premier Minister Ministers Foreign Chancellor King
Queen Emir Sultan Sheikh Sheikha Shaikh Shaikha Shaykh Prince Princess Crown Mr Mrs Ms Dr
Ambassador Ambassadors
Envoy Deputy Vice Acting Secretary General Head Heads Leader Leaders Government
Ministry Embassy Delegation Delegations Parliament Senate Republic Kingdom State States
Federation Union Northern Southern Eastern Western Central North South East West New
Greater Upper Lower Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December Mount
Lake Gulf Sea River Port Airport City Region Province Officials Authorities Forces Army
Troops Police House Palace Hall Hotel Centre Center Square Stadium
"""
NEUTRAL = frozenset(_NEUTRAL_WORDS.split())
# (on the same line: "… of Jamaica\n\nParticipants" is no name "Jamaica Participants")
# (accented too: "José Martí" is no Antoni Martí)
WORD_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)[^\S\n]+$")
WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")
US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii"
    "|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
    "|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon"
    "|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont"
    "|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_LISTED = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# Look-behinds for the towns of the country Georgia, one fixed width each.
GEORGIAN_PLACES = ")(?<!".join(
    ["Tbilisi", "Batumi", "Kutaisi", "Rustavi", "Gori", "Zugdidi", "Poti", "Telavi", "Mtskheta"]
)
SENSES = {
    "Georgia": (  # the US state: "Atlanta, Georgia", "Florida and Georgia", "Sea Island,
        # Georgia" (a place of the country is named "TBILISI, Georgia", "Batumi, Georgia")
        re.compile(rf"(?:Atlanta,|state of|State of|(?:{US_STATES}){_LISTED})\s*$"),
        re.compile(
            r"^(?:,?\s+(?:USA|U\.S\.|US)\b|\s+(?:governor|senator|legislature|"
            r"voters|Democrats|Republicans|Senate|House|Tech|Bulldogs|Power|"
            rf"State University|primary|county|counties|peaches)|{_LISTED}(?:{US_STATES})\b)"
        ),
    ),
    "Turkey": (
        re.compile(r"(?:Thanksgiving|roast|roasted|wild|smoked)\s+$", re.I),
        re.compile(
            r"^\s+(?:dinner|dinners|sandwich\w*|meat|breast|farm\w*|feathers|"
            r"vulture|season|trot|prices|legs?|slices?|bacon)\b"
        ),
    ),
    # the city's old name in a dish's or a body's: "Peking duck", "Peking University"
    "Peking": (
        re.compile(r"(?!)"),
        re.compile(r"^\s+(?:duck|Duck|opera|Opera|University|Union|man|Man|cuisine|roast)\b"),
    ),
    # the hemisphere's, not the United States': "the Organization of American States",
    # "Latin American leaders", "the Inter-American Development Bank", an Argentine
    # "Undersecretary of American Affairs"
    "American": (
        re.compile(r"(?:Organi[sz]ation\s+of|Latin|South|Central|North|Inter-|Pan-)\s*$"),
        re.compile(r"^\s+(?:States|Affairs)\b"),
    ),
    # an Apostolic Church's seat, not the Vatican: "the Holy See of St. Etchmiadzin", "the
    # Holy See of Cilicia"
    "Holy See": (
        re.compile(r"(?!)"),
        re.compile(r"^\s+of\s+(?!the\s+Vatican\b|Rome\b)[A-Z]"),
    ),
    # Malé written without its accent: the adjective at a sentence's start ("Male delegates
    # met", "Male and female"), not the Maldives' capital ("arrived in Male on Monday")
    "Male": (
        re.compile(r"(?:\A|[.!?:\"“]\s*|\n\s*)$"),
        re.compile(r"^(?:\s+(?:and|or)\s+female\b|\s+[a-z]+s\b)"),
    ),
}


# A country's name or adjective as part of a currency's name ("U.S. dollars", "Kazakh tenge",
# "долларов США", "US $ 2.1bn"): money, not the country (a currency never makes an article
# country).
CURRENCY_AFTER_RE = re.compile(
    # (in a compound too: "the 20-billion-US-dollar goal")
    r"^[\s-]?(?:\$|(?:dollars?|cents?|yuan|renminbi|yen|r[ou]bles?|tenge|rupees?|pounds?|won|liras?"
    r"|manats?|soms?|sums?|dirhams?|riyals?|rials?|dinars?|francs?|kron[aeo]r?|zloty|forints?"
    r"|hryvnias?|lari|drams?|shekels?|pesos?|reais|rand|naira|baht|ringgit|rupiah|taka"
    r"|tugriks?|доллар\w*|рубл\w*|юан\w*|тенге|манат\w*|сом\w*|сум\w*|лир\w*|иен\w*)(?!\w))"
    # … with the amount between: "to touch US three billion dollars"
    r"|^\s(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion|mln|bn))?\s+dollars?\b",
    re.IGNORECASE,
)
VENUE_AFTER_RE = re.compile(r"^\s(?:House|Palace|Hotel|Hall)\b")
# A personal title right before a city's name makes it a family name ("President Lagos").
PERSON_TITLE_BEFORE_RE = re.compile(
    r"\b(?:President|Premier|Minister|Chancellor|Secretary|Ambassador|Governor|Senator|Mayor"
    r"|Mr|Mrs|Ms|Dr)\.?\s+$"
)


# A sea or an ocean named after a country ("the Indian Ocean", "the South China Sea", "the Gulf
# of Oman"): a region, and regions never make an article country.
SEA_AFTER_RE = re.compile(r"^\s+(?:Oceans?|Seas?|Gulf|Bay|Strait)\b")
SEA_BEFORE_RE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait)\s+of\s+(?:the\s+)?$")
G77_BEFORE_RE = re.compile(r"\b(?:G[- ]?77|Group\s+of\s+77)\s*(?:\+|/|and|plus)\s*$", re.IGNORECASE)
# ("$US 6 billion": the dollar's sign, then the country's letters)
CURRENCY_BEFORE_RE = re.compile(r"(?:доллар\w*|dollars?)\s$|\$$", re.IGNORECASE)


# A city in the name of an organisation ("the Shanghai Cooperation Organisation", "the OSCE
# Minsk Group", "the Paris Club"), of a document or process ("the Colombo Declaration", "the
# Astana format", "the Shanghai spirit"): neither a place of the article nor its country.
ORGANISATION_AFTER_RE = re.compile(
    # ("the Shanghai Cooperation Organisations", a slip of the pen, too)
    r"^[\s-]+(?:Cooperation\s+)?Organi[sz]ations?\b|^[\s-]+(?:Group|Club|Pact|Stock\s+Exchange)\b"
    r"|^[\s-]+(?:Declaration|Process|[Ff]ormat|Accords?|Charter|Protocol|Communiqu[eé]|[Ss]pirit"
    r"|Five|Initiative|Consensus)\b"
)


# A language, not a country: "(Hope in Spanish)", "translated from Russian", "spoke in
# English and French".
LANGUAGES = frozenset(
    [
        "Spanish", "English", "French", "Russian", "Arabic", "Chinese", "Portuguese", "German",
        "Japanese", "Korean", "Persian", "Farsi", "Turkish", "Italian", "Kazakh", "Uzbek",
        "Kyrgyz", "Tajik", "Turkmen", "Azerbaijani", "Armenian", "Georgian", "Ukrainian",
        "Belarusian", "Polish", "Hindi", "Urdu", "Dutch", "Greek", "Hebrew", "Mongolian",
        "Vietnamese", "Thai",
    ]
)  # fmt: skip
LANGUAGE_BEFORE_RE = re.compile(
    r"\b(?:in|into|from|speaks?|spoke|speaking|spoken)\s+(?:(?:fluent|perfect|broken)\s+)?$"
)
LANGUAGE_AFTER_RE = re.compile(
    r"^(?:\s*[,.;:)\"”]|\s+(?:and|or|language|translation|version)\b|\s*$)"
)
# … named as one whatever comes before: "Portuguese and Spanish language instruction", "the
# Russian-speaking population", "Arabic-language media"
LANGUAGE_NOUN_AFTER_RE = re.compile(
    r"^(?:,?\s+(?:and|or)\s+[A-Z][a-z]+)?(?:\s+languages?\b|-(?:speaking|language)\b)"
)


# "Sea Island, Georgia": a town the gazetteer does not know, then the state's name.
TOWN_COMMA_RE = re.compile(
    rf"(?<![A-Z]{{2}})\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?<!{GEORGIAN_PLACES}),\s*$"
)


TITLE_OF_BEFORE_RE = re.compile(
    r"\b(?:President|Minister|Ambassador|Secretary|Premier|Chancellor|King|Speaker|Envoy"
    r"|Representative|Affairs|Defen[cs]e|Chairman|Chairperson|Governor|Commissioner|Consul"
    r"|General|Advis[eo]r|Director|Plenipotentiary|Counsell?or|Attach[eé]|Chief|Head"
    r"|Spokes(?:man|woman|person))\s+of\s+"
    r"(?:the\s+(?:Republic|State|Kingdom|Hashemite\s+Kingdom)\s+of\s+)?$"
    # ("Minister of Transport and Infrastructure of the Republic of Turkey Mehmet Turhan")
    r"|\bof\s+the\s+(?:Republic|State|Kingdom|Hashemite\s+Kingdom)\s+of\s+$"
)


INDO_REGION_AFTER_RE = re.compile(
    r"-\s*(?:Pacific|European|Aryan|China|Iranian|Gangetic|Islamic)\b", re.I
)


def is_false_friend(
    match: Match,
    text: str,
    spans: list[tuple[int, int]],
    countries: list[tuple[int, int]] | None = None,
) -> bool:
    """True when `match` is a country, capital or place name used in another sense.
    `spans`: the gazetteer's names in the text; `countries`: those that are countries (all
    of `spans` when not given)."""
    kinds = {n.kind for n in match.names}
    if not kinds & {COUNTRY, PLACE}:
        return False
    word = match.text
    before, after = text[max(0, match.start - 40) : match.start], text[match.end : match.end + 40]
    capital_or_place = PLACE in kinds or any(n.alias_kind == "capital" for n in match.names)
    named_country = any(n.kind == COUNTRY and n.alias_kind != "capital" for n in match.names)
    if capital_or_place and not named_country and ORGANISATION_AFTER_RE.match(after):
        return True
    if kinds == {PLACE} and VENUE_AFTER_RE.match(after):
        return True  # "Hyderabad House" in New Delhi: a venue's name, not the city
    if PLACE in kinds and PERSON not in kinds and PERSON_TITLE_BEFORE_RE.search(before):
        return True  # "President Lagos", "Minister Paris": a person's name, not the city
    if kinds == {COUNTRY} and (SEA_AFTER_RE.match(after) or SEA_BEFORE_RE.search(before)):
        return True
    if word in LANGUAGES and (
        (LANGUAGE_BEFORE_RE.search(before) and LANGUAGE_AFTER_RE.match(after))
        or LANGUAGE_NOUN_AFTER_RE.match(after)
    ):
        return True  # "(Hope in Spanish)", "Spanish language instruction": the language
    if kinds == {COUNTRY} and (CURRENCY_AFTER_RE.match(after) or CURRENCY_BEFORE_RE.search(before)):
        return True
    if word == "China" and G77_BEFORE_RE.search(before):
        return True  # "the G77+China Summit": a group's name
    if word == "Sino" and not after.startswith("-"):
        return True  # China's only in a compound ("Sino-Kazakh"), not a company's "Sino Group"
    if word == "Indo" and (not after.startswith("-") or INDO_REGION_AFTER_RE.match(after)):
        # India's only in a compound ("Indo-US talks", "Indo-Pak"), not a region's
        # ("Indo-Pacific") or a language family's ("Indo-European")
        return True
    if word == "Georgia" and (town := TOWN_COMMA_RE.search(before)):
        at = match.start - len(before) + town.start(1)
        if not _inside(at, spans if countries is None else countries):
            # not "Azerbaijan, Georgia and Turkey"; "Sea Island, Georgia" is a US town
            return True
    if word in SENSES:
        sense_before, sense_after = SENSES[word]
        if sense_before.search(before) or sense_after.search(after):
            return True
    if word in AMBIGUOUS or capital_or_place:
        m = WORD_BEFORE.search(before)
        if m and m.group(1) not in NEUTRAL and not _inside(match.start - len(m.group(0)), spans):
            return True  # "Michael Jordan", "Denzel Washington"
    if word in AMBIGUOUS and not TITLE_OF_BEFORE_RE.search(before):
        # (not the country of an office before a name: "Vice President of Turkey Fuat Oktay")
        m = WORD_AFTER.match(after)
        if m and m.group(1) not in NEUTRAL and not _inside(match.end + m.start(1), spans):
            return True  # "Chad Johnson", "Paris Agreement"
    return False


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
