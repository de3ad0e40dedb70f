"""When an event a sentence reports took place, relative to the report: news of the day,
a plan, or background.

- current: what the article reports — events up to and on its date;
- planned: announced, not yet held ("will visit", "is expected to", "plans to", "invited …
  to pay a visit", "upcoming", "предстоящий визит", a date after the article's);
- background: held well before ("last year", "in 2019", "previously", "had visited", a
  date more than a week before the article's).

The cues are looked for around the event's trigger word (the words before it in its
clause and a few after), so that "Tokayev, who visited Ankara last year, said …" makes the
visit background without touching the rest of the sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from archive.ingest.extract.dates import MONTH, DateMention, find_dates
from archive.text.patterns import Gated, alternatives

CURRENT, PLANNED, BACKGROUND = "current", "planned", "background"
RECENT_DAYS = 7  # a stated date this many days before the article's is still its news

# A meeting put off to a day named, still to come on that day: "Lavrov's visit to Turkey
# postponed until March 18", "the talks have been put off to next week", "визит перенесен на
# 18 марта" (put off with no day named, it is no event: see events.NOT_HELD_AFTER_RE)
RESCHEDULED_TO = (
    r"(?:(?:postponed|put\s+off|deferred|rescheduled|pushed\s+back)\s+(?:until|till|to|for)\s+"
    r"(?:the\s+)?(?:\d|" + MONTH.replace("(?P<month>", "(?:") + r"|next\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|(?:перенес[её]н|отложен)\w*\s+на\s+(?:\d|следующ\w*\s+(?:недел|месяц|год)))"
)
POSTPONED_RE = re.compile(
    r"\bpostpon\w*|\bput\s+off\b|\brescheduled\b|\bперен[её]?с\w*", re.IGNORECASE
)
RESCHEDULED_AFTER_RE = re.compile(r"[^.;]{0,80}?" + RESCHEDULED_TO, re.IGNORECASE)

# What may come of it: "discussed the prospects of the US signing a Bilateral Security
# Agreement"
PROSPECT = (
    r"\bprospects?\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,4}?(?:signing|talks|negotiations|meetings?"
    r"|visits?|summits?)\b"
)
PROSPECT_RE = re.compile(PROSPECT, re.IGNORECASE)
# One that may be: "the possibility of a meeting", "о вероятности встречи"
POSSIBLE_BEFORE_RE = re.compile(
    r"\b(?:possibilit(?:y|ies)|likelihood|chances?|prospects?)\s+(?:of|for)\b[^.;]{0,60}\Z"
    r"|(?<!\w)(?:возможност|вероятност)\w*\s+[^.;]{0,60}\Z",
    re.IGNORECASE,
)
FUTURE_RE = alternatives(
    r"\b(?:will|shall|'ll|would)\b"
    # ("will have met" is done by then; "will have talks", "will have the opportunity to speak
    # to X" are plans)
    # ("will have the opportunity later in the afternoon to visit …")
    r"(?!\s+(?:have(?!\s+(?:an?|the)\s+(?:opportunity|chance)\s+(?:[\w-]+\s+){0,5}?to\b)(?!\s+(?:an?\s+|further\s+|more\s+)?"
    # ("would have a bilateral meeting", not "would have held talks")
    r"(?:(?!had\b|held\b|been\b|[\w-]+ed\b)[\w-]+\s+){0,2}?(?:talks|meetings?|discussions"
    # ("will have a small-scale working dinner")
    r"|consultations|negotiations|an?\s+audience|dinner|lunch|luncheon|breakfast)\b)|like|love"
    r"|never"
    # (not "will always remember"; but "meetings … will always be held")
    r"|always(?!\s+(?:be\s+held|take\s+place))"
    r"|be\s+(?:glad|happy|pleased|grateful)))"
    # "meetings … were being finalised": arranged, not held
    r"|\b(?:being|yet\s+to\s+be)\s+(?:finali[sz]ed|arranged|worked\s+out|planned|scheduled"
    r"|coordinated|prepared|organi[sz]ed)\b"
    # "… is being coordinated to be held in Tokyo on March 22"; "the issues to be discussed
    # at the Mercosur Summit"
    r"|\bto\s+be\s+held\b|\bto\s+be\s+(?:discussed|signed|adopted|considered)\s+(?:at|during)\b"
    # "Mr. Hu begins his four-nation trip on May 26": the day a tour starts, ahead
    r"|\b(?:begins|starts|kicks\s+off|embarks\s+on)\s+(?:his|her|their|an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:trip|tour|visit|journey)\s+on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}\b"
    # "the six-party talks, due to open Wednesday"
    r"|,\s+(?:due|set|scheduled|slated|expected)\s+to\s+(?:open|start|begin|convene|resume"
    r"|take\s+place)\b"
    r"|\bnot\s+(?:yet\s+)?finali[sz]ed\b|\bwork\s+in\s+progress\b"
    # ("He was then to participate in a conference …")
    r"|\b(?:is|are|was|were)\s+(?:also\s+|then\s+|next\s+|later\s+)?(?:to|set\s+to|due\s+to"
    r"|(?:expected|anticipated)\s+to"
    r"|scheduled\s+to"
    r"|slated\s+to|going\s+to|planning\s+to|supposed\s+to)\b"
    # (the auxiliary out of reach: "X is set to hold more than 15 bilateral meetings with the
    # leaders on the sidelines of the G20 Summit")
    r"|\b(?:set|due|scheduled|slated)\s+to\s+(?:hold|meet|visit|attend|sign|travel|host|pay"
    r"|make|tour|receive)\b"
    # "Guterres told Sputnik he expects to meet with Biden on Monday"
    r"|\b(?:expects?|hopes?|intends?|wants?|plans?)\s+to\s+(?:meet|visit|hold|sign|travel|attend"
    r"|host|talk|speak|call|stop|fly|go|come|tour|pay)\b"
    # a meeting announced: "announced on October 23 a meeting with President X"
    r"|\bannounc(?:ed|es)\s+(?:on\s+(?:[\w-]+\s+){1,3})?an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|visit|summit|talks|trip)\b"
    # "a report indicating that X might be planning a visit to Japan in February"
    r"|\b(?:is|are|was|were|be|been)\s+(?:planning|preparing|considering|mulling|weighing)\s+"
    r"(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|meeting|summit|talks)\b"
    # "the two presidents may speak on the margins of meetings held during the summit"
    r"|\b(?:may|might)\s+(?:also\s+)?(?:meet|speak|talk|visit|hold|sign|travel|attend)\b"
    # "The Arab League Summit, slated for Sunday in Tunis"
    # ("the consultations on security guarantees planned for January 10")
    r"|\b(?:slated|scheduled|planned)\s+for\b"
    # a headline's date fixed: "Bilateral meeting between X and Y set for September"
    r"|\bset\s+for\s+(?:the\s+)?(?:next|(?-i:[A-Z][a-z]+)|\d)"
    # "in talks to arrange a meeting between A and B", "to arrange a visit by X"
    r"|\bto\s+(?:arrange|organi[sz]e|schedule)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:visit|meeting|summit|talks|trip)\b"
    r"|\b(?:plans?|planned|planning|intends?|intended|intention|aims?|hopes?|desire|wish|wishes|agreed|invited|invites?"
    r"|invitation|ready|prepared|willing|offered|proposed|decision|decided|decides|efforts?"
    r"|requests?|requested"
    # "urged the two countries to sign an agreement on visa exemption"
    r"|urg(?:e|es|ed|ing)|ask(?:s|ed)?|call(?:s|ed)\s+on|encourag(?:e|es|ed)|suggest(?:s|ed)"
    # ("his invitation to the Indian President, Vice President and the Indian Prime Minister
    # to make an official visit")
    # (titles with their points: "extended invitation to Governor Prof. X to visit")
    r"|permission)\s+(?:[\w'’.-]+,?\s+){0,12}?to\s+(?:pay|make|visit|hold|meet"
    # ("Kishida hopes to exchange opinions", "plans to discuss")
    r"|sign|attend|travel|go|come|host|take part|conduct|discuss|exchange|have)\b"
    # "North Korea, Mongolia agree on annual foreign ministers' talks": talks to come
    # (not where it was agreed: "agreed upon during a 50-minute meeting")
    r"|\bagree(?:s|d)?\s+(?:on|upon)\s+(?:(?!(?:during|at|in|after|before|with)\b)[\w'’-]+\s+){0,4}?"
    r"(?:talks|meetings?|consultations"
    r"|summits?|visits?)\b"
    # "transmitted the official invitation of Speaker of the Majlis of Iran X to visit Iran"
    r"|\binvitation\s+(?:of|from)\s+(?:[\w'’-]+,?\s+){0,12}?to\s+(?:visit|pay|come|attend|travel)\b"
    # "an agreement was reached to hold an informal meeting of the presidents in Aktau"
    r"|\b(?:agreement|understanding|decision)\s+(?:was|has\s+been)\s+(?:reached|made|taken)\s+"
    r"(?:to|on)\s+(?:hold|holding|organi[sz]e|organi[sz]ing|convene|convening|meet)\b"
    r"|\bagreed\s+on\s+(?:holding|organi[sz]ing|convening)\b"
    # "The talks were confirmed Sunday": announced, still to come
    r"|\b(?:talks|meeting|visit|summit|negotiations)\b(?:\s+[\w'’.-]+){0,8}?\s+(?:was|were"
    r"|has\s+been|have\s+been)\s+confirmed\b"
    # "Время телефонного разговора … неизвестны", "the date of the meeting has not been set":
    # one still to be fixed
    r"|\b(?:время|дата|даты|сроки)\s+(?:[\w-]+\s+){0,2}?(?:разговора|беседы|встречи|визита"
    r"|переговоров|саммита)\b[^.;]{0,80}?(?:неизвестн\w*|не\s+(?:определен\w*|согласован\w*"
    r"|назван\w*|объявлен\w*)|уточня\w*)"
    r"|\b(?:time|date|dates|timing)\s+of\s+the\s+(?:[\w-]+\s+)?(?:call|conversation|meeting|visit"
    r"|talks|summit)\b[^.;]{0,60}?\b(?:(?:is|are|was|were|has|have)\s+(?:not|yet)\b|unknown"
    r"|undecided|unclear|to\s+be\s+(?:set|fixed|announced|decided))"
    # "does not exclude the possibility of continuing negotiations", "touching on the
    # possibility of a meeting between A and B": one that may be
    r"|\bpossibilit(?:y|ies)\s+(?:of|for)\s+(?:(?:an?|the|new|further|direct|continuing|holding"
    r"|resuming|renewed)\s+){0,2}(?:talks|negotiations|meetings?|visits?|summits?|calls?|contacts)\b"
    r"|" + PROSPECT + r"|"
    # "о наличии возможностей осуществления визитов на высшем уровне"
    # ("о вероятности встречи X с Y", "возможности проведения такой встречи")
    r"\b(?:возможност|вероятност)\w*\s+(?:(?:осуществления|проведения|организации|нового|новых"
    r"|такой|такого|таких|этой|этого|этих)\s+){0,2}"
    r"(?:визит\w*|встреч\w*|переговор\w*|саммит\w*)"
    # (a hashtag among the words: "the upcoming #BRICS Summit in Kazan")
    r"|\b(?:upcoming|forthcoming|coming|future|planned|proposed|prospective|next|possible"
    # ("the forthcoming African Union (AU) Summit": its short name in brackets)
    r"|potential)\s+(?:#?[\w.-]+\s+){0,2}(?:\([\w.-]+\)\s+)?"
    r"(?:visit|trip|talks|meeting|summit|session|round|call|signing|tour)"
    # "briefed the Prime Minister on the upcoming bilateral engagements, including visits of …"
    r"|\b(?:upcoming|forthcoming|coming|future|planned)\s+(?:[\w-]+\s+){0,2}(?:engagements|events"
    r"|exchanges|contacts|activities),?\s+(?:including|such\s+as|notably"
    # "exchanged views on upcoming foreign policy events within the framework of the Fourth
    # Consultative Meeting of the Heads of State"
    r"|(?:with)?in\s+the\s+framework\s+of|during|on\s+the\s+(?:sidelines|margins)\s+of)\b"
    # "перечня документов, подлежащих принятию на полях саммита": to be adopted there
    r"|\bподлежащ\w*\s+(?:принятию|подписанию)\b"
    # "work towards the signing of a memorandum", "pave the way for the conclusion of"
    r"|\b(?:work(?:s|ed|ing)?\s+towards?|pav(?:e|es|ed|ing)\s+the\s+way\s+for|prepar(?:e|es|ed"
    r"|ing)\s+(?:for|the\s+ground\s+for))\s+(?:the\s+)?(?:early\s+)?(?:signing|conclusion"
    r"|adoption)\b"
    # "puts us on the path towards the resumption of substantive negotiations"
    r"|\b(?:path|road|way|steps?)\s+(?:towards?|to)\s+(?:the\s+)?(?:early\s+)?(?:resumption|launch"
    r"|start|opening|holding|signing|conclusion)\s+of\b"
    # "the road to a bilateral meeting between Xi and Biden won't be easy"
    r"|\b(?:path|road)\s+(?:towards?|to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit"
    r"|visit|talks)\b"
    # "a warm welcome awaited the President when they visit India"
    # ("when the U.S. president visits China to attend …")
    r"|\bwhen\s+(?:he|she|they|the(?:\s+[\w.]+){1,3}?)\s+(?:visit|visits|comes|come|arrives|arrive"
    r"|meets|meet)\b"
    # "he welcomes and expects talks with Barack Obama"
    r"|\bexpects?\s+(?:talks|negotiations|a\s+meeting|a\s+visit)\b"
    # "Wednesday's schedule calls for … a one-on-one meeting", "the programme includes talks"
    r"|\b(?:schedule|programme|program|agenda|itinerary)\s+(?:of\s+the\s+\w+\s+)?(?:calls\s+for"
    r"|includes|provides\s+for|envisages|foresees)\b"
    # "anticipating Borrell's visit to India", "looking forward to the President's visit"
    # (not "a long-awaited summit meeting … turned out", "than either side had anticipated")
    r"|\b(?:anticipat(?:e|es|ing)|the\s+anticipated|look(?:s|ing)?\s+forward\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:visit|trip|talks|meeting|summit|session|round|tour)"
    # "he looked forward to hosting the Foreign Minister in Washington soon"
    r"|\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:hosting|welcoming|visiting|receiving|meeting"
    r"|seeing|holding|travel(?:l)?ing)\b"
    r"|\b(?:could|may|might)\s+(?:also\s+)?be\s+(?:signed|held|adopted|hosted)\b"
    # "Yeltsin could travel to Paris for signing …"
    r"|\b(?:could|may|might)\s+(?:also\s+|soon\s+)?(?:travel|visit|go|come|sign|meet|hold|attend"
    r"|host)\b"
    r"|\b(?:should|must|ought\s+to)\s+(?:\w+\s+)?(?:hold|meet|sign|visit|take\s+place|be\s+held"
    # ("partners such as Egypt who should be congratulated for all they have done")
    r"|be\s+congratulated|congratulate)\b"
    # ("a scheduled 20-minute meeting … turned into": an adjective, no plan by itself)
    # "Trump said he was likely to meet Kim in January"
    r"|\b(?:likely|unlikely)\s+to\s+(?:meet|visit|hold|sign|attend|travel|host)\b"
    # "We expect the Secretary-General to hold a press briefing"
    r"|\bexpects?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:hold|make|meet|visit|sign|attend|travel|give"
    r"|deliver|address|speak|brief)\b"
    r"|\bexpected\b|\bscheduled\b(?!\s+(?:[\w-]+-minute\s+|[\w-]+-hour\s+)?(?:meeting|talks"
    r"|session|call|visit)\b)|\bto\s+be\s+(?:held|signed|hosted|adopted)\b"
    r"|\bnext\s+(?:week|month|year)\b|\blater\s+this\s+(?:week|month|year)\b"
    # "Москва ожидает визит X на следующей неделе", "в России ждут визита X"
    r"|\bна\s+(?:следующей|будущей)\s+неделе\b|\bв\s+ближайш(?:ее\s+время|ие\s+дни)\b"
    r"|(?<![\w-])(?:ожида\w*|ждут|ждёт|ждет|ждём|ждем)(?![\w-])"
    # "plans a trip to Europe later in February"
    r"|\bplans?\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:trip|visit|tour)\b"
    r"|\blater\s+in\s+(?-i:[A-Z][a-z]+|the\s+(?:week|month|year))\b"
    r"|\bin\s+the\s+(?:coming|near|next(?:\s+few)?)\s+(?:days|weeks|months|future)\b"
    # "this autumn's summit", "to ensure Mr Jiang's state visit made progress"
    r"|\bthis\s+(?:spring|summer|autumn|fall|winter)['’]s\b|\bin\s+order\s+to\s+ensure\b"
    # "… to visit Jordan at the end of the month"
    r"|\bto\s+visit\s+(?:[\w'’-]+\s+){0,3}(?:at\s+the\s+end\s+of\s+the\s+(?:month|week|year)"
    r"|later\s+this|early\s+next|next)\b"
    # a condition on what is to come: "if the summit … was to be a success"
    r"|\bif\s+(?:the|a|an|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:visit|trip|talks|meeting"
    r"|summit|session|round|signing)\b"
    r"|\bwithin\s+(?:the\s+)?(?:next|coming)\s+(?:\w+\s+)?(?:days|weeks|months)\b"
    # "support for the Presidency until the November summit": one still to come
    # (not "in the run-up to the visit", "in the days leading up to the summit": before it)
    r"|\b(?:until|till|(?<!run-)(?<!leading\s)(?<!build-)up\s+to)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|meeting|visit|conference)\b"
    # "are preparing for the next edition of the 'two-plus-two' ministerial talks"
    r"|\b(?:prepar\w*|ready\w*|gear\w*\s+up)\s+for\s+the\s+(?:next|upcoming|forthcoming|coming)\b"
    # "China is looking forward to X attending the G20 summit in Hangzhou this autumn"
    r"|\blook(?:s|ing|ed)?\s+forward\s+to\b"
    # ("They are working on my official visit to Turkmenistan": one being prepared)
    # put off to a later day: "visit … postponed until March 18", "the postponement of his
    # working visit to Turkey"
    r"|\b" + RESCHEDULED_TO + r"|\bpostponement\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:visit|trip|talks|meeting|summit|consultations|negotiations)\b"
    r"|\b(?:announc\w+|prepar\w+|working\s+on)\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|his\s+|her\s+"
    r"|their\s+)?(?:new\s+|next\s+|further\s+)?(?:[\w–-]+\s+)?"
    r"(?:visit|trip|talks|meeting|summit|round|consultations)\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+|yet\s+)?(?:uncertain|unclear"
    r"|undecided|possible|likely|unlikely|under\s+consideration|being\s+considered|on\s+the\s+table"
    r"|to\s+be\s+(?:agreed|determined|decided|set|announced|coordinated))\b"
    r"|\bdates?\s+(?:and\s+(?:the\s+)?(?:venue|place)\s+)?(?:of|for)\s+(?:the\s+(?:next|second"
    r"|third|new|future)\b|an?\s+(?:\w+\s+)?(?:visit|meeting|summit|round|talks))"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:agreed|set|fixed|decided|coordinated)\b"
    # a mission formed to go: "to constitute a ministerial mission to visit the Maldives"
    r"|\b(?:constitute|form|send|dispatch|set\s+up)\s+(?:[\w-]+\s+){0,3}?(?:mission|delegation"
    r"|team)\s+to\s+visit\b"
    # a headline's plan: "Deputy Foreign Ministers To Hold Consultations In 2020", "Secretary
    # Rice to Travel to the Middle East"
    r"|\b(?-i:[Tt]o\s+(?:Hold|Visit|Meet|Sign|Attend|Travel|Host|Pay|Make|Discuss|Tour|Open))\b"
    # … or in capitals: "RUSSIAN FOREIGN MINISTER TO MEET HIS US COUNTERPART"
    r"|\b(?-i:TO\s+(?:HOLD|VISIT|MEET|SIGN|ATTEND|TRAVEL|HOST|PAY|MAKE|DISCUSS|TOUR|OPEN))\b"
    # "МИД анонсировал второй раунд консультаций": announced, still to come
    r"|\bанонсир\w*"
    r"|\bбудет\b|\bбудут\b|\bпланиру\w*|\bо\s+планах\b|\bплан(?:ах|ы)\s+провести\b|\bплан(?:ы|ов|ах)\b[^.;]{0,40}?\bпроведени\w*|\bнамерен\w*|\bпредстоящ\w*|\bсостоит?ся\b|\bсостоятся\b|\bпройд[её]т\b|\bпройдут\b|\bприм(?:ет|ут)\s+участие\b"
    # "Планировалось, что …", "предполагалась встреча": what was to be (and was not)
    r"|\bпланировал\w*|\bпредполагал\w*"
    # the perfective's future: "Грищенко встретится с Лавровым", "министры подпишут план",
    # "визит может состояться"; a visit asked for or agreed to ("дала согласие на просьбу о
    # визите")
    r"|\bвстрет(?:ит|ят)ся\b|\bподпиш(?:ет|ут)\b|\bобсуд(?:ит|ят)\b|\bприбуд(?:ет|ут)\b"
    r"|\bсоверш(?:ит|ат)\b|\bнанес(?:ет|ёт|ут)\b|\bотправ(?:ит|ят)ся\b|\bмо(?:жет|гут)\s+состоя\w*"
    # "Путин может провести встречу с Си", "лидеры могут встретиться в Пекине": may, to come
    r"|\bмо(?:жет|гут)\s+(?:также\s+|уже\s+)?(?:провести|встретиться|посетить|подписать|приехать"
    r"|прибыть|обсудить|совершить|принять\s+участие|пройти|отправиться|созвониться|поговорить)\b"
    # "рассчитывает встретиться с Путиным", "хочет встретиться": hoped for, to come
    r"|\b(?:рассчитыва|надее|надею|хоч|хотят|хотел|собира)\w*\s+(?:также\s+)?(?:провести"
    r"|встретиться|посетить|подписать|приехать|обсудить|совершить|принять\s+участие|побывать)\b"
    r"|\bпросьб\w*\s+о\b|\bпопрос\w*\s+о\b|\bвозможност\w*\s+(?:прибыть|посетить|приехать|провести"
    r"|встретиться)\b|\bсоглас\w*\s+на\s+(?:проведение\s+)?(?:визит|встреч|переговор)"
    r"|\bпосет(?:ит|ят|им)\b|\bпровед(?:ут|[её]т|[её]м)\b|\bприм(?:ет|ут)\s+участие\b|\bожида\w*|\bв\s+ближайшее\s+время\b"
    # "лидеры сделают заявления для прессы", "делегации проследуют на обед", "выступят"
    r"|\bсдела(?:ет|ют)\b|\bвыступ(?:ит|ят)\b|\bпроследу(?:ет|ют)\b|\bприлет(?:ит|ят)\b"
    r"|\bпоговор(?:ит|ят)\b|\bпобеседу(?:ет|ют)\b|\bприед(?:ет|ут)\b|\bпоучаству(?:ет|ют)\b"
    # "особое внимание участники переговоров уделят …", "рассмотрят", "затронут", "обменяются"
    r"|\bудел(?:ит|ят)\b|\bрассмотр(?:ит|ят)\b|\bзатрон(?:ет|ут)\b|\bобменя(?:ется|ются)\b"
    # "РФ продолжит переговоры по ПРО с США через месяц", "возобновят диалог"
    r"|\bпродолж(?:ит|ат)\b|\bвозобнов(?:ит|ят)\b|\bчерез\s+(?:месяц|неделю|две\s+недели|год)\b"
    r"|\bв\s+планах\b"
    # "договорились запустить переговоры": agreed to, still to come; "условие встречи",
    # "встреча … возможна", "о возможной встрече": one that may be
    # ("договорился с Обамой провести встречу": with whom between)
    r"|\bдоговорил\w*\s+(?:(?:с|со)\s+(?-i:[А-ЯЁ])[\w-]+\s+(?:(?-i:[А-ЯЁ])[\w-]+\s+)?)?"
    r"(?:[а-яё]+\s+)?[а-яё]+(?:ть|ться|ти)\b"
    r"|\bуслови\w*\s+(?:для\s+)?(?:проведения\s+)?(?:встреч|визит|переговор|саммит)\w*"
    r"|\bвозможн(?:а|ы|ен)\b|\bвозможн(?:ой|ая|ую|ом|ые|ых|ого)\s+(?:встреч|визит|переговор"
    r"|саммит|разговор)\w*"
    # "сообщил о программе переговоров": what the talks are to hold
    r"|\bо\s+программе\s+(?:визита|переговоров|пребывания)\b"
    # "в ближайшие дни", "в скором времени", "заявил о скором проведении переговоров"
    r"|\bв\s+ближайшие\s+(?:дни|недели|месяцы)\b|\bв\s+скором\s+времени\b|\bскор\w+\s+проведени\w*"
    # "Встреча Лаврова и Тиллерсона прорабатывается": being arranged, still to come
    r"|\bпрорабатыва\w*|\bпроработк\w*"
    r"|\bподготовк\w*|\bзапланирован\w*|\bпригласил\w*|\bприглашени\w*|\bв\s+следующем\s+(?:году|месяце)\b|\bдолж(?:ен|на|ны)\b"
    # an infinitive, a visit wished, not made: "посетить Монголию с визитом"
    r"|\bпосетить\b",
    re.IGNORECASE,
)
PRIOR_LEG_RE = re.compile(
    r"(?:Prior\s+to|Before)\s+(?:visiting\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,"
    # "Before his China tour, Kerry visited Laos and Cambodia"
    r"|(?:Prior\s+to|Before)\s+(?:his|her|their)\s+(?:[A-Z][\w'’-]+\s+)?(?:tour|trip|visit|arrival)"
    r"\b[^,]{0,30},"
)
# "a month after her first trip to Asia": the trip was before (when the words stand before
# the trigger; after it they date another event: "met Sharif a month after Xi's visit")
# (or someone's: "a month after Narendra Modi's meeting with …", "within a month of the Prime
# Minister's meeting")
AFTER_BEFORE_RE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?)\s+after|within\s+(?:a|an|one|two|three|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+of)\s+(?:his|her|their|its|the\b"
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?['’]s\s|(?-i:[A-Z])[\w'’-]+"
    r"\s+(?:had\s+)?(?:\w+ed|met|held|went|made|paid|flew|came|won)\b)",
    re.IGNORECASE,
)
SPAN_AFTER_RE = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+after\b", re.IGNORECASE)
PAST_RE = alternatives(
    r"\blast\s+(?:year|month|week|weekend|spring|summer|autumn|fall|winter|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
    # ("back in 2019", not "is back in Abuja after the visit")
    r"|\bback\s+in\s+(?=(?:19|20)\d\d|the\s+(?:\d|day|days|early|late|mid|past|spring|summer|autumn"
    r"|fall|winter)|(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
    r"|\b(?:previously|formerly|in\s+the\s+past|at\s+the\s+time"
    # the month or year of what was told before: "In November, Guyana conferred …. In the
    # same month, Nigeria conferred …"
    r"|in\s+the\s+same\s+(?:month|year))\b"
    # "appreciated the first-ever trilateral summit"; not one's own: "arrived for his
    # first-ever official visit", "is the first-ever visit by …"
    r"|(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bis\sthe\s)(?<!\band\sthe\s)"
    r"(?<!\bmarks\sthe\s)(?<!\bas\sthe\s)(?<!\bbe\sthe\s)\bfirst[\s-]ever\b"
    # "Foreign Minister last met his Belarusian counterpart on the sidelines of …": the last
    # time, gone by
    r"|\blast\s+(?:met|visited|spoke|talked|held|travell?ed|hosted)\b"
    r"|\bonce\b(?!\s+(?:again|more))"
    # "Earlier, …" opening a sentence is the day's news told in order; "had met earlier" is not
    # (not "as reported earlier": the report's, not the event's)
    # ("earlier this year" is: not "earlier this week", "earlier today")
    # (the trigger's reach may end inside the phrase: "earlier in the" of "earlier in the day")
    r"|(?<!reported\s)(?<!announced\s)\b(?-i:earlier)\b(?!\s+(?:today|on|in\s+the\s+day|that\s+day"
    r"|this\s+(?:week|morning|afternoon|evening)|(?:in(?:\s+the)?|that|this)\s*\Z))"
    # … but "Earlier this month, …" opening one is: a day gone by, not the day's
    r"|\b(?-i:Earlier)\s+(?:this|in\s+the|last)\s+(?:month|year)\b"
    r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many)\s+"
    r"(?:years?|months?|weeks?|decades?)\s+ago\b"
    # (not the tense of reported speech: "Lavrov said that he had discussed bilateral
    # cooperation with Trump" is the day's talks; "… had discussed it with him in 2019" is not)
    r"|(?:(?<!\bsaid\she\s)(?<!\bsaid\sshe\s)(?<!\bsaid\sthey\s)(?<!\bthat\she\s)"
    r"(?<!\bthat\sshe\s)(?<!\bthat\sthey\s)|(?=[^.;]*\b(?:19|20)\d\d\b))"
    r"\bhad\s+(?:already\s+)?(?:been\s+)?(?:\w+(?:ed|en)|met|held|paid|made)\b"
    # "to build upon the consensus reached … during the visit of X to China": a visit before
    r"|\bconsensus\s+reached\b|\bbuild\s+(?:up)?on\s+the\s+(?:[\w-]+\s+)?(?:outcomes?|understandings?)\b"
    r"|\bsince\s+(?:19|20)\d\d\b|\bthe\s+(?:previous|last)\s+(?:visit|meeting|summit|talks)\b"
    # "This visit comes weeks after X visited Beijing": the other, before it (a day or days
    # before is still the news: "The talks came a day after X flew to Seoul")
    r"|\b(?:comes|came)\s+(?:just\s+|only\s+)?(?:a\s+|\w+\s+)?(?:weeks?|months?|year)\s+after\b"
    # "follow-up to the recent third Eastern Partnership summit"
    r"|\bthe\s+recent\s+(?:[\w'’-]+\s+){0,3}(?:visit|meeting|summit|talks)\b"
    # "the first visit was in 1995"; not "this is the first visit by an Indian President"
    r"|(?<!\bis\s)(?<!\bas\s)(?<!\bmarks\s)\bthe\s+first\s+(?:visit|meeting|summit|talks)\b"
    # (nor one of the day's, told in turn: "The first meeting was with X")
    r"(?!\s+(?:by|of|to|since|between|was\s+with|in\s+\d+\s+years))"
    r"|\b(?:recent|previous)\s+(?:[\w'’-]+\s+)?(?:round\s+of\s+)?(?:visit|trip|tour|talks|meeting"
    r"|summit|consultations|negotiations)"
    r"|\b(?:have|has)\s+(?:already\s+|repeatedly\s+|often\s+|never\s+)?(?:visited|been\s+to)\b"
    # (not a trip with its purpose, the news: "has visited the DRC to hold bilateral talks")
    # (but "has visited Russia eight times to meet Putin" is)
    r"(?!(?:(?!\b(?:times|twice)\b)[^.;]){0,60}?\bto\s+(?:hold|attend|meet|sign|discuss"
    r"|take\s+part)\b)"
    # "after the successful conclusion of his state visit to Italy", "после успешного
    # завершения его государственного визита": over before
    # (a visit's, not the talks whose end the day's signing follows)
    r"|\bafter\s+(?:the\s+)?(?:successful\s+)?(?:conclusion|completion|end)\s+of\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b"
    r"|\bпосле\s+(?:[\w-]+\s+)?(?:завершения|окончания)\s+(?:его|её|ее|их)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:визита|поездки|турне)\b"
    # "Xi visited South Africa recently for the BRICS summit" (not "the recently appointed
    # ambassador met …")
    r"|\brecently\b(?![\s-]+(?:appointed|elected|named|accredited|installed|arrived))"
    # "All these diplomats arrived in Moscow in recent months": at some time before
    r"|\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|\d+|two|three|several)\s+)?"
    r"(?:weeks|months|years|decades)\b"
    r"|\b(?:в|за)\s+последние\s+(?:\S+\s+)?(?:недели|месяцы|месяца|годы|года|лет|месяцев|недель)\b"
    r"|\bсовершенн\w+|\bпредыдущ\w+|\bпрежн\w+"
    # (not the telling: "Как ранее сообщалось, X прибыл …", "как сообщалось ранее")
    r"|(?<!сообщалось\s)(?<!сообщали\s)\bранее\b(?!\s+(?:сообщал|писал|информировал|передавал)\w*)"
    r"|\bв\s+прошлом\s+(?:году|месяце)\b|\bпрошлого\s+года\b|\bтогда\b|\bв\s+свое\s+время\b"
    r"|\bв\s+ходе\s+(?:прошлого|предыдущего)\b"
    # the imperfective past of a meeting or a visit: "посещал Москву, где встречался с …"
    # (at some time before; the day's news is perfective: "встретился", "посетил")
    # … and "До этого" opening a sentence: before the news told
    r"|\bвстречал(?:ся|ась|ись)\b|\bпосещал(?:а|и)?\b|\bбывал(?:а|и)?\b"
    r"|(?:^|[.;]\s*)(?-i:До)\s+этого\s*,?\s",
    re.IGNORECASE,
)
# "Ahead of the summit", "on the eve of his visit", "накануне заседания": the event named
# right after the cue is still to come; one reported beside it ("Ahead of the summit, A met
# B"; "A arrived on the eve of the summit") is news.
DAY_BEFORE_NOUN = r"(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\s+(?:[\w-]+\s+)?"
AHEAD_OF_RE = re.compile(
    r"(?:\bahead\s+of|\bin\s+view\s+of|\bin\s+preparation\s+for|\bpreparations?\s+for|\bwaiting\s+for"
    # "for discussing arrangements for the latter's visit to Moscow on December 9-10"
    r"|\barrangements\s+for"
    # "Their meeting precedes the G7 summit in Hiroshima in May"
    r"|\b(?:precedes|precede|preceding|comes\s+before|come\s+before)"
    r"|\bin\s+the\s+run-up\s+to|\bon\s+the\s+eve\s+of|\bнакануне|\bперед|\bв\s+преддверии"
    # "большое мероприятие готовится к визиту Токаева в ноябре", "подготовка к визиту"
    r"|\b(?:под)?готов(?:ится|ятся|имся|ка|ки|ке|кой)\s+к)"
    r"(?:\s+[\w'’-]+){0,6}\s*$"
    # "before US president Donald Trump's visit to the region", "Ahead of Crown Prince of Abu
    # Dhabi Sheikh Mohamed bin Zayed Al Nahyan's visit"
    # ("ahead of the Kazakh president's Nov. 12 visit": its day between)
    r"|\bbefore\s+(?:[\w.'’-]+\s+){0,5}[\w.-]+['’]s\s+(?:[\w-]+\s+|" + DAY_BEFORE_NOUN + r")?$"
    r"|\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w.'’-]+\s+){0,10}"
    r"[\w.-]+['’]s\s+(?:[\w-]+\s+|" + DAY_BEFORE_NOUN + r")?$",
    re.IGNORECASE,
)
LAST_PERIOD_AFTER_RE = re.compile(
    r"[^,;.]{0,40}?\b(?:last\s+(?:year|month|week)|(?:a|one|two|three|\d+)\s+(?:years?|months?)"
    r"\s+ago)\b",
    re.IGNORECASE,
)
BEFORE_THE_EVENT_RE = re.compile(
    r"\bbefore\s+(?:(?:the|their|formal|official|full|delegation-level)\s+){0,2}$", re.IGNORECASE
)
RU_PAST_VERB_RE = re.compile(r"[а-яё]+(?:лись|лся|лась|ли|л|ла)\b", re.IGNORECASE)
# … or second in what lies ahead, further back: "ahead of planned military drills by South
# Korean and US forces involving an aircraft carrier and a visit to the region by …"
# Where an agreement told of in what was said was reached: "said he and X had reached an
# agreement on … when the two met in California", "… reached consensus … in their summit"
_CLAUSE_CHAR = r"(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.)"  # (the dots of "U.S." too)
CONSENSUS_TOLD_BEFORE_RE = re.compile(
    rf"\bsaid\s+(?:that\s+)?{_CLAUSE_CHAR}{{0,80}}?\b(?:had\s+)?reached\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:consensus|agreement|understanding)\b{_CLAUSE_CHAR}{{0,180}}?"
    r"\b(?:in|at|during|when|on\s+the\s+sidelines\s+of)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A plan that was the object of a past verb: "discussed an upcoming summit"
DISCUSSED_PLAN_RE = re.compile(
    r"\b(?:discussed|reviewed|talked\s+about|spoke\s+about|focused\s+on|touched\s+(?:up)?on"
    r"|exchanged\s+views\s+on|considered)\s+(?P<plan>"
    # ("discussed preparations for the upcoming visit of X during a telephone conversation")
    r"(?:(?:the\s+)?(?:preparations?|arrangements|preparing)\s+(?:for\s+)?)?"
    r"(?:the\s+|an?\s+)?(?:upcoming|forthcoming"
    r"|coming|next|planned)\s+(?:[\w.-]+\s+){0,3}?(?:\([\w.-]+\)\s+)?(?:visit|trip|talks|meeting"
    r"|summit|session"
    r"|round|tour)s?)\b",
    re.IGNORECASE,
)
AHEAD_AFTER_RE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of)\b", re.I)
AHEAD_OF_AND_RE = re.compile(
    r"\bahead\s+of(?:\s+[\w'’-]+){1,14}\s+and\s+(?:a|an|the|his|her)(?:\s+[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)
# "He recalled his meeting with …", "Recalling the successful visit of …": the event is the
# past one being recalled.
# "recalled the decision of leaders of A, B and C at the sixth ASEAN summit" (further back)
RECALLED_DECISION_RE = re.compile(
    r"\brecall(?:ed|s|ing)\s+the\s+(?:decisions?|consensus|agreements?|understandings?)\s+"
    r"(?:[\w'’-]+,?\s+){0,20}$",
    re.IGNORECASE,
)
# The setting of a meeting recalled: "recalled his meeting with the Prime Minister at the
# Asia-Pacific Economic Cooperation (APEC) Summit" (further back than a clause's cues)
RECALLED_SETTING_RE = re.compile(
    r"\brecall(?:ed|s|ing)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:meetings?|talks|conversations?)"
    r"\s+with\s+[^.;:]{1,120}?\s(?:at|during)\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,8}$",
    re.IGNORECASE,
)
RECALLED_RE = alternatives(
    r"\b(?:recall\w*|remember\w*|reminisc\w*|вспомина\w*|вспомнил\w*|напомнил\w*|[Вв]спомнив|[Нн]апомнив|[Нн]апоминая)"
    r"\s+(?:[\w'’-]+\s+){0,5}$"
    # "Since the meeting between the heads of state …, relations have improved"
    r"|(?:^|[.;]\s*)(?:Ever\s+)?[Ss]ince\s+(?:the|their|his|her|last\s+year's)\s+(?:[\w'’-]+\s+){0,2}$"
    # "the results of President Abbas's visit to the US", "the outcome of the King's recent
    # visit": an event already over
    r"|\b(?:results?|outcomes?)\s+of\s+(?:[\w.'’-]+\s+){0,5}$"
    # "результаты государственного визита Президента Туркменистана": over
    # (in the nominative: not "по итогам переговоров подписано …", following them)
    r"|\b(?:результаты|итоги)\s+(?:[\w-]+\s+){0,3}$"
    # what one was told of: "проинформировал … об основных итогах прошедшей недавно в Москве
    # беседы", "о некоторых аспектах состоявшихся на Аляске переговоров"
    r"|(?<![\w-])об?\s+(?:[\w-]+\s+){0,2}(?:итогах|результатах|аспектах|деталях|подробностях)"
    r"\s+(?:[\w-]+\s+){0,4}$"
    # "congratulated Li on Wen's successful visit to the United States": one over
    r"|\bcongratulat\w*\s+(?:[\w.'’-]+\s+){0,6}?on\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:successful|fruitful|productive|historic)\s+$"
    # "the consensus reached at the meeting of the two heads of state in San Francisco"
    r"|\b(?:consensus|agreements?|understandings?|decisions?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reached|taken|made|adopted)\s+(?:at|during|in)\s+(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Consultations between A and B were held in Baku on September 25": the passive verb, and
# the date after it, belong to the trigger however long its complement.
HELD_RE = re.compile(
    # ("The Seventh Trilateral Foreign Ministers' Meeting … was convened in Seoul … from
    # 5:10pm to 6:30pm on Saturday, March 21")
    r"\b(?:was|were)\s+(?:held|convened)\b|,\s+held\s+(?=on\b)"
    # "presented his credentials … in an impressive ceremony held at the Presidential Palace
    # on September 22"
    r"|\bceremon(?:y|ies)\s+held\b"
    # the verb of a subject told at length: "talks between A's emissaries and B, mediated by
    # C, would begin in the next few days"
    r"|\b(?:would|will|are\s+to|is\s+to)\s+(?:(?:always|also|still|soon|again|now)\s+)?(?:begin"
    r"|start|resume|open|take\s+place|be\s+held)\b"
    # "первый раунд переговоров по проблеме … состоится в Москве 14 января"
    r"|\b(?:состо(?:ится|ятся|ялись|ялся|ялась|ялось)|пройд(?:ут|[её]т)|прош(?:ли|[её]л|ла|ло)"
    r"|начн(?:ут|[её]т)ся"
    # "Официальный визит министра … в Японию запланирован на середину апреля", "the visit of
    # the minister to Japan is scheduled for April"
    r"|запланирован\w*|намечен\w*|(?:is|are|was|were)\s+(?:now\s+)?(?:scheduled|planned"
    r"|expected|set)\s+(?:for|to)\b"
    # "the renewal of direct negotiations between A and B … is possible", "… were confirmed"
    r"|(?:is|are|remains?)\s+(?:still\s+)?(?:possible|likely|unlikely|uncertain|unclear)\b"
    r"|(?:was|were|has\s+been|have\s+been)\s+confirmed\b"
    # "a meeting on the sidelines of the summit between A and B was a 'work in progress'"
    r"|(?:is|are|was|were)\s+(?:still\s+)?(?:a\s+)?[\"“']?work\s+in\s+progress"
    r"|(?:is|are|was|were)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?|yet\s+to\s+be\s+)finali[sz]ed)\b",
    re.IGNORECASE,
)
HELD_RE = Gated(
    HELD_RE,
    ("held", "convened", "begin", "start", "resume", "open", "take", "состо", "пройд", "прош",
     "начн", "запланирован", "намечен", "scheduled", "planned", "expected", "set", "possible",
     "likely", "uncertain", "unclear", "confirmed", "progress", "finalis", "finaliz"),
)  # fmt: skip
AS_OF_RE = re.compile(
    # "not scheduled as of Thursday"; the end of a visit under way: "визит … продлится до 11
    # ноября", "the visit will last until Friday"
    r"\bas\s+of\s+$|\b(?:продлится|продлятся|продолжится|will\s+(?:last|run|continue)|lasts"
    r"|runs)\s+(?:до|until|till|through|to)\s+$",
    re.IGNORECASE,
)
# (a dash between two offices: "Deputy Chairman of the Cabinet of Ministers – Minister of …")
_NAME_WORD = (
    r"(?:[A-Z][\w.'’-]*|of|the|and|de|al|bin|counterparts?|leader|president|minister|[–—-])"
)
# What was signed, and with whom: its words do not use up the reach of the date after it.
DOCUMENT_OBJECT_RE = re.compile(
    # (in capitals too, a document's name: "an Agreement on the Establishment of …")
    r"\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?i:treaty|treaties"
    r"|agreements?|memorand(?:um|a)|declaration|documents?|accords?|deals?|protocols?|MoUs?)\b"
    # (its name may run long before the day: "an Agreement on the Establishment of a Joint
    # Commission for Cooperation (JCC) in January this year")
    r"(?:\s+(?:on|of|for|between|about)\s+[^,.;]{1,80}?(?=\s+with\b|\s*$|\s+(?:in|on)\s))?"
    # (or no one named: "signed seven bilateral cooperation agreements in various fields on
    # Thursday")
    r"(?:\s+with\s+(?:his\s+|her\s+)?(?:[A-Z][\w'’.-]*\s*){1,6})?",
)
NAMED_OBJECT_RE = re.compile(
    # ("the visit to Kazakhstan of Uzbek Foreign Minister Bakhtiyor Saidov, March 12 …")
    # ("a visit to Tokyo by Foreign Minister Igor Ivanov, scheduled to start on February 20")
    rf"\s*(?:with\s+|between\s+|to\s+(?:{_NAME_WORD}\s+){{1,2}}?by\s+|to\s+)?"
    r"(?:(?:visiting|his|her|their|the)\s+)?"
    # ("with an EU delegation led by Gerard Errera, …")
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:led|headed)\s+by\s+)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,11}}"
    # … and their office after a comma: "with Sergey Lavrov, the Foreign Minister of the Russian
    # Federation and a member of the Security Council, in Beijing on Monday"
    r"(?:,\s+(?!(?:who|which|that|where|when|while|and|but|as|after|before|scheduled|due|set|slated)\b)"
    r"(?:[\w.'’-]+\s+){1,14}?[\w.'’-]+(?=,|\s+(?:in|on|at)\s))?"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
# … nor do the places a trip is to: "to the United Arab Emirates, Singapore, Australia, New
# Zealand, and Samoa July 20-28"
# (and "the Islamic Republic of Iran, the State of Israel … from 2-10 April")
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
DESTINATIONS_RE = re.compile(rf"\s+(?:to\s+)?{_PLACE_NAME}(?:,?\s+(?:and\s+)?{_PLACE_NAME}){{1,9}}")
BEFORE_CHARS, AFTER_CHARS = 90, 50
# A relative clause of who makes a visit, up to where it goes: "… that the President of
# Colombia, X, will make to Quito"
VISIT_MADE_BY_RE = re.compile(
    r"\s+(?:that|which)\s+[^.;:]{3,80}?\s(?:will|would|is\s+to|is\s+going\s+to)\s+"
    r"(?:make|pay|undertake|conduct)\s+(?:to\s+(?:[A-Z][\w'’-]+\s+){1,3}?)?"
)
# A place named after the object, then the day: "in the wine-rich Kakheti region's Tsinandali
# estate yesterday"
LOCATIVE_TO_DAY_RE = re.compile(
    # (no clause of its own between: not "in Tashkent and will meet X on Monday")
    r"\s+(?:in|at)\s+(?:the\s+)?(?:(?!(?:and|will|to|before|after|ahead|where|when|while|for)\b)"
    r"[\w'’-]+\s+){1,8}?(?=(?:yesterday|today|on\s+\w+day)\b)"
)
# A Russian meeting word opening its sentence, in the nominative: the sentence's subject
RU_SUBJECT_NOUN_RE = re.compile(r"(?:Встреча|Переговоры|Визит|Саммит|Консультации|Разговор)\b")
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+$", re.I)
# (a full stop inside a sentence ends a clause after a word, not an abbreviation: "U.S. ")
DOCUMENT_TRIGGER_RE = re.compile(
    r"\bjoint\s+(?:statement|declaration|communiqu[ée])", re.IGNORECASE
)
DOCUMENT_TELLS_RE = re.compile(r"\s(?:said|says|stated|states|noted|notes)\b|,")
CLAUSE_BREAK_RE = re.compile(
    r";|(?:(?<=[a-zа-яё]{3})|(?<=\d\d)|(?<=[\"”»)]))\.\s|,\s+(?:and|while|whereas|but|а|но)\s+"
    # "will probably be inked, as the cabinet had approved the deal Friday": a reason's clause
    r"|,\s+as\s+(?=(?:the|a|an|it|he|she|they|we)\s)"
    # "… after assuming office in August, the ministry said, adding that he will hold talks"
    r"|,\s+(?:adding|saying|noting|stressing)\s+(?:that\s+)?"
    # (not a dash inside a name in quotation marks: "в формате «Россия — Центральная Азия»")
    r"|\s+—\s+(?![^«»\n]{0,60}»)"
)
POSSESSOR_BEFORE_RE = re.compile(
    r",\s+(?:[\w-]+\s+){0,5}?(?:the|his|her|their)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+"
    r"(?:[\w-]+\s+)?$"
)
ACCORDING_ON_RE = re.compile(r"^According\s+to\s+[^,;.]{0,60}?\s(?:on\s+)?$")
OWN_TIME_CLAUSE_RE = re.compile(
    r"\bwhen\s+(?:he|she|they|we|I)\s+(?:had\s+)?$"
    # "… had developed trust with A and B, whom he met during the last two days"
    r"|,\s+whom\s+(?:he|she|they|we|I)\s+$",
    re.IGNORECASE,
)
OTHER_OPENS_ON_RE = re.compile(
    r"\b(?:talks|summit|meeting|session|conference|forum|negotiations|round)\b[^.;]{0,20}?"
    r"\b(?:(?:due|set|scheduled|expected|slated)\s+to\s+(?:open|start|begin|convene|resume"
    r"|take\s+place|be\s+held)"
    # ("… will hold a bilateral meeting with Lula, and the Celac meeting will take place on
    # January 24")
    r"|will\s+(?:take\s+place|be\s+held|open|start|begin|convene))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A saying at the time of the event: "X said as he met Y", "she told reporters while visiting"
SAID_AS_RE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|correspondents)|noted|stressed|added)\s+(?:as|while|when)"
    r"\s+(?:(?:he|she|they|it|we|I)\s+)?$",
    re.IGNORECASE,
)
# "… are expected to exchange visits, Li said in Beijing Friday after his talks with …": the
# talks came before the saying, whatever it told of
SAID_AFTER_RE = re.compile(
    r"\b(?:said|told\s+(?:reporters|journalists|correspondents))\s+(?:[^,;.]{0,40}?\s+)?(?:after|following)"
    r"\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# … or the start of a visit told beside what it will hold: "will sign deals over the next
# three days as Modi began the bilateral visit"
# The verbs of a visit begun ("began the bilateral visit"), here and in event_records
BEGAN = r"(?:began|started|kicked\s+off|commenced)\s+(?:an?|his|her|their|the)\s+"
BEGAN_AS_RE = re.compile(
    rf"\bas\s+(?:[\w'’.-]+\s+){{1,6}}?{BEGAN}(?:[\w-]+\s+){{0,3}}?$", re.IGNORECASE
)
# A relative clause set off by commas: "X, who attended the summit last week, met Y"
RELATIVE_CLAUSE_RE = re.compile(
    r",\s+(?:who|which|который|которая|которое|которые)\b[^,;()\"“”«»]{1,150},"
)
# An opening "When …," clause: "When the prime minister will visit the forum, we will sign
# the documents we are discussing today" (its time is its own, not the main clause's)
WHEN_OPENING_CLAUSE_RE = re.compile(r"[\"“]?(?:When|Once)\s[^,;()\"“”]{1,150},")
# "…, а в декабре — саммиты СНГ": a dash after a short time phrase stands for the verb; the
# phrase belongs to what follows.
SHORT_BEFORE_DASH = 30
# A bare verb opening a clause after ", and": the same subject's (and tense's) second verb
BARE_VERB_AFTER_AND_RE = re.compile(
    r"(?:also\s+)?(?:hold|meet|sign|visit|discuss|attend|address|travel|pay|open|inaugurate"
    r"|lay|tour|deliver|exchange|review|take\s+part"
    # ("is scheduled to meet with X, and witness a signing ceremony")
    r"|witness|join|co-chair|chair|launch|unveil)\b"
)
AND_BARE_VERB_RE = re.compile(
    r"\band\s+(?:(?:also|jointly|then|together|later)\s+)?" + BARE_VERB_AFTER_AND_RE.pattern
)


@dataclass(frozen=True)
class When:
    status: str  # CURRENT, PLANNED or BACKGROUND
    date: dt.date | None  # None: not stated (current events then take the article's date)
    precision: str = "day"


# "X said he will do his utmost … at a meeting with Y in Hanoi on November 16": a meeting
# named as the setting of what is said has its own tense, told by the words after it (the
# "will" is in what was said). Not "He will speak at the summit": no saying before it.
SETTING_LIST_RE = re.compile(
    r"\b(?:at|during)\s+(?:the|a|an|their)\s+[^.;]{1,60}?(?:,|\s+and)\s+(?:and\s+)?(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
SETTING_RE = re.compile(
    r"\b(?:at|during|in\s+the\s+course\s+of)\s+(?:(?:a|an|the|their|his|her|its)\s+"
    # ("deals to be signed during Xi's visit could bring …")
    r"|(?-i:[A-Z])[\w'’-]*['’]s\s+)?$",
    re.IGNORECASE,
)
# … or whose sidelines it is: "is set to hold more than 15 bilateral meetings with the
# leaders on the sidelines of the G20 Summit"
SIDELINES_OF_RE = re.compile(
    r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|stated|noted|affirmed|stressed|told|expressed|emphasi[sz]ed|pledged"
    r"|underlined|highlighted|assured|added)\b",
    re.IGNORECASE,
)
PRIOR_EVENT_RE = re.compile(
    r"(?:\b(?:days|weeks|months|years|(?:a|one|two|three|four|five|six|few|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?))\s+)?\b(?:after|following"
    # "comes within a month of the Prime Minister's meeting with …"
    r"|within\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+of)"
    # (their meeting, or someone's: "a month after Narendra Modi's meeting with …")
    r"\s+(?:(?:their|his|her|its|the)\s+|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?['’]s\s+)"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
FOLLOWING_OTHER_BETWEEN_RE = re.compile(
    r"\s(?:following|after)\s+(?:(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*['’]s|his|her"
    r"|their|its|the|an?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:visit|trip|tour|meeting|talks|summit)\s+\Z",
    re.IGNORECASE,
)
TOOK_OFFICE_BETWEEN_RE = re.compile(
    r"\b(?:after|since|upon|following)\s+(?:(?:assuming|taking|entering)\s+(?:the\s+)?(?:office"
    r"|power|presidency)|(?:his|her)\s+(?:election|inauguration|appointment)|being\s+(?:elected"
    r"|sworn\s+in|appointed))\b(?:\s+\w+){0,2}\s+\Z",
    re.IGNORECASE,
)
TIME_PHRASE_HEAD_RE = re.compile(r"\b(?:earlier|later|this|last|next)\s*\Z", re.IGNORECASE)
TIME_PHRASE_TAIL_RE = re.compile(
    # ("earlier today": the day's news, read whole)
    r"\s*(?:(?:this\s+|in\s+the\s+)?(?:week|month|year|morning|afternoon|evening)|today|tonight)\b",
    re.IGNORECASE,
)
ANNIVERSARY_OF_RE = re.compile(r"\banniversary\s+of\b|\bгодовщин\w*", re.IGNORECASE)


# A disaster the event is over, and when it struck: "extended his sympathies to the victims
# of the earthquake that struck Tabriz on August 11"
# (the English words: archive.ingest.extract.events reads them too)
DISASTERS = (
    r"(?:earthquakes?|quakes?|attacks?|blasts?|bombings?|explosions?|floods?|crash|fires?"
    r"|disasters?|tragedy|storms?|cyclones?|hurricanes?|typhoons?|tsunami|accidents?|shootings?)"
)
DISASTER_STRUCK_BETWEEN_RE = re.compile(
    r"\b(?:"
    + DISASTERS
    + r"|теракт\w*|террористическ\w+\s+акт\w*|взрыв\w*|землетрясени\w*|авари\w*"
    r"|катастроф\w*|крушени\w*|трагеди\w*|пожар\w*|нападени\w*)"
    r"\b[^.;]{0,80}?\b(?:struck|hit|jolted|rocked|killed|occurred|happened|took\s+place"
    r"|devastated|произош\w*|случи\w*|прогремевш\w*|унесш\w*)\b",
    re.IGNORECASE,
)
# … told before the trigger, the day right after its verb: "В связи с терактом, произошедшим
# 17 февраля в Анкаре, выражаем соболезнования", "Over the attack that took place on 17
# February, we express …"
DISASTER_STRUCK_ON_BEFORE_RE = re.compile(
    DISASTER_STRUCK_BETWEEN_RE.pattern + r"\s+(?:on\s+)?\Z", re.IGNORECASE
)


# A document named with "the", then its participle as an attribute, then the document's own
# verb: "the Memorandum of Friendship signed between A and B will give …"
SIGNED_AS_ATTRIBUTE_RE = re.compile(r"(?:signed|concluded|inked)\s+(?:between|by|with)\b")
DOCUMENT_THEN_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?:[Mm]emorandum|[Aa]greements?|[Aa]ccords?|[Tt]reaty"
    r"|MoUs?|[Dd]eal|[Cc]ontract|[Dd]eclaration|[Pp]rotocol)\b[^,;.]{0,60}?\s\Z"
)
DOCUMENT_VERB_AFTER_RE = re.compile(
    r"\s(?:will|would|should|could|can|has|have|is|are|opens?|gives?|provides?|paves?"
    r"|laid|lays|serves?|remains?)\s"
)
# (a verb between: "the agreement was signed by …" is the signing told)
FINITE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+\Z|\b(?:was|were|is|are)\s")


def _another_things_day(sentence: str, end: int, date_start: int) -> bool:
    """Whether a day named after a trigger is another thing's, named between: what the event
    marks the anniversary of ("dated to the first anniversary of signing the Declaration … on
    February 22, 2022"), another meeting it follows ("following Blinken's China visit in
    June"), one's taking office ("his first visit abroad after assuming office in
    November"), or a disaster it is over ("the earthquake that struck Tabriz on August 11")."""
    return any(
        pattern.search(sentence, end, date_start)
        for pattern in (
            ANNIVERSARY_OF_RE,
            FOLLOWING_OTHER_BETWEEN_RE,
            TOOK_OFFICE_BETWEEN_RE,
            DISASTER_STRUCK_BETWEEN_RE,
        )
    )


# A sentence opening with the event as what comes before its news: "After the talks, …"
OPENING_AFTER_THE_RE = re.compile(
    r"\s*(?:After|Following)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE
)
# … and the news still to come: "…, Messrs. A and B will speak to reporters"
FUTURE_MAIN_CLAUSE_RE = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,6}?(?:will|shall|(?:is|are)\s+(?:expected\s+|scheduled\s+|due\s+)?to)\s"
)
# A signing still to come after the meeting: that meeting is to come as well.
SIGNING_AFTER_RE = re.compile(
    r"\b(?:will|shall|expected\s+to|(?:is|are)\s+to|to\s+be|planned\s+to)\s+(?:be\s+)?"
    r"(?:sign(?:ed)?|ink(?:ed)?|adopt(?:ed)?)\b[^.;]{0,60}?\s(?:after|following)\s+the\s+$",
    re.IGNORECASE,
)
# what an event follows up on came before it
# What was reached at an earlier meeting: "the understandings reached during recent talks
# between A and B", "the agreements achieved at the previous summit"
REACHED_AT_EARLIER_BEFORE_RE = re.compile(
    r"\b(?:reached|achieved|agreed|made)\s+(?:during|at|in|following)\s+(?:the\s+|their\s+)?"
    r"(?:recent|previous|last|earlier)\s+(?:[\w'’-]+\s+)?\Z",
    re.IGNORECASE,
)
FOLLOW_UP_BEFORE_RE = re.compile(
    r"\bfollow(?:ing|ed|s)?\s+up\s+(?:on|from|to)\s+(?:the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$"
    # "The talks were a follow-up to the meeting between A and B in Woodside"
    r"|\bfollow-up\s+(?:to|of|on)\s+(?:the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$"
    # "… consolidate the momentum of CPEC cooperation in the wake of the 11th meeting of the
    # Joint Cooperation Committee held on October 27": one gone by, that the news follows
    r"|\bin\s+the\s+wake\s+of\s+(?:the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SINCE_OBJECT = r"(?:(?:the|their|his|her|its|last)\s+)?(?:[\w'’-]+\s+){0,4}?"
SINCE_BEFORE_RE = re.compile(rf"\bsince\s+{_SINCE_OBJECT}$", re.IGNORECASE)
FIRST_AFTER_BEFORE_RE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+)?(?:meeting|visit|talks|contact|encounter)\b[^.;]{0,80}?\bafter\s+"
    rf"{_SINCE_OBJECT}$",
    re.IGNORECASE,
)
# "… met for the fifth time, after their last meeting on the sidelines of the G20 summit":
# the one before, whatever is told of it after
LAST_ONE_BEFORE_RE = re.compile(
    r"\b(?:after|since|following)\s+(?:their|his|her|the)\s+(?:last|previous|earlier)\s+"
    r"(?:[\w-]+\s+)?(?:meeting|visit|talks|encounter|summit)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# "His visit follows the three-day trip to India by President X", "comes on the heels of":
# the event the news follows came before it
FOLLOWS_BEFORE_RE = re.compile(
    # (not "followed by", what came after; nor what one occasion's own parts follow: "His
    # speech followed the signing of six agreements")
    r"(?<!speech\s)(?<!remarks\s)(?<!conference\s)(?<!briefing\s)(?<!ceremony\s)(?<!lunch\s)"
    r"(?<!dinner\s)(?<!banquet\s)"
    r"\b(?:follows|followed(?!\s+by\b)|comes\s+after|came\s+after|comes\s+on\s+the\s+heels\s+of"
    rf"|came\s+on\s+the\s+heels\s+of)\s+{_SINCE_OBJECT}"
    # … and what that event saw: "… trip to India by X, which was marked by the signing of"
    r"(?:[^.;]{0,100}?,\s+(?:which|that)\s+(?:was\s+marked\s+by|saw|included|featured"
    rf"|culminated\s+in)\s+{_SINCE_OBJECT})?$",
    re.IGNORECASE,
)
# "The talks took place around three weeks after Modi held a meeting with X on the margins
# of the East Asia Summit": what the news is told as coming after came before it
SPAN_AFTER_CLAUSE_RE = re.compile(
    r"\b(?:took\s+place|came|comes|come|was\s+held|were\s+held|were|was|is|are)\s+"
    r"(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|barely\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    # (not days: "came a day after the envoys met" is still the news)
    r"(?:weeks?|months?|years?)\s+after\s+[^.;]{0,180}$",
    re.IGNORECASE,
)
FIRST_RIGHT_BEFORE_RE = re.compile(r"\bfirst\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
SINCE_EVENT_AFTER_RE = re.compile(
    rf"\s(since|after)\s+{_SINCE_OBJECT}(?:summit|meeting|talks|visit|trip|conference|forum"
    r"|session|election)s?\b",
    re.IGNORECASE,
)


def _before_since(sentence: str, start: int, end: int, right: int) -> int:
    """Where the reach of a trigger's cues ends before an event told as what came before it:
    "the first meeting between the two after the summit in Washington in April" (the
    summit's day, not the meeting's), "their first talks since the election"."""
    since = SINCE_EVENT_AFTER_RE.search(sentence, end, right) if right > end else None
    if since and (
        since.group(1).lower() == "since"
        or FIRST_RIGHT_BEFORE_RE.search(sentence, max(0, start - 12), start)
    ):
        return since.start()
    return right


LAST_ITEM_RE = re.compile(
    r"(?<=,\sand\s)(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?=\s*[,.;]|\s*$)"
)
# The present tense of an arrangement: "Blinken is visiting China on Feb. 5"
PROGRESSIVE_RE = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:visiting|travell?ing|meeting|hosting|holding|flying|heading"
    r"|going)\b"
    # the present of a schedule: "to welcome Chinese President Xi Jinping who arrives here on
    # Saturday"
    r"|\bwho\s+arrives\b|\barrives\s+here\b",
    re.IGNORECASE,
)
PROGRESSIVE_AHEAD = dt.timedelta(days=60)
SETTING_AFTER_COMMA_RE = re.compile(
    r",\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
MEETING_WORD_RE = re.compile(r"meet|talks|negotiations|consultations|visit", re.IGNORECASE)
OPENING_SETTING_RE = re.compile(
    r"(?:At|During)\s+(?:the|their|his|her)\s+[^,;.]{0,50}?\b(?:meeting|talks|negotiations"
    r"|consultations)\s*,\s*"
    # "In their 13th meeting in eight years, A and B on Wednesday decided …"
    r"|In\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+(?:in|of|since)\s+[^,;.]{0,30},\s*"
    # "In talks with leaders of the five countries, Kishida hopes to exchange opinions"
    # (not what was said in them: "In talks with X on Thursday, Hu said China would …")
    r"|In\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|consultations)\s+with\s+"
    r"[^,;.]{0,60},\s*(?![^,;.]{0,40}\b(?:said|says|told|noted|stressed|stated)\b)"
    # "In his first visit to the country since assuming the presidency last year, Lula will …"
    r"|(?:In|On|During)\s+(?:his|her|their)\s+(?:first\s+|second\s+|next\s+)?(?:[\w-]+\s+)?"
    r"(?:visit|trip)\b[^,;.]{0,80},\s*"
)


SCHEDULED_APPOSED_RE = re.compile(
    r",\s+(?:scheduled|due|set|slated)\s+(?:to\s+(?:start|begin|open|take\s+place)\s+)?"
    r"(?:on|for)\b"
)
PREDECESSOR_OPENS_RE = re.compile(
    r"\s*(?:(?:His|Her|Their|The)\s+)?(?:immediate\s+)?predecessor\b|\s*(?:Его|Ее|Её)\s+предшественник",
)
# A dateline in capitals the sentence still opens on, its tag and mark: "RIO DE JANEIRO: ",
# "ISTANBUL (AA) — "
DATELINE_LEAD_RE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{2,40}(?:\([^()]{1,30}\))?\s*[:—–-]+\s+")


WHERE_HE_AFTER_RE = re.compile(r",\s+where\s+(?:he|she|they)\s+(?:is|are|will|would)\b")


def _whole_words_end(sentence: str, at: int) -> int:
    """`at`, moved back to the end of the last whole word before it (a reach counted in
    characters does not make a word of part of one: "… Nicola Willis" is not "… Nicola
    Will")."""
    while 0 < at < len(sentence) and sentence[at].isalnum() and sentence[at - 1].isalnum():
        at -= 1
    return at


def _word_start(sentence: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in (a reach counted in characters
    keeps whole words: "… Modi is set to hold …" is not cut to "et to hold")."""
    if at == 0 or sentence[at - 1].isspace():
        return at
    space = sentence.rfind(" ", max(0, at - 20), at)
    return space + 1 if space >= 0 else at


def _opening_when_clause_end(sentence: str, end: int) -> int | None:
    """Where the opening "When …," clause that a trigger ending at `end` is in ends."""
    opening = WHEN_OPENING_CLAUSE_RE.match(sentence)
    return opening.end() - 1 if opening and end < opening.end() else None


# A quotation closed, then its speaker: '"…," said Nanda amidst the signing of …'
QUOTE_SAID_BEFORE_RE = re.compile(
    r"[\"”»],?\s*(?:said|says|added|noted|stated|told)\s+(?-i:[A-Z])[^\"“”«»]{0,60}\Z"
)


def _last_day(mention) -> dt.date:
    """The last day a date names: a week's Sunday, else the day itself."""
    return mention.date + dt.timedelta(days=6) if mention.precision == "week" else mention.date


def window(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The text around a trigger that its tense cues may come from: back to the start of its
    clause (at most BEFORE_CHARS) and a little after it, not past a clause break; a
    meeting named as a setting ("at a meeting with …") only the words after it, up to the
    clause's end."""
    setting = (
        SETTING_RE.search(sentence, max(0, start - 30), start)
        if MEETING_WORD_RE.match(sentence, start) and SAID_BEFORE_RE.search(sentence, 0, start)
        else None
    )
    if setting:
        right = min(len(sentence), end + 3 * AFTER_CHARS)
        brk = CLAUSE_BREAK_RE.search(sentence, end, right)
        return setting.start(), brk.start() if brk else right
    if (
        # (the trigger may open on the setting's words: "In their 13th meeting")
        MEETING_WORD_RE.search(sentence, start, end)
        and (
            opening := OPENING_SETTING_RE.match(
                sentence, lead.end() if (lead := DATELINE_LEAD_RE.match(sentence)) else 0
            )
        )
        and opening.end() > end
    ):
        # "At the foreign ministers' talks, Kono also will reportedly discuss …": the
        # setting's tense is the clause's after it
        right = min(len(sentence), opening.end() + 2 * AFTER_CHARS)
        brk = CLAUSE_BREAK_RE.search(sentence, opening.end(), right)
        return 0, brk.start() if brk else right
    if closes := _opening_when_clause_end(sentence, end):
        return 0, closes
    for aside in RELATIVE_CLAUSE_RE.finditer(sentence) if ", " in sentence[:start] else ():
        if aside.start() < start and aside.end() >= end:
            # "Tokayev, who attended the BRICS summit in Kazan last week, met Putin on Monday":
            # the clause between the commas tells its own time
            return aside.start() + 1, aside.end() - 1
    if said_as := SAID_AS_RE.search(sentence, max(0, start - 40), start):
        # "…exports grew in January-March, the governor said as he met a delegation on 27
        # May": what was said before the saying does not time the meeting; the rest of the
        # clause does
        brk = CLAUSE_BREAK_RE.search(sentence, end)
        return said_as.start(), brk.start() if brk else len(sentence)
    left = _word_start(sentence, max(0, start - BEFORE_CHARS))
    breaks = list(CLAUSE_BREAK_RE.finditer(sentence, left, start))
    if " as " in sentence[max(0, start - 120) : start] and (
        began := BEGAN_AS_RE.search(sentence, max(0, start - 120), start)
    ):
        left = began.start()  # "… will sign deals as Modi began the visit": its own clause
    elif breaks:
        left = breaks[-1].end()
        last = breaks[-1]
        previous = breaks[-2].end() if len(breaks) > 1 else max(0, start - BEFORE_CHARS)
        if last.group(0).strip() == "—" and last.start() - previous <= SHORT_BEFORE_DASH:
            left = previous
        elif BARE_VERB_AFTER_AND_RE.match(sentence, last.end()) and last.group(0).lstrip(
            ", "
        ).startswith("and"):
            # "He will also address a business forum, and hold several meetings with …": the
            # second verb of the first's subject and tense (its clause reached back from the
            # comma: "He is scheduled to meet with Deputy Prime Minister and Minister of
            # Foreign Affairs X, and witness a signing ceremony")
            left = (
                previous
                if len(breaks) > 1
                else _word_start(sentence, max(0, last.start() - BEFORE_CHARS))
            )
    elif (and_verb := AND_BARE_VERB_RE.search(sentence, left, start)) and start > BEFORE_CHARS:
        # "The two presidents will hold talks to draw a blueprint for … and jointly attend
        # the signing ceremony": the same, with no comma, the first verb further back
        earlier = list(
            CLAUSE_BREAK_RE.finditer(
                sentence, max(0, and_verb.start() - BEFORE_CHARS), and_verb.start()
            )
        )
        left = min(
            left,
            earlier[-1].end()
            if earlier
            else _word_start(sentence, max(0, and_verb.start() - BEFORE_CHARS)),
        )
    if (
        not breaks
        and start > BEFORE_CHARS
        and (
            SETTING_RE.search(sentence, max(0, start - 30), start)
            or SIDELINES_OF_RE.search(sentence, max(0, start - 60), start)
            # (a list of them: "… to hold talks with X at the Asia-Pacific Forum, the UN
            # Millennium Summit and the G8 summit")
            or SETTING_LIST_RE.search(sentence, max(0, start - 100), start)
        )
    ):
        # "… are expected to address challenges like terrorism, climate change and economic
        # slowdown at their summit": the meeting a long clause's verb happens at, in its tense
        wider = max(0, start - 2 * BEFORE_CHARS)
        further = list(CLAUSE_BREAK_RE.finditer(sentence, wider, start))
        left = further[-1].end() if further else wider
    if SETTING_AFTER_COMMA_RE.search(sentence, max(0, start - 40), start):
        # "… will climax in early September, when A meets B and C, at the meeting of leaders
        # in New Zealand": where the clauses before it are held, in their tense
        left = max(0, start - 2 * BEFORE_CHARS)
    for aside in RELATIVE_CLAUSE_RE.finditer(sentence) if ", " in sentence[:start] else ():
        # (one begun before the window's reach as well: "Obasanjo, who will be the chief guest
        # at India's Republic Day celebrations on Wednesday, earlier inspected …")
        if left < aside.end() <= start:
            # "X, who visited Turkmenistan last year, arrived in Astana": the aside before
            # tells its own time, not the arrival's
            left = aside.end()
    if own := OWN_TIME_CLAUSE_RE.search(sentence, max(0, start - 24), start):
        # "… more than showed up for Queen Elizabeth when she visited Washington last year":
        # the clause tells its own time, not the sentence's before it
        left = max(left, own.start())
    elif ("'" in (near := sentence[max(0, start - 12) : start]) or "’" in near) and (
        owner := POSSESSOR_BEFORE_RE.search(sentence, max(0, start - 60), start)
    ):
        # "welcomed X yesterday, a return favour for the US president's stay in Abu Dhabi in
        # January": someone's visit named with its own time after it
        left = max(left, owner.start())
    # a passive's complement is the event's: "were inked by A and B during C's visit to D
    # last year"
    passive = PASSIVE_BEFORE_RE.search(sentence, max(0, start - 20), start)
    right = min(len(sentence), end + (2 if passive else 1) * AFTER_CHARS)
    if not sentence[:start].strip() and RU_SUBJECT_NOUN_RE.match(sentence, start):
        # "Встреча Лаврова и Тиллерсона в Вене на полях СМИД ОБСЕ прорабатывается": the
        # subject's verb ends its clause, after all its names
        right = len(sentence)
    brk = CLAUSE_BREAK_RE.search(sentence, end, right)
    if brk is not None and (item := LAST_ITEM_RE.match(sentence, brk.end())):
        # "the summit meeting by Palestine, Israel, and the United States, to be held next
        # week": the last item of a list of names, no clause of its own
        right = min(len(sentence), item.end() + AFTER_CHARS)
        brk = CLAUSE_BREAK_RE.search(sentence, item.end(), right)
    if brk is None:
        held = HELD_RE.search(sentence, end, min(len(sentence), end + 3 * AFTER_CHARS))
        if (
            held
            and not CLAUSE_BREAK_RE.search(sentence, end, held.start())
            # (not another's, in a clause of its own: "… on the preparations for the
            # upcoming AU summit which will be held on 10-11 February")
            and not (
                not EVENT_NOUN_RE.match(sentence, start)  # (a summit's own: "саммиты …,
                # которые пройдут в сентябре")
                and (relative := RELATIVE_AFTER_RE.search(sentence, end, held.start()))
                and EVENT_NOUN_RE.search(sentence, end, relative.start())
            )
        ):
            # (its venue and hours between: "… was convened in Seoul, the Republic of Korea
            # from 5:10pm to 6:30pm on Saturday, March 21"; not past another event's name:
            # "talks would be held when he travels … for the SAARC summit in April")
            far = min(len(sentence), held.end() + 2 * AFTER_CHARS)
            near = min(len(sentence), held.end() + AFTER_CHARS)
            right = near if EVENT_NOUN_RE.search(sentence, held.end(), far) else far
            brk = CLAUSE_BREAK_RE.search(sentence, held.end(), right)
    # a photograph's caption: "… prior to talks on North Korea's denuclearization at the
    # foreign ministry in Seoul on April 7, 2023": the day in full, at the end
    if (
        brk is None
        and (
            dated := FULL_DATE_AFTER_RE.search(
                sentence, right, min(len(sentence), end + 3 * AFTER_CHARS)
            )
        )
        and not CLAUSE_BREAK_RE.search(sentence, end, dated.start())
    ):
        right = dated.end()
    right = brk.start() if brk else right
    right = _before_since(sentence, start, end, right)
    if DOCUMENT_TRIGGER_RE.search(sentence, start, end) and (
        told := DOCUMENT_TELLS_RE.search(sentence, end, right)
    ):
        # "A joint statement issued after the talks said the two sides would …", "According to
        # a joint declaration released after the talks, the sides will …": what the document
        # says does not time its issuing
        right = told.start()
    if (purpose := PURPOSE_THEN_RELATIVE_RE.match(sentence, end)) and purpose.end() < right:
        # "is on a visit to Uzbekistan to mend relations that had cooled last year": the
        # relative clause after the visit's aim tells its own time
        right = purpose.end()
    # "signed the treaty and agreed to meet again": the next verb's undertaking is its own
    if undertaking := UNDERTAKING_AFTER_RE.search(sentence, end, right):
        right = undertaking.start()
    # "during a telephone conversation, discussed the preparations for the meeting
    # proposed …": what was discussed does not time the discussing
    if discussed := DISCUSSED_AFTER_RE.search(sentence, end, right):
        right = discussed.start()
    return left, right


# a visit's aim after it, then a relative clause of the aim's: "… to mend relations that had
# cooled", "… to boost ties which were strained"
PURPOSE_THEN_RELATIVE_RE = re.compile(
    r"[^.;,]{0,60}?\s+to\s+(?:boost|mend|repair|improve|strengthen|deepen|bolster|promote|expand"
    r"|restore|reset|ease|patch\s+up|shore\s+up|rebuild|revive|discuss|review)\s+[^.;,]{1,60}?"
    r"(?=\s+(?:that|which|who)\s)",
    re.IGNORECASE,
)


# Meetings before the one told, after it: "This is the third meeting between A and B,
# following their first meeting at Mar-a-Lago in April and the second in Hamburg": their
# days and places are theirs
EARLIER_MEETINGS_RE = re.compile(
    r"\b(?:following|after|since)\s+(?:their|the|his|her)\s+(?:first|previous|last|earlier"
    r"|second|third)\s+(?:meeting|summit|talks|visit|encounter)s?\b",
    re.IGNORECASE,
)


# A day written in full, with its year: "on April 7, 2023", "on 7 April 2023"
FULL_DATE_AFTER_RE = re.compile(rf"\bon\s+(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}\b")


# The verbs of an undertaking: "agreed to", "pledged to"
_UNDERTAKING_VERBS = r"(?:agreed|decided|pledged|vowed|promised|resolved|undertook)"
DISCUSSED_AFTER_RE = re.compile(
    r"(?:,\s*|\s+)(?:also\s+)?(?:discussed|discussing|exchanged\s+views\s+on|talked\s+about"
    r"|обсудил\w*|обсуждал\w*)\b",
    re.IGNORECASE,
)


# An undertaking to do something (not to a thing: "agreed to a ceasefire")
AGREED_TO_DO_RE = re.compile(
    rf"\b{_UNDERTAKING_VERBS}\s+to\s+"
    r"(?!(?:a|an|the|this|that|its|their|his|her)\b)\w+",
    re.IGNORECASE,
)
# where or when the agreeing happened, between it and the event
AGREEING_SETTING_RE = re.compile(
    r"\b(?:during|at|after|following|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)"
    r"\s+of)\b",
    re.IGNORECASE,
)
UNDERTAKING_AFTER_RE = re.compile(
    rf"\s+and\s+(?:also\s+)?{_UNDERTAKING_VERBS}\s+to\b",
    re.IGNORECASE,
)


# An invitation taken up is no plan: "at the invitation of", "for taking up my invitation".
INVITATION_TAKEN_RE = re.compile(
    r"(?:\bat|\bupon|\bon|\btaking\s+up|\baccept\w*|\bна|\bпо)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
SAID_LAST_WEEK_RE = re.compile(r"\s+(?:last|the\s+previous)\s+week\b", re.IGNORECASE)
# "said Tuesday", "announced on Monday": the day of the saying, not of the event.
# The verbs of a saying, whose day is not that of what is told
_SAYING_VERBS = (
    r"(?:said|says|told|announced|stated|reported|confirmed|noted|warned|cautioned|stressed"
    r"|emphasi[sz]ed|insisted|сообщил\w*|заявил\w*)"
)
SPOKEN_ON_RE = re.compile(
    rf"\b{_SAYING_VERBS}"
    # ("Wang told reporters here on Friday", "Momen told BSS here today")
    r"(?:\s+(?:reporters|journalists|correspondents|the\s+press|the\s+media|here|there"
    r"|(?-i:[A-Z]{2,}|[A-Z][a-z]+))){0,2}\s+(?:on\s+)?$",
    re.IGNORECASE,
)


AGREED_TO_RE = re.compile(rf"\b{_UNDERTAKING_VERBS}\s+to\s+\w+", re.IGNORECASE)
# A bare verb opening the clause, one of several a plan lists
COORDINATED_VERB_RE = re.compile(
    r",\s*(?:and\s+)?(?:early\s+|soon\s+|also\s+|jointly\s+)?(?:hold|pay|meet|visit|sign|attend|co-chair|discuss|open|lead|address"
    r"|receive|travel|make|deliver|lay)\b[^,;]{0,30}$"
)
# "…, Viet said during the ministry's regular press conference on September 9": the day of
# the saying too
SPOKEN_AT_ON_RE = re.compile(
    r"\b(?:said|says|told|announced|stated|noted)\s+(?:at|during|in)\s+[^,;.]{0,100}?"
    r"(?:briefing|conference|statement|interview|videoconference)[^,;.]{0,40}?\s(?:on\s+)?$"
    # "… quoted Nezavisimaya gazeta on 1 April as reporting that talks would begin"
    # (not "said that on 15 February, X called Y": that is the call's day)
    r"|\b(?:quoted|reported|told|said)\s+(?:(?!that\b)[\w'’-]+\s+){1,4}?on\s+$"
    # "… will pay an official visit to Pakistan, according to an official statement on
    # Monday": the statement's day
    r"|\baccording\s+to\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:statement|announcement"
    r"|release|communiqu[eé]|report)\s+(?:(?:issued|released|published)\s+)?(?:on\s+)?$"
    # "… issued an official statement on Monday regarding Cavusoglu's visit"
    # (not a joint one issued after talks: "issued a 10-point joint communique on Friday
    # after Wen held talks with …" is the talks' day too)
    r"|\b(?:issued|released|published|made)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?!joint\b)[\w'’-]+\s+){0,2}?(?:statement|announcement)\s+(?:on\s+)?$"
    # "In a statement issued on Saturday, the ministry described the visit as …"
    r"|\bin\s+(?:an?\s+|the\s+|its\s+)?(?:(?!joint\b)[\w'’-]+\s+){0,2}?(?:statement|release"
    r"|announcement)\s+(?:issued|released|published)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


AT_A_LATER_TIME_RE = re.compile(
    r"\bat\s+(?:an?|the)\s+(?:mutually\s+)?(?:appropriate|convenient|suitable|early|later"
    r"|opportune)\s+(?:time|date|opportunity)\b|\bin\s+the\s+near\s+future\b|\bin\s+due\s+course\b"
    r"|\bon\s+(?:a\s+)?proper\s+occasions?\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=512)
def _future(text: str) -> bool:
    for m in FUTURE_RE.finditer(text):
        if m.group(0).lower().startswith(("invit", "приглаш")) and INVITATION_TAKEN_RE.search(
            text[: m.start()]
        ):
            continue
        return True
    return False


is_future = _future  # whether a text tells of what is to come ("will", "is scheduled to", …)


# A headline's plan in sentence case: "Tokayev to attend SCO summit", "Foreign ministers of A
# and B to meet in Astana" — a line with no full stop, "to" and the verb, no verb before it
# ("X agreed to visit" is not this).
HEADLINE_PLAN_RE = re.compile(
    r"(?:[\w'’.,-]+\s+){1,10}?to\s+(?:attend|visit|meet|hold|sign|travel|host|pay|make|tour"
    r"|open|discuss|receive|welcome|lead|head|address|chair|arrive|leave|depart|fly|land)\b"
)
_NOT_BEFORE_A_HEADLINE_PLAN = """agreed decided plans planned wants hopes hoped invited invites
is are was were expected set due going ready came comes arrives arrived travels traveled
travelled flew flies heads headed left leaves returns returned wishes able willing refused failed
tried sought continues continued asked asks urged urges called
visits meets holds receives hosts"""
NOT_BEFORE_A_HEADLINE_PLAN = frozenset(_NOT_BEFORE_A_HEADLINE_PLAN.split())


def _headline_plan(sentence: str) -> bool:
    if len(sentence) > 120 or re.search(r"[.!?…:]\s*$", sentence):
        return False
    m = HEADLINE_PLAN_RE.match(sentence)
    return m is not None and not (
        NOT_BEFORE_A_HEADLINE_PLAN & {w.strip(",").lower() for w in m.group(0).split()}
    )


@functools.lru_cache(maxsize=512)
def told_as_past(text: str) -> bool:
    """Whether `text` speaks of times gone by ("last week", "previously", "had met")."""
    if "since" in text:
        # "the first visit by an Indian Prime Minister since 2006": counted from, not past
        text = FIRST_SINCE_RE.sub(" ", text)
    return PAST_RE.search(text) is not None


FIRST_SINCE_RE = re.compile(r"\bfirst\b[^.;]{0,80}?\bsince\s+(?:19|20)\d\d\b", re.IGNORECASE)


POSSESSIVE_RE = re.compile(r"['’]s\b")
SINCE_CLAUSE_DATE_RE = re.compile(
    r"\b(?:since|с\s+тех\s+пор\s+как)\s+(?!(?:on\s+|early\s+|late\s+|mid-?)?\S+\s*\Z)\S[^.;]*\Z",
    re.IGNORECASE,
)
SAID_RIGHT_AFTER_RE = re.compile(rf",?\s*{_SAYING_VERBS}\b", re.IGNORECASE)
EVENT_NOUN_RE = re.compile(
    r"\b(?:summit|meeting|talks|visit|conference|forum|session|саммит\w*|встреч\w*|визит\w*"
    r"|заседани\w*|форум\w*)",
    re.IGNORECASE,
)
INVITED_TO_MAKE_RE = re.compile(
    r"\b(?:invit\w*|invitation)\s+(?:to\s+)?(?:[\w'’.-]+,?\s+){1,16}?to\s+(?:pay|make|visit)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$"
    # … or the trigger the verb itself: "extended invitation to Governor Prof. X and Chief
    # Minister Y to visit Bangladesh"
    # ("conveyed invitations from A to B to visit …")
    r"|\b(?:invited|invitations?)\s+(?:to\s+)?(?:[\w'’.-]+,?\s+){1,16}?to\s+$"
    # "welcomes him to visit China at a mutually convenient time": an invitation
    r"|\bwelcom(?:e|es|ed)\s+(?:[\w'’.-]+\s+){1,6}?to\s+$"
    # "передал приглашение на имя Президента России Д. Медведева посетить Монголию с визитом"
    r"|\bприглаш\w*\s+(?:[\w'’.-]+,?\s+){0,12}?(?:посетить|совершить|нанести)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
CONSENSUS_RE = re.compile(r"\bconsensus\s+reached\b", re.IGNORECASE)
FIRST_BEFORE_RE = re.compile(r"\bfirst\b[^.;]*$", re.IGNORECASE)
SUBJECT_OPENING_RE = re.compile(r"\s*(?:The|This|That|A|An)\s+(?:[\w'’-]+\s+){0,3}")
# (a verb of plans only: not "… turned out more informal than either side had anticipated")
SUBJECT_VERB_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:being\s+\w+|(?:to|due|set|expected|scheduled|planned|slated)\b)"
    r"|\bwill\b"
)
UPCOMING_BEFORE_RE = re.compile(
    r"\b(?:upcoming|forthcoming|up-coming)\s+(?:#?[\w-]+\s+){0,3}(?:\([\w.-]+\)\s+)?$"
    # ("agreed during a phone conversation Sunday on preparing a bilateral meeting at the G8
    # summit": the day of the call)
    r"|\b(?:preparing|preparation\s+(?:for|of))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,7}$",
    re.IGNORECASE,
)
# The verbs of a stay brought to its end ("after concluding her visits to …")
CONCLUDING = r"(?:concluding|completing|wrapping\s+up|ending)"
# A leg of the tour told as ended before the one in hand
CONCLUDED_BEFORE_RE = re.compile(
    rf"\b(?:after|following|upon)\s+{CONCLUDING}\s+"
    r"(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A document and the participle of its signing: "an agreement signed here on Thursday"
SIGNED_RE = re.compile(r"signed|inked|concluded", re.IGNORECASE)
SIGNED_PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?:agreements?|memorand\w+|MoUs?|deals?|accords?|treat(?:y|ies)|documents?|contracts?"
    r"|protocols?|declarations?)\s+(?:(?:which|that)\s+(?:was|were)\s+)?$",
    re.IGNORECASE,
)
# Documents signed before, named as what is to be carried out or as done already: "to follow up
# implementation on various agreements and MOUs already signed between the two countries",
# "called for implementing the agreements signed in 2019"
DOCUMENTS_SIGNED_BEFORE_RE = re.compile(
    r"\b(?:agreements?|memorand\w+|MoUs?|deals?|accords?|treat(?:y|ies)|documents?|contracts?"
    r"|protocols?)(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:agreements?|memorand\w+|MoUs?|documents?"
    r"|accords?|protocols?))?\s+(?:(?:which|that)\s+(?:was|were|had\s+been|have\s+been)\s+)?"
    r"(?P<adverb>(?:already|previously|earlier)\s+)?$",
    re.IGNORECASE,
)
CARRIED_OUT_BEFORE_RE = re.compile(
    r"\b(?:implement\w*|follow(?:ing)?[- ]?ups?(?:\s+on)?|fulfil\w*|execution|reali[sz]\w+"
    r"|carry(?:ing)?\s+out)\s+(?:(?:on|of)\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A trip told as the time of what a relative clause recalls: "a letter which was read to him by
# a refugee girl during his trip to Africa"
RECALLED_THAT_BEFORE_RE = re.compile(
    r"\b(?:recalled|recalling|reminded\s+(?:[\w-]+\s+){0,2}?)\s+that\b[^;]*$", re.IGNORECASE
)
RECALLED_TRIP_BEFORE_RE = re.compile(
    r"\b(?:which|that)\s+(?:was|were|had\s+been|had)\s+(?:[\w'’-]+\s+){1,10}?(?:during|on)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A visit ended before the news, in the past perfect: "Jiang had just ended his state visit
# to Germany, Libya, Nigeria and Tunisia" (told on arriving in Iran)
HAD_ENDED_BEFORE_RE = re.compile(
    r"\bhad\s+(?:just\s+|already\s+|earlier\s+|previously\s+)?(?:ended|concluded|wrapped\s+up"
    r"|completed|finished)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A communiqué issued after a meeting, in which something is said: "said in a communique issued
# after their summit", "In a joint communique issued after the talks, …"
ISSUED_AFTER_MEETING_RE = re.compile(
    r"(?:joint\s+|final\s+)?communiqu[ée]\s+(?:was\s+)?(?:issued|released|adopted)\s+(?:after"
    r"|at|following|on\s+the\s+conclusion\s+of)\b",
    re.IGNORECASE,
)
SAID_IN_DOCUMENT_BEFORE_RE = re.compile(
    r"(?:\b(?:said|stated|says|say|declared)\s+in|(?:^|[,;]\s*)[Ii]n)\s+(?:a|the|their|its)\s+"
    r"(?:(?:joint|final)\s+)?$"
)
# A record set in the past: "was the first foreign leader who made a visit …" (not "is the
# first", nor "became the first": the day's news)
FIRST_ON_RECORD_BEFORE_RE = re.compile(
    r"\bwas\s+the\s+first\s+(?:[\w'’-]+\s+){0,6}?(?:who|to|that)\s+(?:[\w'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
RETURNED_HOME_BEFORE_RE = re.compile(
    r"\b(?:(?:returned|arrived\s+back|came\s+back|flew\s+back)\s+(?:home|to\s+(?:the\s+)?"
    # (filed at home: "arrived here on Friday after concluding his visit to China")
    r"(?:capital|country|(?-i:[A-Z])[\w'’-]+))|arrived\s+(?:here|home)"
    # "is back in Abuja after a five-day state visit to Lisbon"
    r"|(?:is|are|was|were)\s+(?:now\s+)?back\s+(?:home|in\s+(?-i:[A-Z])[\w'’-]+)"
    # … or leaving the place of the visit: "departed from India on Tuesday after wrapping up
    # their three-day visit", "left for home after concluding his visit"
    r"|left|leaves|departed|departs|emplaned|emplanes|flew\s+out)"
    r"\b[^.;]{0,40}?\s(?:after|following|upon)\s",
    re.IGNORECASE,
)
# A visit told as coming after another: "The visit followed a working visit to Zambia"
_FOLLOWED_LEG = r"\b(?:visit|trip|tour)\s+(?:followed|came\s+after)"
ARRIVED_AFTER_RE = re.compile(
    # (not a return home: "arrived back in Abuja after a state visit to Portugal")
    r"(?:\b(?:arrived|arrives|landed|lands|came|comes|flew|flies|travell?ed|travels|headed|heads)\b"
    r"(?!\s+back\b)[^.;]{0,80}?\b(?:after|following)"
    # "The visit followed a successful working visit to Zambia"
    rf"|{_FOLLOWED_LEG})"
    # ("arrives in Moscow after paying official visit to Ukraine")
    r"\s+(?:(?:paying|making|concluding|completing|ending)\s+(?:(?:a|an|his|her|their|the)\s+)?"
    r"|(?:a|an|his|her|their|the)\s+)(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# … and what was done there: "… followed a working visit to Zambia, where both presidents held
# bilateral discussions"
EARLIER_LEG_WHERE_RE = re.compile(
    rf"{_FOLLOWED_LEG}\s+(?:a|an|his|her|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b[^.;]{0,80}?,\s+where\b[^.;]*$",
    re.IGNORECASE,
)
WRAPPED_LEG_WHERE_RE = re.compile(
    # (arrived elsewhere: not "returned home after concluding his visit to Kuwait, where he
    # held talks", the visit the news)
    r"\b(?:arrived|arrives|landed|lands|flew|flies)\b[^.;]{0,100}?"
    r"\b(?:after|following)\s+(?:wrapping\s+up|concluding|ending|completing|winding\s+up)\s+"
    r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay)\b[^.;]{0,80}?,?\s+"
    r"where\b[^.;]*$",
    re.IGNORECASE,
)
COMPLETED_BEFORE_RE = re.compile(
    r"\b(?:после\s+завершения|по\s+завершении|по\s+окончании|upon\s+(?:the\s+)?completion\s+of"
    r"|after\s+(?:the\s+)?(?:completion|conclusion|end)\s+of|at\s+the\s+(?:end|conclusion)\s+of)"
    r"\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
ARRIVED_PAST_RE = re.compile(r"прибывш\w*", re.IGNORECASE)
# (and a departure for a place, done: "отбыл в Минск, где проведёт консультации")
ARRIVED_TRIGGER_RE = re.compile(
    r"(?:arrived|landed|прибыл[аи]?|отбыл[аи]?|вылетел[аи]?|прилетел[аи]?)\b", re.IGNORECASE
)
TRAVELLED_TRIGGER_RE = re.compile(
    r"(?:arrived|landed|flew|travell?ed|reached|touched\s+down)\b", re.IGNORECASE
)
PURPOSE_AFTER_RE = re.compile(
    r"\s(?:to\s+(?:attend|participate|take\s+part|join|address|lead)|in\s+order\s+to)\b",
    re.IGNORECASE,
)
STAYING_TRIGGER_RE = re.compile(r"(?:is|are)\s+(?:currently\s+|now\s+)?in\b", re.IGNORECASE)
STAY_PROGRAMME_AFTER_RE = re.compile(
    r",\s+(?:during\s+which|in\s+the\s+course\s+of\s+which|where|when)\s", re.IGNORECASE
)
RELATIVE_AFTER_RE = re.compile(r"\s(?:that|which|when|where|где|который|которая|которые)\s")
ARRIVED_FOR_RE = re.compile(
    r"\b(?:arrived|landed|прибыл[аи]?)\b[^.;]{0,80}?\s(?:for|on|с)\s+(?:an?\s+|his\s+|her\s+"
    r"|their\s+)?(?:[\w-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
TO_ATTEND_RE = re.compile(
    r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in)\s+(?:the\s+)?(?:[\w()'’-]+\s+){0,8}\Z"
    # "will hold bilateral meetings … while in St. Petersburg, Russia, for the G20 summit"
    r"|\b(?:while|be)\s+in\s+[^;]{1,60}?\s+for\s+(?:the\s+)?(?:[\w()'’-]+\s+){0,8}\Z"
    # "is scheduled to visit Vancouver on his way back after attending the UN summit": in the
    # tense of the clause it is done before
    r"|\b(?:after|before)\s+(?:attending|participating\s+in|taking\s+part\s+in)\s+(?:the\s+)?"
    r"(?:[\w()'’-]+\s+){0,8}\Z",
    re.IGNORECASE,
)
# On the way to what the trigger names: "is flying to New York to attend the UN summit", "is
# heading to Brussels for the NATO summit" (the summit is still to come)
ON_THE_WAY_RE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:flying|heading|travell?ing|going|leaving|bound"
    r"|en\s+route|on\s+(?:his|her|their)\s+way)\s+(?:to|for)\b[^;.]{0,80}?"
    r"(?:\bto\s+(?:attend|participate\s+in|take\s+part\s+in)|\sfor)\s+(?:the\s+)?"
    r"(?:[\w()'’-]+\s+){0,8}\Z",
    re.IGNORECASE,
)
# What is done as a habit, no one occasion: "they regularly talk by phone"
HABITUAL_RE = re.compile(
    # ("the visiting heads of state are usually welcomed by ministers": what is done, not news)
    r"\b(?:regularly|routinely|frequently|periodically|usually|normally|typically|customarily"
    r"|регулярно|постоянно|периодически"
    r"|неоднократно"
    # "Начиная с 2000 года, ежегодно проводятся совместные заседания": a yearly habit (not
    # "the annual summit", one occasion)
    r"|annually|(?:every|each)\s+year|ежегодно"
    # "has met X several times": how often, no one occasion
    r"|(?:several|many|numerous|multiple|countless|two|three|four|five)\s+times|more\s+than\s+once"
    # "have met more than 20 times", "dozens of times"
    r"|(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?(?:\d+|a\s+dozen|dozens\s+of|ten|six"
    r"|seven|eight|nine|20|30|40)\s+times"
    r"|on\s+(?:several|many|numerous|multiple)\s+occasions|repeatedly|не\s+раз"
    # "have held regular phone calls", "frequent contacts": the habit, no one occasion
    r"|(?:regular|frequent|periodic|routine)\s+(?:(?:tele)?phone\s+)?(?:calls|contacts"
    r"|conversations|meetings|talks|consultations|visits|exchanges))\b",
    re.IGNORECASE,
)
HABITUAL_RE = Gated(
    HABITUAL_RE,
    ("regular", "routine", "frequent", "periodic", "usually", "normally", "typically",
     "customarily", "регулярно", "постоянно", "периодически", "неоднократно", "times", "once",
     "occasions", "repeatedly", "раз", "annually", "year", "ежегодно"),
)  # fmt: skip


# A leg of a tour before the one the article reports: "Wen visited Tanzania before he came to
# Uganda", "visited Laos before arriving in Hanoi"
EARLIER_LEG_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,4}before\s+(?:(?:he|she|they)\s+(?:came|arrived|travell?ed|went"
    r"|flew|headed)|coming|arriving|travell?ing|flying|heading)\s+(?:to|in|for)\b"
)
# What had been planned and did not come about (said after it was called off): "Планировалось,
# что X посетит Минск", "It had been planned that X would visit", "was originally due to be
# held on July 26"
UNREALISED_RE = re.compile(
    r"(?:^|[.;]\s+)\s*(?:Планировалось|Предполагалось|Ожидалось),?\s+что\b"
    r"|\b(?:It\s+had\s+been\s+(?:planned|expected|scheduled)\s+that"
    r"|(?:was|were)\s+originally\s+(?:due|scheduled|planned|set)\s+to"
    r"|had\s+originally\s+been\s+(?:due|scheduled|planned|set)\s+to)\b",
    re.IGNORECASE,
)


FOUNDED_ON_RE = re.compile(
    r"\b(?:established|founded|created|set\s+up|instituted|formed|launched)\s+(?:(?:in|on)\s+)?\Z"
    r"|\b(?:созданн|учрежденн|учреждённ|основанн)\w*\s+(?:в\s+)?\Z",
    re.IGNORECASE,
)


# A saying's setting ending its trigger, and how or where it was held, before its day
SETTING_NOUN_END_RE = re.compile(r"\b(?:conference|briefing|interview|address|speech)\s*\Z")
SETTING_WAY_RE = re.compile(
    r"\s+(?:(?:via|by)\s+(?:videoconference|video\s+(?:link|conference))|held\s+online|online"
    r"|in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+(?:on\s+)?",
    re.IGNORECASE,
)


def when(sentence: str, start: int, end: int, published: dt.date, after: bool = True) -> When:
    """The status and date of the event whose trigger is sentence[start:end]; `after`:
    whether the words after the trigger may tell (not after "said": what follows is what
    was said, not when)."""
    if FOLLOW_UP_BEFORE_RE.search(sentence, max(0, start - 60), start):
        return When(BACKGROUND, None)  # "following up from the meeting between A and B"
    if REACHED_AT_EARLIER_BEFORE_RE.search(sentence, max(0, start - 60), start):
        # (whatever day the sentence's own verb has: "discussed Monday steps to implement the
        # understandings reached during recent talks between A and B")
        return When(BACKGROUND, None)
    # "their first meeting since the Nuclear Security Summit in April", "the first meeting
    # between the two after the summit in Washington": what came before, whatever the tense
    # of the clause (its own day, if it has one)
    counted_from = bool(
        SINCE_BEFORE_RE.search(sentence, max(0, start - 50), start)
        or LAST_ONE_BEFORE_RE.search(sentence, max(0, start - 120), start)
        or FIRST_AFTER_BEFORE_RE.search(sentence, max(0, start - 160), start)
        or FOLLOWS_BEFORE_RE.search(sentence, max(0, start - 200), start)
        or (
            " after " in sentence[max(0, start - 240) : start]
            and SPAN_AFTER_CLAUSE_RE.search(sentence, max(0, start - 240), start)
        )
    )
    if after and EARLIER_LEG_AFTER_RE.match(sentence, end):
        return When(BACKGROUND, None)  # "Wen visited Tanzania before he came to Uganda"
    if CONCLUDED_BEFORE_RE.search(sentence, max(0, start - 50), start) and not (
        RETURNED_HOME_BEFORE_RE.search(sentence, max(0, start - 160), start)
    ):
        # "arrived in Dili after concluding her visit to Fiji" (not "returned home after
        # concluding his visit to Kuwait": the visit just ended is the news)
        return When(BACKGROUND, None)
    if (
        SIGNED_RE.fullmatch(sentence, start, end)
        and SIGNED_PARTICIPLE_BEFORE_RE.search(sentence, max(0, start - 40), start)
        and (
            day := next(
                (d for d in find_dates(sentence, published) if end <= d.start <= end + 50), None
            )
        )
        and day.date <= published
    ):
        # "China will provide a grant, according to an agreement signed here on Thursday":
        # the signing is dated in its own clause, whatever the sentence's tense
        recent = published - dt.timedelta(days=RECENT_DAYS) <= day.date
        return When(CURRENT if recent else BACKGROUND, day.date, day.precision)
    if (
        SIGNED_RE.fullmatch(sentence, start, end)
        and (document := DOCUMENTS_SIGNED_BEFORE_RE.search(sentence, max(0, start - 80), start))
        and (
            document.group("adverb")
            or CARRIED_OUT_BEFORE_RE.search(
                sentence, max(0, document.start() - 60), document.start()
            )
        )
        and not (
            (day := next((d for d in find_dates(sentence, published) if end <= d.start), None))
            and day.date >= published - dt.timedelta(days=RECENT_DAYS)
        )
    ):
        # "to follow up implementation on the agreements already signed": earlier ones
        return When(BACKGROUND, None)
    if CONSENSUS_TOLD_BEFORE_RE.search(sentence, max(0, start - 260), start) and not find_dates(
        sentence, published
    ):
        # "Xi said he and Obama reached consensus on … in their summit in California": where
        # an agreement told of was reached, an event gone by
        return When(BACKGROUND, None)
    if RECALLED_THAT_BEFORE_RE.search(sentence, max(0, start - 200), start) and not find_dates(
        sentence, published
    ):
        # "The minister recalled that the first official visit of President X was to Uruguay,
        # when he met with President Y in Colonia": one gone by, whatever its tense (its day,
        # when the sentence gives one, is read below)
        return When(BACKGROUND, None)
    if PREDECESSOR_OPENS_RE.match(sentence) and not find_dates(sentence, published):
        # "His immediate predecessor, Barack Obama also visited Egypt as his first stop":
        # what one gone from office did, no day given, is a thing of the past
        return When(BACKGROUND, None)
    if RECALLED_TRIP_BEFORE_RE.search(sentence, max(0, start - 120), start):
        return When(BACKGROUND, None)  # "a letter which was read to him … during his trip"
    if HAD_ENDED_BEFORE_RE.search(sentence, max(0, start - 60), start):
        return When(BACKGROUND, None)  # "Jiang had just ended his state visit to Germany"
    if ISSUED_AFTER_MEETING_RE.match(sentence, start) and SAID_IN_DOCUMENT_BEFORE_RE.search(
        sentence, max(0, start - 40), start
    ):
        # "…, the leaders said in a communique issued after their summit here": the document
        # is the meeting's, told as done, whatever the tense of what it says
        return When(CURRENT, None)
    if FIRST_ON_RECORD_BEFORE_RE.search(sentence, max(0, start - 160), start) and not find_dates(
        sentence, published
    ):
        # "X was the first foreign head of state who made a personal visit to Malaysia to
        # congratulate Y": a record, told of a day gone by that the sentence does not give
        return When(BACKGROUND, None)
    if ARRIVED_AFTER_RE.search(sentence, max(0, start - 140), start) and not (
        RETURNED_HOME_BEFORE_RE.search(sentence, max(0, start - 160), start)
    ):
        # "arrived in Baku following a two-day visit to Turkmenistan": the leg before (not
        # the visit a return home ends: "arrived here after concluding his visit to China")
        return When(BACKGROUND, None)
    if EARLIER_LEG_WHERE_RE.search(sentence, max(0, start - 250), start):
        return When(BACKGROUND, None)  # "… followed a visit to Zambia, where both held talks"
    if WRAPPED_LEG_WHERE_RE.search(sentence, max(0, start - 250), start):
        # "arrived in Harare after wrapping up a trip to France where he addressed …"
        return When(BACKGROUND, None)
    if UNREALISED_RE.search(sentence, 0, start):
        return When(BACKGROUND, None)  # "Планировалось, что X посетит Минск 27-28 ноября"
    if (gone := _when_clause_of_a_day_gone_by(sentence, start, published)) is not None:
        return gone  # "held talks in Samarkand in 2022, when they signed a treaty"
    if (gone := _during_which_clause_of_a_day_gone_by(sentence, start, published)) is not None:
        return gone  # "In 1984, Reagan paid a state visit, during which the sides signed …"
    left, right = window(sentence, start, end)
    if (
        left < start
        and (said := QUOTE_SAID_BEFORE_RE.search(sentence, left, start))
        and said.end() <= start
    ):
        # '"… until October 2011, from US$1.3 billion in 2002," said Nanda amidst the signing
        # of a deal': what was said does not time what went on as it was said
        left = said.start() + 1
    if where := WHERE_HE_AFTER_RE.search(sentence, end, right):
        # "is undertaking a trip to Fiji, where he is anticipated to meet X": what the
        # clause after it plans there, not the trip's tense
        right = where.start()
    if (
        after
        and SUBJECT_OPENING_RE.fullmatch(sentence, 0, start)
        and (verb := SUBJECT_VERB_RE.search(sentence, end, end + 150))
    ):
        # "The meeting between the three countries' foreign ministers is being coordinated to
        # be held …": the event opens the sentence as its subject, the verb that plans it
        # comes after the words that name it
        right = max(right, min(len(sentence), verb.end() + AFTER_CHARS))
    if HABITUAL_RE.search(sentence, left, right):
        return When(BACKGROUND, None)  # "он регулярно общается с Путиным по телефону"
    # "о планах провести переговоры с прибывшим в Самарканд …": the arrival is done,
    # whatever is planned before it (its tense is read from the trigger on; its date is not)
    cues_left = start if ARRIVED_PAST_RE.fullmatch(sentence, start, end) else left
    if COMPLETED_BEFORE_RE.search(sentence, max(0, start - 40), start):
        # "После завершения официального визита X пригласил Y посетить …": the visit is
        # over, what follows it is what lies ahead
        right = end
    elif ARRIVED_FOR_RE.search(sentence, max(0, start - 120), start):
        # "has arrived in the US for a visit that will include talks": the arrival tells,
        # not what the visit is to hold
        right = end
    elif ARRIVED_TRIGGER_RE.match(sentence, start, end) and (
        what := RELATIVE_AFTER_RE.search(sentence, end, right)
    ):
        right = what.start()  # "… arrived in the US for a visit that will include talks"
    elif TRAVELLED_TRIGGER_RE.match(sentence, start, end) and (
        purpose := PURPOSE_AFTER_RE.search(sentence, end, right)
    ):
        # "flew to New York on Saturday to take part in next week's UN General Assembly":
        # the flight is done, what it is for lies ahead
        right = purpose.start()
    elif STAYING_TRIGGER_RE.match(sentence, start, end) and (
        what := STAY_PROGRAMME_AFTER_RE.search(sentence, end, right)
    ):
        # "X is in Iraq for a two-day visit, during which he will also meet Y": the stay is
        # now, what its programme holds is told after
        right = what.start()
    if not after:
        right = end
        # … but the day of the saying, right after its verb: "Qin Gang said yesterday"
        said_on = next(
            (
                d
                for d in find_dates(sentence, published)
                if re.fullmatch(r"\s+(?:on\s+)?", sentence[end : d.start])
                # (or a setting's way or place between: "said during the ministry's regular
                # press conference via videoconference on September 9")
                or (
                    SETTING_NOUN_END_RE.search(sentence, max(0, end - 12), end)
                    and SETTING_WAY_RE.fullmatch(sentence, end, d.start)
                )
                # (the one it was given to between: "in an interview with TASS in late January")
                or (
                    sentence[start:end].rstrip().endswith("with")
                    and re.fullmatch(
                        r"\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:on\s+)?", sentence[end : d.start]
                    )
                )
            ),
            None,
        )
        if said_on is not None:
            right = said_on.end
        elif SAID_LAST_WEEK_RE.match(sentence, end):
            return When(BACKGROUND, None)  # "…, spokesman Kong Quan said last week"
    if (
        OPENING_AFTER_THE_RE.fullmatch(sentence, 0, start)
        and 0 <= (comma := sentence.find(",", end)) - end <= 30
        and FUTURE_MAIN_CLAUSE_RE.match(sentence, comma + 1)
    ):
        # "After the talks, Messrs. Gabriel and Makey will speak to reporters": what comes
        # after them is still to come, so are they
        return When(PLANNED, None)
    # "… would add vigour to the friendship after their first informal summit at Wuhan in
    # April": an event told as what came before the clause's own is not in its tense (its
    # date may still stand before it: "were inked on Monday after the meeting").
    clause = sentence[cues_left:start]
    prior = (
        PRIOR_EVENT_RE.search(sentence, cues_left, start)
        if ("fter" in clause or "ollowing" in clause or "ithin" in clause)
        # (not the meeting a signing still to come follows: "A package of documents is
        # expected to be signed following the talks" — the talks are to come too)
        and not SIGNING_AFTER_RE.search(clause)
        else None
    )
    around_from = prior.start() if prior else cues_left
    # (whole words only: "… Nicola Willis" cut to "… Nicola Will" is no "will")
    around_to = _whole_words_end(sentence, right)
    if (tail := TIME_PHRASE_TAIL_RE.match(sentence, around_to)) and TIME_PHRASE_HEAD_RE.search(
        sentence, max(0, around_to - 16), around_to
    ):
        # a time phrase the reach ends inside is read whole: "… signed by the government and
        # armed groups earlier this| month" is "earlier this month"
        around_to = tail.end()
    around = sentence[around_from:around_to]
    ahead = AHEAD_OF_RE.search(sentence, cues_left, start) or AHEAD_OF_AND_RE.search(
        sentence, max(0, start - 160), start
    )
    if (
        ahead
        and ahead.group(0).strip().lower() == "накануне"
        and (
            RU_PAST_VERB_RE.match(sentence, start)
            # "в ходе состоявшегося накануне телефонного разговора": held the day before, as
            # the dates read it
            or any(ahead.start() <= d.start < ahead.end() for d in find_dates(sentence, published))
        )
    ):
        ahead = None  # "накануне общались тет-а-тет": the day before, no eve of anything
    lies_ahead = ahead is not None  # (the event is what the clause prepares for)
    if (discussed := DISCUSSED_PLAN_RE.search(sentence, around_from, start)) and discussed.end(
        "plan"
    ) <= start:
        # "Putin and Bush discussed an upcoming NATO-Russia summit in a telephone conversation
        # Friday": what was spoken of lies ahead, not the speaking
        cut_from, cut_to = (
            discussed.start("plan") - around_from,
            discussed.end("plan") - around_from,
        )
        around = around[:cut_from] + " " * (cut_to - cut_from) + around[cut_to:]
    if PHONE_TRIGGER_RE.search(sentence, start, end) and (
        invited := INVITED_AFTER_RE.match(sentence, end)
    ):
        # "Путин по телефону пригласил Трампа в Москву", "phoned X and invited him to visit":
        # the invitation is what the call held, the visit is what lies ahead
        around = sentence[prior.start() if prior else cues_left : invited.start()]
    future = (
        _future(around)
        # "through his visit to the ROK at an appropriate time": a time after the trigger,
        # still to be fixed
        or (after and AT_A_LATER_TIME_RE.search(sentence, end, right) is not None)
        # "his invitation to the Indian President, Vice President and the Indian Prime
        # Minister to make an official visit" (further back than the clause's reach)
        or (
            (
                "nvit" in sentence[max(0, start - 180) : start]
                or "приглаш" in sentence[max(0, start - 180) : start]
                or "elcom" in sentence[max(0, start - 60) : start]
            )
            and INVITED_TO_MAKE_RE.search(sentence, max(0, start - 180), start) is not None
        )
        or lies_ahead
        or _headline_plan(sentence)
        # "The visit of X to Tashkent has been put off to March 20" (past the clause's reach)
        or (after and RESCHEDULED_AFTER_RE.match(sentence, end) is not None)
        # "a visit to Tokyo by Foreign Minister X, scheduled to start on February 20": the
        # plan in apposition after the names
        or (
            after
            and (apposed := NAMED_OBJECT_RE.match(sentence, end)) is not None
            and SCHEDULED_APPOSED_RE.match(sentence, apposed.end()) is not None
        )
        # "agreed to jointly strive to realize the visit to Korea by Premier Zhu": undertaken
        # (not a thing agreed to, "agreed to a ceasefire after talks in Moscow", nor the
        # setting of the agreeing: "agreed to build cooperation during their call")
        or (
            (agreed := AGREED_TO_DO_RE.search(sentence, cues_left, start)) is not None
            and not AGREEING_SETTING_RE.search(sentence, agreed.end(), end)
        )
    )
    purpose = None
    if not future and (purpose := TO_ATTEND_RE.search(sentence, max(0, start - 80), start)):
        # "Modi is set to leave for Uzbekistan this evening to attend the SCO summit": the
        # summit is the purpose of what the clause plans
        future = _future(sentence[max(0, purpose.start() - 2 * BEFORE_CHARS) : purpose.start()])
    if not future and ON_THE_WAY_RE.search(sentence, max(0, start - 160), start):
        future = True
    if not future and (before := BEFORE_THE_EVENT_RE.search(sentence, max(0, start - 30), start)):
        # "Xi and Obama will have a working dinner on Thursday night before formal talks on
        # Friday": what a plan comes before is still to come too
        future = _future(sentence[max(0, before.start() - 2 * BEFORE_CHARS) : before.start()])
    if not future and (verb := COORDINATED_VERB_RE.search(sentence, cues_left, end)):
        # "Wang is scheduled to co-chair the meeting …, hold talks with …": a verb of the same
        # plan, after a comma (the trigger itself, maybe: "…, early sign a memorandum")
        plan = sentence[max(0, verb.start() - 3 * BEFORE_CHARS) : verb.start()]
        # … or of what was agreed: "agreed to maintain the mechanism …, early sign a new
        # memorandum"
        future = _future(plan) or AGREED_TO_RE.search(plan) is not None
    past = not future and (
        # (a consensus reached told after the trigger is what the meeting is to implement:
        # "agreed at a meeting in Vientiane to implement the consensus reached between the
        # leaders")
        told_as_past(
            around
            if "onsensus" not in around
            else around[: end - around_from] + CONSENSUS_RE.sub(" ", sentence[end:right])
        )
        or RECALLED_RE.search(sentence, cues_left, start) is not None
        or (
            "recall" in sentence[max(0, start - 200) : start].lower()
            and (
                RECALLED_DECISION_RE.search(sentence, max(0, start - 200), start) is not None
                or RECALLED_SETTING_RE.search(sentence, max(0, start - 200), start) is not None
            )
        )
        # "Prior to Argentina, Bolsonaro traveled to …": a leg before the one told of
        or PRIOR_LEG_RE.match(sentence, 0, start) is not None
        or AFTER_BEFORE_RE.search(sentence, prior.start() if prior else cues_left, end) is not None
        # "… met his French counterpart Jean-Yves Le Drian in Beijing last year": a time gone
        # by, past the names that take up the reach
        or (
            after
            and (named := NAMED_OBJECT_RE.match(sentence, end)) is not None
            and LAST_PERIOD_AFTER_RE.match(sentence, named.end()) is not None
        )
    )
    if counted_from:
        future, past, lies_ahead = False, True, False
    # The names right after the trigger do not use up the reach of its date: "met with U.S.
    # President Barack Obama in Mexico on Monday" (its tense cues stay near it).
    date_right = right
    named = NAMED_OBJECT_RE.match(sentence, end) if after else None
    listed = DESTINATIONS_RE.match(sentence, end) if after else None
    if listed and (named is None or listed.end() > named.end()):
        named = listed  # "will travel to the United Arab Emirates, …, and Samoa July 20-28"
    signed = DOCUMENT_OBJECT_RE.match(sentence, end) if after else None
    if signed and (named is None or signed.end() > named.end()):
        named = signed  # "signed a treaty on allied relations with X on Monday"
    made = VISIT_MADE_BY_RE.match(sentence, end) if after else None
    if made and (named is None or made.end() > named.end()):
        # "the official visit that the President of Colombia, X, will make to Quito this
        # Sunday": the visit's day after the clause that tells who makes it
        named = made
    if named:
        reach = min(len(sentence), named.end() + AFTER_CHARS)
        if (where := LOCATIVE_TO_DAY_RE.match(sentence, named.end())) and where.end() > reach:
            # "hosted X in the wine-rich Kakheti region's Tsinandali estate yesterday": a
            # long place before the day does not use up its reach
            reach = min(len(sentence), where.end() + 20)
        brk = CLAUSE_BREAK_RE.search(sentence, named.end(), reach)
        date_right = _before_since(sentence, start, end, max(right, brk.start() if brk else reach))
    if closes := _opening_when_clause_end(sentence, end):
        date_right = min(date_right, closes)  # (nor past the "When …," clause)
    if (opened := sentence.rfind("«", end, right)) > sentence.rfind("»", end, right) and (
        0 <= (closed := sentence.find("»", right)) - opened <= 80
    ):
        # a name in quotation marks the reach ends inside does not use it up: "… встречи глав
        # государств в формате «Россия — Центральная Азия» в Астане в октябре прошлого года"
        reach = min(len(sentence), closed + 1 + AFTER_CHARS)
        brk = CLAUSE_BREAK_RE.search(sentence, closed, reach)
        date_right = max(date_right, brk.start() if brk else reach)
    dates = [
        d
        for d in find_dates(sentence, published, future=future)
        if _near(d, left, date_right)
        # the day of a saying is not that of the event told, but it is the saying's own
        and (
            not after
            or not (
                SPOKEN_ON_RE.search(sentence, max(0, d.start - 40), d.start)
                or SPOKEN_AT_ON_RE.search(sentence, max(0, d.start - 140), d.start)
            )
        )
        and not AS_OF_RE.search(sentence, max(0, d.start - 30), d.start)
        and not (
            d.end <= start
            and DISASTER_STRUCK_ON_BEFORE_RE.search(sentence, max(0, d.start - 120), d.start)
        )
        and not (d.start > end and _another_things_day(sentence, end, d.start))
        # "before her tenure comes to an end on July 25": the day of the term's end
        and not TERM_ENDS_BEFORE_RE.search(sentence, max(0, d.start - 50), d.start)
        # "Within the framework of the Mechanism established in May 2016, X held a meeting":
        # the day of what was set up
        and not (d.end <= start and FOUNDED_ON_RE.search(sentence, max(0, d.start - 30), d.start))
        # "… to coordinate efforts in the six-party talks, due to open Wednesday": the day of
        # another meeting named after the trigger
        and not (d.start > end and OTHER_OPENS_ON_RE.search(sentence, end, d.start))
        # "Spokesperson X on Sunday said Kerry would also meet …": the saying's day
        and not (d.end <= start and SAID_RIGHT_AFTER_RE.match(sentence, d.end))
        # "the first meeting between A and B since B took office last month": the day of
        # what the meeting is counted from, not of the meeting
        # (not "on a visit since Saturday": a day right after "since" starts the visit)
        and not (d.start > end and SINCE_CLAUSE_DATE_RE.search(sentence, end, d.start))
        # "the first by an Indian Prime Minister since 2006": what the visit is counted from
        and not (
            sentence.startswith("since", d.start)
            and FIRST_BEFORE_RE.search(sentence, max(0, d.start - 90), d.start)
        )
        # "condemned Saturday's bombings": a day in the possessive dates what follows it
        # ("Saturday's talks", "Wednesday's schedule calls for a meeting"), not a verb before
        and not (POSSESSIVE_RE.match(sentence, d.end) and start < d.start)
        # "fired a missile on Sunday ahead of … a visit": the day before the cue is the
        # clause's, not what lies ahead
        and not (ahead and d.start < ahead.start())
    ]
    if len(dates) > 1:
        # "According to Seoul's foreign ministry on Thursday, minister X had a breakfast
        # meeting with Y on Wednesday": the telling's day, where the event has its own
        dates = [
            d
            for d in dates
            if not (
                ACCORDING_ON_RE.search(sentence, 0, d.start) and any(o.start > d.end for o in dates)
            )
        ]
    if purpose is not None and future:
        # "is set to leave this evening to attend the summit": the day of the leaving
        dates = [d for d in dates if d.start >= purpose.start()]
    if after and (ahead_after := AHEAD_AFTER_RE.search(sentence, end)):
        # "was set to hold a phone call with X ahead of further meetings in Sochi on
        # Wednesday": the day of what lies ahead, not of the call
        dates = [d for d in dates if d.start < ahead_after.start()]
    if future and (coming := UPCOMING_BEFORE_RE.search(sentence, max(0, start - 60), start)):
        # "A and B spoke on Thursday about an upcoming trilateral meeting": the day of the
        # speaking, not of the meeting to come
        dates = [d for d in dates if d.start >= coming.start()]
    if counted_from:
        dates = [d for d in dates if d.start > start]  # (not the later meeting's "on Monday")
    if after and (earlier := EARLIER_MEETINGS_RE.search(sentence, end)):
        # "the third meeting between A and B, following their first meeting … in April": the
        # days after are the earlier meetings'
        dates = [d for d in dates if d.start < earlier.start()]
    if past and (since := SPAN_AFTER_RE.search(sentence, left, start)):
        # "The Friday meeting came five months after Modi travelled to the UK in November":
        # the day before the cue is the later event's
        dates = [d for d in dates if d.start > since.start()]
    if not dates and (lead := _leading_date(sentence, published, future)) is not None:
        dates = [lead]  # "On October 11-23, … a delegation … visited the U.S.": the sentence's
        if future and lead.date == published:
            # "13 February 2012, Male'; … welcomed the decision … to send a mission to
            # visit": the day of the report, not of the plan
            return When(PLANNED, None)
    if not dates and after and (closing := _closing_date(sentence, end, published, future)):
        dates = [closing]
    undecided = not future and not past and dates
    progressive = undecided and PROGRESSIVE_RE.search(sentence, max(0, start - 30), end)
    if undecided and (
        progressive
        or (
            # (with the word the clause's reach cut it from: "expect to| sign … during
            # Modi's visit to the forum in September")
            _future(sentence[: left + len(sentence[left:].split(" ", 1)[0])])
            # (not across the saying the event came before: "… are expected to exchange
            # visits, Li said in Beijing Friday after his talks with …")
            and not SAID_AFTER_RE.search(sentence, max(0, start - 80), start)
        )
    ):
        # "… состоится встреча …, а в декабре — саммиты": a plan said earlier in the
        # sentence carries over to a later date named beside the trigger; "Blinken is
        # visiting China on Feb. 5", told on January 18: an arrangement made
        ahead = [
            d
            for d in find_dates(sentence, published, future=True)
            # (within half a year: "will hold talks on January 13 when X travels to …",
            # told in November; within two months for the present tense)
            if _near(d, left, date_right)
            and published
            < d.date
            <= published + (PROGRESSIVE_AHEAD if progressive else HALF_A_YEAR)
            and (not progressive or d.precision in {"day", "week"})
        ]
        if ahead:
            future, dates = True, ahead
    if future:
        # a plan's day is not one gone by: "During yesterday's talks Jiang extended an
        # invitation to Yeltsin to visit China next year" (yesterday is the talks')
        # (a week's last day: "will visit China this week", told on its Tuesday)
        dates = [d for d in dates if (d.until or _last_day(d)) >= published]
        if after and AT_A_LATER_TIME_RE.search(sentence, end, date_right):
            # "met on July 17 during a visit from July 16-18 and agreed to sign a trade
            # agreement in the near future": the days before are the meeting's and the visit's
            dates = [d for d in dates if d.start > end]
    if (
        not dates
        and not future
        and SIGNED_AS_ATTRIBUTE_RE.match(sentence, start)
        and (document := DOCUMENT_THEN_BEFORE_RE.search(sentence, max(0, start - 100), start))
        and (verb := DOCUMENT_VERB_AFTER_RE.search(sentence, end, min(len(sentence), end + 160)))
        and not re.search(r"[,;]", sentence[end : verb.start()])
        and not FINITE_BEFORE_RE.search(sentence, document.start(), start)
    ):
        # "… assured that the Memorandum of Friendship signed between the Foundation and the
        # association will give a new impetus": a document signed before, now spoken of
        return When(BACKGROUND, None)
    date = _best(dates, start, future)
    if date is not None and date.precision == "year":
        if date.date.year < published.year and not future:
            return When(BACKGROUND, None)
        if date.date.year > published.year:
            return When(PLANNED, None)
        date = None
    if date is not None:
        if date.precision == "day":
            if future and date.until and POSTPONED_RE.search(around):
                # "the postponement of his visit from March 12 to March 18": the new day
                return When(PLANNED, date.until)
            if lies_ahead and (
                date.date <= published
                or (date.start > end and SETTING_BETWEEN_RE.search(sentence, end, date.start))
            ):
                # "discussed the preparations for X's visit to Russia during a meeting on
                # Monday": the day of the meeting, the visit still to come
                return When(PLANNED, None)
            if (
                date.date > published
                and not future
                and PAST_TRIGGER_RE.match(sentence, start)
                and date.start > end
                and NOUNS_DAY_BEFORE_RE.search(sentence, max(0, date.start - 30), date.start)
            ):
                # "поздравил эмира со стартующим 20 ноября чемпионатом": done, the day ahead
                # is the championship's
                return When(CURRENT, None)
            if date.date > published:
                return When(PLANNED, date.date)
            if INVITED_TO_BEFORE_RE.search(sentence, max(0, start - 160), start):
                # "X on Thursday extended an invitation to Y to visit Vietnam": the day of the
                # invitation, the visit still to come
                return When(PLANNED, None)
            last = date.until or date.date  # a span that runs into the article's days is news
            if last < published - dt.timedelta(days=RECENT_DAYS) and _stay_ended_lately(
                sentence, published
            ):
                # "arrived in Tehran on May 10 for a visit that ended on Sunday", "returned
                # on Sunday after a tour that began on May 9": a stay just over is news
                return When(CURRENT, date.date)
            if last < published - dt.timedelta(days=RECENT_DAYS):
                return When(BACKGROUND, date.date)
            return When(PLANNED if future and date.date > published else CURRENT, date.date)
        if date.precision == "week":
            if POSSIBLE_BEFORE_RE.search(sentence, max(0, start - 80), start):
                # "о вероятности встречи X с Y на этой неделе": one that may be, no plan
                return When(PLANNED, None)
            return When(PLANNED, date.date, "week")  # (a week is told of plans only)
        # A month: this month is news; an earlier one background; a later one a plan.
        this_month = published.replace(day=1)
        if date.date > this_month or (future and date.date == this_month):
            return When(PLANNED, date.date, "month")
        if date.date < this_month:
            return When(BACKGROUND, date.date, "month")
        if past:
            return When(BACKGROUND, date.date, "month")  # "Earlier this month, X spoke …"
        return When(PLANNED if future else CURRENT, None)
    if future:
        return When(PLANNED, None)
    if past:
        return When(BACKGROUND, None)
    return When(CURRENT, None)


# The end of a stay, right before the day it came: "left Tehran on Sunday", "a visit that
# ended on Sunday", "returned to Tokyo on Sunday"
STAY_ENDED_BEFORE_RE = re.compile(
    r"\b(?:left|departed|ended|concluded|wrapped\s+up|returned|flew\s+(?:back|home)"
    r"|завершил\w*|покинул\w*|вернул\w*)\b[^.;]{0,30}?\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)


def _stay_ended_lately(sentence: str, published: dt.date) -> bool:
    """Whether the sentence says a stay ended in the article's days (see RECENT_DAYS)."""
    return any(
        published - dt.timedelta(days=RECENT_DAYS) <= d.date <= published
        and d.precision == "day"
        and STAY_ENDED_BEFORE_RE.search(sentence, max(0, d.start - 50), d.start)
        for d in find_dates(sentence, published)
    )


HALF_A_YEAR = dt.timedelta(days=183)
# ", when they signed …": a clause whose time is the one just named before it
WHEN_CLAUSE_BEFORE_RE = re.compile(
    r",\s+when\s+(?:[\w'’-]+\s+){0,4}?(?:also\s+)?\Z|,\s+когда\s+(?:[\w-]+\s+){0,4}?\Z",
    re.IGNORECASE,
)


def _when_clause_of_a_day_gone_by(sentence: str, start: int, published: dt.date) -> When | None:
    """Background, when the trigger opens a "when" clause after a date well before the
    article's: "Tokayev and Mirziyoyev held talks in Samarkand in 2022, when they signed a
    treaty" (the signing is the talks' time, not the day's news)."""
    if "when" not in sentence and "когда" not in sentence:
        return None
    clause = WHEN_CLAUSE_BEFORE_RE.search(sentence, max(0, start - 60), start)
    if clause is None:
        return None
    named = [
        d
        for d in _dates_told_before(sentence, clause.start(), published)
        if clause.start() - d.end <= 3
    ]
    return _day_gone_by(named[-1], published) if named else None


def _dates_told_before(sentence: str, clause: int, published: dt.date) -> list:
    """The dates named before a clause that takes its time from them, read in the tense of
    what names them: "will pay a visit from February 17 to 19, during which he will hold
    talks" names the next February 17, not last year's."""
    # (or in that of the clause itself: "… a summit in April, during which a joint declaration
    # is expected to be reached")
    ahead = _future(sentence[:clause]) or _future(sentence[clause : clause + 120])
    return [d for d in find_dates(sentence, published, ahead) if d.end <= clause]


# A clause of what the event before it held: ", during which the two sides signed …"
DURING_WHICH_BEFORE_RE = re.compile(
    # (after a name in quotation marks: 'Last year was the "Year of Exchanges," during which')
    r",[\"”»]?\s+(?:during\s+which|in\s+the\s+course\s+of\s+which|в\s+ходе\s+(?:которого|которой)"
    r"|во\s+время\s+(?:которого|которой))\s+[^,;.]{0,120}\Z",
    re.IGNORECASE,
)


def _during_which_clause_of_a_day_gone_by(
    sentence: str, start: int, published: dt.date
) -> When | None:
    """Background, when the trigger is in a "during which" clause of an event dated well
    before the article: "April 26-May 1, 1984, US President Ronald Reagan paid a state visit
    to China, during which the two countries signed four agreements"."""
    if "which" not in sentence and "котор" not in sentence:
        return None
    clause = DURING_WHICH_BEFORE_RE.search(sentence, max(0, start - 140), start)
    if clause is None:
        return None
    named = _dates_told_before(sentence, clause.start(), published)
    if not named and LAST_PERIOD_OPENS_RE.match(sentence):
        # 'Last year was the "Year of Exchanges," during which 500 students visited China'
        return When(BACKGROUND, None)
    return _day_gone_by(named[-1], published) if named else None


LAST_PERIOD_OPENS_RE = re.compile(
    r"\s*(?:(?:Last|The\s+previous)\s+(?:year|month)|В\s+прошлом\s+году)\b", re.IGNORECASE
)


def _day_gone_by(day, published: dt.date) -> When | None:
    """The status of what a clause dates to a day named before it: that day's news when it
    is recent, else background (None: the day does not settle it)."""
    if (
        day.precision == "day"
        and published - dt.timedelta(days=RECENT_DAYS) <= day.date <= published
    ):
        return When(CURRENT, day.date)  # "… on Monday, when they signed …": that Monday
    if (day.until or day.date) >= published - dt.timedelta(days=RECENT_DAYS):
        return None
    if day.precision == "year" and day.date.year >= published.year:
        return None
    if day.precision == "month":
        return When(BACKGROUND, day.date, "month")
    return When(BACKGROUND, day.date if day.precision == "day" else None)


# … and a day that is a thing's, not the event's: "со стартующим 20 ноября чемпионатом",
# "on the World Cup starting on November 20"
NOUNS_DAY_BEFORE_RE = re.compile(
    r"(?:\b(?:стартующ|начинающ|открывающ|намеченн|запланированн|назначенн)\w*"
    r"|\b(?:starting|beginning|opening|due|set|scheduled|slated))\s+(?:on\s+|for\s+)?\Z",
    re.IGNORECASE,
)
# A trigger that is a verb in the past: "congratulated", "met", "поздравил", "провели"
PAST_TRIGGER_RE = re.compile(
    r"(?!(?:scheduled|planned|proposed|expected|intended|slated|invited)\b)"
    r"(?:[A-Za-z]+ed|met|held|signed|spoke|paid|made|sent|went|came|[а-яё]+(?:л|ла|ли|лся|лась|лись))"
    r"\b",
    re.IGNORECASE,
)
# The invitation right before the event's trigger: "invited X to pay a", "an invitation to X to"
# (not one taken up: "invited by X", "at the invitation of X")
INVITED_TO_BEFORE_RE = re.compile(
    r"\b(?:invited|invites?|inviting|invitations?\s+(?:to|from))\s+(?:(?!by\b|of\b)[\w'’.-]+,?\s+){1,12}?"
    r"to\s+(?:pay\s+|make\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
TERM_ENDS_BEFORE_RE = re.compile(
    r"\b(?:tenure|term|mandate|presidency)\s+(?:[\w-]+\s+){0,3}?(?:ends?|expires?|comes\s+to\s+an"
    r"\s+end|runs\s+out|is\s+due\s+to\s+end)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
# A call's trigger, and the invitation the call made right after it
PHONE_TRIGGER_RE = re.compile(r"phone|call|телефон", re.IGNORECASE)
INVITED_AFTER_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:and\s+)?invit\w*|пригласил\w*)\b", re.IGNORECASE
)
# A meeting that dates the clause, between an event ahead and a day: "… visit to Russia
# during a meeting in Moscow on Monday"
SETTING_BETWEEN_RE = re.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:meeting|talks|session|conversation|call|consultations)\b",
    re.IGNORECASE,
)
LEADING_DATE_RE = re.compile(r"(?:On|In|From|Between|С|В|Во)\s+$|^$")
LEADING_WEEKDAY_RE = re.compile(
    r"(?:On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),"
    r"|(?:В|Во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b)"
)


def _leading_date(sentence: str, published: dt.date, future: bool) -> DateMention | None:
    """A date opening the sentence and set off by a comma ("On Oct. 25, President Jiang
    sent a letter …"): the date of all the sentence tells."""
    for mention in find_dates(sentence, published, future=future):
        if mention.start > 12 or not LEADING_DATE_RE.search(sentence[: mention.start]):
            return None
        said = sentence[mention.start : mention.end]
        if mention.precision == "day" and LEADING_WEEKDAY_RE.match(sentence):
            # "В среду российский министр провел переговоры …" (no comma in Russian), "On
            # Wednesday, the minister met …": a weekday said first dates the sentence
            return mention
        if (
            mention.precision == "month"
            and re.search(r"\d{4}", said)
            and mention.date < published.replace(day=1)
            and re.match(r"\s*,", sentence[mention.end : mention.end + 3])
        ):
            # "In June 2013, three months after X took office, he travelled to …": a month
            # gone by, said first, is when all the sentence tells happened (a year alone may
            # set a scene: "In 2024, trade doubled, X said at talks with Y")
            return mention
        if mention.precision != "day" or not re.search(r"\d", said):
            # "Today, they are expected to …": the tense decides, not the day; "In 2023,"
            # sets a scene, not the day of all that follows
            return None
        if re.match(r"\s*,", sentence[mention.end : mention.end + 3]):
            return mention
        # (or with no comma, its subject right after: "On September 18 Igor Ivanov … met")
        return (
            mention
            if re.match(r"On\s", sentence) and SUBJECT_NEXT_RE.match(sentence, mention.end)
            else None
        )
    return None


SUBJECT_NEXT_RE = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’.-]+")


def _closing_date(sentence: str, end: int, published: dt.date, future: bool):
    """The one day of a sentence of one clause, said last after "on" ("… accepted the
    credentials of the envoys of A, B, … and C through video conference on May 21, 2020."),
    however long the list before it: the day of what the sentence tells."""
    mentions = find_dates(sentence, published, future=future)
    if len(mentions) != 1:
        return None
    day = mentions[0]
    if (
        day.precision != "day"
        or day.start < end
        or sentence[day.end :].strip(" .\n")
        or not (
            CLOSING_ON_RE.search(sentence, max(0, day.start - 8), day.start)
            # (or holds its "on" after a time of day: "… in the evening on Tuesday, 16 May.")
            or (
                sentence.startswith("on ", day.start)
                and DAYTIME_BEFORE_RE.search(sentence, max(0, day.start - 16), day.start)
            )
        )
        or CLAUSE_BREAK_RE.search(sentence, end, day.start)
        # (nor the day of the telling: "…, the spokesman said at a briefing on March 4")
        or TOLD_BETWEEN_RE.search(sentence, end, day.start)
        or _another_things_day(sentence, end, day.start)
    ):
        return None
    return day


# (not after a participle of its own: "congratulated X on the centenary of the Republic,
# marked on October 29")
CLOSING_ON_RE = re.compile(r"(?<!ed)\son\s+\Z")
DAYTIME_BEFORE_RE = re.compile(r"\bin\s+the\s+(?:morning|afternoon|evening|night)\s+\Z")
TOLD_BETWEEN_RE = re.compile(r"\b(?:said|says|told|tells|announced|stated|reported|added)\b")


def _near(mention: DateMention, left: int, right: int) -> bool:
    # (one begun right at the reach's end is whole in it: "… примет участие в саммите
    # Организации договора о коллективной безопасности 23 ноября")
    return left <= mention.start <= right or left < mention.end <= right


def _best(dates: list[DateMention], start: int, future: bool) -> DateMention | None:
    """The date that belongs to the trigger: the most precise, then (for a plan) one after
    the trigger, then the nearest (a span's first day: "from February 24 through 25")."""
    if not dates:
        return None
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    return min(
        dates,
        key=lambda d: (order[d.precision], future and d.start < start, abs(d.start - start)),
    )
