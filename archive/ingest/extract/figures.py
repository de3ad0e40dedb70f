"""Amounts an article states, with their meaning.

"Trade turnover … grew 12.5% in 2024 to USD 4.2 billion" -> trade turnover +12.5 % and
trade turnover USD 4,200,000,000, both in 2024; "increase the volume of mutual trade to
one billion dollars" -> a trade target; "от 900 млн до миллиарда долларов" -> trade from USD
900 million to 1 billion; "a $30 million loan" -> aid or loans.

A figure is money (a currency sign, code or word), a percentage or a physical volume
(tonnes, cubic metres, barrels, containers); a bare number is a count and is left out.
Numbers are read whole: decimals ("12.5"), thousands separators ("1,500.75", "1 500"),
decimal commas where the text uses them ("612,87"; Russian always), scales ("bn", "млн",
"миллиарда", "crore"), words ("two billion", "half a billion", "полтора"). Its kind comes
from the nearest word naming what it measures (trade, exports, imports, investment, aid or
loans, freight, growth), its qualifier from the words before it ("more than", "около"),
and it is a target when the sentence aims at it ("to reach … by 2030", "довести до").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import ahocorasick

from archive.ingest.extract.amounts import (
    AMOUNT_RE,
    COUNT_UNITS,
    SCALES,
    SIGNS,
    UNIT_WORDS,
    WORD_RE,
    WORDS,
    parse_number,
    scale_of,
)
from archive.text.patterns import alternatives

SHORT_SCALES = {"m": 10**6, "b": 10**9, "k": 10**3, "t": 10**12}  # ("$4t": after a sign only)
# Currency words that are also ordinary words ("in 2017 won the vote", "Nam Dong"): money
# only with a scale ("1.2 trillion won").
SCALED_ONLY = frozenset({"won", "dong", "rand", "lari", "taka", "marks"})
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# People counted with words that describe them between: "650,000 severely malnourished
# children", "2 million internally displaced people" (English words only, never a word that
# joins or measures: "1,000 of the people", "300 more people")
COUNTED_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:of|and|or|in|to|for|from|by|at|on|with|the|a|an|more|fewer|other|than|"
    r"per|each|were|are|was|had|have|new|old|years?|months?|days?)\s)[a-z]+(?:-[a-z]+)?\s+){1,2}"
    rf"(?P<unit>{'|'.join(w for w, u in UNIT_WORDS.items() if u in COUNT_UNITS and w.isascii())})\b"
)
# A scale with no number: "до миллиарда долларов", "a billion dollars" is read above.
BARE_SCALE_RE = re.compile(
    rf"(?<![\w\d.,])(?P<scale>миллиард\w*|миллион\w*|млрд|млн)\s+(?P<unit>{WORD_RE})(?![\w])",
    re.IGNORECASE,
)
UNCOUNTED_BEFORE_RE = re.compile(r"(?:нескольк|десятк|сотн|сотен|многи)\w*\s+$", re.IGNORECASE)
RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to|and|до|и)\s*$", re.IGNORECASE)
# (the current one first: "from the current $7 billion to 35 billion", "с нынешних 7 млрд
# долларов до 35 миллиардов")
RANGE_START_RE = re.compile(
    r"(?<!\w)(?:from|between|от|с)\s*(?:(?:the\s+)?(?:current|present|нынешних|текущих)\s+)?$",
    re.IGNORECASE,
)
# A change told from one amount to another, no range: "increased from $2.4 billion to $3
# billion", "вырос с 2,4 до 3 млрд"
CHANGED_FROM_RE = re.compile(
    r"\b(?:increas|rose|risen|rising|grew|grow|jump|fell|fall|dropp|declin|decreas|surg|climb"
    r"|soar|rais|reduc|doubl|tripl|expand|shr[iau]nk|boost|went\s+(?:up|down)|вырос|выросл"
    r"|возрос|увеличи|сократи|снизи|упал|уменьши)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:from|с)\s*$",
    re.IGNORECASE,
)
PER_RE = re.compile(r"(?:per|a|за|на)\s*$", re.IGNORECASE)
# "$119 for a thousand cubic meters": a price's quantity, after "for" too.
PER_QUANTITY_RE = re.compile(r"\bfor(?:\s+(?:a|one|every))?\s*$", re.IGNORECASE)
VOLUMES = frozenset({"m3", "t", "bbl"})
EXCHANGE_RE = re.compile(r"^\s*=")

KINDS = [
    # (kind, words naming it), checked nearest first; at equal distance the first listed
    # ("imports and exports grew …" is the trade, not its exports).
    # what exports exceed imports by, or fall short of them by: no turnover ("China's trade
    # surplus soared to USD22.45 billion", "a favourable trade balance of USD 584 million")
    (
        "trade_balance",
        r"trade\s+(?:surplus(?:es)?|deficits?|balances?|gap|imbalances?)|balance\s+of\s+trade"
        r"|(?:surplus(?:es)?|deficits?)\s+(?:in|of)\s+(?:(?:the|its|their|bilateral|mutual)\s+)?"
        r"trade|(?:positive|negative|favou?rable|unfavou?rable)\s+balance"
        r"|сальдо(?:\s+(?:внешней\s+)?торгов\w*)?"
        # "the difference between exports and imports", "разница между объемами импорта и экспорта"
        r"|difference\s+between\s+(?:the\s+)?(?:(?:value|volume)s?\s+of\s+)?(?:exports?\s+and\s+imports?"
        r"|imports?\s+and\s+exports?)|разниц\w*\s+между\s+(?:объем\w*\s+)?(?:импорт\w*\s+и\s+экспорт\w*"
        r"|экспорт\w*\s+и\s+импорт\w*)"
        r"|профицит\w*\s+(?:во\s+)?(?:внешней\s+)?торгов\w*"
        # said alone in a trade story: "imports increased to USD 24 billion, for a surplus
        # of USD 3.5 billion" (not a budget's, a government's or an account's)
        r"|(?<!budget\s)(?<!fiscal\s)(?<!account\s)(?<!budgetary\s)(?<!primary\s)"
        r"(?<!government\s)(?:surplus(?:es)?|deficits?)",
    ),
    (
        "trade_turnover",
        r"imports?\s+and\s+exports?|exports?\s+and\s+imports?|import\s+and\s+export"
        r"|export\s+and\s+import|экспорт\w*\s+и\s+импорт\w*|импорт\w*\s+и\s+экспорт\w*",
    ),
    # (not a lender's name: "the U.S. Export-Import Bank", "Exim Bank")
    # ("поставки турецких товаров в нашу страну": deliveries abroad)
    (
        "exports",
        r"export\w*(?!-Import\s+Bank)|экспорт\w*|вывоз\w*|поставк\w*\s+(?:\w+\s+)?товар\w*"
        # (what shipments are worth is what is sold: "the value of shipments went up 35%")
        r"|value\s+of\s+(?:the\s+|its\s+|their\s+)?shipments",
    ),
    # ("important", "importance": no imports)
    ("imports", r"(?<!Export-)import(?!an)\w*|импорт\w*|purchas\w*|ввоз\w*"),
    (
        "trade_turnover",
        # (not goods carried: "cargo turnover", "freight turnover", "passenger turnover")
        # (not a currency's price: "One euro was traded for $1.13")
        r"trades?|traded(?!\s+(?:for|at)\s)|trading|(?<!cargo\s)(?<!freight\s)(?<!passenger\s)turnover|товарооборот\w*|торгов\w*|внешнеторгов\w*|commerce"
        # "товарный оборот", "товарообращение", "товарообмен"
        r"|товарообращени\w*|товарообмен\w*|товарн\w+\s+оборот\w*"
        # ("the total value of bilateral transactions between Iran and Turkey")
        r"|bilateral\s+transactions",
    ),
    (
        "investment",
        # (not a firm's owners: "the foreign-invested sector")
        r"(?<!-)invest\w*|инвест\w*|stake|капиталовложен\w*|FDIs?|projects?|проект\w*|portfolios?"
        # what is built or set up: "a $2 billion steel plant", "a joint venture"
        r"|plants?|factor(?:y|ies)|refiner(?:y|ies)|(?:joint\s+)?ventures?|завод\w*",
    ),
    (
        "aid",
        # ("India extended LoC to $862 million": a line of credit)
        r"loans?|credits?|(?-i:LoCs?|LOCs?)|grants?|aid|assistance|help|donat\w*|кредит\w*|займ\w*|заем\w*"
        r"|помощ\w*|грант\w*|funding|financing|pledg\w*|contribut\w*|relief|humanitarian"
        r"|packages?|disburs\w*|support|USAID|ODA|lend|lends|lending|lent|lender|donors?"
        # "$1 billion of concessional financing from the Export-Import Bank"; a development
        # bank's money: "ADB approves $300 million for Kazakhstan"
        r"|concessional|Export-Import\s+Bank|Exim\s*Bank|(?-i:ADB|IMF|EBRD|AIIB|IsDB|JICA|EIB)"
        r"|World\s+Bank|(?:Asian|Eurasian|Islamic|African|Inter-American)\s+Development\s+Bank"
        r"|International\s+Monetary\s+Fund"
        # "China allocates $4.5 mln to Azerbaijan", "as budget support"
        r"|allocat\w*|budget\s+support"
        # "Since 2014, the EU has mobilised over €8.5 billion for the Sahel"
        r"|mobili[sz]\w*"
        # "EC to release EUR 13 mln for refugees in Serbia"
        r"|refugees?"
        # "handed over a cheque of US$ 25 million"
        r"|cheques?|checks?\s+(?=(?:of|for|worth)\b)"
        r"|debt\s+(?:relief|forgiveness|cancell?ation|write-?offs?)"
        # "committed $500 million to Gaza reconstruction", "wrote off $20 billion of debt"
        r"|reconstruction|rebuilding|wr(?:ote|ites|itten|iting)\s+off"
        # money provided, said right before the amount: "is providing $52 million to the WFP"
        # (the recipient maybe between: "will give Ukraine an extra 500 million euros";
        # a currency's short name: "granted Ksh 2 billion")
        r"|(?:provid(?:e|es|ed|ing)|grant(?:ed|s|ing)|hand(?:s|ed|ing)?\s+over"
        r"|(?P<give>g[ai]ve|giv(?:es|en|ing)))(?=\s+"
        r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?)?"
        r"(?:(?:an?|some|nearly|about|another|an\s+additional|a\s+further|up\s+to|more\s+than"
        r"|an\s+extra|a\s+total\s+of)\s+)?"
        r"(?:US\s?\$|\$|€|£|¥|(?-i:[A-Z]{3}|Rs\.?|Ksh|Tk|Rp)(?=\s?\d)"
        r"|\d[\d.,]*\s*(?:million|billion|mln|bln|bn|m)?\s*(?:euros?|dollars?|pounds?|yen|yuan"
        r"|roubles?|rubles?|rupees?)\b|(?(give)(?!)|\d)))",
    ),
    (
        "freight",
        r"freight|cargo|transit|(?<!value\sof\s)shipments?|containers?|грузо\w*|перевоз\w*"
        r"|груз\w*",
    ),
    ("growth", r"GDP|ВВП|economic growth|economy grew|economy expanded|inflation"),
    # What is neither: a price, a contract, a budget, a debt — nearer than a trade word
    # farther off, it says what the amount is ("a $2 billion arms deal" in a trade story).
    (
        "other",
        r"contracts?|deals?|budgets?|prices?|costs?|tariffs?|debts?|reserves|revenues?"
        r"|salar(?:y|ies)|fines?|compensation|ransom|capitali[sz]ation"
        r"|agreements|documents|memorand(?:um|a)|MoUs?"
        # a loan's rate is no loan: "the interest rate is 1.04% per annum", "2% fixed rate"
        r"|interest\s+rates?|(?:fixed|floating|variable)\s+(?:interest\s+)?rates?"
        # a currency's price: "One euro was traded for $1.13 on average", "the exchange rate"
        r"|traded\s+(?:for|at)|exchange\s+rates?"
        r"|контракт\w*|сделк\w*|бюджет\w*|цен\w*|стоимост\w*|долг\w*",
    ),
]
KIND_RES = [
    (kind, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)) for kind, words in KINDS
]
MORE_RE = re.compile(
    # (not a sum handed over: "hands over USD 25 million")
    # ("has already exceeded a record $1 billion")
    # ("crossed the $10-billion mark", "topped $5 billion")
    r"(?<!\w)(?:(?:surpass\w*|exceed\w*|cross(?:ed|es|ing)?(?:\s+the)?|topp(?:ed|ing))"
    r"(?:\s+(?:an?\s+)?(?:record|all-time\s+high\s+of))?"
    r"|more than|(?<!hand\s)(?<!hands\s)(?<!handed\s)"
    r"(?<!handing\s)over|above|upwards of|in excess of|at least"
    # "более чем на $20 млрд": more than, of a sum
    r"|(?:свыше|более(?: чем)?|больше)(?:\s+на)?|превыси\w*|превышает|превышающ\w*)\s*$",
    re.IGNORECASE,
)
ABOUT_RE = re.compile(
    r"(?<!\w)(?:about|around|approximately|approx\.?|app\.|nearly|almost|some|roughly|close to"
    r"|estimated at"
    # (and by how much: "вырос почти на 23 процента")
    r"|(?:около|почти|порядка|примерно|приблизительно)(?:\s+на)?|приближается к)\s*$",
    re.IGNORECASE,
)
LESS_RE = re.compile(
    r"(?<!\w)(?:less than|under|below|up to|менее|меньше|не более)\s*$", re.IGNORECASE
)
TARGET_RE = alternatives(
    r"\b(?:increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|bring(?:ing)?|doubl(?:e|ing)|expand(?:ing)?"
    # ("agreed to elevate their bilateral trade to $10 billion")
    r"|elevat(?:e|ing)"
    # ("hoping to enhance bilateral trade exchanges to $10 billion")
    r"|enhanc(?:e|ing)"
    # (not a result in brackets: "an 11-time increase (to $175 million)")
    # ("to boost … to as much as $10 billion")
    r"|lift(?:ing)?)\b(?:[^.;]|\.(?=\d)){0,80}\b(?<!\()to\s*"
    r"(?:(?:as\s+much\s+as|about|around|some|nearly|over|more\s+than|at\s+least)\s+)?$"
    r"|\b(?:target\w*|goal|aim\w*|plan(?!t)\w*|intend\w*|seek\w*"
    # (not a comparison with what was expected: "better than previously expected")
    r"|(?<!than\s)(?<!than\spreviously\s)(?<!than\soriginally\s)expect\w*|to reach|by 20\d\d"
    r"|to\s+touch|(?:will|could|should|would|may|might|can)\s+(?:reach|come\s+close\s+to|hit|top"
    r"|touch|surge"
    # "which may soar to $6 billion in the next two years": a forecast
    r"|soar|rise|grow|climb|jump|increase|swell|go\s+up"
    # "might surpass $100 billion in 2018": a forecast
    r"|surpass|exceed|cross)"
    # "there are chances to increase it this year and reach about $10 billion"
    r"|(?:chances?|possibilit\w+|potential|opportunit\w+|room)\s+to\s+(?:increase|raise|boost"
    r"|reach|bring|double|expand))\b"
    r"(?:[^.;]|\.(?=\d)){0,80}$"
    r"|(?:довести|увеличить|нарастить|достичь|достигнуть|превысить|цель\w*|планиру\w*"
    r"|прогноз\w*|\bк\s+20\d\d\s+году"
    # "может составить $50 млрд", "выйдут на планку в $40 млрд": a forecast
    r"|(?:может|могут|сможет|смогут|должен|должна|должно|должны)\s+(?:\w+\s+){0,2}?"
    r"(?:составить|достичь|достигнуть|превысить|вырасти|увеличиться|выйти)"
    r"|выйд\w+\s+на\s+(?:планку|уровень|отметку|рубеж)"
    # "Мы рассчитываем выйти примерно на 8,5 млрд долларов": counted on, intended
    r"|рассчитыва\w+|намерен\w*|намерева\w+)(?:[^.;]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)
# "announced $380 million, bringing the total US aid to Syria to $1.7 billion", "raising the
# union's total contributions to €2 billion": where a total now stands, not a goal
RESULT_TOTAL_RE = re.compile(
    r",\s+(?:bringing|raising|taking|pushing|lifting|increasing)\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?total\b[^.;,]{0,60}\bto\s*$",
    re.IGNORECASE,
)
MANAGED_RE = re.compile(
    r"\b(?:удалось|удалось\s+бы|managed|succeeded\s+in)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:увеличить|нарастить|довести|достичь|превысить|to\s+(?:increase|raise|boost|double|reach)"
    r"|increasing|raising|boosting|doubling)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
PLAN_MET_RE = re.compile(
    r"\b(?:reached|achieved|met|hit|attained)\s+(?:the|its|their|a)\s+(?:planned|targeted|set"
    r"|intended)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?$",
    re.IGNORECASE,
)
TARGET_NAMED_RE = re.compile(
    r"\b(?:target(?:ed)?|goal)\s+(?:(?:amount|figure|level|sum)\s+)?(?:of|was|is|at)\s+(?:about\s+)?$",
    re.IGNORECASE,
)
FROM_LEVEL_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+)?(?:(?:current|present|existing|today['’]s)\s+)?"
    r"(?:(?:level|figure|volume|mark)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$"
    # "может вырасти до $100 млрд в год с нынешних $36 млрд"
    r"|(?<!\w)(?:с|от)\s+(?:нынешн|текущ|сегодняшн)\w*\s+(?:уровня\s+(?:в\s+)?)?(?:около\s+)?$",
    re.IGNORECASE,
)
# "grew by 5.2 percent … to reach 36.02 trillion yuan": where it got to, not a goal
REACHED_RE = re.compile(
    r"\b(?:grew|rose|increased|climbed|jumped|surged|expanded|inched\s+up|edged\s+up|was\s+up|up\s+by"
    r"|fell|declined|dropped|decreased"
    # "has been growing, rising 30 percent to reach $77 billion": a participle of the same
    r"|,\s+(?:rising|growing|increasing|climbing|jumping|surging|gaining|falling|declining"
    r"|dropping))\b(?:[^.;]|\.(?=\d)){0,80}\bto\s+reach"
    # ("to reach its highest-ever figure, $14.5 billion")
    r"(?:\s+(?:its|their|an?|the|a\s+new)\s+(?:[\w-]+\s+){0,3}?(?:figure|level|high|record|peak"
    r"|mark|value)\s*,?)?\s*$",
    re.IGNORECASE,
)
GREW_RE = re.compile(
    r"\b(?:grew|rose|increased|climbed|jumped|surged|expanded|fell(?!\s+short)|declined|dropped|reached"
    r"|amounted|totall?ed)\b(?:[^.;]|\.(?=\d)){0,50}$",
    re.IGNORECASE,
)
# "increase trade turnover up to $5 billion": the level aimed at, not an upper bound (nor
# one reached: "export value has gone up to US$11.2 billion")
RAISED_UP_TO_RE = re.compile(
    r"\b(?:increas\w*|rais\w*|boost\w*|bring\w*|doubl\w*|expand\w*|lift\w*)\b[^.;]{0,60}"
    r"\bup\s+to\s*$"
    r"|\b(?:gone|went|goes|risen|rose|rises|climbed|grown|grew|jumped|surged|soared|shot"
    r"|moved)\s+up\s+to\s*$",
    re.IGNORECASE,
)
# (in the amount's own clause: not "exceeded $3.6 billion, and this indicator remained stable by
# 2022")
AS_TARGET_AFTER_RE = re.compile(r"\s+as\s+(?:an?\s+|the\s+|their\s+)?(?:target|goal)\b")
TARGET_AFTER_RE = re.compile(
    r"^(?:(?!,?\s+and\s+(?:this|that|it|the)\b)[^.;]){0,40}\bby\s+(?:the\s+end\s+of\s+)?"
    r"(?:20\d\d|(?:this|the|next)\s+year\b)"
    # "the 10 percent annual growth target set by the Commerce Ministry": the amount's noun
    # ("setting USD 100 billion as target for 2015")
    r"|^\s+(?:as\s+(?:an?\s+|the\s+|their\s+)?)?"
    r"(?:(?:annual|yearly|growth|trade|export|import|investment|official|national)\s+){0,3}"
    r"(?:target|goal)\b",
    re.IGNORECASE,
)
# The amount's own verb, right before it: an amount recorded, not one aimed at.
# ("is expected to surpass $11 billion this year, as it reached $8.45 billion in the first nine
# months": a figure reached, not one "expected to have reached")
AMOUNTED_RE = re.compile(
    r"\b(?:amounted\s+to|totall?ed|stood\s+at|was\s+recorded\s+at|recorded"
    r"|(?<!\bhave\s)reached)\s*$",
    re.IGNORECASE,
)
# What is compared with, not measured: "compared to the same period last year", "a rise over".
# (not "amounted to more than $1.09 billion": a qualifier; "15 percent more than" compares)
_THAN = (
    r"(?:(?<!more\s)(?<!less\s)\bthan"
    r"|(?:%|\bpercent|\bper\s+cent|\btimes|\d)\s+(?:more|less)\s+than)"
)
BASELINE_BEFORE_RE = re.compile(
    # (and in Russian: "что на 21% больше, чем за аналогичный период 2017 года")
    rf"(?:compared\s+(?:to|with)|{_THAN}|\bagainst|same\s+(?:period|month|quarter|time)"
    r"|(?<!\w)(?:чем|по\s+сравнению\s+с|против)(?!\w)|аналогичн\w+\s+период"
    r"|(?:rise|increase|growth|gain|up|down|decline|drop|fall|%|percent|per\s+cent)\s+(?:over|from))"
    # (not past the amount it rose to: "a growth of 12.6% from $126 billion in 2017 to $142
    # billion in 2018")
    r"(?:(?!\bto\s)[^;]){0,40}$",
    re.IGNORECASE,
)
# The amount compared with, right after the comparison: "up from $1.1 billion".
BASELINE_AMOUNT_RE = re.compile(
    rf"(?:compared\s+(?:to|with)|{_THAN}|\bagainst|(?:\b(?:rise|increase|growth|gain|up|down|decline"
    r"|drop|fall)|%|\bpercent|\bper\s+cent)\s+(?:over|from))\s+(?:(?:about|some|around|nearly)\s+)?$"
    # … or in brackets after what it is: "compared to the figure for 2021 ($3.4 billion)"
    r"|(?:compared\s+(?:to|with)|\bthan|\bagainst)[^;()]{0,50}\(\s*$",
    re.IGNORECASE,
)
BASELINE_OVER_RE = re.compile(
    r"\b(?:rise|increase|growth|gain|jump|up)\s+over\s*$|\bover\s+the\s+same", re.IGNORECASE
)
# (not "but" meaning "only": "the 20 million euros are but the first tranche of … aid")
# Two modifiers of the one kind word after the amount: "5 trillion yen of public and private
# investment" (no clause between them)
PAIRED_MODIFIERS_BETWEEN_RE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[a-z-]+\s+and\s+[a-z-]+\s+")
CLAUSE_BREAK_RE = re.compile(
    r"[,;]|\s[-–—]\s|\b(?:and|while|whereas|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)but"
    r"|where)\b"
    # (and a sentence ended inside a quotation, read as one: "… imports – 7.8 billion
    # dollars. First place in foreign trade turnover …")
    r"|(?<=[a-zа-яё])[.!?]\s+(?=[A-ZА-ЯЁ])"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_RU_MONTH_IN = r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е"
_RU_MONTH_NAME = (
    r"(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
)
_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
PERIOD_RE = alternatives(
    r"\b(?:in|during|over|for)\s+(?:the\s+)?(?:first\s+|initial\s+)?(?:\w+\s+)?(?:months?|quarters?|half)"
    r"\s+(?:of|on)\s+(?:this|last|the)?\s*(?:year|\d{4})"
    r"|\b(?:in|during|over)\s+the\s+first\s+(?:\w+\s+)?(?:months|quarters?|half)\b"
    # "over 11 months", "over the past year", "in the last twelve months"
    # (not an age: "the elderly over 50 years of age")
    rf"|\b(?:in|during|over|for)\s+(?:the\s+)?(?:(?:past|last)\s+)?{_COUNT}\s+(?:months|years)\b"
    r"(?!\s+(?:of\s+age|old)\b)"
    r"|\b(?:in|during|over)\s+the\s+(?:past|last)\s+year\b"
    # a goal's time: "up to $30 billion in the coming years"
    r"|\b(?:in|over|within)\s+the\s+(?:coming|next|following)\s+(?:(?:few|two|three|four|five"
    r"|ten|\d{1,2})\s+)?(?:years|months|decades?)\b"
    # ("to increase bilateral trade to $1 billion in the near future")
    r"|\b(?:in|within)\s+the\s+(?:near|foreseeable|not\s+too\s+distant)\s+future\b"
    # ("following the results of January-May 2020")
    # ("during January-October, 2004", "during the January-October period")
    rf"|\b(?:in|from|of|during|for|over)\s+(?:the\s+)?{_MONTH}\s*(?:[-–]|through|to|till|until)\s*"
    rf"{_MONTH}(?:,?\s+\d{{4}}|\s+of\s+(?:this|last|the\s+current)\s+year)?(?:\s+period)?"
    rf"|\bbetween\s+{_MONTH}\s+and\s+{_MONTH}(?:\s+\d{{4}})?"
    # "For all of 2021, the figure was $33 billion", "for the whole of last year"
    r"|\bfor\s+(?:all|the\s+(?:whole|entire|full))\s+(?:of\s+)?(?:(?:19|20)\d\d|(?:this|last)\s+year)\b"
    rf"|\b(?:in|for|during)\s+{_MONTH}\s+\d{{4}}\b"
    # the months to a day named: "has gone up to US$11.2 billion until October 2011"
    rf"|\b(?:until|till|through)\s+(?:the\s+end\s+of\s+)?{_MONTH}\s+\d{{4}}\b"
    # a month alone, this year's ("totaled $15.2 billion in September"); not "last year's"
    rf"|\b(?:in|for|during)\s+{_MONTH}\b(?!\s*\d)|\b(?:last|this)\s+month\b"
    r"|\b(?:this|last|next) year\b(?!['’]s)"
    r"|\bby\s+the\s+end\s+of\s+(?:(?:19|20)\d\d|(?:this|last)\s+year)\b"
    # "as of the end of November": the months to then
    rf"|\b(?:as\s+of|at|by)\s+(?:the\s+)?end\s+of\s+{_MONTH}(?:\s+\d{{4}})?"
    # ("during the year 2008-09", "in fiscal year 2021-22")
    r"|\b(?:in|during|over|for)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?"
    r"(?:19|20)\d\d\s?[-–]\s?(?:(?:19|20)\d\d|\d\d)\b(?:\s+(?:fiscal|financial)\s+year\b)?"
    # "in the 22/23 fiscal year", "in FY2022-23", "in FY23"
    r"|\b(?:in|during|over|for)\s+(?:the\s+)?(?:(?:19|20)?\d\d\s?[-–/]\s?(?:19|20)?\d\d\s+"
    r"(?:fiscal|financial)\s+year|FY\s?(?:19|20)?\d\d(?:\s?[-–/]\s?\d\d)?)\b"
    r"|\b(?:in|during)\s+\d{4}\b(?!\s?[-–]\s?\d)|\b(?:H[12]|[12]H|Q[1-4]|[1-4]Q)\s?\d{4}\b"
    # a year's figure named: "compared to the 2022 figures ($770.215 million)"
    r"|\bthe\s+(?:19|20)\d\d\s+(?:figures?|levels?|data|results?|indicators?|volumes?)\b"
    # a target's year, a year's figure: "to $200 billion by 2020", "the figure for 2021"
    r"|\b(?:by|for)\s+(?:19|20)\d\d\b(?!\s*[-–]\d)"
    r"|\bза\s+[^.;,]{0,30}?(?:месяц\w*|квартал\w*|полугоди\w*|год\w*)"
    r"|\bв\s+\d{4}\s+году|\bв\s+прошлом\s+году|\bв\s+этом\s+году"
    # "в первой половине 2021 года", "в первом полугодии текущего года", "во втором квартале"
    r"|\bв\s+(?:первой|второй)\s+половине\s+(?:(?:19|20)\d\d|этого|текущего|прошлого)\s+года"
    r"|\bво?\s+(?:первом|втором|третьем|четвертом|четвёртом)\s+(?:полугодии|квартале)"
    r"(?:\s+(?:(?:19|20)\d\d|этого|текущего|прошлого)\s+года)?"
    # "с начала 2017 года", "с начала года": the months to now
    r"|\bс\s+начала\s+(?:(?:\d{4}|этого|текущего)\s+)?года\b"
    # a target's year: "довести товарооборот до 10 млрд долларов к 2030 году"
    r"|\bк\s+(?:19|20)\d\d\s+году\b"
    # "в январе-сентябре (2024 года)"
    rf"|\bв\s+{_RU_MONTH_IN}(?:\s*[-–]\s*{_RU_MONTH_IN})?(?:\s+(?:19|20)\d\d\s+года)?\b"
    # "за январь-сентябрь"
    rf"|\bза\s+{_RU_MONTH_NAME}\s*[-–]\s*{_RU_MONTH_NAME}(?:\s+(?:19|20)\d\d\s+года)?"
    r"|\bпо\s+итогам\s+(?:прошлого\s+|\d{4}\s+)год[а]?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ExtractedFigure:
    kind: str
    value: Decimal
    unit: str
    qualifier: str
    is_target: bool
    period: str
    sentence: str
    sentence_start: int
    start: int = 0  # the amount's span in the text
    end: int = 0
    range_to: Decimal | None = None  # "from 900 million to one billion"
    countries: tuple[str, ...] = field(default=())

    @property
    def quote(self) -> str:
        """The amount as the sentence writes it."""
        return self.sentence[self.start - self.sentence_start : self.end - self.sentence_start]


# Every figure has a number (digits, or a scale word: "полтора миллиона тонн"): sentences
# without one of these are not given to extract_figures (see
# archive.ingest.extract.sentences_containing).
# ("two percent of GDP": a number in words before a percentage)
UNIT_HINTS = (*"0123456789", "billion", "million", "trillion", "млрд", "млн", "миллиард", "миллион",
              "percent", "per cent", "процент")  # fmt: skip
DIGIT_RE = re.compile(r"\d")
AMOUNT_WORD_HINTS = tuple(
    sorted({w.lower().rstrip(".") for w in WORDS} | {prefix for prefix, _ in SCALES})
)
# … and a sentence that only names what the next one measures: "Lavrov spoke of the growth
# of trade with Vietnam. Last year the figure rose by 35%."
KIND_HINTS = ("trade", "торговл", "export", "экспорт", "import", "импорт", "investment",
              "инвестиц", "сальдо", "оборот", "товарообращ", "товарообмен")  # fmt: skip


@dataclass
class _Amount:
    start: int  # in the sentence
    end: int
    value: Decimal
    unit: str
    has_scale: bool
    listed_with: _Amount | None = None  # "218.6 and 171 million dollars": the second
    opens_range: bool = False  # "US$3 to US$5 billion": read as a range before its scale


def _amounts(sentence: str, decimal_comma: bool) -> list[_Amount]:
    found: list[_Amount] = []
    for m in AMOUNT_RE.finditer(sentence):
        sign, unit_word = m.group("sign"), (m.group("unit") or "").lower()
        if sign and sign.lower().rstrip(".") not in SIGNS:
            sign = None  # three capitals that are no currency code: "TOP 10"
        raw, scale = m.group("number"), m.group("scale")
        if sign and sign == "COP" and not scale and re.fullmatch(r"\d{1,2}", raw):
            continue  # "the COP28 climate conference", "COP 29": the UN's, no pesos
        if raw.lower() in {"a", "an"} and not scale:
            continue  # "a ton of", "a percent": not an amount
        number = parse_number(raw, decimal_comma)
        if number is None:
            continue
        if m.group("short"):  # "$5m", "£3bn" written short, "200m euros"
            currency = UNIT_WORDS.get(unit_word.rstrip("."), "")
            if not sign and not re.fullmatch(r"[A-Z]{3}", currency):
                continue  # (not "a 200m wall": metres)
            number *= SHORT_SCALES[m.group("short").strip().lower()]
        if unit_word in SCALED_ONLY and not scale and not sign:
            continue
        unit = SIGNS.get(sign.lower().rstrip(".")) if sign else None
        unit = unit or UNIT_WORDS.get(unit_word.rstrip("."))
        end = m.end()
        if not unit and (counted := COUNTED_AFTER_RE.match(sentence, end)):
            unit, end = UNIT_WORDS[counted.group("unit")], counted.end()
        if unit in COUNT_UNITS and (sign or not raw[0].isdigit() or YEAR_RE.fullmatch(raw)):
            continue  # (see COUNT_UNITS: "two people", "in 2015 refugees arrived")
        if unit in COUNT_UNITS and (m.group("unit") or "")[:1].isupper():
            continue  # a name's word: "46 People's Liberation Army aircraft"
        if unit == "bcm":  # "10 bcm": billion cubic metres
            unit, scale = "m3", "billion"
        start = m.start("sign") if sign else m.start("number")
        if sign and unit_word and UNIT_WORDS.get(unit_word) not in {None, unit}:
            unit = SIGNS[sign.lower().rstrip(".")]  # "$30 million loan": the sign says it
        value = number * scale_of(scale)
        if m.group("rest") and scale and scale_of(m.group("rest_scale")) < scale_of(scale):
            rest = parse_number(m.group("rest"), decimal_comma)
            value += (rest or 0) * scale_of(m.group("rest_scale"))
        found.append(
            _Amount(
                start,
                end,
                value,
                unit or "",
                bool(scale or m.group("short")),
            )
        )
    for m in BARE_SCALE_RE.finditer(sentence):
        if UNCOUNTED_BEFORE_RE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "несколько миллионов долларов": how many the text does not say
        if not any(a.start <= m.start() < a.end for a in found):
            found.append(
                _Amount(
                    m.start(),
                    m.end(),
                    Decimal(scale_of(m.group("scale"))),
                    WORDS[m.group("unit").lower().rstrip(".")],
                    True,
                )
            )
    found.sort(key=lambda a: a.start)
    return found


def extract_figures(
    sentences: list[tuple[int, str]], decimal_comma: bool = False, year: int | None = None
) -> list[ExtractedFigure]:
    """The figures of `sentences` ((offset, text) pairs, as the splitter gives them) of an
    article published in `year`."""
    figures: list[ExtractedFigure] = []
    # (end, kind, text) of the sentence before: the kind it measured, None when it held no
    # figure (its text is then read, only when a figure here points back to it)
    told: tuple[int, str | None, str] | None = None
    measured: tuple[int, str] | None = None  # (end, kind) of the last sentence that measured
    for offset, sentence in sentences:
        # A sentence here only for a kind word ("trade") has no amount to look for.
        amounts = _amounts(sentence, decimal_comma) if _may_hold(sentence.lower()) else []
        carried = _carried(told, offset, sentence) if amounts else "other"
        if (
            carried == "other"
            and amounts
            and measured is not None
            and measured[1] in CARRIED_KINDS
            and offset - measured[0] <= 300
            and ANAPHOR_RE.search(sentence)
            # (right after it across a paragraph only when named: "The figure indicates a
            # rise", not "It grew by 12 percent")
            and (offset - measured[0] >= 3 or FIGURE_ANAPHOR_RE.search(sentence))
        ):
            # "Trade may exceed $2 billion. So said the minister.\n'We expect it to reach a
            # record, exceeding $2 billion'": what was measured a sentence before the one
            # before (not right before it across a paragraph: see _carried)
            carried = measured[1]
        # Money in a sentence naming no kind is what the sentence right before measured, in
        # its paragraph or the next: "pledged $8.2 billion in aid. Ghani said $4.4 billion
        # had already been promised".
        # (the last sentence that measured is the one right before, or one before a sentence
        # with no amount: "… authorized $33 million in aid. The money will come from the
        # Fund. With the addition of $33 million, …")
        unnamed = (
            measured[1]
            if measured is not None
            and measured[1] in CARRIED_MONEY_KINDS
            and offset - measured[0] <= 300
            else "other"
        )
        told = (offset + len(sentence), None, sentence)
        _share_units(amounts, sentence)
        respective = _respective_kinds(amounts, sentence)
        skip: set[int] = set()
        periods = _periods(sentence) if amounts else []
        for i, amount in enumerate(amounts):
            if i in skip or not amount.unit:
                continue
            before, after = sentence[: amount.start], sentence[amount.end :]
            if (
                (amount.unit in VOLUMES or amount.value in (1, 1000))
                and (PER_RE.search(before[-6:]) or PER_QUANTITY_RE.search(before[-12:]))
                and i
                and amounts[i - 1].unit
                and not re.search(r"[,;]", sentence[amounts[i - 1].end : amount.start])
            ):
                continue  # "$44 per 1,000 cubic meters": a denominator; not "$2 bn, a 3% rise",
                # not "$2 billion for a 10 percent stake"
            if EXCHANGE_RE.match(after) and amount.value == 1:
                continue  # "1 USD = 386.71 KZT": the rate is the other side
            high = _range_end(amounts, i, sentence)
            if high is not None:
                skip.add(i + 1)
            end = amounts[i + 1].end if high is not None else amount.end
            figures.append(
                _figure(
                    amount,
                    sentence,
                    offset,
                    end,
                    high,
                    periods,
                    carried
                    if (amount.unit == "%" and not SHARE_OF_RE.match(after))
                    or ANAPHOR_RE.search(sentence)
                    else unnamed
                    if amount.unit != "%"
                    and not PRICE_RE.match(after)
                    # (not a sum sizing a thing of its own: "announced a joint $1.4bn
                    # development of a port city", "sealed a $2.6 billion agreement")
                    and not (
                        ATTRIBUTIVE_BEFORE_RE.search(before[-24:])
                        and ATTRIBUTIVE_AFTER_RE.match(after)
                    )
                    else "other",
                    year,
                    respective.get(i),
                )
            )
            told = (offset + len(sentence), figures[-1].kind, sentence)
            measured = (offset + len(sentence), figures[-1].kind)
    return figures


# "will cover 3% of the oblast's needs": a share of what the sentence names, not a change
# in what the sentence before measured
SHARE_OF_RE = re.compile(r"\s+of\s+(?!it\b|its\b|this\b|that\b)", re.IGNORECASE)
CARRIED_KINDS = frozenset({"trade_turnover", "exports", "imports", "trade_balance", "investment"})
CARRIED_MONEY_KINDS = CARRIED_KINDS | {"aid"}
# An amount before the noun it sizes: "a joint $1.4bn development", "a $2.6 billion deal"
ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)
ATTRIBUTIVE_AFTER_RE = re.compile(
    r"\s*-?\s*(?!(?:in|to|for|of|from|on|at|by|with|and|or|worth|per|a|an|the|is|was|were|are"
    r"|has|had|have|last|this|next|each|annually|every|as|over|since|until|during|than"
    # (a level of what was measured before: "the USD 200 billion target", "the $5bn mark")
    r"|target|goal|mark|milestone|threshold|benchmark|level|record)\b)"
    r"[a-z][a-z-]+\b"
)
# "$44 per 1,000 cubic meters", "$80 a barrel": a price, whatever the sentence before measured
PRICE_RE = re.compile(
    r"\s*(?:per|за)\b|\s+an?\s+(?:barrel|ton|tonne|kilo\w*|litre|liter|unit|head)\b", re.IGNORECASE
)
# "этот показатель", "the figure": what the sentence before measured
FIGURE_ANAPHOR_RE = re.compile(
    r"\b(?:this|the|that)\s+(?:figure|indicator|volume)\b|показател[ьяюем]\b", re.IGNORECASE
)
ANAPHOR_RE = re.compile(
    r"\b(?:(?:this|the|that)\s+(?:figure|indicator|volume)|показател[ьяюем]\b)"
    # a pronoun the amount's subject: "It reached $5 billion", "он составил 3,6 млрд"
    r"|\b(?:it|он|она|оно)\s+(?:[\w,]+\s+){0,2}?(?:reach|reached|exceed\w*|stood|grew|rose|increased|amounted"
    r"|totall?ed|fell|declined|составил|вырос|увеличил|достиг|сократил|снизил)",
    re.IGNORECASE,
)


def _hint_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in AMOUNT_WORD_HINTS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


AMOUNT_WORD_CUES = _hint_automaton()


def _may_hold(lowered: str) -> bool:
    """Whether a sentence may hold an amount: a digit, a scale, or a number word."""
    # Without a digit, an amount needs a scale or a unit word ("two percent", "a billion"):
    # one pass of a multi-word matcher
    return (
        DIGIT_RE.search(lowered) is not None
        or next(AMOUNT_WORD_CUES.iter(lowered), None) is not None
    )


def _carried(told: tuple[int, str | None, str] | None, offset: int, sentence: str) -> str:
    """The kind a percentage in a sentence naming none takes from the sentence right before
    it in the same paragraph: "Trade reached $5 billion. It grew by 12 percent." (the
    growth is trade's; not a price after it, "$44 per 1,000 cubic meters"); from a sentence
    that only speaks of it, when the figure points back: "Lavrov spoke of the growth of
    trade. Last year the figure rose by 35%"."""
    if told is None or not 0 <= offset - told[0] <= 1:
        return "other"
    _end, kind, before = told  # the kind it measured (None: no figure), and its text
    if kind is None:
        if not ANAPHOR_RE.search(sentence):
            return "other"
        kind = _spoken_of(before)
    return kind if kind in CARRIED_MONEY_KINDS else "other"


def _spoken_of(sentence: str) -> str:
    """The kind a sentence without figures names, when it names one."""
    kinds = {_kind(sentence, _Amount(len(sentence), len(sentence), Decimal(0), "USD", False))}
    return next(iter(kinds & CARRIED_KINDS), "other")


SAME_UNIT_GAP_RE = re.compile(
    r"(?:\s+(?:by|in|until)\s+\d{4})?,?\s+(?:and|or)\s+(?:(?:to|by|at|then)\s+)?(?:about\s+)?"
    # "инвестирует 35 млрд долларов, а в течение следующих 10 лет – более 100 млрд"
    r"|,?\s+(?:and|or|и|а)\s+[^;.:]{0,60}"
    # "exports reached $846.7 billion, down 21.3 percent, and imports hit 711.2 billion"
    r"|(?:[^;:.]|\.(?=\d)){0,120}?,?\s+(?:and|while|whereas|и|а)\s+(?:[^;:.]|\.(?=\d)){0,60}"
)


def _share_units(amounts: list[_Amount], sentence: str) -> None:
    """A range names its unit and scale once: "$10-12 billion", "от 900 млн до миллиарда
    долларов", "between 5 and 7 percent"."""
    # "to 100 billion dollars by 2015 and to 200 billion by 2020": the currency said once
    # for two amounts in a row (the years between are no amounts)
    scaled = [a for a in amounts if a.has_scale]
    for first, second in itertools.pairwise(scaled):
        if (
            first.unit
            and not second.unit
            and SAME_UNIT_GAP_RE.fullmatch(sentence, first.end, second.start)
        ):
            second.unit = first.unit
    for first, second in itertools.pairwise(amounts):
        if (
            first.unit not in {"", "%"}
            and second.unit not in {"", "%", first.unit}
            and RESTATED_GAP_RE.fullmatch(sentence, first.end, second.start)
        ):
            # "Yen 21.787 billion (Rs. 1165 crore approx.)": one sum in another currency, of
            # the same kind
            second.listed_with = first
            continue
        if (
            not first.unit
            and first.has_scale
            and second.unit
            and second.has_scale
            and LISTED_GAP_RE.fullmatch(sentence, first.end, second.start)
            and not RANGE_START_RE.search(sentence[: first.start][-24:])
        ):
            # "were worth 24.7 million and 26.7 million dollars": the currency said once
            first.unit, first.listed_with = second.unit, second
            continue
        if _listed_before(first, second, sentence):
            # "signed 218.6 and 171 million dollars in loan agreements": two amounts, one
            # scale and currency
            first.unit, first.has_scale, first.listed_with = second.unit, True, second
            first.value *= second.value / _integer_part(second.value)
            continue
        if first.unit and second.unit and first.unit != second.unit:
            continue  # "It rose from 28.7 per cent to $18.13 billion": two measures, no range
        # "increased from 900 million to one billion dollars": then and now, no range, one
        # currency and scale
        changed = _changed_from_to(first, second, sentence)
        if not changed and not _is_range(first, second, sentence):
            continue
        first.opens_range = not changed
        if not first.unit and second.unit:
            first.unit = second.unit
        elif first.unit and not second.unit:
            second.unit = first.unit
        if not first.has_scale and second.has_scale and first.value < 1000:
            scale = second.value / _integer_part(second.value)
            first.value *= scale if scale > 1 else 1
            first.has_scale = True


RESPECTIVELY_RE = re.compile(r"\b(?:respectively|соответственно)\b", re.IGNORECASE)
AMOUNTS_LISTED_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|и\s+)", re.IGNORECASE)
KINDS_LISTED_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|и\s+)(?:the\s+)?", re.IGNORECASE)
LISTABLE_KINDS = ("exports", "imports", "investment", "aid")


