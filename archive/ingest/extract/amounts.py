"""How amounts are written: digits with their separators, scales ("bn", "млн", "crore"), number
words ("two billion", "полтора"), currency signs, codes and words. Numbers are read whole:
decimals ("12.5"), thousands separators ("1,500.75", "1 500"), decimal commas where the
text uses them ("612,87"; Russian always)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "один": 1,
    "одного": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "четырёх": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,  # "около десяти миллиардов долларов"
    "двадцать": 20,
    "двадцати": 20,
    "тридцать": 30,
    "тридцати": 30,
    "пятьдесят": 50,
    "пятидесяти": 50,
    "сорок": 40,
    "сорока": 40,
    "шестьдесят": 60,
    "шестидесяти": 60,
    "семьдесят": 70,
    "семидесяти": 70,
    "восемьдесят": 80,
    "восьмидесяти": 80,
    "девяносто": 90,
    "девяноста": 90,
    # the hundreds, in the nominative and the genitive: "чуть более пятисот миллионов долларов"
    "сто": 100,
    "ста": 100,
    "двести": 200,
    "двухсот": 200,
    "триста": 300,
    "трехсот": 300,
    "трёхсот": 300,
    "четыреста": 400,
    "четырехсот": 400,
    "четырёхсот": 400,
    "пятьсот": 500,
    "пятисот": 500,
    "шестьсот": 600,
    "шестисот": 600,
    "семьсот": 700,
    "семисот": 700,
    "восемьсот": 800,
    "восьмисот": 800,
    "девятьсот": 900,
    "девятисот": 900,
}
# "two hundred million yen"
NUMBER_WORDS |= {
    f"{word} hundred": value * 100
    for word, value in list(NUMBER_WORDS.items())
    if word.isascii() and 1 <= value <= 9 and word not in {"a", "an"}
} | {"a hundred": 100}
# Compounds in English: "two hundred and fifty", "twenty-five", "three hundred twenty"
_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT = "|".join(_EN_UNITS)
_BELOW_HUNDRED = rf"(?:{'|'.join(_EN_TENS)})(?:[- ](?:{_UNIT}))?|{'|'.join(_EN_TEENS)}|{_UNIT}"
COMPOUND_NUMBER_RE = (
    rf"(?:{_UNIT})\s+hundred(?:\s+and)?\s+(?:{_BELOW_HUNDRED})"
    rf"|(?:{'|'.join(_EN_TENS)})[- ](?:{_UNIT})"
)


def _compound(words: str) -> int | None:
    """The value of an English compound ("two hundred and fifty" is 250), else None."""
    total = 0
    for word in re.split(r"[\s-]+", words):
        if word in _EN_UNITS or word in _EN_TEENS or word in _EN_TENS:
            total += _EN_UNITS.get(word) or _EN_TEENS.get(word) or _EN_TENS[word]
        elif word == "hundred" and 0 < total < 10:
            total *= 100
        elif word != "and":
            return None
    return total or None


HALVES = {
    "half a": Decimal("0.5"),
    "a half": Decimal("0.5"),
    "a quarter of a": Decimal("0.25"),
    "one and a half": Decimal("1.5"),
    "two and a half": Decimal("2.5"),
    "three and a half": Decimal("3.5"),
    "полтора": Decimal("1.5"),
    "полутора": Decimal("1.5"),
}
# Scale words by their start; the longest prefix wins.
SCALES = [
    ("trillion", 10**12),
    ("trln", 10**12),
    ("tn", 10**12),
    ("трлн", 10**12),
    ("триллион", 10**12),
    ("billion", 10**9),
    ("bln", 10**9),
    ("bn", 10**9),
    ("млрд", 10**9),
    ("миллиард", 10**9),
    ("million", 10**6),
    ("mln", 10**6),
    ("mn", 10**6),
    ("млн", 10**6),
    ("миллион", 10**6),
    ("lakh crore", 10**12),  # "2 lakh crore rupees"
    ("crore", 10**7),
    ("cr", 10**7),  # "Rs 5,60,000 cr"
    ("lakh", 10**5),
    ("thousand", 10**3),
    ("тыс", 10**3),
    ("тысяч", 10**3),
]
SCALE_RE = (
    r"(?:trillions?|trln|tn|трлн\.?|триллион\w*|billions?|bln|bn|млрд\.?|миллиард\w*"
    r"|millions?|mln|mn|млн\.?|миллион\w*|lakh\s+crores?|crores?|cr\.?|lakhs?|thousands?|тыс\.?|тысяч\w*)"
)
# Currencies written before the number.
SIGNS = {
    "us$": "USD",
    "$us": "USD",  # "$US 6 billion"
    "us": "USD",
    "usd": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",  # "Yen 21.787 billion"
    "cny": "CNY",
    "rmb": "CNY",
    "₸": "KZT",
    "kzt": "KZT",
    "₽": "RUB",
    "rub": "RUB",
    "₹": "INR",
    "rs": "INR",
    "nrs": "NPR",  # Nepalese rupees
    "inr": "INR",
    "rm": "MYR",
    "myr": "MYR",
    "dm": "DEM",
    "chf": "CHF",
    "aed": "AED",
    "sar": "SAR",
    "uzs": "UZS",
    "kgs": "KGS",
    "azn": "AZN",
    "tmt": "TMT",
    "tjs": "TJS",
    "byn": "BYN",
    "try": "TRY",
    "₺": "TRY",
    "krw": "KRW",
    "₩": "KRW",
    "tk": "BDT",
    "bdt": "BDT",
    "pkr": "PKR",
    "nt$": "TWD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ec$": "XCD",
    "tt$": "TTD",
    "j$": "JMD",
    "ca$": "CAD",
    "cad": "CAD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "nz$": "NZD",
    "r$": "BRL",
    "rp": "IDR",
    "idr": "IDR",
    "₦": "NGN",
    "ngn": "NGN",
    "gel": "GEL",
    "₾": "GEL",
    "amd": "AMD",
    "uah": "UAH",
    "₴": "UAH",
    "qar": "QAR",
    "irr": "IRR",
    "vnd": "VND",
    "thb": "THB",
    "zar": "ZAR",
    "egp": "EGP",
    "kwd": "KWD",
    "ils": "ILS",
    "₪": "ILS",
    "php": "PHP",
    "₱": "PHP",
    "lkr": "LKR",
    "mnt": "MNT",
    "₮": "MNT",
}
# A dollar sign after letters is another country's dollar: "NT$", "A$", "HK$", "R$" (reais).
SIGN_RE = (
    r"(?-i:US\$|NT\$|EC\$|TT\$|J\$|AU?\$|CA?\$|S\$|HK\$|NZ\$|R\$|USD|US(?=\d)|\$US|(?<![A-Za-z])\$|€|EUR"
    r"|£|GBP|¥|JPY|Yen(?=\s?\d)"
    r"|CNY|RMB|₸|KZT|₽|RUB|₹|NRs\.?|Rs\.?|INR|RM|MYR|DM|CHF|AED|SAR|UZS|KGS|AZN|TMT|TJS|BYN|TRY|₺|KRW|₩"
    r"|Tk\.?|BDT|PKR|AUD|CAD|SGD|HKD|Rp\.?|IDR|₦|NGN|GEL|₾|AMD|UAH|₴|QAR|IRR|VND|THB|ZAR|EGP|KWD"
    r"|ILS|₪|PHP|₱|LKR|MNT|₮)"
)
# ISO 4217 codes not listed above, in capitals, before or after the number ("KES 2 billion",
# "10 million XAF"); not the codes that are also words in capitals ("TOP 10", "ALL", "CUP").
_ISO_CODES = """AFN AOA ARS BAM BBD BGN BHD BIF BMD BND BSD BTN BWP BZD CDF CLP COP CRC CUC CVE CZK
    DJF DKK DOP DZD ERN ETB FJD GHS GMD GNF GTQ GYD HNL HTG HUF IQD ISK JMD JOD KES KHR KMF
    KPW KYD LAK LBP LRD LSL LYD MAD MDL MGA MKD MMK MRU MUR MVR MWK MXN MZN NAD NIO NOK NPR
    NZD OMR PAB PGK PLN PYG RON RSD RWF SBD SCR SDG SEK SLE SLL SRD SSP STN SYP SZL TND TTD
    TWD TZS UGX UYU VES VUV WST XAF XCD XOF YER ZMW ZWL"""
ISO_CODES = frozenset(_ISO_CODES.split())
# … and the codes of the currencies signed above, after the number too ("200 million JPY",
# "AED 5 billion" being read already), in capitals only
_CODES_AFTER = """GBP JPY CHF CAD AUD INR KRW SGD HKD BRL ZAR SAR AED QAR KWD UZS AZN IRR PKR BDT
    LKR THB IDR MYR VND EGP NGN UAH BYN KGS TJS TMT MNT ILS TRY PHP AMD GEL KZT RUB CNY EUR USD"""
CODES_AFTER = frozenset(_CODES_AFTER.split())
ISO_RE = "|".join(sorted(ISO_CODES | CODES_AFTER))
SIGNS |= {code.lower(): code for code in ISO_CODES} | {
    # local signs: "KSh 2 billion", "GH¢ 5 million", "SR 1 billion", "FCFA 10 billion"
    "ksh": "KES",
    "kshs": "KES",
    "ush": "UGX",
    "tsh": "TZS",
    "rwf": "RWF",
    "gh¢": "GHS",
    "gh₵": "GHS",
    "₵": "GHS",
    "mk": "MWK",
    "sr": "SAR",
    "qr": "QAR",
    "dh": "AED",
    "dhs": "AED",
    "kd": "KWD",
    "bd": "BHD",
    "jd": "JOD",
    "ro": "OMR",
    "fcfa": "XOF",
    "cfa": "XOF",
    "r": "ZAR",  # "R5 billion" (South African rand), the letter touching the number and a scale
    "n": "NGN",  # "N120 million" (the naira, in Nigerian copy), likewise
    "dlrs": "USD",  # agency shorthand: "dlrs 7.1 billion"
}
# (any three capitals before a number, for speed: one that is no code is read as no sign)
SIGN_RE = (
    rf"(?:{SIGN_RE}|(?-i:[A-Z]{{3}}|KShs?|Kshs?|USh|TSh|Rwf|GH[¢₵]|₵|MK|SR|QR|Dhs?|KD|BD|JD|RO"
    rf"|F?CFA|[Dd]lrs)(?=\s?\d)"
    # ("R" alone before a scale: "R5 billion", "R2.4bn"; not "Resolution R2")
    r"|(?-i:[RN])(?=\d[\d.,]*\s?(?i:bn|billion|million|mln|m|trillion|tn)\b))"
)
# Currencies and units written after the number (or the scale).
WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "us dollars": "USD",
    # (in a compound: "the 20-billion-US-dollar goal")
    "us-dollar": "USD",
    "u.s.-dollar": "USD",
    "u.s. dollars": "USD",
    "u. s. dollars": "USD",  # (Xinhua's spacing)
    "american dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",  # "150 million RMB"
    "cny": "CNY",
    "rupees": "INR",
    "ringgit": "MYR",
    "tenge": "KZT",
    "kzt": "KZT",
    "manat": "TMT",
    "manats": "TMT",
    "rubles": "RUB",
    "roubles": "RUB",
    "rub": "RUB",
    "soums": "UZS",
    "sums": "UZS",
    "soms": "KGS",
    "somoni": "TJS",
    "lira": "TRY",
    "liras": "TRY",
    "dirhams": "AED",
    "qatari riyals": "QAR",
    "riyals": "SAR",
    "rials": "IRR",
    "won": "KRW",
    "taka": "BDT",
    "lari": "GEL",
    "drams": "AMD",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "swiss francs": "CHF",
    "cfa francs": "XOF",
    "dong": "VND",
    "baht": "THB",
    "naira": "NGN",
    "rand": "ZAR",
    "reais": "BRL",  # (the plural only: "real" is a word)
    "rupiah": "IDR",
    "birr": "ETB",
    "cedis": "GHS",
    "tugriks": "MNT",
    "belarusian rubles": "BYN",
    "belarusian roubles": "BYN",
    "deutsche marks": "DEM",
    # (before the euro, "300 million marks" were Germany's)
    "german marks": "DEM",
    "d-marks": "DEM",
    "d-mark": "DEM",  # "5 billion D-Mark"
    "deutsche mark": "DEM",
    "marks": "DEM",
    # a currency named with its country's adjective: "200 million Japanese yen"
    "japanese yen": "JPY",
    "malaysian ringgit": "MYR",
    "indonesian rupiah": "IDR",
    "thai baht": "THB",
    "vietnamese dong": "VND",
    "korean won": "KRW",
    "south korean won": "KRW",
    "nigerian naira": "NGN",
    "ethiopian birr": "ETB",
    "british pounds": "GBP",
    "pounds sterling": "GBP",
    "brazilian real": "BRL",
    "chinese yuan": "CNY",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "nepali rupees": "NPR",
    "russian rubles": "RUB",
    "russian roubles": "RUB",
    "kazakh tenge": "KZT",
    "uzbek soums": "UZS",
    "kyrgyz soms": "KGS",
    "turkmen manats": "TMT",
    "azerbaijani manats": "AZN",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "saudi riyals": "SAR",
    "omani rials": "OMR",
    "kuwaiti dinars": "KWD",
    "bahraini dinars": "BHD",
    "jordanian dinars": "JOD",
    "iraqi dinars": "IQD",
    "egyptian pounds": "EGP",
    "turkish lira": "TRY",
    "south african rand": "ZAR",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "polish zlotys": "PLN",
    "brazilian reais": "BRL",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "shekels": "ILS",
    "fcfa": "XOF",
    "kwacha": "MWK",
    "leones": "SLE",
    "dalasis": "GMD",
    "pula": "BWP",
    "meticais": "MZN",
    "kwanzas": "AOA",
    "ariary": "MGA",
    "afghanis": "AFN",
    "kyats": "MMK",
    "riels": "KHR",
    "rufiyaa": "MVR",
    "zlotys": "PLN",
    "forints": "HUF",
    "korunas": "CZK",
    "denars": "MKD",
    "guaranies": "PYG",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "colones": "CRC",
    "kenyan shillings": "KES",
    "somali shillings": "SOS",
    "turkish liras": "TRY",
    "romanian lei": "RON",
    "moldovan lei": "MDL",
    "bulgarian leva": "BGN",
    "leva": "BGN",
    "serbian dinars": "RSD",
    "tunisian dinars": "TND",
    "algerian dinars": "DZD",
    "libyan dinars": "LYD",
    "moroccan dirhams": "MAD",
    "yemeni rials": "YER",
    "iranian rials": "IRR",
    "argentine pesos": "ARS",
    "argentinian pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "cuban pesos": "CUP",
    "uruguayan pesos": "UYU",
    "dominican pesos": "DOP",
    "peruvian soles": "PEN",
    "soles": "PEN",
    "bolivianos": "BOB",
    "dalasi": "GMD",
    "tajik somoni": "TJS",
    "mongolian tugriks": "MNT",
    "georgian lari": "GEL",
    "armenian drams": "AMD",
    "ukrainian hryvnias": "UAH",
    "bangladeshi taka": "BDT",
    "ghanaian cedis": "GHS",
    "zambian kwacha": "ZMW",
    "rwandan francs": "RWF",
    "congolese francs": "CDF",
    "guinean francs": "GNF",
    "burundian francs": "BIF",
    "djiboutian francs": "DJF",
    "deutschmarks": "DEM",
    "долларов": "USD",
    "доллара": "USD",
    "доллар": "USD",
    "долл": "USD",
    "евро": "EUR",
    "рублей": "RUB",
    "рубля": "RUB",
    "руб": "RUB",
    "тенге": "KZT",
    "юаней": "CNY",
    "сомов": "KGS",
    "сумов": "UZS",
    "манатов": "TMT",
    "белорусских рублей": "BYN",
    "гривен": "UAH",
    "гривны": "UAH",
    "драмов": "AMD",
    "лари": "GEL",
    "сомони": "TJS",
    "лир": "TRY",
    "иен": "JPY",
    "фунтов стерлингов": "GBP",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "процента": "%",
    "процентов": "%",
    "процент": "%",
    "проц": "%",  # (shortened: "вырос на 37,7 проц")
    "tons": "t",
    "tonnes": "t",
    "ton": "t",
    "tonne": "t",
    "тонн": "t",
    "тонны": "t",
    "cubic meters": "m3",
    "cubic metres": "m3",
    "cubic meter": "m3",
    "cubic metre": "m3",
    "bcm": "bcm",  # billion cubic metres: read as m3 with its scale
    "кубометров": "m3",
    "кубометра": "m3",
    "куб. м": "m3",
    "куб.м": "m3",
    "куб. метров": "m3",
    "кубических метров": "m3",
    "barrels": "bbl",
    "containers": "containers",
    "teu": "TEU",
    # people counted: "100,000 children", "1,500 troops", "500 человек" (see COUNT_UNITS)
    "people": "people",
    "persons": "people",
    "человек": "people",
    "children": "children",
    "детей": "children",
    "refugees": "refugees",
    "беженцев": "refugees",
    "migrants": "migrants",
    "civilians": "civilians",
    "troops": "troops",
    "soldiers": "troops",
    "военнослужащих": "troops",
    "peacekeepers": "peacekeepers",
    "миротворцев": "peacekeepers",
}
# Units that count people: written in digits only ("two people" is no figure), never a year
# ("in 2015 refugees arrived"), and never money's kind.
COUNT_UNITS = frozenset(
    ["people", "children", "refugees", "migrants", "civilians", "troops", "peacekeepers"]
)
# "euro" before "area" or "zone" is not money.
WORD_RE = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True)).replace(
    "euro|", r"euro(?!\s+(?:area|zone|bonds?))|", 1
)
WORD_RE = rf"{WORD_RE}|(?-i:{ISO_RE})"
# What a unit written after the number names, by its lower-case form
UNIT_WORDS = WORDS | {code.lower(): code for code in ISO_CODES | CODES_AFTER}
NUMBER_WORD_RE = (
    COMPOUND_NUMBER_RE
    + "|"
    + "|".join(sorted((re.escape(w) for w in [*HALVES, *NUMBER_WORDS]), key=len, reverse=True))
)
# … and the Indian grouping of lakhs and crores: "5,60,000"; thousands set off by points
# ("7.699.000 euros": two points or more are never a decimal's)
NUMBER = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:(?:,|\s|\u00a0|\u202f)\d{3})+(?:[.,]\d+)?(?!\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])"
    r"|\d+(?:[.,]\d+)?"
)
# Thousands set off by points: "7.699.000"; and a point before three digits in such a text
DOTTED_THOUSANDS_RE = re.compile(r"\d\.\d{3}\.\d{3}(?![\d.])")  # (a digit first: a fast scan)
DOTTED_ONE_GROUP_RE = re.compile(r"\d{1,3}\.\d{3}")
AMOUNT_RE = re.compile(
    rf"(?:(?P<sign>{SIGN_RE})\s?|(?<![\w.,\d]))"
    # (not a count before an amount: "two USD 41 million projects")
    rf"(?P<number>{NUMBER}|(?:{NUMBER_WORD_RE})(?=\s+{SCALE_RE}|\s+(?:{WORD_RE})(?!\s*\d)))"
    # (a trillion written short only after a sign: "$4t", not "40t")
    rf"(?:(?P<short>(?-i:[mbkMB]|[ \t][MB]|(?(sign)[tT]|(?!))))(?![\w])"
    rf"|\s*-?\s*(?P<scale>{SCALE_RE})(?![\w]))?"
    # "$2 млрд. 842 млн", "5 миллиардов 350 миллионов долларов": one amount in two parts
    # ("38 млрд 607,6 млн долларов": the second part with its decimals)
    rf"(?(scale)(?:\s+(?P<rest>\d{{1,3}}(?:[.,]\d+)?)\s+(?P<rest_scale>{SCALE_RE})(?![\w]))?)"
    rf"(?:\s*-?\s*(?P<unit>{WORD_RE})(?![\w]))?",
    re.IGNORECASE,
)


def uses_decimal_comma(text: str, language: str = "en") -> bool:
    """Whether a comma in "87,133" is a decimal point: always in Russian text; elsewhere
    when the text writes decimals with commas ("612,87", "16,6%") and never with points."""
    if language == "ru":
        return True
    if DOTTED_THOUSANDS_RE.search(text) and not re.search(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])", text):
        return True  # "a loan of 7.699.000 euros": thousands set off by points, never decimals
    return bool(re.search(r"\d,\d{1,2}(?!\d)", text)) and not re.search(r"\d\.\d", text)


def parse_number(raw: str, decimal_comma: bool = False) -> Decimal | None:
    word = raw.lower().strip()
    if word in HALVES:
        return HALVES[word]
    if word in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word])
    if (compound := _compound(word)) is not None:
        return Decimal(compound)
    digits = re.sub(r"[\s\u00a0\u202f]", "", raw)
    if digits.count(".") >= 2:  # "7.699.000": thousands set off by points
        digits = digits.replace(".", "").replace(",", ".")
    elif decimal_comma:
        # (a point before three digits is one more such: "523.000 euros" in that text)
        if "," in digits or DOTTED_ONE_GROUP_RE.fullmatch(digits):
            digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", digits):  # "612,87": a decimal comma on its own
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def scale_of(word: str | None) -> int:
    word = " ".join((word or "").lower().rstrip(".").split())
    return next((value for prefix, value in SCALES if word.startswith(prefix)), 1)