def _respective_kinds(amounts: list[_Amount], sentence: str) -> dict[int, str]:
    """The kinds of amounts listed with "respectively" after kind words listed in the same
    order: "exports and imports surged 22.7 percent and 22.6 percent, respectively" (by the
    amount's index)."""
    said = RESPECTIVELY_RE.search(sentence)
    if said is None:
        return {}
    listed: list[int] = []
    for i, amount in enumerate(amounts):
        if amount.end > said.start() or not amount.unit:
            break
        if listed and (
            amount.unit != amounts[listed[-1]].unit
            or not AMOUNTS_LISTED_RE.fullmatch(sentence, amounts[listed[-1]].end, amount.start)
        ):
            listed = []
        listed.append(i)
    if len(listed) < 2:
        return {}
    words = sorted(
        (m.start(), m.end(), kind)
        for kind, pattern in KIND_RES
        if kind in LISTABLE_KINDS
        for m in pattern.finditer(sentence, 0, amounts[listed[0]].start)
    )
    for first in range(len(words) - len(listed), -1, -1):
        run = words[first : first + len(listed)]
        if len({kind for _, _, kind in run}) == len(run) and all(
            KINDS_LISTED_RE.fullmatch(sentence, a[1], b[0]) for a, b in itertools.pairwise(run)
        ):
            return {i: kind for i, (_, _, kind) in zip(listed, run, strict=True)}
    return {}


def _listed_before(first: _Amount, second: _Amount, sentence: str) -> bool:
    """A bare number listed before a whole amount ("218.6 and 171 million dollars"): not a
    range ("between 5 and 7 percent"), not a year."""
    if first.unit or first.has_scale or not (second.unit and second.has_scale):
        return False
    if not LISTED_GAP_RE.fullmatch(sentence, first.end, second.start):
        return False
    if RANGE_START_RE.search(sentence[: first.start][-24:]) or YEAR_RE.fullmatch(f"{first.value}"):
        return False
    return first.value < 1000


RESTATED_GAP_RE = re.compile(
    r"\s*\(\s*(?:(?:about|approx\.?|app\.|approximately|around|some|nearly|roughly|almost|or|i\.\s?e\."
    r"|equivalent\s+to)\s+)?"
    # "15 billion marks, or $9 billion, in emergency aid"
    r"|,\s+or\s+(?:(?:about|approximately|around|some|nearly)\s+)?",
    re.IGNORECASE,
)
# … and what follows the restatement says what both measure
RESTATED_ASIDE_RE = re.compile(
    r",\s+or\s+(?:(?:about|approximately|around|some|nearly)\s+)?[^\s,;]{1,20}(?:\s+[^\s,;]{1,12}){0,2},\s*",
    re.IGNORECASE,
)
LISTED_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|и)\s+")


def _integer_part(value: Decimal) -> Decimal:
    """The written number of a scaled value: 12,000,000,000 -> 12 (for "$10-12 billion")."""
    for _, scale in SCALES:
        if value >= scale and (value / scale) < 1000:
            return value / scale
    return value


def _changed_from_to(first: _Amount, second: _Amount, sentence: str) -> bool:
    """ "imports increased from $2.4 billion to $3 billion": then and now, not a range."""
    return bool(
        RANGE_GAP_RE.match(sentence[first.end : second.start])
        and CHANGED_FROM_RE.search(sentence[: first.start][-60:])
        and not any(
            not a.unit and not a.has_scale and YEAR_RE.fullmatch(f"{a.value}")
            for a in (first, second)
        )
    )


def _is_range(first: _Amount, second: _Amount, sentence: str) -> bool:
    """ "$10-12 billion", "from 900 million to 1 billion", "between 5 and 7 percent"; not
    "12.5% in 2024 to USD 4.2 billion" (a year is never half of a range)."""
    gap = sentence[first.end : second.start]
    if not RANGE_GAP_RE.match(gap):
        return False
    for amount in (first, second):
        if not amount.unit and not amount.has_scale and YEAR_RE.fullmatch(f"{amount.value}"):
            return False
    if _changed_from_to(first, second, sentence):
        return False
    dash = gap.strip() in {"-", "–", "—"} and len(gap) <= 3
    # "US$3 to US$5 billion": the currency said twice, the scale once
    scaled_once = (
        first.unit == second.unit != ""
        and second.has_scale
        and not first.has_scale
        and gap.strip().lower() == "to"
    )
    return dash or scaled_once or bool(RANGE_START_RE.search(sentence[: first.start][-24:]))


def _range_end(amounts: list[_Amount], i: int, sentence: str) -> Decimal | None:
    if i + 1 >= len(amounts):
        return None
    first, second = amounts[i], amounts[i + 1]
    if first.unit != second.unit or second.value <= first.value:
        return None
    return second.value if first.opens_range or _is_range(first, second, sentence) else None


def _figure(
    amount: _Amount,
    sentence: str,
    offset: int,
    end: int,
    high,
    periods,
    unnamed: str = "other",
    year: int | None = None,
    kind: str | None = None,
) -> ExtractedFigure:
    before = sentence[: amount.start]
    qualifier = (
        "more_than"
        if MORE_RE.search(before[-40:])
        else "about"
        if ABOUT_RE.search(before[-30:])
        else "less_than"
        if LESS_RE.search(before[-20:]) and not RAISED_UP_TO_RE.search(before[-100:])
        else "exact"
    )
    if qualifier == "more_than" and BASELINE_OVER_RE.search(before[-40:]):
        qualifier = "exact"  # "an 8.4% rise over USD 4.75 billion": a baseline, not "more than"
    period = _nearest(periods, amount, sentence)
    unit = amount.unit
    if (
        unit == "JPY"
        and "¥" in sentence[amount.start : amount.end]
        and YUAN_CONTEXT_RE.search(sentence)
    ):
        unit = "CNY"  # "China pledged ¥100 million": the sign is the yuan's too
    return ExtractedFigure(
        kind=kind or _kind(sentence, amount.listed_with or amount, unnamed),
        value=amount.value,
        unit=unit,
        qualifier=qualifier,
        is_target=bool(
            (
                TARGET_RE.search(before[-120:])
                and not REACHED_RE.search(before[-120:])
                and not RESULT_TOTAL_RE.search(before[-120:])
                # "удалось увеличить экспорт на 59,4 проц": managed, not aimed at
                and not MANAGED_RE.search(before[-120:])
                # "trade reached the planned milestone of $5 billion": the plan met
                and not PLAN_MET_RE.search(before[-60:])
                # "… a 22.5% increase from 2022, when it amounted to $649.1 million": its verb
                and not AMOUNTED_RE.search(before[-30:])
            )
            # "grew by 37% by the end of 2022": where it got to, not a goal
            or (TARGET_AFTER_RE.match(sentence[amount.end :]) and not GREW_RE.search(before[-60:]))
        )
        # "to increase trade from $13.6 billion at present to $20 billion by 2008", "doubling
        # trade by 2030 from the current level of $82 billion": where it starts from
        and not FROM_LEVEL_BEFORE_RE.search(before[-50:])
        # "increasing from $5 billion in 2002 to $7.5 billion last year": reached by then
        # (not a target so named: "exceeding the targeted amount of $1 billion for 2022")
        # (nor one set as the target: "setting USD 100 billion as target for 2015")
        and (
            not _past(period, year)
            or TARGET_NAMED_RE.search(before[-40:]) is not None
            or AS_TARGET_AFTER_RE.match(sentence, amount.end) is not None
        ),
        period=period,
        sentence=sentence,
        sentence_start=offset,
        start=offset + amount.start,
        end=offset + end,
        range_to=high,
    )


def _periods(sentence: str) -> list[tuple[int, int, str, bool]]:
    """The periods a sentence names, each marked if it is one compared with ("in April 2020
    compared to the same period last year": "last year" is a baseline's)."""
    return [
        (
            m.start(),
            m.end(),
            m.group(0),
            BASELINE_BEFORE_RE.search(sentence, max(0, m.start() - 50), m.start()) is not None,
        )
        for m in PERIOD_RE.finditer(sentence)
    ]


def _nearest(periods: list[tuple[int, int, str, bool]], amount: _Amount, sentence: str) -> str:
    """The period named nearest to the amount in its part of the sentence: of what is
    measured, or, for a baseline amount ("up from $1.1 billion in 2001"), of the baseline.
    A period after the next clause ("$9 bln, and gained 20% in seven months") is the next
    item's unless no other is named."""
    baseline = BASELINE_AMOUNT_RE.search(sentence, max(0, amount.start - 50), amount.start)
    start, end = _part(sentence, amount)
    candidates = [
        p
        for p in periods
        if (not p[3] or baseline)
        and start <= p[0]
        and p[1] <= end
        # (not a relative clause's time after it: "… caused by the Great East Japan Earthquake
        # that struck Japan in 2011")
        and not (p[0] > amount.end and _in_relative_clause(sentence, amount.end, p[0]))
    ]
    own = [
        p
        for p in candidates
        if p[1] <= amount.start
        or not (CLAUSE_BREAK_RE.search(sentence, amount.end, p[0]) or _aside(sentence, amount, p))
    ]
    # (a year aimed at is its own clause's only: "offered $28 million …, while the United
    # States pledged to triple its aid to $28.5 million by 2008")
    others = [p for p in candidates if not TARGET_YEAR_RE.match(p[2])]
    best = min(
        own or others,
        key=lambda p: max(p[0] - amount.end, amount.start - p[1], 0),
        default=None,
    )
    return best[2] if best else ""


TARGET_YEAR_RE = re.compile(r"by\s", re.IGNORECASE)


def _in_relative_clause(sentence: str, start: int, at: int) -> bool:
    """Whether a relative clause opens between `start` and `at` and is not closed by then
    ("that struck Japan in 2011"; not "which was a record, in 2023")."""
    found = RELATIVE_VERB_RE.search(sentence, start, at)
    return found is not None and "," not in sentence[found.end() : at]


RELATIVE_VERB_RE = re.compile(
    r"\b(?:that|which|who)\s+(?:[a-z]+ed|struck|hit|took|began|came|was|were|had)\b"
)
PAST_PERIOD_RE = re.compile(
    r"\b(?:last|previous|past)\s+year\b|\bв\s+прошлом\s+году|\b(?:in|for|during)\s+(?:the\s+)?"
    r"(?:(?:first|last|\w+)\s+(?:\w+\s+)?(?:months?|quarters?|half)\s+of\s+)?"
    # ("in September 2018")
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s?[-–])|\bв\s+(?P<ru_year>\d{4})\s+году",
    re.IGNORECASE,
)


def _past(period: str, year: int | None) -> bool:
    """Whether the period had ended before the article's year: "last year", "in 2002" (not "by
    2020", not "in 2024-25")."""
    m = PAST_PERIOD_RE.search(period)
    if m is None:
        return False
    told = m.group("year") or m.group("ru_year")
    return told is None or (year is not None and int(told) < year)


ASIDE_AMOUNT_RE = re.compile(r"\(([^()]*)\)")


def _aside(sentence: str, amount: _Amount, period: tuple[int, int, str, bool]) -> bool:
    """Whether the period stands in brackets after the amount that hold an amount of their
    own: "$48.5 billion (in 2022 it amounted to $59.5 billion)" — the other amount's."""
    aside = ASIDE_AMOUNT_RE.search(sentence, amount.end)
    return (
        aside is not None
        and aside.start() <= period[0]
        and period[1] <= aside.end()
        and DIGIT_RE.search(aside.group(1).replace(period[2], "")) is not None
    )


# Where one sentence of a quotation ends and the next begins: the splitter keeps a quotation
# whole, but a period named in the quotation's other sentences is not this amount's.
INNER_END_RE = re.compile(r"(?<=[.!?])\s+(?=[\"“«]?[A-ZА-ЯЁ])")


def _part(sentence: str, amount: _Amount) -> tuple[int, int]:
    """The bounds of the quoted sentence that holds the amount (the whole sentence when it
    is one)."""
    start, end = 0, len(sentence)
    for m in INNER_END_RE.finditer(sentence):
        if m.end() <= amount.start:
            start = m.end()
        elif m.start() >= amount.end:
            end = m.start()
            break
    return start, end


PROJECT_RE = re.compile(r"projects?|проект\w*", re.IGNORECASE)
# Aid given for the projects named after it
GRANT_FOR_BEFORE_RE = re.compile(
    r"\b(?:grants?|aid|assistance|donations?)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:the\s+)?"
    r"(?:\d+\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
CREDIT_AFTER_RE = re.compile(
    r"\s+(?:under|through|with|funded\s+by|financed\s+by|financed\s+through)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:lines?\s+of\s+credit|credit\s+lines?|LoCs?|loans?|grants?)\b",
    re.IGNORECASE,
)
# (its adjectives between, no verb or preposition: not "€13 million is dedicated to projects")
AMOUNT_SIZES_RE = re.compile(
    r"[ \t]+(?:(?!(?:to|for|on|towards|into|in|of|is|are|was|were|will|be|go|goes)\b)[\w-]+[ \t]+)"
    r"{0,3}"
)
GENERIC_FUNDS_RE = re.compile(r"support|funding|financing|packages?|assistance", re.IGNORECASE)


def _modifier_kind(sentence: str, start: int) -> str | None:
    """The kind named by the word right before a neither-word: "trade deal", "export
    contracts", "investment budget" (the compound's first noun says what it is about)."""
    word = re.search(r"([\w-]+)\s+$", sentence[max(0, start - 30) : start])
    if word is None:
        return None
    for kind, pattern in KIND_RES:
        if kind != "other" and pattern.fullmatch(word.group(1)):
            return kind
    return None


DASH_BREAK_RE = re.compile(r"\s[-–—]\s")
OPEN_DASH_RE = re.compile(r"\s[-–—]\s[^,;–—]*\Z")


def _aside_closed_by(sentence: str, clause_start: int, amount: _Amount, brk: re.Match) -> bool:
    """Whether the amount stands between two dashes, `brk` the second: "plans to nearly
    double – from $5.3 billion to $10 billion a year – bilateral trade" (what follows the
    aside is what it measures)."""
    return DASH_BREAK_RE.fullmatch(brk.group(0)) is not None and (
        OPEN_DASH_RE.search(sentence, clause_start, amount.start) is not None
    )


# A sentence on China's money, not Japan's (for "¥")
YUAN_CONTEXT_RE = re.compile(
    r"^(?!.*\b(?:Japan|Japanese|Tokyo)\b).*\b(?:China|Chinese|Beijing|yuan|RMB|renminbi)\b",
    re.DOTALL,
)
# "investment support worth USD 5.8 billion" (not "grants and project support")
INVESTMENT_BEFORE_RE = re.compile(r"\b(?:invest\w*|инвест\w*)\s+$", re.IGNORECASE)


# A percentage as a share of a total named after it: "41 percent of China's total foreign
# trade", "24 per cent of India's exports"
SHARE_OF_TOTAL_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*(?:['’]s)?\s+)?(?:(?:total|overall|foreign|bilateral"
    r"|annual|its|their)\s+){0,3}(?P<what>trade|exports|imports|investments?)\b",
    re.IGNORECASE,
)
# "USD 1 billion and Rs 4,000 crore in assistance": another amount listed, then what both are
LISTED_AMOUNT_BETWEEN_RE = re.compile(
    r"\s*(?:,\s*)?(?:and|or)\s+(?:[^\s,;]+\s+){0,2}?[^\s;]*\d[^\s;]*(?:\s+[^\s,;\d]+){0,2}?"
    r"\s+(?:in|of|as)\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# A share of an election's vote, whatever word is near: "support of 41.1 percent of voters"
VOTE_SHARE_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:popular\s+|valid\s+|total\s+)?(?:votes?|voters|ballots|electorate)\b",
    re.IGNORECASE,
)
SHARE_KINDS = {"trad": "trade_turnover", "expo": "exports", "impo": "imports", "inve": "investment"}


# deals told of before: "The two agreements were worth …" (not another thing the sentence
# sizes: "The budget is Rs 500 crore")
DEALS_TOLD_BEFORE_RE = re.compile(
    r"\b(?:the|these|those|both)\s+(?:(?:two|three|four|five|six)\s+)?$", re.IGNORECASE
)
DEAL_WORD_RE = re.compile(
    r"contracts?|deals?|agreements|documents|memorand(?:um|a)|MoUs?|контракт\w*|сделк\w*",
    re.IGNORECASE,
)


def _kind(sentence: str, amount: _Amount, unnamed: str = "other") -> str:
    """What the amount measures: the kind word nearest to it in its clause (`unnamed` when
    the sentence has none)."""
    if amount.unit in COUNT_UNITS:
        return "other"  # people counted: "aid to 100,000 children" counts no money
    if amount.unit == "%" and VOTE_SHARE_RE.match(sentence, amount.end):
        return "other"  # "with support of 41.1 percent of voters": a share of the vote
    if amount.unit == "%" and (share := SHARE_OF_TOTAL_RE.match(sentence, amount.end)):
        # "The three contributed 41 percent of China's total foreign trade": a share of what
        # follows, whatever verb is nearer
        return SHARE_KINDS[share.group("what").lower()[:4]]
    clause_start = max(sentence.rfind(";", 0, amount.start), 0)
    clause_end = sentence.find(";", amount.end)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    best: tuple[int, str] | None = None
    for named, pattern in KIND_RES:
        for m in pattern.finditer(sentence, clause_start, clause_end):
            kind = named  # (each match read afresh: one turned to another kind leaves the next)
            if m.end() <= amount.start:
                distance = amount.start - m.end()
                if CLAUSE_BREAK_RE.search(sentence, m.end(), amount.start):
                    # "$2.6 billion of which were exports, and $2.3 billion were imports":
                    # the kind its own clause names after it comes first
                    distance += 1000
            elif m.start() >= amount.end:
                if (
                    (bracket := sentence.find("(", amount.end, m.start())) >= 0
                    and ")" not in sentence[bracket : m.start()]
                    and DIGIT_RE.search(
                        sentence, m.end(), max(m.end(), sentence.find(")", m.end()))
                    )
                ):
                    # "to $82 billion (India's exports stood at $42 billion and …)": the
                    # bracket's own amounts, not this one
                    continue
                aside = RESTATED_ASIDE_RE.match(sentence, amount.end)
                after = aside.end() if aside and aside.end() <= m.start() else amount.end
                if (
                    (brk := CLAUSE_BREAK_RE.search(sentence, after, m.start()))
                    and not (
                        _aside_closed_by(sentence, clause_start, amount, brk)
                        and m.start() - brk.end() <= 40
                        and not CLAUSE_BREAK_RE.search(sentence, brk.end(), m.start())
                    )
                    and not LISTED_AMOUNT_BETWEEN_RE.fullmatch(sentence, after, m.start())
                    and not PAIRED_MODIFIERS_BETWEEN_RE.fullmatch(sentence, after, m.start())
                ):
                    continue  # "exports … $69.6 million, and imports …": the next item's
                distance = (m.start() - amount.end) * 2  # words before the amount name it first
            else:
                continue
            if kind == "other" and (modifier := _modifier_kind(sentence, m.start())):
                kind = modifier  # "a trade deal", "investment contracts": the deal's kind
            elif (
                kind == "other"
                and unnamed in CARRIED_MONEY_KINDS
                and DEAL_WORD_RE.fullmatch(m.group(0))
                and DEALS_TOLD_BEFORE_RE.search(sentence, max(0, m.start() - 16), m.start())
            ):
                # "… to sign two aid agreements. The two agreements were worth $24.7
                # million": the deals the sentence before sized
                kind = unnamed
            elif (
                kind == "aid"
                and GENERIC_FUNDS_RE.fullmatch(m.group(0))
                and INVESTMENT_BEFORE_RE.search(sentence, max(0, m.start() - 24), m.start())
            ):
                kind = "investment"  # "investment support worth USD 5.8 billion"
            elif (
                kind == "investment"
                and unnamed == "aid"
                and PROJECT_RE.fullmatch(m.group(0))
                # (not a project the amount sizes: "is setting up a $2-billion integrated
                # steel project")
                and not AMOUNT_SIZES_RE.fullmatch(sentence, amount.end, m.start())
            ):
                kind = "aid"  # "a $700 million loan. $600 million will go to the Dasu project"
            elif (
                kind == "investment"
                and PROJECT_RE.fullmatch(m.group(0))
                and CREDIT_AFTER_RE.match(sentence, m.end())
            ):
                # "the $324-million port development project under line of credit": a project
                # a loan pays for
                kind = "aid"
            elif (
                kind == "investment"
                and PROJECT_RE.fullmatch(m.group(0))
                and GRANT_FOR_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())
            ):
                kind = "aid"  # "the grant assistance involved for the 16 projects amounts to"
            if best is None or distance < best[0]:
                best = (distance, kind)
    kind = best[1] if best else unnamed
    if kind == "freight" and amount.unit not in {"t", "containers", "TEU", "%"}:
        return "other"  # money near "transit": a price or a contract, not a volume
    if kind == "growth" and amount.unit != "%":
        return "other"
    if kind == "other" and amount.unit == "t":
        return "freight"
    if amount.unit in {"m3", "bbl"} and (
        kind == "other" or (best is None and kind in CARRIED_MONEY_KINDS)
    ):
        # gas or oil supplied: "to supply 30 billion cubic metres" (not aid or investment
        # the sentence before measured: "… a loan of $1 billion. Supplies of gas will reach
        # 3 billion cubic metres")
        return "trade_turnover"
    return kind
