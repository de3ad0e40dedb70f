"""The words that report each type of event, in English and Russian.

Each pattern finds a trigger in a sentence; archive/ingest/extract/events.py turns a
trigger into a draft event with its participants, and archive/ingest/extract/tense.py
tells whether it is news, a plan or background.
"""

from __future__ import annotations

import re

from archive.text.patterns import alternatives

# Where a guest lands ("Palam Air Force Station"): a welcome there is no meeting.
# A part of a country before its name: "southern China", "north-eastern India"
REGION_WORD = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central"
# Groups and regions that make one side of a summit ("EU-China", "Russia-Africa")
REGIONS = (
    r"(?-i:EU|ASEAN|Africa|Asia|Arab|Gulf|Europe|Latin|Pacific|Nordic|Baltic|Caribbean|Central)"
)
# A "to" that is no appeal's but a wish's: "expressed desire to work closely with …"
NOT_A_WISH = (
    r"(?<!desire\s)(?<!wish\s)(?<!willingness\s)(?<!readiness\s)(?<!keenness\s)(?<!ready\s)"
    r"(?<!eager\s)(?<!keen\s)(?<!determination\s)(?<!commitment\s)"
)
# An envoy welcomed (to his post, not on a visit): "Welcoming Papua New Guinea's Ambassador X"
ENVOY_WELCOMED = r"[^.;]{0,40}?\b(?-i:Ambassador|High\s+Commissioner)s?\b"
AIRFIELD = r"(?:airport|airbase|air\s+base|air\s+force\s+station|airfield|aerodrome)"

VISIT_RE = alternatives(
    r"\b(?:(?P<sub>state|official|working|friendly|private|return|two-day|three-day|one-day"
    r"|brief)\s+)?visit(?:s|ed|ing)?\b(?!\s+(?:centres?|centers?|sites?|pages?|cards?|visas?))"
    # (not a call on the hurt: "visiting the injured in the explosion", "visited the victims")
    r"(?!\s+(?:the\s+)?(?:injured|wounded|victims|bereaved|sick|patients|survivors"
    r"|families\s+of)\b)"
    # ("arrived on Wednesday 26th January in South Africa")
    r"|\barriv(?:e|ed|es|ing|al)\s+(?:(?:here|there|today|yesterday|early|late|on\s+\w+day"
    r"(?:,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+)?)\s+)?"
    # ("arrived in southern China's Hainan province": a part of the country first)
    r"(?:\([^()]{1,30}\)\s+)?(?:in|at|to)\s+(?:the\s+)?(?:(?-i:" + REGION_WORD + r")\s+)?"
    # ("his first trip abroad as president to Israel")
    r"(?-i:[A-ZА-ЯЁ])|\b(?:tour|trip)\s+(?:(?:abroad|overseas)\s+(?:as\s+(?:[\w-]+\s+){1,2}?)?)?"
    r"(?:of|to)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁ])"
    # "a three-nation tour", "his Latin American tour" (an adjective in -n before it)
    r"|\b(?:(?<=-nation\s)|(?<=regional\s)|(?<=overseas\s)|(?<=[a-z]n\s))(?:tour|trip)\b"
    r"|\btravel(?:l?ed|s|l?ing)?\s+to\b"
    # "a Gulf tour", "his Asia trip", "a U.S. trip" (a name before it: not "The tour"); "a
    # tour of the region"; "X, who is touring the Gulf"
    # (on it: not "Before his China tour, X visited Laos")
    r"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bhis\s)|(?<=\bher\s))(?<!before\shis\s)(?<!before\sher\s)"
    r"(?<!after\shis\s)(?<!after\sher\s)(?-i:[A-Z][A-Za-z.]+)\s+(?:tour|trip)\b(?!\s+(?-i:[A-Z]))"
    r"|\b(?:tour|trip)\s+of\s+the\s+(?:[\w-]+\s+)?region\b"
    r"|\b(?:is|are|was|were|been)\s+(?:currently\s+|now\s+)?touring\s+(?:the\s+)?(?-i:[A-Z])"
    # "Narendra Modi's China trip", "Blinken's first Asia tour"
    r"|['’]s\s+(?:(?:first|maiden|latest|two-day|three-day|four-day|five-day)\s+)?"
    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:trip|tour)\b"
    # "Sheikh Hasina who came to India on Tuesday" (a country or a city: not "came to Power")
    # ("South Korea's foreign minister has gone to Tokyo, as part of …")
    r"|\b(?:came|comes|went|goes|(?:has|have|had)\s+gone)\s+to\s+(?=(?-i:[A-Z])[a-z]+(?:\s+(?:on|in|at|for|last|this|today"
    r"|yesterday)\b|[,.;]))"
    # "flew to Tashkent", "left Astana for Bishkek", "landed in Baku", "a stopover in Doha",
    # "during his stay in Rome", "welcomed at Tashkent airport"
    r"|\b(?:flew|headed|departed|flies|heads|departs)\s+(?:(?:here|there|today|yesterday)\s+)?"
    r"(?:to|for|into)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:left|departed)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+on\s+\w+day)?\s+for\s+(?:the\s+)?"
    r"(?-i:[A-Z])"
    # "set off for Moscow", "побывал в Анкаре"
    r"|\bset(?:s|ting)?\s+off\s+for\s+(?:the\s+)?(?-i:[A-Z])|\bпобывал\w*\s+в\s+(?-i:[А-ЯЁ])"
    # "who is in Vietnam for the annual consultation between the two Foreign Ministries"
    # ("was in London this week for the G7 meeting")
    r"|\b(?:is|are|was|were)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:this|last)\s+week|\s+on\s+\w+day)?\s+for\s+(?:an?|the|his|her"
    r"|their)\s+(?:[\w-]+\s+){0,3}?(?:consultations?|talks|meetings?|summit|forum|conference"
    r"|session)\b)"
    # "is in Astana on a two-day trip", "is in Kyiv on an unannounced visit"
    r"|\b(?:was|were|is|are)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:on|in|for)\s+"
    r"(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour)\b)"
    # "left for Tashkent on Tuesday"; "greeted X at Tashkent International Airport"
    r"|\bleft\s+for\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bgreeted\b(?=(?:\s+[\w.'’-]+){1,6}?\s+at\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?:International\s+)?[Aa]irport)\b)"
    r"|\blanded\s+in\s+(?:the\s+)?(?-i:[A-Z])|\bstopover\s+in\b"
    # "plans to stop off in China on September 26 en route to South Korea"
    r"|\bstop(?:s|ped|ping)?\s+(?:off|over)\s+in\s+(?:the\s+)?(?-i:[A-Z])"
    # "stopped in Ireland on his way back from the G7", "stopped briefly in Doha en route to …"
    r"|\bstopped\s+(?:briefly\s+)?in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:on\s+(?:his|her|their|the)\s+way|en\s+route)\b)"
    # "received Crown Prince X, who is currently in the country": the host's country
    r"|\b(?:is|are|was|were)\s+(?:currently|now|presently)\s+in\s+the\s+country\b"
    # "made a brief stop in Tashkent", "led a delegation to Tashkent", "was in Tashkent on
    # Friday." (a place and a day, nothing more: a stay)
    r"|\bmade\s+an?\s+(?:brief\s+|short\s+)?stop\s+in\s+(?-i:[A-Z])"
    r"|\b(?:led|headed)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\s+to\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:was|were)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:on\s+\w+day(?:\s+and\s+\w+day)?|yesterday|today)\s*[.;])"
    # "X, currently in Tashkent, met …"; a headline's "X in Tashkent for talks with Y"
    r"|\b(?:currently|now)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,)"
    # "Jaishankar, who is in Washington, met …"
    r"|(?<=,\s)who\s+(?:is|was)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,)"
    # "Abe is in Tehran." (a stay now, told alone)
    r"|\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s*[.;]?\Z)"
    # "Lenarcic, who is currently in the Ukrainian city of Irpin to meet …"
    r"|\b(?:is|are|was|were)\s+(?:currently|now)\s+in\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?:city|town|capital|port)\s+of(?=\s+(?-i:[A-Z]))"
    # (or in an aside: "X, in Tashkent for talks, said …")
    r"|\b(?:(?<=[a-z]\s)|(?<=,\s))in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+for\s+(?:talks"
    r"|meetings|consultations|discussions|negotiations|an?\s+(?:[\w-]+\s+)?visit"
    # "is in Moscow for three days of talks"
    r"|(?:two|three|four|five|several|\d)\s+days\s+of\s+(?:talks|meetings|consultations))\b)"
    # "went to Tashkent on Tuesday" (a place: not "went to War"), "is due in Tashkent on
    # Tuesday", "was Tokayev's guest in Astana"
    r"|\bwent\s+to\s+(?=(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?(?:\s+(?:on|in|at|for|last|this|today"
    r"|yesterday)\b|[,.;]))"
    r"|\b(?:is|are|was|were)\s+(?:due|expected)\s+in\s+(?=(?-i:[A-Z])[a-z]+(?:\s+(?:on|for|next|this|later"
    r"|today|tomorrow)\b|[,.;]))"
    r"|\b(?:was|were|is|are)\s+(?:[\w-]+\s+){1,4}?[\w-]+['’]s?\s+guests?\s+in\s+(?=(?-i:[A-Z]))"
    # "reached Tashkent", "touched down in Tashkent", "was received in Tashkent by …"
    # (a name, not an amount: "reached USD 623.2 million")
    r"|\breached\s+(?-i:[A-Z][a-z])|\btouched\s+down\s+(?:(?:on\s+)?\w+day\s+(?:morning\s+|afternoon\s+"
    r"|evening\s+|night\s+)?|today\s+|yesterday\s+|late\s+)?in\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:was|were)\s+(?:received|welcomed|greeted)\s+in\s+(?-i:[A-Z])"
    r"|\b(?:during|throughout)\s+(?:his|her|their)\s+stay\s+in\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bwelcomed\s+at\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:International\s+)?[Aa]irport)\b"
    # "X welcomed Y at the airport": the guest just arrived
    # ("Mirziyoyev met Tokayev at Tashkent airport": met on arrival)
    # ("was on hand to receive the US Secretary of State, X, at the Y International Airport")
    r"|\b(?:welcomed|greeted|met|received|receive)\b(?=(?:\s+[\w.,'’-]+){1,8}?\s+at\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?airport\b)"
    # "The President will receive President Arroyo at the White House on July 30": the guest
    # comes to the host's seat
    r"|\b(?:receive[sd]?|welcome[sd]?)\b(?=\s+(?:[\w.'’-]+\s+){1,6}?at\s+the\s+(?:White\s+House"
    r"|Kremlin|[EÉ]lys[eé]e|Rashtrapati\s+Bhavan|Blue\s+House|Kantei)\b)"
    # "Председателя КНР X в аэропорту «Внуково-2» встретил вице-премьер Y": the guest arrived
    # (the guest named right before: not "В аэропорту Самарканда гостя встретил X")
    r"|\b(?-i:[А-ЯЁ])[а-яё]+\s+в\s+аэропорту\s+(?:«[^»]{1,30}»\s+)?встрет\w*"
    # "Токаев встретил российского коллегу Владимира Путина у трапа самолета": the host, then
    # the guest just arrived
    r"|\bвстретил[аи]?(?=(?:\s+[\w«»-]+){1,6}?\s+(?:в\s+аэропорту|у\s+трапа)\b)"
    r"|\b(?:вылетел|отбыл|прилетел|отправил(?:ся|ась))\w*\s+в\s+(?-i:[А-ЯЁ])"
    # a headline's present: "Токаев вылетает в Ташкент", "отправляется в Ташкент"
    r"|\b(?:вылета|прилета|отбыва|отправля)(?:ет|ют)(?:ся)?\s+в\s+(?-i:[А-ЯЁ])|\bпосеща(?:ет|ют)\b"
    r"|\b(?:was|were|is|are)\s+in\s+(?-i:[A-Z])[^;]{0,60}?\bat\s+the\s+invitation\s+of\b"
    # "Bruno Rodríguez, who is in China as a special envoy of …"
    r"|\b(?:was|were|is|are)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+as\s+(?:an?\s+|the\s+)?"
    r"(?:special\s+|personal\s+|presidential\s+)?(?:envoy|guest|representative)\b)"
    # "was in Tashkent on Wednesday for talks with …", "returned from Tashkent after talks"
    r"|\b(?:was|were|is|are)\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:for\s+(?:talks|meetings|an?\s+(?:[\w-]+\s+)?visit)"
    # "was in Buenos Aires on Tuesday to meet President X"
    r"|to\s+(?:meet|hold\s+talks)\s+(?:with\s+)?(?=his\b|her\b|their\b|the\b|(?-i:[A-Z])))"
    # "was in Tashkent on Tuesday, where he met …", "has been in Uzbekistan since Monday",
    # "spent two days in Uzbekistan", "toured Uzbekistan", "was greeted at Tashkent airport"
    # (the place after the trigger, where the destination is read)
    r"|\b(?:was|were|is|are)\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:on|last|this)\s+\w+|\s+yesterday|\s+today)?,?\s+where\s+(?:he|she|they)\b)"
    r"|\b(?:has|have)\s+been\s+in\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+since\b)"
    r"|\bspent\s+(?:a|the|one|two|three|four|five|several|\d+)\s+(?:days?|nights?|hours?)\s+in\s+"
    r"(?=(?-i:[A-Z]))|\btoured\s+(?=(?-i:[A-Z])[a-z]+\b(?!['’]))"
    r"|\b(?:was|were)\s+(?:greeted|welcomed|met|received)(?=\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"[Aa]irport\b)"
    # "X was greeted by President Y … as he stepped off his plane", "… on his arrival"
    r"|\b(?:was|were)\s+(?:greeted|welcomed|received)\b(?=[^.;]{0,120}?\b(?:stepped\s+off"
    r"|disembarked|(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival)\b)"
    # "Upon arrival at the airport, X was received by …"
    r"|\b(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival\s+at\s+the\s+airport\b"
    # ("returned home on Sunday from Uzbekistan")
    r"|\breturned\s+(?:home\s+)?(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?from\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:arriv(?:ed|es)|landed|lands)\s+here\b"
    # "… of bilateral meetings in Mexico, where he arrived on Tuesday to attend …"
    r"|(?<=,\s)where\s+(?:he|she|they)\s+(?:had\s+)?arrived\b(?!\s+(?:in|at|to)\b)"
    r"|\b(?:ceremonial|official|red[- ]carpet)\s+welcome\b"
    # "was accorded a red-carpet reception", "inspected a guard of honour"
    r"|\b(?:red[- ]carpet|ceremonial)\s+reception\b|\bguard\s+of\s+hono(?:u)?r\b"
    # "Xi Jinping hosted a welcoming ceremony for U.S. President Obama in Beijing"
    r"|\bwelcom(?:e|ing)\s+ceremon(?:y|ies)(?=\s+for\b)"
    # "welcoming his Thai counterpart X to Beijing", "welcomed X to the White House", "welcomed
    # X at the Akorda"
    # (someone welcomed, not news: not "welcoming the cessation of hostilities", not
    # "welcoming Croatia's admission to SEECP")
    # (an ambassador welcomed to his post pays no visit: "Welcoming Papua New Guinea's
    # Ambassador X to Vietnam")
    r"|\bwelcom(?:ed|es)\b(?!\s+(?-i:[A-Z])[\w-]*['’]s\s+(?-i:[a-z]))"
    r"(?!" + ENVOY_WELCOMED + r")"
    r"(?=[^.;]{0,80}?\b(?:to|in|at)\s+(?:the\s+)?(?-i:[A-Z]))"
    # ("Токаев тепло приветствовал в Акорде Председателя КНР X")
    r"|(?<!\w)приветствовал[аи]?(?!\w)(?=[^.;]{0,80}?\s(?:в|во|на)\s+(?-i:[А-ЯЁ]))"
    r"|\bwelcoming\b(?!\s+(?-i:[A-Z])[\w-]*['’]s\s+(?-i:[a-z]))"
    r"(?!" + ENVOY_WELCOMED + r")"
    r"(?=\s+(?:his|her|their|(?:the\s+)?(?:visiting\s+)?(?-i:[A-Z]))[^.;]{0,80}?"
    r"\b(?:to|in)\s+(?:the\s+)?(?-i:[A-Z]))"
    # a host's welcome and a guest's thanks, spoken in a transcript: "I would like to welcome
    # you here", "Thank you for inviting me"
    r"|\bwelcome\s+you\s+(?:all\s+)?(?:here\b|to\s+(?:the\s+)?(?-i:[A-Z])|in\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\bthank\s+you(?:\s+(?:very\s+much|so\s+much|again))?(?:,\s+(?:Mr\.?|Madam)\s+[\w-]+,?)?\s+"
    r"for\s+(?:inviting\s+(?:me|us)|(?:the|your|this)\s+(?:kind\s+)?invitation"
    r"|(?:your\s+)?(?:warm\s+)?hospitality|hosting\s+(?:me|us)|receiving\s+(?:me|us))\b"
    # "Saidov hosted his Kazakh counterpart Nurtleu in Tashkent", "Uzbekistan is hosting
    # Kazakh Foreign Minister Nurtleu"
    r"|\bhost(?:ed|s|ing)\b(?=\s+(?:his|her|their|the)?\s*(?:visiting\s+)?[^.;]{0,100}?\bin\s+"
    r"(?-i:[A-Z]))|\b(?<=\bis\s)hosting\b"
    # "Modi received Japanese Prime Minister Abe in New Delhi" (not a message or a call
    # received, nor an ambassador who lives there)
    r"|\breceived\b(?=\s+(?:his|her|their|the)?\s*(?:visiting\s+)?"
    r"(?!(?:ambassadors?|envoys?|charg[eé])\b)(?-i:[A-Z])"
    r"(?:(?!\b(?:calls?|letters?|messages?|invitations?|credentials|ambassadors?|envoys?)\b)"
    r"[^.;]){0,100}?\bin\s+(?:the\s+)?(?-i:[A-Z]))"
    # "hosted Sheikh X, the Crown Prince of Abu Dhabi, for a stay at the Camp David retreat"
    r"|\bhost(?:ed|s|ing)\b(?=\s+[^.;]{0,100}?\bfor\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stay|visit)\b)"
    # "was pleased to host his Afghan counterpart": the counterpart came
    r"|\bhost(?:ed|s|ing)?\b(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:counterpart|colleague)s?\b)"
    r"|(?P<ru_sub>государственн\w+|официальн\w+|рабоч\w+|дружественн\w+)?\s*визит\w*"
    r"|\bприбыл\w*|\bприбывш\w*|\bпосетил\w*|\bпосет(?:ит|ят)\b|\b(?<!программе\s)(?<!программа\s)(?<!программы\s)пребыва\w*|\bпосещени\w*|\bпоездк\w*",
    re.IGNORECASE,
)
# "did not meet with", "has never visited", "no talks were held": no event.
NEGATED_RE = re.compile(
    r"\b(?:not|never|n[’']t|no|neither|nor|without)\s+(?:(?:yet|been|have|has|had|be|ever"
    r"|an?|any)\s+){0,2}"
    # "there has not been any high-level visit from Nepal to China since …"
    # ("they have not had an official in-person visit before")
    r"(?:(?:high[- ]level|high[- ]profile|top[- ]level|ministerial|single|such|direct"
    r"|face-to-face|official|formal|in-person|personal|bilateral)\s+){0,2}"
    # "did not hold bilateral talks with …"
    # ("We have not started our talks yet")
    r"(?:(?:hold|held|holding|conduct|make|pay|attend|attending|attended|started|begun|opened)\s+"
    r"(?:an?\s+|any\s+|the\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+)?)?$"
    r"|\bне\s+$"
    # "не планировал встречаться с президентом", "отказался встречаться с X"
    r"|(?<!\w)(?:не\s+(?:планировал\w*|собирал\w*|намерен\w*|намеревал\w*)|отказал\w*)\s+$",
    re.IGNORECASE,
)
# "a peaceful solution through bilateral talks": talks as a means, not a meeting held.
TALKS_AS_MEANS_RE = re.compile(
    r"(?:\b(?:through|via|by\s+means\s+of|by\s+way\s+of)|(?<!\w)(?:пут[её]м|посредством"
    r"|через)"
    # "China's top negotiator at the stalled Six-Party Talks": a role, not a meeting held
    r"|\b(?:negotiators?|envoys?|delegations?|delegates?)\s+(?:at|to|in|for|on)(?:\s+the)?"
    # talks wished for, not held: "London supports negotiations", "called for talks",
    # "поддерживает переговоры", "призвал к переговорам"
    # (not "plans call for the talks … to continue": the talks go on)
    # ("commended the African Union's efforts in supporting peace talks and the role of X in
    # hosting peace talks": a process others hold, helped along)
    r"|\b(?:supports?|supported|supporting|in\s+hosting|backs?|backed|(?<!plans\s)calls?\s+for"
    r"|called\s+for|urg(?:e|ed|es|ing)"
    r"|in\s+favou?r\s+of"
    # "ready for talks", "good conditions for talks": talks that may come
    r"|(?:ready|readiness|willing(?:ness)?|open|(?:pre)?conditions?|prerequisites?"
    r"|opportunit(?:y|ies)|chance)\s+(?:for|to)"
    # "efforts are needed to pave the way for launching serious negotiations"
    r"|pav(?:e|es|ed|ing)\s+the\s+way\s+(?:for|to)|(?:need|needs|needed)\s+(?:for|to)"
    r"|launching|to\s+(?:\w+ly\s+)?(?:launch|resume|start|begin|open)"
    # "hopes to maintain consultations with China": talks wished to go on
    r"|(?:hopes?|hoped|hoping|wish(?:es|ed)?|wants?|wanted)\s+to\s+(?:maintain|keep\s+up"
    r"|continue|deepen|strengthen|intensify|step\s+up)"
    # "jointly promote the six-party talks in Beijing": a process helped along
    r"|(?<!-)promot(?:e|es|ed|ing)|(?<!-)facilitat(?:e|es|ing)"
    # "with no prospect for resuming peace negotiations"
    # ("expressed an interest in resuming talks")
    r"|(?:for|of|in)\s+(?:resuming|restarting|reviving)"
    # talks acted on from outside: "time for poorer countries to influence the talks"
    r"|influenc(?:e|es|ed|ing)|derail\w*|jeopardi[sz]\w*|undermin\w*|sabotag\w*"
    # a process told whole: "including the process of negotiations on the status of the
    # Caspian Sea"; one whose success is hoped for ("considered the success of the Afghan
    # peace talks vital")
    r"|process\s+of|success\s+of"
    # "Based on these talks, here's what I can tell you": the talks told already
    r"|(?:[Bb]ased\s+on|[Ff]rom|[Aa]fter|[Ff]ollowing|[Ii]n)\s+(?:these|those)"
    # "he hoped that the start of negotiations between parties could lead to …"
    r"|(?:hopes?|hoped|hoping)\s+(?:that\s+)?(?:the\s+)?(?:start|launch|beginning|resumption)"
    r"\s+of"
    # "has consistently called for de-escalation, the resumption of talks and …"
    r"|(?:calls?|called|urg(?:e|es|ed|ing))\s+for\s+[^.;]{0,80}?\b(?:resumption|restart|start"
    r"|launch|beginning)\s+of)"
    r"|(?<!\w)(?:поддерж\w*|призвал\w*\s+к|выступ\w+\s+за)"
    r")\s+(?:[\w-]+\s+){0,4}$"
    # the Security Council's closed consultations: its own work, no meeting of sides
    r"|\bclosed\s+$"
    # a process under way, not a meeting held: "in the current negotiations", "the ongoing
    # peace talks" (not "the current round of talks")
    r"|\b(?:current|ongoing)\s+(?:peace\s+)?$"
    # one of the fields of cooperation listed: "cooperation in the fields of oil and gas,
    # mining, political consultations, visa exemption …"
    r"|\b(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such\s+as|including)\s+[^.;:]{0,80},\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the exchange of visits", "mutual visits": visits in general, not one.
GENERIC_VISITS_RE = re.compile(
    # ("are expected to exchange visits this year": visits both ways, none yet)
    r"\b(?:exchanges?\s+of\s+(?:[\w-]+\s+)?|mutual\s+|reciprocal\s+|regular\s+"
    r"|(?:to\s+)?exchange\s+(?:high-level\s+|more\s+)?"
    # ("creating mechanisms for organizing visits at various levels")
    r"|(?:organi[sz]ing|arranging|facilitating)\s+(?:more\s+|regular\s+|high-level\s+)?)$",
    re.IGNORECASE,
)
NOT_A_TRIP_RE = re.compile(r"\bvisit\w*\s+(?:the\s+)?(?:website|page|site|our)\b", re.IGNORECASE)
PHONE_RE = alternatives(
    # "X called Y on Tuesday to discuss …" (someone named called: not "called for", "called
    # on", "called it")
    # ("called Ambassador Adel al-Jubeir of Saudi Arabia Tuesday to express …": a name's
    # particles, the country, the day)
    r"\b(?:called|rang)\s+(?!on\b|for\b|upon\b|off\b|it\b|him\b|her\b|them\b)"
    r"(?:(?:former|acting|outgoing)\s+)?(?=(?:(?-i:[A-Z])"
    r"[\w'’.-]*\s+|(?-i:(?:al|el)-[\w'’-]+|bin|ibn|of|the)\s+){1,8}?"
    r"(?:on\s+(?:\w+day|(?-i:[A-Z])[a-z]+\s+\d)|today|yesterday|last\s+night"
    r"|to\s+(?:discuss|congratulate|express|thank|offer|convey|exchange)))"
    # "Mr Okada also called his Indonesian counterpart X" (a counterpart is called by phone)
    r"|\bcalled\s+(?:up\s+)?(?:his|her|their)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?counterparts?\b"
    # a headline's: "President Obama Calls Saudi Ambassador Adel Al-Jubeir"
    r"|(?-i:\bCalls\s+(?=(?:[A-Z][\w'’.-]*\s+){0,3}(?:President|Prime\s+Minister|Premier|King"
    r"|Queen|Emir|Chancellor|Ambassador|Counterpart|Foreign\s+Minister)\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*\s*$))"
    # "received congratulatory calls from the Presidents of A and B"
    r"|\b(?:congratulatory|condolence)\s+(?:(?:tele)?phone\s+)?calls?\b"
    # "Among other callers were Saudi Arabia's King X, whom Y thanked"
    r"|\bcallers\s+(?:were|was|included)\b"
    # "Trump on Friday called up Prime Minister X to congratulate him"
    r"|\bcall(?:ed|s)\s+up\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "X, Y discuss trade by phone", "discussed the situation over the phone", "talked about
    # China-US ties by phone with", "X, Y Speak of Ties by Phone"
    # (the one spoken with and their office between: "discussed North Korea issues with X,
    # minister of state at Germany's foreign office, by phone")
    r"|\b(?:discuss(?:ed|es)?|talk(?:ed|s)?\s+about|sp(?:oke|eaks?)\s+(?:about|of))\b[^.;]{0,120}?"
    r"\s+(?:by|over)\s+(?:the\s+)?(?:tele)?phone\b"
    r"|\b(?:(?:tele)?phone|telephonic)\s+(?:calls?|conversations?|talks?|discussions?)\b|\b(?:spoke|talked|communicated)\s+"
    # (the day between: "spoke over the weekend over the phone", "talked on Sunday by phone")
    r"(?:(?:on\s+\w+day|over\s+the\s+weekend|yesterday|today|earlier(?:\s+today)?|last\s+\w+)\s+)?"
    r"(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b|\b(?:tele)?phoned\b|\bvideo\s*call\b"
    # "was on the phone with X on Tuesday", "got on the phone with X"
    r"|\b(?:was|were|got|get|gets)\s+on\s+the\s+(?:tele)?phone\s+with\b"
    # "delivered the joint message in a conference call"
    r"|\bconference\s+calls?\b"
    # a headline's present: "X phones Y", "X and Y talk by phone"
    r"|\b(?:tele)?phones\s+(?=(?-i:[A-Z]))|\b(?:talk|speak)\s+(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b"
    # "Mukherjee spoke to Qureshi by telephone", "talked Sunday with X by telephone"
    # (an initial's full stop inside: "spoke to U.S. Secretary of State X on the telephone")
    r"|\b(?:spoke|talked|speaking|talking)\s+(?:(?:today|yesterday|(?:on\s+)?"
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+)?(?:with|to)\s+"
    r"(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?"
    r"\s+(?:by|on|over)\s+"
    r"(?:the\s+)?(?:tele)?phone\b"
    # "explained the reason for his decision over the phone to President X"
    r"|\b(?:explained|told|informed|conveyed|briefed|said)\b[^.;]{0,60}?\s+(?:over|by|on)\s+the\s+"
    r"(?:tele)?phone\s+to\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "A and B exchanged views by phone"
    r"|\b(?:exchanged\s+views|conferred|consulted)\s+(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b"
    r"|\bcall(?:ed)?\s+(?:with|to)\s+(?:his|her|their)\b"
    # "agreed … during their first call since the inauguration", "held a call"
    r"|\b(?:during|in)\s+(?:their|a|an)\s+(?:first\s+|second\s+|latest\s+|recent\s+|brief\s+"
    r"|lengthy\s+|hour-long\s+|[\w-]+-minute\s+)?call\b(?!\s+(?:for|on)\b)"
    r"|\b(?:held|had)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?call\b(?!\s+(?:for|on)\b)"
    # a readout's "President Obama spoke today with Prime Minister Cameron": a call (where
    # nothing says they were together: see events.IN_PERSON_RE)
    # ("External Affairs Minister X has spoken to US Secretary of State Y, covering …")
    r"|(?P<spoke>\b(?:spoke|(?:has|have|had)\s+spoken)\s+(?:today\s+|yesterday\s+|again\s+"
    r"|on\s+\w+day\s+|this\s+(?:morning|afternoon|evening)\s+|last\s+night\s+)?(?:with|to)\s+"
    # ("spoke today with PRC State Councilor and Foreign Minister Wang Yi")
    r"(?=(?:the\s+|his\s+|her\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:President|Prime\s+Minister|Chancellor"
    r"|King|Queen|Emir|Premier|Foreign\s+Minister|Minister|Secretary|Crown\s+Prince|Sultan"
    r"|Councill?or)\b)"
    # "The Secretary and Foreign Minister Lavrov spoke today on Ukraine and Syria"
    r"|\band\s+[^.;]{1,60}?\bspoke\s+(?:today|yesterday|again)\s+(?:on|about)\b"
    # "President Biden and Prime Minister Netanyahu spoke on Tuesday, the White House said"
    r"|\band\s+[^.;]{1,60}?\bspoke\s+(?:on\s+)?(?:today|yesterday|\w+day)(?=\s*[,.;]))"
    # "Prime Minister Modi dialled President Putin"
    r"|\bdiall?ed\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "The two spent about half an hour on the phone talking about …"
    r"|\b(?:spent|spend|spends)\s+[^.;]{1,40}?\s+on\s+the\s+(?:tele)?phone\b"
    # ("провёл телефонную беседу", "в ходе телефонной беседы")
    r"|телефонн\w+\s+(?:разговор|переговор|бесед)\w*|\bпо\s+телефону\b|\bвидеосвяз\w*|\bсозвонил\w*"
    # "Путин позвонил Рахмону" (someone called, by the dative: not "позвонил в посольство")
    r"|\bпозвонил[аи]?\s+(?=(?:[А-ЯЁ][\w-]+\s+){0,3}[А-ЯЁ][\w-]+(?:у|ю|е|и|ой)\b)"
    # "Керри стал инициатором звонка Лаврову": the one who called
    r"|\bинициатор\w*\s+(?:телефонного\s+)?звонка\b",
    re.IGNORECASE,
)
SUMMIT_RE = alternatives(
    # (not what a summit left: "the summit's decisions must be implemented")
    # (nor a gathering of others: "the Second Global Think Tank Summit", "a youth summit")
    r"\b(?<!business\s)(?<!investment\s)(?<!tank\s)(?<!media\s)(?<!youth\s)(?<!startup\s)"
    r"summit\b(?!['’]s\s+(?:decisions?|outcomes?|results?"
    r"|declaration|resolutions?|agreements?|documents?|commitments?|conclusions))"
    # (nor a mountain's: "climbed to the summit of Mount Khan Tengri")
    r"(?!\s+of\s+(?:(?:the\s+)?(?:Mount|Mt\.?|mountain|peak|hill)\b|(?-i:[A-Z])[\w-]+\s+(?:Peak|Mountain)\b))"
    # (nor a place's name: "the Nairobi-Nakuru-Mau Summit highway", "Summit Road")
    r"(?!\s+(?:highway|road|railway|route|section|interchange|county|station)\b)"
    r"|\b(?:multilateral|trilateral|quadrilateral|ministerial)\s+(?:FMs\s+|ministers['’]?\s+)?(?:meetings?|talks"
    r"|conferences?|format|dialogue)\b"
    # the UN General Assembly's session, where a meeting or a speech is: "on the sidelines
    # of the 61st United Nations General Assembly meeting", "addressed the UN General Assembly"
    # (not one attended before the news: "where Li had attended the … General Assembly")
    r"|\b(?:sidelines|margins|(?<!had\s)attend\w*|address\w*)\s+(?:of\s+)?the\s+(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:session\s+of\s+the\s+)?(?:United\s+Nations|UN|U\.N\.)\s+General\s+Assembly\b"
    # (not an office: "the Chairman of the Council of Ministers of Bosnia", Italy's "President
    # of the Council of Ministers")
    r"|\b(?<!hairman\sof\sthe\s)(?<!resident\sof\sthe\s)(?<!residency\sof\sthe\s)"
    r"Council\s+of\s+(?:Heads|Foreign\s+Ministers"
    # (a body's ministers, not a government's cabinet: not "the Saudi Council of Ministers",
    # "a meeting of the Union Council of Ministers")
    r"|Ministers(?=\s+of\s+(?:Foreign\s+Affairs|(?:the\s+)?(?-i:[A-Z]{2,6})\b|(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?-i:Union|League|Organi[sz]ation|Community|Commonwealth|Movement"
    r"|Council|States|Cooperation)\b))"
    r")\b"
    r"|\b(?-i:CIS|EU|GCC|OSCE|SCO|CSTO|OIC|OAS|SADC|CICA|ASEAN|ECOWAS|BSEC|Arab\s+League|Nordic"
    r"|Commonwealth|Eurasian)\s+Council\s+of\s+Ministers\b"
    # the heads of state of the Eurasian Economic Union, the Union State: "a meeting of the
    # Supreme Eurasian Economic Council"
    r"|\b(?:meeting|session)\s+of\s+the\s+Supreme\s+(?:Eurasian\s+Economic|State)\s+Council\b"
    # (not a bilateral one: "the consultative meeting between the Mongolian and Australian
    # Ministries of Foreign Affairs")
    r"|\bConsultative\s+Meeting\b(?!\s+between\b)|\b(?:G-?7|G-?8|G-?20|BRICS|SCO|CSTO|CIS|EAEU|ASEAN|OTS|NATO|EU|AU"
    r"|OIC|GCC|Group\s+of\s+(?:Seven|Eight|Twenty)(?:\s+countries)?)\s+(?:leaders|heads\s+of"
    r"\s+state|foreign\s+ministers|ministers)\b"
    # "Foreign ministers from the Group of Eight countries meeting in Trieste"
    r"|\b(?:leaders|ministers)\s+(?:from|of)\s+the\s+(?:G-?7|G-?8|G-?20|Group\s+of\s+(?:Seven|Eight"
    # ("Leaders of the Group of Eight (G-8) met in Muskoka": its short name in brackets)
    r"|Twenty))\b(?:\s+\([^()]{1,12}\))?(?:\s+countries)?\s+(?:meeting|gathered|met)\b"
    # "Foreign ministers of the SCO member states met in Astana"
    r"|\b(?:leaders|ministers|heads\s+of\s+state)\s+of\s+(?:the\s+)?(?-i:SCO|CIS|CSTO|EAEU|ASEAN"
    r"|BRICS|OTS|GCC|OIC|OSCE|NATO|EU|G-?7|G-?20)\b(?:\s+member)?(?:\s+(?:states|countries|nations))?"
    r"\s+(?:met|gathered|meeting|convened)\b"
    r"|\bleaders'\s+summit\b"
    # a regional format's own meeting: "an annual meeting of the Brdo-Brijuni Process held in
    # Dubrovnik", "Leaders of the Visegrad Group met in Prague"
    r"|\b(?:annual|informal|regular)\s+(?:summit\s+)?meeting\s+of\s+the\s+"
    r"(?-i:(?:[A-Z][\w-]+\s+){1,3}(?:Process|Initiative|Format))\b"
    r"|\b(?:leaders|presidents|heads\s+of\s+state)\s+of\s+the\s+"
    r"(?-i:(?:[A-Z][\w-]+\s+){1,3}(?:Group|Process|Initiative|Format))\s+(?:have\s+|had\s+)?"
    r"(?:met|gathered|convened|assembled)\b"
    # a group's: "the Quad leaders' meeting", "the APEC Economic Leaders' Meeting" (not "the
    # leaders' meeting in Sochi", two leaders')
    r"|\b(?-i:(?:Quad|[A-Z][A-Z0-9-]{1,5})(?:\s+Economic)?\s+[Ll]eaders['’]\s+(?:[Mm]eeting|[Rr]etreat"
    r"|[Ss]ummit))\b"
    # … or a body's by its name: "the 54th Pacific Islands Forum Leaders’ Meeting"
    r"|(?<![-\w])(?-i:(?:Forum|Community|Union|Group|Commonwealth)\s+Leaders['’]?\s+(?:Meeting"
    r"|Retreat|Summit))\b"
    # "The Heads of State and Government of the ECOWAS Authority gathered in Abuja", "African
    # Union heads of state met in Addis Ababa"; "the 46th Ordinary Session (of the Authority)"
    r"|\bheads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?(?:\s+of\s+(?:the\s+)?"
    r"[^.;,]{1,50}?)?\s+(?:have\s+|had\s+)?(?:gathered|met|convened|assembled)\b"
    r"|\b(?-i:(?:Ordinary|Extraordinary)\s+Session)\b"
    # "Leaders of several South American countries have met in Paraguay" (not "the leaders
    # of the two countries met": two are a meeting)
    r"|\b(?:leaders|foreign\s+ministers)\s+(?:of|from)\s+(?!the\s+two\b|two\b|both\b)(?:the\s+)?"
    r"(?:[\w-]+\s+){1,4}?(?:countries|nations|states)\s+(?:have\s+|had\s+)?(?:met|gathered"
    r"|convened|assembled)\b"
    # ("a meeting of Arab League foreign ministers"; not "of the two foreign ministers")
    # (nor of a pair's: "the meeting of the China-Pakistan Foreign Ministers' Strategic
    # Dialogue", two countries' talks; but "the EU-China leaders' meeting" is a summit)
    r"|\b(?:meeting|session|conference|gathering)\s+of\s+(?!(?:the\s+)?(?:two|both)\b)"
    r"(?!(?:the\s+)?(?!"
    + REGIONS
    + r")(?-i:[A-Z])[a-z]+[-–](?!"
    + REGIONS
    + r")(?-i:[A-Z])[a-z]+\s)"
    r"(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:foreign\s+ministers|leaders|heads\s+of\s+(?:state|government))\b"
    # (nor of two countries named: "the meeting of the Foreign Ministers of Azerbaijan and
    # Russia, A and B, has kicked off": talks)
    r"(?!\s+of\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+and\s+(?-i:[A-Z])[\w-]+"
    r"(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s*[,.;]|\s+(?:has|have|was|were|took|in|on|at|is)\b))"
    # "Arab foreign ministers meeting in Cairo", "European leaders met in Brussels"
    r"|\b(?-i:Arab|African|European|Asian|Latin\s+American|South\s+American|Central\s+Asian"
    r"|Gulf|Nordic|Baltic|Islamic|Caribbean|Pacific|Balkan)\s+(?:foreign\s+ministers|leaders"
    r"|heads\s+of\s+state)\s+(?:(?:have|had)\s+)?(?:meeting|gathered|met|convened|assembled)\b"
    # "Foreign ministers of the Organisation of Islamic Cooperation gathered in Jeddah"
    r"|\bministers\s+(?:of|from)\s+the\s+(?:[\w-]+\s+){0,6}?(?-i:Organi[sz]ation|Union|League"
    r"|Community|Cooperation|Movement|Association|Conference)\b(?:\s+(?:of|for)\s+(?:[\w-]+\s+)"
    r"{0,3}?[\w-]+)?(?:\s+\([^()]{1,12}\))?(?:\s+member\s+(?:states|countries))?\s+(?:(?:have|had)\s+)?"
    r"(?:met|gathered|convened|assembled|meeting)\b"
    r"|\b(?-i:ASEAN|APEC|SCO|CSTO|CIS|BRICS|G7|G8|G20|OSCE|OIC|GCC|EAEU|AU|NATO|CICA)\s+(?:Regional\s+)?"
    r"(?:[Ff]orum|[Mm]inisterial|[Ss]ession|[Gg]athering)\b"
    r"|\b(?-i:[A-Z]\w+)\s+(?-i:Dialogue|Forum)\s+(?:meeting|session)\b"
    # a numbered meeting of a group's forum or council: "the 84th Meeting of MERCOSUR Political
    # Agreement and Consultation Forum"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?-i:Meeting|Session)\s+of\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w-]*\s+(?:(?:and|of|for)\s+)?){1,7}(?:Forum|Council))\b"
    # a group's or a process's ministers by name: "the Fourth ACD Foreign Ministers' Meeting",
    # "the Asia Cooperation Dialogue (ACD) Foreign Ministers' Meeting" (not two countries':
    # "the Japan-US Foreign Ministers' Meeting")
    r"|(?<![-\w])(?-i:(?:[A-Z]{2,6}(?:-related)?|Dialogue|Cooperation|Forum|Group|Community|Union"
    r"|League|Conference|Initiative|Process|Partnership)(?:\s+\([A-Z]{2,6}\))?\s+(?:Foreign\s+)?"
    # ("to attend ASEAN-related Foreign Ministers' Meetings")
    r"Ministers['’]?\s+(?:Meetings?|Conference))\b"
    r"|саммит\w*|\bзаседани\w+\s+(?:Высшего\s+)?(?:Совета|госсовета|глав)\w*|\bтрехсторонн\w+\s+встреч\w*"
    r"|\bКонсультативн\w+\s+встреч\w*|\bвстреч\w+\s+глав\s+государств\b"
    # "встрече глав МИД стран - соседей Афганистана": the ministers of several countries
    r"|\bвстреч\w+\s+(?:глав|министров)\s+(?:\w+\s+){0,3}?(?<!двух\s)(?<!обеих\s)(?:стран|государств)\b",
    re.IGNORECASE,
)
TALKS_RE = alternatives(
    # (not a count of them: "another 80 negotiations in progress"; "2+2 talks" are held)
    r"\b(?<![\s,]\d\s)(?<!\d\d\s)"
    r"(?:(?P<sub>extended|expanded|narrow[- ]format|bilateral|one-on-one|tete-a-tete)\s+)?"
    # (not a document's name: "signed a plan of consultations")
    r"(?<!plan\sof\s)(?<!programme\sof\s)(?<!program\sof\s)"
    # (nor what a document is on: "signed an MoU on political consultations")
    r"(?<!\bon\s)(?<!\bon\spolitical\s)(?<!\bon\sregular\s)"
    # (not the verb: "talks up the relationship")
    r"(?:talks(?!\s+(?:up|down)\b)|negotiations|consultations)\b(?<!for\sconsultations)"
    r"|(?<!\bon\s)\bpolitical\s+consultation\b"
    # "Foreign Office Consultation (FOC) between Bangladesh and India": the mechanism's name
    r"|\b(?-i:Foreign\s+Office\s+Consultation)\b"
    # "held foreign policy planning consultation with X"
    r"|\bheld\s+(?:[\w-]+\s+){0,4}?consultation\s+with\b"
    # the gerund, its object a counterpart: "After meeting his Russian counterpart X, …"
    r"|\b(?<=[Aa]fter\s)meeting\s+(?=(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?counterparts?\b)"
    # "when the Indian High Commissioner met him at his office": the one told of before
    r"|\bmet\s+(?:him|her)\s+(?=(?:at|in)\s+(?:his|her)\s+(?:office|residence|chamber)\b)"
    # "met yesterday in Brussels with …": a day and a place, in either order
    r"|\bmet\s+(?:(?:here\s+|there\s+|today\s+|yesterday\s+|separately\s+|respectively\s+|also\s+"
    r"|on\s+(?:\w+day|(?-i:[A-Z][a-z]+)\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z][a-z]+))\s+"
    r"|in\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+(?=with\b|yesterday\b|today\b"
    r"|on\b)"
    # "met behind closed doors for over two hours with …"
    r"|behind\s+closed\s+doors\s+|privately\s+|briefly\s+|for\s+(?:over\s+|about\s+|more\s+than\s+"
    r"|nearly\s+|almost\s+|some\s+)?(?:an?|one|two|three|four|five|\d+)\s+hours?\s+)){0,3}"
    # "met yesterday (Monday), 1.11.99, with …": an aside on the day
    r"(?:\([^()]{1,20}\),?\s+(?:[\d./]{6,10},\s+)?)?(?:with\s+)?(?:(?:the|his|her|their)\s+)?"
    # "met outgoing Ambassador of Nepal …", "met visiting Foreign Minister …"
    # ("met with former U.S. President X", "met acting Foreign Minister X", "met with both X
    # and Y", "met with two senior Chinese officials", "met with ex-President X", "met with
    # president X" in small letters, "met with chairman X of the Parliament")
    r"(?:(?:outgoing|incoming|visiting|newly[- ]appointed|new|former|acting|senior|top|both|two"
    r"|three|four|several)\s+|ex-){0,3}"
    r"(?:(?:president|prime\s+minister|foreign\s+minister|minister|chancellor|premier|king"
    r"|queen|emir|chair(?:man|woman|person)|speaker|ambassador)\s+(?=(?-i:[A-Z])))?"
    # ("met with her peer Rodolfo Nin Novoa")
    r"(?:(?:colleague|counterpart|peer|guest|opposite\s+number)s?,?\s+(?:(?:from|of)\s+)?)?(?=(?-i:[A-Z])"
    # ("met with the leaders of Russia, Kenya and Sri Lanka": their holders, named by title)
    r"|(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers"
    r"|foreign\s+ministers)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:different|several|various|other|many"
    r"|some)\s+(?:countries|nations|states)\b))|\baudience\s+(?:with|to)\b|\breceived\s+in\s+(?:an?\s+)?audience\b"
    # "hosted two outgoing Ambassadors in farewell audiences"
    r"|\b(?:farewell|courtesy|separate|private)\s+audiences?\b"
    # "He held a reception for Lao Foreign Minister X" (Vietnamese readouts: he received X)
    r"|\bheld\s+a\s+reception\s+for\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # a message handed in person: "X delivered here last night a message from President A to
    # his Venezuelan counterpart B", "handed over a letter from A to King B"
    r"|\b(?:delivered|handed(?:\s+over)?)\s+(?:(?:here|there|today|yesterday|last\s+night"
    r"|on\s+\w+day)\s+){0,2}(?:an?\s+|the\s+)?(?:(?:written|personal|verbal|oral|special)\s+)?"
    r"(?:message|letter)\s+(?:from\s+[^.;]{1,80}?\s+)?to\s+(?=(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"counterpart|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:President|Prime\s+Minister|King|Emir|Amir|Sultan"
    r"|Chancellor|Premier|Foreign\s+Minister|Minister)\b)"
    # "In their first in-person meeting Wednesday, both leaders …", "At their bilateral
    # meeting, X thanked Y …"
    r"|\b(?:in|at|during)\s+their\s+(?:first|second|latest|recent|last)?\s*"
    r"(?:(?:in-person|face-to-face|bilateral|one-on-one|formal|official)\s+)?meeting\b"
    # "granted an audience on Tuesday to X", "The first meeting was with X"
    r"|\baudience\s+(?:(?:on|this|last)\s+[\w-]+\s+)(?:with|to)\b"
    r"|\bmeeting\s+was\s+with\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "began his schedule with a meeting granted to the special envoy of …"
    r"|\b(?:meeting|audience)\s+(?:granted|given|accorded)\s+to\b"
    # "The Secretary also saw Foreign Minister Shoukry today": an office-holder seen
    r"|\bsaw\s+(?=(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:Foreign\s+Minister|President"
    r"|Prime\s+Minister|Chancellor|King|Emir|Premier|Secretary|Minister)\b)"
    # a transcript's title: "Remarks With Foreign Minister X Before Their Meeting"
    r"|\b(?-i:(?:Before|After|At\s+the\s+Top\s+of)\s+(?:Their|the|a)\s+(?:Bilateral\s+)?Meeting)\b"
    # "His final bilateral of the morning was with the President of X", "other bilateral
    # meetings, starting with the President of Y", "saw President Z, with whom he discussed"
    r"|\bbilateral\s+(?:meeting\s+)?(?:of\s+the\s+(?:morning|afternoon|day|evening)\s+)?was\s+with\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))|\bmeetings,?\s+(?:starting|beginning)\s+with\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    r"|,\s+with\s+whom\s+(?:he|she|they)\s+(?:discussed|reviewed|talked|exchanged\s+views)\b|\b(?:held|had|went\s+into|go\s+into|going\s+into)\s+(?:an?\s+)?(?:(?:[\"“']{1,2})?(?:cordial|fruitful|productive|substantive|detailed|in-depth"
    r"|extensive|wide-ranging|frank|useful|informal|separate|brief|short|lengthy|private|bilateral"
    # "had an informal one-on-one meeting", "held extensive discussion focusing on …"
    # ("went into a closed door bilateral meeting")
    r"|closed[- ]door|one-on-one|tete-a-tete|tête-à-tête|breakfast|lunch|luncheon|dinner|working"
    # "had a ''cordial and confidence-building'' 75-minute meeting", "an hour-long meeting"
    r"|confidence-building|constructive|positive|warm|friendly|successful|hour-long|fraternal"
    # ("held a strategic bilateral meeting in the backdrop of the G-20 Summit")
    r"|strategic|important|high-level|first|historic|landmark|official|formal|special|restricted"
    r"|(?:\d+|one|two|three|half-an?)-(?:minute|hour)(?:-long)?)"
    r"(?:[\"”']{1,2})?(?:\s+and)?\s+){0,4}"
    # ("held a fraternal exchange with Denis Moncada")
    r"(?:meeting|discussions?|chat|exchange(?=\s+with\b))\b"
    # "said this during a views exchange with X", "an exchange of views with X"
    r"|\b(?:views?[- ]exchange|exchange\s+of\s+views)\s+(?:meeting\s+)?with\s+"
    r"(?=(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))"
    # "had lunch with President X", "hosted a working dinner with …"
    r"|\b(?:had|held|hosted)\s+(?:an?\s+)?(?:working\s+|private\s+|official\s+|informal\s+)?"
    r"(?:breakfast|lunch|luncheon|dinner)\s+with\s+(?=(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))"
    # (South Asian copy) "during his interaction with Jane Roe, Nepal's Commerce Minister"
    r"|\b(?:his|her|their|an|the)\s+interaction\s+with\s+(?=(?:the\s+|visiting\s+)?(?-i:[A-Z]))"
    # a meeting held under its name: "India and the United States held the India-U.S.
    # Bilateral Trade meeting", "held the 5th Joint Commission meeting"
    r"|\b(?:held|had)\s+(?:the|a|an|their)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?"
    r"(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}meeting\b"
    # "had a brief encounter with Palestinian leader Yasser Arafat" (not "with militants")
    r"|\b(?:held|had)\s+an?\s+(?:(?:brief|short|chance|informal|private|cordial)\s+)?encounter"
    r"\s+with\s+(?=(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))"
    # "The two Heads of State held a tête-à-tête followed by a bilateral meeting"
    r"|\b(?:held|had)\s+(?:an?\s+)?(?:tete-a-tete|tête-à-tête)\b"
    # "A regular meeting of the government delegations of A and B … was held in Dushanbe";
    # "met in the city of Buston"
    r"|\b(?:meeting|round|session)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?delegations\b"
    r"|\bmet\s+in\s+the\s+(?:city|town|capital|village|resort)\s+of\s+(?-i:[A-Z])"
    # "Putin and Obama met on the sidelines of the G20 summit", "discussed Syria at a meeting
    # here Monday"
    # (not those left unnamed: "senior US and Iranian officials met on the sidelines")
    r"|(?<!officials\s)(?<!diplomats\s)(?<!delegations\s)\bmet\s+(?:on|at)\s+the\s+"
    r"(?:sidelines|margins)\s+of\b|\bat\s+a\s+meeting\s+(?:here|there)\b"
    # … and the meeting to come: "A and B will meet on the sidelines of APEC Week in Da Nang
    # today", "will meet in Da Nang on Friday"
    # (not a gathering's name: "the International Buyers and Sellers Meet in Guwahati on …")
    r"|(?<!officials\s)(?<!diplomats\s)(?<!delegations\s)\b(?-i:meet)\s+(?:(?:on|at)\s+the\s+"
    r"(?:sidelines|margins)\s+of\b|in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+"
    r"(?=today\b|tomorrow\b|on\s|next\s|this\s|later\s))"
    # "In a landmark meeting in Bangkok yesterday, the Foreign Ministers of A and B agreed …",
    # "After meeting for 40 minutes, A and B released a statement"
    # (at the sentence's start, or after a dateline in capitals: "RIO DE JANEIRO: In their …")
    r"|(?:^|(?<=[A-ZА-ЯЁ]:\s))(?:In|At|During)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?meeting\s+"
    r"(?=(?:in|at|on|here|yesterday|today)\b)|^(?:After|Before)\s+meeting\s+(?=for\s+(?:\d+|\w+)\s+(?:minutes|hours)\b)"
    # those named before it agreeing "in a meeting Saturday night", "at a meeting on Monday"
    # (not one who "said in a meeting on Monday")
    r"|(?:(?<=\bagreed\s)|(?<=\bagreement\s)|(?<=\bagreements\s)|(?<=\bdecided\s))(?:in|at)\s+(?:a|their)\s+(?:[\w-]+\s+)?meeting\s+(?=(?:on\s+)?(?:Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))\b)"
    # "… hosted a welcoming ceremony for X in Beijing, followed by a bilateral meeting"
    r"|\bfollowed\s+by\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b"
    # "Receiving Ambassador of Armenia X, Acting President Y said …", "Meeting Turkish
    # Ambassador X, Y affirmed …": the guest first, then the host as the subject
    r"|^(?:Meeting|Receiving|Welcoming|Talking\s+(?:to|with)|Hosting)\s+"
    r"(?=(?:the\s+|visiting\s+)?(?-i:[A-Z])[^.;:]{3,120}?,\s+(?:the\s+)?(?-i:[A-Z]))"
    # "met with a high-powered delegation from Sierra Leone led by …"; "exchanged views with
    # X", "conferred with X"
    r"|\bmet\s+(?:(?:today|yesterday|here|there)\s+)?(?:with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"delegation\b"
    # (not an honour conferred: "conferred with the Grand Cross of the Legion of Honour")
    # ("conferred here today with visiting Foreign Minister X"; not one who was conferred an
    # honour: "was conferred with the Nishan-e-Pakistan")
    r"|\b(?:exchanged\s+views|(?<!was\s)(?<!were\s)(?<!been\s)conferred|convened)\s+"
    r"(?:(?:here|there|today|yesterday|on\s+\w+day)\s+)*(?:at\s+(?:his|her|the)\s+(?:office|residence"
    r"|palace)\s+)?with\s+(?=(?:the\s+|his\s+|her\s+|visiting\s+)?(?-i:[A-Z]))"
    r"(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:Order|Medal|Prize|Award|Cross|Collar|Sash|Legion)\b)"
    r"(?!(?:the\s+)?(?:Nishan|Hilal|Sitara)-e-|(?:the\s+)?Padma\b|(?:the\s+)?Bharat\s+Ratna\b)"
    # "had earlier met with the foreign minister of Turkmenistan": an office in lower case
    r"|\bmet\s+(?:with\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:minister|president|premier|ambassador"
    r"|envoy|secretary|chancellor|king|emir|speaker)s?\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    # "held “productive” meetings in Kabul with …": meetings with someone, somewhere
    # ("held bilateral and plurilateral meetings with many leaders, including …")
    # ("had fruitful bilateral meetings earlier yesterday with …")
    r"|\b(?:held|had)\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,3}meetings\s+(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?"
    r"(?:on\s+\w+\s+|(?:earlier\s+)?(?:today|yesterday)\s+|here\s+|there\s+){0,2}with\b"
    # "met many leaders, including President X"
    r"|\bmet\s+(?:with\s+)?(?:many|several|a\s+number\s+of|other|various)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:leaders|counterparts|ministers|heads\s+of\s+\w+),?\s+(?:including|among\s+them|such\s+as)\b"
    # ("a meeting tomorrow between A and B", "a meeting on Friday with …")
    r"|\bmeet(?:ing|s)?\s+(?:here\s+|there\s+|today\s+|tomorrow\s+|yesterday\s+"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:with|between)\b"
    # "during the meeting in an expanded format with President X"
    r"|\b(?:meeting|talks)\s+in\s+(?:an?\s+|the\s+)?(?:expanded|extended|enlarged|narrow|restricted"
    r"|limited|one-on-one|tete-a-tete|bilateral|trilateral)\s+format\s+with\b"
    # "An official discussion between A and B was held", "The bilateral meeting took place
    # at the residence"
    # ("useful meetings were held between the delegations and the presidents of A and B")
    r"|\bdiscussions?\s+between\b|\b(?:bilateral\s+)?meeting\s+(?:took\s+place|was\s+held)\b"
    r"|\b(?:bilateral\s+)?meetings\s+(?:took\s+place|were\s+held)\s+(?:with|between)\b"
    # "spoke today here with Chen Xiaodong": in person, where the report is filed
    r"|\bspoke\s+(?:today\s+|yesterday\s+)?here\s+with\b"
    # "a meeting in California with the prime minister of Japan"
    r"|\bmeeting\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+with\b"
    # "Meetings with UK Foreign Secretary X and …" (not "such meetings with ambassadors are
    # held once a year")
    # ("after two days of meetings here with Secretary of State X")
    r"|\b(?<!such\s)meetings\s+(?:here\s+|there\s+)?with\s+(?:(?:the|his|her)\s+)?(?:senior\s+|top\s+)?(?=(?-i:[A-Z]))"
    # "will meet Shavkat Mirziyoyev", "to meet President X", "meets his counterpart" (not "to
    # meet the Paris Agreement targets", "meet EU standards")
    # ("to meet outgoing Chancellor X", "visiting Foreign Minister Y")
    r"|\bmeets?\s+(?:(?:the|his|her|their)\s+)?(?:(?:outgoing|incoming|visiting|newly[- ]appointed"
    r"|newly[- ]elected)\s+)?(?=(?:[\w-]+\s+)?(?:counterpart|colleague|peer)s?\b"
    r"|(?-i:(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|Premier|King|Queen|Emir|Sultan"
    r"|Chancellor|Foreign\s+Minister|Secretary\s+of\s+State|Crown\s+Prince))\b"
    # (a name, not an institution's: "to meet Russian General Staff members")
    r"|(?-i:(?![A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:General|Staff|Council|Committee|Ministry"
    r"|Union|Nations|Assembly|Forces|Bank|Fund|Agreement|Accord|Goals|Standards|Criteria"
    r"|Convention|Targets|Protocol|Treaty|Declaration|Charter|Rules|Government|Parliament"
    r"|Congress|Senate|Delegation|Commission)\b)[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+[A-Z][a-z]+)\b)"
    # "A meeting of Economics Minister of Ukraine X with new trade representative … Y took
    # place"
    r"|\b(?-i:A|a)\s+meeting\s+of\s+(?=[^.;]{0,120}?\s+with\s+(?:[\w-]+\s+){0,5}?(?-i:[A-Z]))"
    # "The meeting of the Foreign Ministers of Azerbaijan and Russia, A and B, has kicked off"
    r"|\b(?-i:A|a|The|the)\s+meeting\s+of\s+(?:the\s+)?(?:foreign\s+ministers|presidents"
    r"|prime\s+ministers|leaders|heads\s+of\s+state)\s+of\s+(?=(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])"
    r"[\w-]+)?\s+and\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s*[,.;]|\s+(?:has|have|was"
    r"|were|took|in|on|at|is)\b))"
    # "The meeting of the two presidents is being held at the Palace of Independence"
    r"|\b(?-i:A|The)\s+meeting\s+(?:of|between)\s+the\s+(?:two|three)\s+(?:foreign\s+ministers"
    r"|presidents|prime\s+ministers|leaders|heads\s+of\s+state)\s+(?=(?:is|was|has|took|began"
    r"|started|lasted|ended|will)\b)"
    r"|\b(?:held|had|hosted)\s+(?:an?\s+)?working\s+(?:conference|lunch|dinner|breakfast|session"
    r"|meeting)\s+(?:with|for)\b"
    # "sat down with X", "hosted a dinner for X", "had a one-on-one conversation", "co-chaired
    # the Supreme Interstate Council"
    r"|\bsat\s+down\s+(?:together\s+)?with\b|\bобменял\w*\s+мнениями\b"
    r"|\bhosted\s+(?:an?\s+)?(?:official\s+|state\s+|private\s+)?(?:dinner|lunch|luncheon|banquet"
    r"|breakfast)\s+(?:for|in\s+hono(?:u)?r\s+of)\b"
    r"|\b(?:held|had)\s+(?:an?\s+)?(?:one-on-one|tete-a-tete|tête-à-tête|private|face-to-face)"
    r"\s+(?:conversation|meeting|discussion)\b"
    r"|\bco-?chaired\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?(?:[Cc]ouncil|[Cc]ommission|meeting|session"
    # "co-chaired the 4th India-UAE Strategic Dialogue"
    r"|[Dd]ialogue|[Cc]onsultations|[Tt]alks)\b"
    # "to attend the second meeting of the China-Pakistan Foreign Ministers' Strategic
    # Dialogue": a pair's own round
    r"|\battend(?:ed|s|ing)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|round|session)\s+of\s+the\s+"
    r"(?-i:[A-Z][a-z]+[-–][A-Z][a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:[Dd]ialogue|[Cc]onsultations)\b"
    # "X chaired the meeting, which was attended by Y and Z" (not "The meeting was attended
    # by Y": those joining the meeting told before, whatever it was)
    r"|\b(?:chaired|hosted|convened)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?meeting\b(?=,?\s+(?:which\s+"
    r"(?:was|were)\s+|and\s+was\s+)?(?:also\s+)?attended\s+by\b)"
    # "During the meeting at Al Husseiniya Palace, King Abdullah and Shoukry stressed …"
    r"|^(?:During|At)\s+(?:the|their)\s+meeting\b(?!\s+of\b)"
    # "In their 13th meeting in eight years, A and B …", "emerged from their 40-minute meeting"
    # "X was received today by the Prime Minister of Ethiopia, Dr. Y"
    # (not "was received at the airport by …": a welcome, not a meeting)
    # (and as it happens: "X is currently being received by the President of the Republic")
    # ("was also received by President X": the adverb before the participle too)
    r"|\b(?:was|were|(?:is|are)\s+(?:currently\s+|now\s+)?being)\s+(?:(?:also|later|then"
    r"|separately|subsequently)\s+)?received\s+(?:(?:today|yesterday"
    r"|warmly|cordially|later|also|then|separately)\s+|on\s+\w+day\s+)?by\s+(?:the\s+)?(?=(?-i:[A-Z]))"
    # "A and B agreed at a meeting in Vientiane to …"
    r"|\b(?:at|during)\s+a\s+meeting\s+in\s+(?-i:[A-Z])"
    r"|\b(?:in|from|after)\s+their\s+(?:\d+(?:st|nd|rd|th)\s+|first\s+|[\w-]+-minute\s+"
    r"|hour-long\s+)?meeting\b(?!\s+of\b)"
    # "met in Brasilia", "The two met in the Brazilian capital of Brasilia"
    # (not a body briefed by one: "both briefed the Security Council by videoconference")
    # "spoke with X on the sidelines of the OSCE meeting": in person (see events.IN_PERSON_RE)
    # ("said he spoke with his Saudi counterpart at a conference in Jordan the previous day")
    r"|\bspoke\s+with\b(?=[^.;]{1,120}?\b(?:on\s+the\s+(?:sidelines|margins)|at\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:conference|summit|meeting|forum|session|gathering|dinner|reception"
    r"|ceremony|banquet))\b)"
    # "Obasanjo talked with Clinton for roughly a half hour" (not by phone: a call)
    r"|\btalked\s+(?:(?:here|there|today|yesterday|on\s+\w+day)\s+)?with\s+(?=(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))"
    r"(?![^.;]{0,80}?\b(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b)"
    r"|\b(?<!by\s)video[- ]?conferenc\w*|\bmet\s+(?:in|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))"
    # "met privately with", "met for an hour with", "met on January 21 at Casa Rosada with"
    r"|\bmet\s+(?:[\w'’-]+\s+){1,6}?with\s+(?=(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?-i:[A-Z]))"
    r"|\bcourtesy\s+(?:call|visit|meeting)s?\b"
    # a courtesy call, not an appeal: "called on President X", not "we call on Israel to
    # exercise maximum restraint", "called on Israel to commit to a ceasefire" (to do
    # anything but what a visitor calling does: discuss, convey, congratulate, hand over …)
    # ("called on the country's Prime Minister X": the host's)
    r"|\bcall(?:ed|s|ing)?\s+on\s+(?=(?:the\s+(?:(?:host\s+)?country|nation|kingdom)['’]s\s+"
    r"|the\s+|his\s+|her\s+)?"
    # "has called on the newly appointed Minister of Foreign Affairs X"
    # ("called on caretaker Foreign Minister X", "the interim Prime Minister")
    r"(?:newly[- ]appointed\s+|new\s+|visiting\s+|caretaker\s+|interim\s+|acting\s+)?(?-i:[A-Z]))"
    # (nor a "to" of something given: "called on X and conveyed to him Y's message")
    # (nor a wish of the caller's: "called on X and expressed desire to work closely with …")
    r"(?![^.;]{0,60}?" + NOT_A_WISH + r"\bto\s+(?!(?:discuss|convey|congratulate|deliver|hand"
    r"|present|pay|bid|brief|introduce|exchange|thank|extend|say|him|her|them)\b"
    r"|the\s+(?-i:[A-Z]))(?-i:[a-z]))"
    # "when outgoing Indian High Commissioner X called on her at her official residence":
    # the one told of before (not "called on him to resign")
    r"|\bcalled\s+on\s+(?:him|her)\b(?![^.;]{0,40}?\bto\s+(?-i:[a-z]))"
    # (not a send-off: "bid farewell to Prime Minister X … at the VVIP lounge of the
    # airport")
    r"|\bb(?:ade|id|ids|idding)\s+(?:a\s+)?farewell\s+to\b(?![^.;]{0,120}?\b(?:airport|lounge"
    r"|airbase|air\s+base|tarmac)\b)"
    # a summons: the envoy is called in and told ("summoned Japan's Ambassador to China")
    # (not its own envoys called home: "summoned all Indian Heads of Mission")
    r"|\bsummon(?:ed|s|ing)\s+(?!(?:all|its|their|his|her)\s)(?=(?:the\s+)?(?-i:[A-Z])|\w+\s+(?-i:[A-Z]))"
    # "hosted a reception on March 3 for Russian First Deputy Minister …"
    r"|\bhost(?:ed|s)?\s+a\s+reception\s+(?:(?:on|in|at)\s+[\w ]{1,25}?\s+)?for\s+"
    r"(?=(?:the\s+)?(?:new\w*(?:-\w+)?\s+|outgoing\s+)?(?-i:[A-Z]))"
    # "has hosted President of Azerbaijan Ilham Aliyev", "hosted visiting Chinese Premier Li"
    # "Shavkat Mirziyoyev hosted Kassym-Jomart Tokayev": a full name, no event's
    r"|\bhost(?:ed|s)\s+(?!(?-i:(?:[A-Z][a-z]+[- ]){1,3}(?:Summit|Forum|Conference|Games|Process"
    r"|Dialogue|Meeting|Talks|Session|Expo|Festival|Cup|Championship)s?\b))"
    r"(?=(?-i:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+)\b)"
    # ("while hosting the Indian Ambassador to Vietnam in Hanoi")
    r"|\bhost(?:ed|s|ing)\s+(?:(?:the|his|her)\s+)?"
    r"(?:(?:visiting|outgoing|new|newly[- ]appointed)\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?=(?-i:President|Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|Chancellor|Ambassador"
    r"|Crown\s+Prince|Sheikh|Foreign\s+Minister|Secretary\s+of\s+State|Vice\s+President)\b"
    # "hosted his Kazakh counterpart Kassym-Jomart Tokayev"
    r"|(?:colleague|counterpart|guest)\b)"
    # "was handed a copy of his credentials by", "presented his credentials to", "presented
    # copies of his credentials to"
    # "presented today his credentials", "was presented with letters of credence of"
    r"|\b(?:handed|presented|received|accepted|presents|receives|accepts)\s+"
    r"(?:(?:today|yesterday|on\s+(?-i:[A-Z])\w+day)\s+)?(?:with\s+)?(?:(?:a|the)\s+)?"
    r"(?:cop(?:y|ies)\s+of\s+)?"
    r"(?:(?:his|her|their|the)\s+)?(?:cop(?:y|ies)\s+of\s+)?(?:(?:his|her|their)\s+)?"
    r"(?:letters?\s+of\s+)?(?:credentials|credence)\b"
    # "is to receive 15 newly-appointed Ambassadors … at a traditional credentials
    # presentation ceremony"
    r"|\bcredentials\s+(?:presentation\s+)?ceremony\b"
    # "At the handover of credentials of the Sofia-based Argentinian Ambassador, X"
    r"|\bhand(?:over|ing\s+over)\s+of\s+(?:(?:the|his|her)\s+)?(?:credentials|letters?\s+of\s+credence)\b"
    r"|\bdiscussions\s+with\b"
    # "held long discussions on fundamentalism and terrorism with Uzbek Foreign Minister X"
    r"|\bdiscussions\s+(?:on|about|over)\s+[^.;]{1,80}?\swith\s+(?:(?:the|his|her)\s+)?"
    r"(?=(?-i:[A-Z]))|\b(?:leaders|sides|parties|ministers|presidents|counterparts"
    r"|delegations)\s+(?:also\s+)?(?:discussed|exchanged\s+views)\b|\bстороны\s+обсудили\b"
    r"|(?-i:\b[А-ЯЁ][а-яё]+)\s+обсудили\b"
    # "He discussed cooperation in counter-terrorism … with the Prime Minister of Spain X":
    # discussed with someone (an office or a name after "with")
    # ("Hu exchanged views in Bangkok Sunday with US President George W. Bush")
    r"|\b(?:discussed|exchanged\s+(?:views|opinions))\b"
    r"(?=[^.;]{0,160}?\swith\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?-i:President|Prime\s+Minister|Premier|Foreign\s+Minister|Minister|Secretary|King|Emir"
    r"|Chancellor|Ambassador|counterpart|colleague)\b|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b"
    r"(?!\s+(?:states|countries|nations|partners|leaders|officials|companies|firms))))"
    # "a one-on-one meeting took place between the prime minister of A and the vice
    # president of B"
    r"|\bmeeting\s+(?:was\s+held|took\s+place|has\s+taken\s+place)\s+between\b"
    # a joint commission's session, the two sides' meeting: "The eighth meeting of the
    # Azerbaijan-Turkey joint intergovernmental commission", "заседание межправительственной
    # комиссии"
    r"|\b(?:meeting|session|sitting)\s+of\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:intergovernmental"
    r"|joint|bilateral)\s+(?:[\w'’-]+\s+){0,4}?(?:commission|committee)\b"
    r"|\bзаседани\w+\s+(?:\w+\s+){0,3}?(?:межправительственн|совместн)\w+\s+(?:[\w-]+\s+){0,3}?"
    r"комисси\w*"
    # "Лавров обсудил … с турецким коллегой Мевлютом Чавушоглу": discussed with someone
    r"|\bобсудил[аи]?\b(?=[^.]{0,120}?\s(?:с|со)\s+(?:[\w-]+\s+){0,3}?(?:коллег|президент|министр"
    r"|глав|премьер|госсекретар|(?-i:[А-ЯЁ])))"
    # A meeting named again ("формат встречи", "по итогам встречи", "как встреча") is none;
    # "встреча", "встречу", "встречи с …", "встрече глав …", "встретились" are.
    # (not the negotiators: "усилия переговорщиков … направлены на …")
    r"|(?P<ru>переговор(?!щик)\w*|\bконсультаци(?:и|й|ях|ям|ями)\b|(?<!как\s)\bвстреч[ау]\b"
    # ("встречается в своей резиденции Ново-Огарево с президентом ОАЭ")
    # (not "Путина встречали первый вице-премьер …", "встречен был первым вице-премьером":
    # greeted on arrival)
    r"|\bвстреч(?!али\b|ал\b|ала\b|ен[аы]?\b)\w*(?=\s+(?:(?:в|во)\s+(?:[\w-]+\s+){1,4}?)?(?:с|со|между|на\s+полях)\b|\s+(?:глав|министр|президент|премьер|лидер"
    r"|делегаци|руководител)\w*|\s+(?-i:[А-ЯЁ])|\s+(?:обсу|стороны|был|состоял))|\bвстрет\w*"
    # (not one with the press: "в беседе с турецкими журналистами")
    # (nor its footage shown: "опубликовал кадры беседы")
    r"|(?<!кадры\s)(?<!видео\s)(?<!запись\s)\bбесед\w*+(?!\s+(?:с|со)\s+(?:[\w-]+\s+){0,2}(?:журналист|корреспондент|СМИ|издани|телеканал"
    r"|агентств|газет|радио|репортер))"
    # "обсудят на встрече в воскресенье …": what a meeting will take up
    r"|\b(?:обсуд|обсужд|затрон|рассмотр)\w*\s+на\s+(?:предстоящей\s+|своей\s+)?встрече\b"
    # "во время их встречи в Белом доме", "в ходе их встречи"; "заседание коллегий МИД России
    # и Белоруссии" (the boards of two ministries, together)
    r"|\b(?:во\s+время|в\s+ходе)\s+их\s+встреч\w*|\bзаседани\w+\s+коллегий\b"
    # "накануне общались тет-а-тет", "общались с глазу на глаз несколько часов"
    r"|\b(?:по)?общал\w*\s+(?:[\w-]+\s+){0,2}?(?:тет-а-тет|с\s+глазу\s+на\s+глаз|наедине)"
    # one ambassador's credentials, not a ceremony's ("принял верительные грамоты у послов")
    r"|\b(?:принял|вручил)\w*\s+(?:копи\w+\s+)?верительн\w+\s+грамот\w*(?=[^.]{0,80}?\b[Пп]осла\b))",
    re.IGNORECASE,
)
# Where and when, between "received" and the guest: "at Bayan Palace yesterday", "at her
# office", "Saturday at the Guest House"
# ("received this Monday in the Royal palace in Rabat, Chinese foreign minister X")
_RECEIVED_WHERE_WHEN = (
    r"(?:(?:(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
    r"(?:\s+(?:palace|residence|office|hall))?"
    r"|(?:at|in)\s+(?:his|her|their|the)\s+(?:official\s+)?(?:office|residence)|here|there"
    r"|yesterday|today|(?:on\s+|this\s+)?(?-i:[A-Z][a-z]+day)),?\s+){0,3}"
)
# "received Turkmen Foreign Minister Rashid Meredov", "принял посла": a meeting with a guest.
RECEIVED_RE = re.compile(
    # (not "received Sri Lankan President X at Islamabad airport": a welcome, not a meeting)
    # (and a headline's present: "Tokayev receives Uzbek Foreign Minister Saidov")
    r"\breceive[ds]\s+(?![^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + AIRFIELD + r"\b)"
    # ("received at Bayan Palace yesterday Prince X": the place and the day first)
    # ("received at Al-Yamamah Palace here today the Foreign Minister of Pakistan", "received
    # Saturday at the Guest House the envoy of the Russian President")
    rf"{_RECEIVED_WHERE_WHEN}"
    # ("received former U.S. Secretary of State X", "received acting Foreign Minister X")
    r"(?:the\s+)?(?:(?:newly[- ]accredited|newly[- ]appointed|new|visiting"
    r"|outgoing|former|acting)\s+|ex-)?(?=(?-i:[A-Z])|(?:special\s+)?envoy\s+of\b)"
    r"(?![^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + AIRFIELD + r"\b)"
    # "received the delegation of the Committee on Foreign Affairs … led by Chairman X"
    rf"|\breceived\s+{_RECEIVED_WHERE_WHEN}(?:a|the)\s+(?=(?:[\w'’-]+\s+){{0,3}}?delegation\b)"
    # "welcomed the newly appointed Ambassador of Türkiye, X": an envoy received
    r"|\bwelcome[ds]\s+(?:the\s+)?(?:newly[- ](?:appointed|accredited)|new)\s+"
    r"(?=(?-i:Ambassador|High\s+Commissioner|Envoy)\b)"
    # "Vice President X received him." (the guest the sentence before told of; not
    # "received her credentials")
    r"|\breceive[ds]\s+(?=(?:him|her)(?:\s*[.,;]|\s+(?:at|in|on|warmly|yesterday|today|and)\b))"
    r"(?![^.;]{0,100}?\b" + AIRFIELD + r"\b)"
    # "received his Nigerian counterpart, President X," (not "received his credentials")
    r"|\breceive[ds]\s+(?![^.;]{0,80}?\bat\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + AIRFIELD + r"\b)"
    r"(?:his|her|their)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:counterparts?|guests?|opposite\s+numbers?)\b"
    r"|\bпринял\w*\s+(?!участи|решени|закон|меры|заявлени|резолюци|программ|постановлени"
    r"|верительн|копи)",
    re.IGNORECASE,
)
AGREEMENT_RE = alternatives(
    # ("a sign of", "signs of" are nouns)
    # (not a domestic act: "signed a decree awarding X the Order of …", "signed the bill")
    # (nor "a sign that", "no sign", "an encouraging sign": the noun)
    # (nor "positive signs emerging", "early signs", '"encouraging signs"')
    # (nor who signed a statement: "The statement, signed by X, spokesperson of …, said")
    r"\b(?P<verb>(?:(?<!statement,\s)(?<!statement\s)(?<!letter,\s)(?<!letter\s)"
    r"(?<!message,\s)(?<!message\s)(?<!release,\s)(?<!release\s)signed"
    r"|(?<!\ba\s)(?<!\bno\s)(?<!\bany\s)(?<!\bthe\s)(?<!ing\s)(?<!ive\s)"
    r"(?<!early\s)(?<!clear\s)(?<!some\s)(?<!first\s)(?<!warning\s)(?<![\"“])signs?"
    r"(?!\s+(?:that|emerging|pointing)\b))"
    r"(?!\s+of\b)(?!\s+(?:a|an|the)\s+(?:presidential\s+|executive\s+)?"
    r"(?:decree|law|bill|order)\b)"
    # (nor a book: "signed the visitors' \"Golden Book\"", "signed the book of condolence")
    r"(?!\s+(?:a|an|the|his|her)\s+(?:[^\s.;]+\s+){0,2}?[\"“]?(?:book|register)\b)|inked|initiall?ed|concluded|adopted|finali[sz]ed"
    # (not a process endorsed: "endorsed the finalization of a memorandum" is not yet signed)
    r"|endorsed(?!\s+the\s+(?:finali[sz]ation|drafting|preparation|negotiation)\b)"
    r"|подписал\w*(?!\s+(?:[Уу]каз|распоряжени|закон|постановлени))"
    r"|подписыва(?:ет|ют)(?!\s+(?:[Уу]каз|распоряжени|закон|постановлени))"
    # (not a signing to come: "для его подписания", "готово к подписанию", "до подписания";
    # nor its day: "дата подписания пока не назначена")
    r"|(?<!для\s)(?<!для\sего\s)(?<!для\sих\s)(?<!к\s)(?<!до\s)(?<!перед\s)(?<!дата\s)"
    r"(?<!даты\s)(?<!дату\s)(?<!срок\s)(?<!сроки\s)подписан\w*"
    r"|подпишут|приняли|принята|принят|принято)\b"
    # (not one called for: "called for the signing of a peace treaty"; nor a process told
    # whole: "for its support during the negotiation and signing of the EVFTA")
    r"|\b(?<!for\sthe\s)(?<!negotiation\sand\s)(?<!negotiations\sand\s)signing\s+of\b"
    # "oversaw the signing yesterday of business deals", "witnessed the signing on Monday of"
    r"|\b(?:oversaw|witnessed|attended)\s+the\s+signing\s+(?:(?:today|yesterday|on\s+\w+day)\s+)of\b"
    r"|\bsigning\s+ceremony\b"
    # what a meeting of many ends with: "ended with the adoption of a final declaration",
    # "issued a final communique", "closed with a joint communique"
    r"|\badoption\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:declaration|communiqu[eé]|charter"
    r"|action\s+plan|programme|treaty|convention)\b"
    r"|\b(?:with|issued|released|adopted)\s+(?:a|an|the)\s+(?:final|joint)\s+(?:communiqu[eé]"
    r"|declaration)\b"
    # "a number of joint statements were issued" (after talks: what the sides agreed on)
    r"|\bjoint\s+(?:statements?|declarations?|communiqu[eé]s?)\s+(?:was|were|had\s+been|have\s+been"
    r"|has\s+been)\s+(?:issued|released|adopted|published)\b"
    # "forged closer ties on Thursday by signing four agreements" (not one to come: "for
    # signing", "ahead of signing", "on signing")
    r"|\b(?<!for\s)(?<!towards\s)(?<!toward\s)(?<!of\s)(?<!on\s)(?<!before\s)(?<!to\s)signing\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of|an?|the)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:agreements?|memorand\w+|MoUs?|treat(?:y|ies)|accords?|deals?"
    r"|documents|contracts?|protocols?|declarations?)\b"
    # "put their signatures to a plan of consultations"
    r"|\bput\s+(?:their|his|her)\s+signatures?\s+(?:to|on|under)\b"
    # "put pen to paper on a trade deal"
    r"|\bput(?:ting|s)?\s+pen\s+to\s+paper\s+on\b"
    # "witnessed the exchange of 15 agreements"; "a roadmap … was approved by the sides"
    r"|\bexchange\s+of\s+(?:\d+\s+|the\s+|signed\s+)?(?:[\w-]+\s+){0,2}(?:agreements|documents"
    r"|memorand\w*|MoUs|instruments)\b"
    r"|\b(?:roadmap|road\s+map|programme|action\s+plan)\b[^.;]{0,60}?\b(?:was|were)\s+(?:also\s+)?"
    r"approved\b"
    # "approved the joint action plan for 2024-2026"; "Documents on cooperation in health
    # were exchanged in the presence of the two presidents"
    r"|\bapproved\s+(?:a|an|the)\s+(?:joint\s+|new\s+|comprehensive\s+)?(?:roadmap|road\s+map"
    r"|action\s+plan|plan\s+of\s+(?:action|consultations|cooperation)|programme\s+of\s+cooperation)\b"
    # "A and B renewed their agreement on water sharing", "renewed a ban on nuclear tests"
    r"|\b(?:renewed|prolonged)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|accord|treaty"
    r"|pact|ban|moratorium|memorandum|deal)\b"
    r"|\b(?:documents|agreements|memorand\w*|MoUs|instruments)\b[^.;]{0,80}?\b(?:were|was)\s+"
    r"(?:also\s+)?exchanged\b"
    # "exchanged the signed documents", "sealed a gas deal", "entered into an agreement"
    r"|\bexchanged\s+(?:the\s+)?(?:\d+\s+|several\s+|(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+|[a-z]+\s+(?=signed\s))?(?:signed\s+"
    r"|ratification\s+)?(?:documents|agreements|memorand\w*|instruments|notes|MoUs?)\b|\bsealed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:deal|agreement|accord"
    r"|pact)s?\b|\b(?:was|were)\s+sealed\b|\bentered\s+into\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:agreement|accord|pact|treaty)\b"
    # "reached an agreement on water sharing", "struck a deal on electricity", "15 agreements
    # were reached", "agreed on a roadmap", "approved the Declaration of Astana"
    # (not a third party's that someone welcomes: "both conflicting parties reached ceasefire
    # agreement", "the agreement in Gaza that was reached between …")
    r"|\b(?<!parties\s)(?:reached|struck)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement"
    r"|accord|deal|pact|understanding)s?\b"
    # (not the consensus just told, named no further: "… agreed that their countries will
    # work on …. The two reached the agreement during talks at a hotel in Tokyo")
    r"(?!(?:(?<=the\sagreement)|(?<=the\sunderstanding))(?:\s*[,.;]|\s+(?:during|at|while|when"
    r"|after|in)\b))"
    # (not a consensus on matters: "reached agreement on a number of measures")
    r"(?!\s+on\s+(?:a\s+(?:number|range|series|host)\s+of|several|various|many|some|most|all"
    # (nor progress on a draft: "reached an agreement on additional articles")
    r"|additional|certain|further|several|new)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:issues|measures|points|questions|matters|areas|topics|aspects"
    r"|articles|provisions|paragraphs|elements|clauses)\b)"
    r"|\b(?:\d+|[\w-]+ty|[\w-]+teen|several|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreements|accords|deals)\s+(?:[\w$.,-]+\s+){0,4}?were\s+reached\b"
    r"|\bagreed\s+(?:on|upon)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:roadmap|road\s+map"
    r"|action\s+plan|programme|declaration|agreement|deal|communiqu[ée])\b"
    # "agreed on the text of a peace treaty", "agreed a framework", "signed off on a plan"
    r"|\bagreed\s+(?:on\s+|upon\s+)?the\s+(?:final\s+)?text\s+of\b"
    r"|\bagreed\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:roadmap|road\s+map|framework"
    r"|action\s+plan|deal|declaration|communiqu[ée])\b"
    r"|\bsigned\s+off\s+on\b"
    r"|\bapproved\s+(?:the|a)\s+(?:joint\s+)?(?-i:Declaration|Communiqu[ée]|Charter|Treaty)\b"
    # "issued a joint communique", "issued a Press Communique"
    r"|\b(?:issued|released)\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:press\s+)?communiqu[ée]s?\b"
    # "issued a joint declaration", "A joint communique issued after the talks said", "In a
    # joint declaration, the two sides …", "According to a joint communique" (what the sides
    # agreed on; a joint statement is read with the statements)
    r"|\b(?:issued|released|published)\s+(?:an?\s+|the\s+)?joint\s+declarations?\b"
    r"|\bjoint\s+(?:declaration|communiqu[ée])\s+(?:was\s+)?(?:issued|released|published"
    r"|adopted)\b"
    # (not one referred to: "focused on the directions outlined in the joint declaration on the
    # strategic partnership")
    r"|(?<!outlined\s)(?<!enshrined\s)(?<!contained\s)(?<!stipulated\s)(?<!envisaged\s)"
    r"(?<!reflected\s)(?<!set\sout\s)(?<!laid\sdown\s)(?<!provided\sfor\s)"
    r"\b(?:in|according\s+to)\s+(?:a|the|their)\s+joint\s+(?:declaration|communiqu[ée])\b"
    r"|\bjoint\s+statement\s+(?:was\s+)?(?:issued|released|published)\s+(?:after|at|following"
    r"|on\s+the\s+conclusion)\b"
    # "unveiled a joint vision statement", "approved a joint statement"
    r"|\b(?:unveiled|approved)\s+(?:an?\s+|the\s+|their\s+)?joint\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|declaration|communiqu[ée])\b"
    # "Было достигнуто соглашение о …", "заключено соглашение о сотрудничестве", "соглашение
    # было заключено"
    # (not the noun: "по проблеме заключения мирного договора", a process)
    r"|(?<!не\s)\b(?:достигнут[оаы]?|достигли|заключен[оаы]?|заключили)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:соглашени\w*|договор(?:а|ы)?|договоренност\w*)\b"
    r"|\b(?:соглашени\w*|договор)\s+(?:[а-яё]+\s+){0,4}?(?<!не\s)(?:был[оаи]?\s+)?(?:достигнут[оаы]?"
    r"|заключен[оаы]?)\b"
    # "An agreement between A and B on visa-free travel was reached": the news it opens
    r"|^\s*(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|deal|pact)\s+between\b[^.;]{0,100}?"
    r"\b(?:was|has\s+been)\s+reached\b"
    # "the leaders said in a communique issued after their summit here": what the meeting
    # agreed on
    r"|\bcommuniqu[ée]\s+(?:was\s+)?(?:issued|released|adopted)\s+(?:after|at|following"
    r"|on\s+the\s+conclusion\s+of)\s+(?:the|their|its|this)\s+(?:[\w-]+\s+){0,2}?(?:summit"
    r"|meeting|talks|session|conference)\b",
    re.IGNORECASE,
)
DOCUMENT_RE = re.compile(
    r"\b(?:joint\s+(?:statement|declaration|communiqu[ée])|agreements?|memorand(?:ums?|a)"
    r"|treaty|treaties|roadmap|road\s+map|protocols?|declaration|communiqu[ée]|accords?"
    r"|contracts?|deals?|programm?e|(?:action\s+)?plan|charter|conventions?|documents?"
    r"|MoUs?|pacts?|rules|letters?\s+of\s+intent|соглашени\w*|договор\w*|меморандум\w*|декларац\w*|заявлени\w*|документ\w*"
    r"|программ\w*|план\w*|протокол\w*|контракт\w*)\b",
    re.IGNORECASE,
)
AWARD_RE = re.compile(
    r"\b(?:awarded|awards|awarding|conferred|confers|bestowed|presented|decorated|handed|granted"
    r"|pinned"
    r"|наградил\w*|вручил\w*"
    r"|удостоен\w*"
    r"|присвоил\w*|вручени\w*|награждени\w*)\b",
    re.IGNORECASE,
)
RECEIVED_AWARD_RE = re.compile(
    # "was conferred with Nigeria's national award", "has been honoured with the Order of …"
    # ("was Saturday conferred with")
    # ("was during the dinner decorated with the medal of …")
    # ("the honour of being awarded Vietnam's first-class Labour Order")
    r"\b(?:received|(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:(?:on\s+)?\w+day\s+"
    r"|today\s+|yesterday\s+|(?:during|at)\s+(?:the|a)\s+(?:[\w-]+\s+){1,2}?)?(?:awarded|conferred"
    r"|decorated|presented|honou?red|given)(?:\s+with)?|(?:the\s+)?(?:first\s+)?recipient\s+of"
    # "was raised to the rank of Grand Officer of the National Order of Valour"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:raised|elevated|promoted)\s+to\s+the\s+rank\s+of"
    r"(?=\s+(?:[\w-]+\s+){1,3}of\s+the\s+(?:[\w-]+\s+){0,2}Order\b)"
    # "was named an honorary citizen of Bishkek"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:named|made|declared|proclaimed)(?=\s+an?\s+honorary\s)"
    # a headline's passive, the giver after "by": "PM X conferred with the Grand Cross of the
    # Legion of Honour, the highest award in France, by President Y"
    r"|conferred\s+with(?=[^.;]{1,160}\bby\s)"
    # "лидер Туркменистана удостоен данной награды"
    r"|удостоен\w*|награжден(?:а|о|ы)?)\s+",
    re.I,
)
# the award named first: "The Order of Friendship was conferred on X by Y"
CONFERRED_ON_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:conferred|bestowed|presented|awarded)"
    r"\s+(?:on|upon|to)\s+"
)
BY_RE = re.compile(r"\bby\s+")
AWARD_NAME_RE = re.compile(
    # 'the order "Dustlik"', 'the Order of "Friendship"'
    r"\b(?:(?:the|an?)\s+)?(?:(?P<name>[Oo]rder\s+(?:of\s+)?[“\"«][^”\"»\n]{1,40}[”\"»]"
    r"|(?:[A-Z][\w’'-]*\s+|\([^)]*\)\s+)*(?:[A-Z][\w’']*-)?(?:Order|Medal|Prize"
    # ("the Grand Cross of the Legion of Honour", "the Grand Collar of …")
    # ("the Order of the Companions of O.R. Tambo": initials in the name)
    r"|Award|Cross|Collar|Sash)(?:\s+of\s+(?:the\s+)?(?:(?:[A-Z]\.){1,3}(?=\s?[A-Z])|[A-Z][\w’'-]*)"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:[A-Z]\.){1,3}(?=\s?[A-Z])|[A-Z][\w’'-]*))*)?"
    # "the Dostlug order", "the Friendship medal"
    r"|(?:[A-Z][\w’'-]*\s+)+(?:order|medal)\b"
    # honours named without such a word: "the Padma Vibhushan", "Nishan-e-Pakistan"
    r"|Padma\s+(?:Vibhushan|Bhushan|Shri)|Bharat\s+Ratna|(?:Nishan|Hilal|Sitara)-e-[A-Z][\w-]*"
    r"|L[ée]gion\s+d['’]honneur)"
    # ("Орденом дружбы", "орденом Александра Невского", "орденом «Достык»")
    r"|(?P<ru_name>(?:[Оо]рден\w*(?:\s+(?:[Дд]ружбы|[Пп]оч[её]та|[Мм]ужества|[Сс]лавы|[Чч]ести"
    r"|[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)(?![\w-]))?|[Мм]едал\w*|[Пп]реми\w*|[Нн]аград\w*)(?:\s+«[^»]{1,60}»|\s+\"[^\"]{1,60}\")?)"
    # "presented Tokayev with Uzbekistan's highest state award"
    r"|(?P<generic>(?:[A-Z][\w’'-]*['’]s\s+)?(?:(?:highest|top)\s+(?:(?:state|national|civilian)\s+)?"
    r"(?:awards?|orders?|decorations?|honou?rs?)|(?:state|national)\s+(?:awards?|orders?"
    r"|decorations?))\b"
    # "an honorary doctorate", "the honorary title of …"
    r"|honorary\s+(?:doctorate|degree|title|citizenship|professorship|knighthood)\b"
    r"|(?<=an\s)honorary\s+(?:citizen|professor|doctor)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
    # "the title of honorary citizen of Astana"
    r"|title\s+of\s+(?:an?\s+)?honorary\s+(?:citizen|professor|doctor)\b"
    # "presented X with the key to the city of Pretoria"
    r"|(?:golden\s+)?keys?\s+(?:to|of)\s+the\s+city\b"
    # "has been awarded the order for …": the one named before
    r"|(?<=the\s)(?:order|medal|award|decoration)\b(?!\s+(?:to|that)\b)))"
)
MESSAGE_TO = r"\b(?:addressed|addresses|sent|sends|dispatched)\s+(?:a\s+)?messages?\s+to\b"
NATIONAL_DAY = r"(?:National|Independence|Republic|Liberation)\s+Day\b"
MESSAGE_TO_RE = re.compile(MESSAGE_TO)
# "Upon the celebration of the National Day of India, President X addressed a message to …"
NATIONAL_DAY_MESSAGE_RE = re.compile(rf"\b{NATIONAL_DAY}[^.;]{{0,100}}?(?P<verb>{MESSAGE_TO})")
CONGRATS_RE = re.compile(
    r"\bcongratulat\w*|\bcondolences?\b|\bcondole[sd]?\s+with\b|\bsympath(?:y|ies)\b|\bпоздрав\w*"
    # "Warmly felicitating Modi, President X noted …"
    r"|\bfelicitat\w*"
    # greetings on a day, not a welcome: "greeted X on the occasion of Independence Day",
    # "extended greetings to X on Russia Day", "a message of greetings … on his birthday"
    r"|\b(?:greeted|greets|(?:extended|conveyed|sent|extends|conveys|sends)\s+(?:(?:his|her|their"
    r"|warm|warmest|cordial|best)\s+){0,2}greetings|messages?\s+of\s+greetings?)\b"
    r"(?=[^.;]{0,100}?\bon\s+(?:the\s+occasion\s+of|(?:his|her|its|their)\s+(?:\d+\w*\s+)?"
    r"(?:birthday|anniversary|election|re-election|inauguration|national\s+day)"
    r"|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?-i:Day))\b)"
    r"|\bсоболезнован\w*"
    # a message on a national day: "addressed a message to the Mozambican President, X, on the
    # occasion of the celebration of the National Day of Mozambique" (and the day told first:
    # NATIONAL_DAY_MESSAGE_RE)
    rf"|{MESSAGE_TO}(?=[^.;]{{0,160}}?\b{NATIONAL_DAY})"
    # the same greeting from another, told after the first: "Sheikh X also dispatched a similar
    # cable to King Abdullah", "sent similar cables to Chancellor Y"
    r"|\b(?:sent|dispatched|despatched|sends|dispatches)\s+(?:a\s+)?similar\s+(?:[\w-]+\s+)?"
    r"(?:cables?|messages?|letters?|telegrams?)\b",
    re.IGNORECASE,
)
SPEECH = (
    r"(?:said|says|stated|told|confirmed|announced|noted|tweeted|added|stressed|described|quoted"
    r"|remarked|rejected|condemned|underlined|emphasi[sz]ed|urged|warned|expressed|commented"
    # "Spokeswoman X informed that …", "explained", "pointed out"
    r"|informed|explained|pointed\s+out|reiterated|clarified)"
)
# A remark reported as the news, with a verb that makes it one ("Rice says the leaders have a
# full agenda", "Trump vowed to deal with North Korea"): a statement when the sentence
# reports nothing else and names the one speaking just before.
STRONG_SPEECH_RE = re.compile(
    r"\b(?:says|vowed|warned|urged|condemned|denounced|(?:has|have)\s+said"
    # the present of a statement's own words: "Kazakhstan strongly condemns the attack"
    r"|condemns|denounces|urges|warns|deplores|deplored"
    # "China issued a condemnation of the United States", "lodged a strong protest"
    r"|(?:issued|lodged)\s+(?:a|an)\s+(?:(?:strong|sharp|formal|official)\s+)?(?:condemnation"
    r"|protest|rebuke|denunciation)"
    # "The Secretary-General is greatly concerned by the new wave of violence"
    r"|(?:is|was|remains|remained)\s+(?:deeply\s+|greatly\s+|gravely\s+|seriously\s+)"
    r"(?:concerned|alarmed|troubled|saddened)"
    # "Japan protested to China over the incident"
    r"|protest(?:ed|s)\s+(?:strongly\s+)?(?:to|against|over)\b"
    r"|said\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:it|he|she|they)\s+"
    r"(?:was|is|were|are)\s+"
    r"(?:deeply\s+|gravely\s+|seriously\s+)?(?:concerned|alarmed"
    r"|shocked|saddened)"
    r"|(?:expressed|expresses|voiced|voices)\s+[\"“'‘]?(?:\w+\s+){0,2}?(?:concerns?|shock|outrage"
    r"|dismay|alarm|indignation|horror)\b"
    # (not a courtesy call on an office: "called on the Principal Secretary to the Prime
    # Minister")
    r"|called\s+on\b(?=[^.;]{0,60}?" + NOT_A_WISH + r"\bto\s(?!the\s+(?-i:[A-Z])))"
    r"|appealed\s+to\b(?=[^.;]{0,60}?\bto\s)"
    # a headline's "Kazakh MFA comments on …", "… responds to Russian MP's remarks"
    r"|comment(?:s|ed)\s+on\b|respond(?:s|ed)\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:remarks|statements?"
    r"|claims|accusations|reports|criticism|questions?)\b"
    # "called for restraint", "calls for an immediate ceasefire"
    r"|(?:call(?:ed|s)|appeal(?:ed|s))\s+for\s+(?:an?\s+)?(?:immediate\s+|maximum\s+|utmost\s+)?(?:restraint|calm"
    r"|de-?escalation|ceasefire|cease-fire|dialogue|end\s+to)\b"
    # what was welcomed is news, not a guest: "welcomed the ceasefire agreement", "welcomes
    # announcement of a ceasefire" (not "welcomed the Uzbek delegation")
    r"|welcom(?:es|ed)\s+(?:the\s+|this\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?"
    r"|decisions?|ceasefire|cease-fire|truce|announcement|news|move|steps?|deal|resolution"
    r"|adoption|outcome|release|elections?|initiatives?|progress|efforts|signing|launch"
    r"|statement|report|proposals?|accord)\b"
    # "rejected as untrue the allegations of …", "denied reports that …"
    r"|(?:reject|rejected|rejects|denied|denies|refuted|refutes|dismissed|dismisses)\s+"
    r"(?:as\s+['‘\"“]?[\w-]+['’\"”]?\s+)?(?:[\w'’-]+\s+){0,4}?(?:claims?|allegations?|reports?"
    r"|accusations?|remarks|statements?|charges?|assertions?)"
    r"|осудил\w*|осуждает|предупредил\w*|призвал\w*|раскритиковал\w*"
    # "МИД Азербайджана приветствует соглашение о прекращении огня"
    r"|приветству(?:ет|ют|ем)\s+(?:[а-яё]+\s+){0,2}?(?:соглашени|договор[её]нност|решени|заявлени"
    r"|итог|прекращени|перемири|подписани|освобождени)\w*"
    # "В МИД России опровергли сообщения о звонке"
    r"|опроверг\w*\s+(?:[а-яё]+\s+){0,2}?(?:сообщени|заявлени|информаци|слух|утверждени|обвинени)\w*)\b"
)
STATEMENT_RE = alternatives(
    r"\b(?:issued|issues|issuing|released|releases|delivered|read\s+out|published|publishes)\s+"
    r"(?:a|an|the)?\s*(?:following\s+)?"
    r"(?:joint\s+)?(?:official\s+)?(?:press\s+)?statements?\b"
    r"|\bmade\s+(?:a|an|the\s+following)\s+(?:joint\s+)?(?:official\s+)?(?:press\s+)?statement\b"
    # "made remarks to reporters" (not "made the remarks as he met X": what was said, told
    # again, at the meeting)
    r"|\bmade\s+(?:the\s+)?remarks\s+to\s+(?:the\s+)?(?:reporters|journalists|press|media"
    r"|correspondents)\b"
    # a spokesperson's answer: "X, spokesperson for …, made the remarks in response to a
    # question", "made the remarks at a daily press briefing"
    r"|\bmade\s+(?:the|these|his|her)\s+remarks\s+(?:at\s+(?:a|the)\s+(?:regular\s+|daily\s+"
    r"|weekly\s+)?(?:press\s+)?(?:briefing|conference)|in\s+response\s+to\s+(?:a|an)\s+"
    r"(?:question|query|inquiry)|when\s+asked)\b"
    # "The following statement was issued today by the Spokesperson for …", "Following is the
    # text of UN Secretary-General Ban Ki-moon's statement on …" (the one whose it is, after)
    r"|\bfollowing\s+(?:joint\s+)?statement\s+(?:was\s+)?(?:issued|released|made)\b"
    r"|\btext\s+of\s+(?=(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?[\w.-]+['’]s\s+statement\b)"
    r"|\bin\s+a\s+(?:(?:joint|written|separate|brief|short|formal|press)\s+){0,2}statement\b"
    # "In a televised address on Wednesday, X said", "in his speech at the forum"
    r"|\b(?:in|during)\s+(?:a|an|his|her)\s+(?:televised\s+|video\s+|national\s+|annual\s+"
    r"|keynote\s+|opening\s+|closing\s+|inaugural\s+|welcoming\s+)?(?:address|speech|remarks)\b"
    # "Speaking to reporters aboard her plane, X said", "X said at the opening of the
    # meeting", "said in Parliament on Tuesday"
    r"|\bspeaking\s+to\s+(?:reporters|journalists|correspondents|the\s+(?:press|media)|(?:a|the)\s+(?:news|press)"
    r"\s+conference)\b"
    r"|\bsaid\s+at\s+the\s+(?:opening|close|closing|start|launch)\b"
    r"|\bsaid\s+in\s+(?:the\s+)?(?:Parliament|Duma|Senate|National\s+Assembly|Lok\s+Sabha"
    r"|Bundestag|Knesset|House\s+of\s+Commons)\b"
    # "a foreign office statement issued here said", "the statement maintained"
    r"|\bstatement\s+(?:issued\s+(?:here|today|on\s+\w+day|by\s+[^.;\"“]{1,40}?)\s+)?"
    r"(?:said|says|stated|maintained)\b"
    r"|\bjoint\s+statement\s+(?:by|from|of)\s+[^.;\"“]{1,60}?\s+(?:said|says|stated)\b"
    # "МИД Казахстана выразил обеспокоенность эскалацией": concern expressed
    # (one speaker: "главы государств выразили озабоченность" is what a call's sides said)
    r"|\bвыразила?\s+(?:\w+\s+)?(?:обеспокоенность|озабоченность)"
    # "X … delivered a message on this occasion, saying", "the remarks delivered by X",
    # "X briefed the Security Council"
    r"|\bdelivered\s+(?:a|an|the|his|her)\s+(?:(?:keynote|opening|closing|inaugural|welcoming"
    r"|televised|policy|major)\s+)?(?:remarks|speech|address)\b"
    # "In a post on X, Y said", "posted on Telegram"
    r"|\b(?:in\s+a\s+(?:social\s+media\s+)?post\s+on|posted\s+on)\s+(?-i:X|Twitter|Telegram"
    r"|Facebook|Instagram)\b"
    # (a message read out, not one handed over: "delivered a message from President X")
    r"|\bdelivered\s+a\s+message\b(?=[^.;]{0,60},\s+saying\b)"
    r"|\bremarks\s+delivered\s+by\b"
    r"|\bbrief(?:ed|ing)\s+the\s+(?:Security\s+Council|General\s+Assembly|Council|press|media"
    r"|reporters|journalists|correspondents)\b"
    # ("PM's Press Secretary X briefed reporters after the meeting")
    r"|\bbrief(?:ed|ing|s)\s+(?:reporters|journalists|correspondents|newsmen)\b"
    # "gave his final briefing", "gave her first briefing to the Council"
    r"|\bgave\s+(?:his|her|their|a)\s+(?:final\s+|first\s+|last\s+|farewell\s+)?briefing\b"
    # "provided an update to the Security Council", "gave the Council an update"
    r"|\b(?:provided|gave)\s+(?:an?\s+)?(?:update|briefing)\s+to\s+the\s+(?:Security\s+Council"
    r"|General\s+Assembly|Council|press|media)\b"
    # "X told the summit that …", "Speaking after the summit, X said", "X said at the end of
    # the two-day summit that …": what was said there
    r"|\btold\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|forum|gathering)\b"
    r"|\bspeaking\s+(?:at|after|during|on\s+the\s+sidelines\s+of)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|conference|forum|session|[Aa]ssembly|plenary|briefing|ceremony|opening|banquet"
    r"|reception|luncheon|dinner)\b"
    r"|\bsaid\s+(?:at|after)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:summit|talks|meeting|conference|forum)\b"
    # "In an interview with Reuters, X said", "In remarks to the press", "told the UN General
    # Assembly"
    r"|\b(?:in|during)\s+(?:an?|his|her)\s+(?:exclusive\s+)?interview\s+(?:with|to)\b"
    # "X told the Financial Times in an interview", "said in an interview", "gave an
    # interview to Euronews", "in an interview published on Tuesday"
    r"|\b(?:said\s+|says\s+|told\s+(?:[\w.'’&-]+\s+){1,5}?)in\s+an?\s+(?:exclusive\s+|recent\s+"
    r"|televised\s+)?interview\b"
    r"|\b(?:gave|granted|given|giving)\s+(?:an?\s+)?(?:exclusive\s+)?interview\s+(?:to|with)\b"
    r"|\bin\s+an?\s+(?:exclusive\s+)?interview\s+(?:published|broadcast|aired|released)\b"
    r"|\bin\s+(?:his\s+|her\s+)?remarks\s+to\s+(?:the\s+)?(?:press|media|reporters|journalists|correspondents)\b"
    r"|\btold\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:General\s+Assembly|Security\s+Council"
    r"|parliament|lawmakers|the\s+conference)\b"
    # "told the BBC that", "told the official IRNA news agency", "told state television"
    r"|\btold\s+(?:the\s+|a\s+)?(?:(?:official|state|state-run|local|national|private)\s+)?"
    r"(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}(?:news\s+agency|newspaper|daily|television|TV|radio"
    r"|broadcaster)\b"
    r"|\btold\s+(?:the\s+)?(?-i:BBC|CNN|Reuters|AFP|AP|Xinhua|TASS|ITAR-TASS|Interfax|RIA\s+Novosti"
    r"|Al\s+Jazeera|Kyodo|Yonhap|IRNA|Anadolu|Bernama|Kazinform|Trend|APA|Sputnik|RIA|NHK|Izvestia"
    r"|Kommersant|Al\s+Arabiya|WAM|SPA|KUNA|QNA|Antara|VNA|PTI|ANI|IANS|APP|Tasnim|Fars|Mehr|ISNA"
    r"|Kabar|AKIpress|Khovar|UzA|Ukrinform|BelTA|Azertac|Armenpress|Bloomberg|CBS|NBC|ABC|CNBC"
    r"|Fox\s+News|France\s+24|Politico|Axios)\b"
    r"|\btold\s+(?:reporters|journalists|correspondents|the\s+press|(?:a|the)\s+(?:(?:daily|regular|concluding|closing|final|weekly"
    r"|monthly|routine|joint)\s+)?(?:(?:news|press|media)\s+(?:conference|briefing)|briefing)"
    r"|the\s+media)\b"
    r"|\b(?:at|during|in)\s+(?:a|the)\s+(?:(?:daily|regular|weekly|monthly|routine|joint|concluding|closing|final)\s+)?"
    r"(?:press|news|media)\s+(?:conference|briefing)\b|\bpress\s+(?:statements?|briefings?)\b"
    # "she said during her regular briefing", "said in a press release" (not "…, a press
    # release said": where the news comes from)
    r"|\b(?:said|told\s+\w+)\s+(?:at|during|in)\s+(?:a|the|his|her|their)\s+(?:(?:daily|regular"
    r"|weekly|monthly|routine|joint)\s+)?briefing\b"
    r"|\bin\s+a\s+press\s+release\b"
    # "In a briefing following the meeting, Burns said", "During Thursday's briefing, X …"
    r"|\b(?:in|at|during)\s+(?:a|the|his|her|their|(?:\w+day|today)['’]s)\s+"
    r"(?:(?:daily|regular|weekly|monthly|routine)\s+)?(?:press\s+|news\s+)?"
    r"briefing\b(?!\s+(?:paper|note|book|document|material)s?\b)"
    # a document's heading: "Statement from the U.S. Ambassador to Saudi Arabia John Abizaid"
    r"|^\s*Statement\s+(?:from|by)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "A joint press conference between Foreign Minister X and his counterpart Y began"
    r"|\bjoint\s+(?:press|news)\s+conference\s+(?:between|of)\b"
    # "Spokesperson X held a regular press conference", "gave a news briefing", "presided over
    # a regular press conference"
    r"|\b(?:held|gave|hosted|conducted|presided\s+over)\s+(?:a|the|his|her|their)\s+(?:(?:daily|regular|weekly"
    r"|monthly|routine|joint|final|closing)\s+)?(?:press|news|media)\s+(?:conference|briefing)\b"
    r"|\bstatements?\s+(?:to|for)\s+the\s+"
    # "addressed the UN General Assembly"
    r"(?:press|media)\b|\baddress(?:ed|ing)\s+the\s+(?:(?:UN|United\s+Nations|[\d]+\w*|annual)\s+)?"
    r"(?:General\s+|Security\s+)?(?:summit|opening|ceremony|conference"
    r"|session|assembly|plenary|forum|nation|people|parliament|joint\s+session|council)\b"
    # "addressed the participants of the Astana International Forum"
    r"|\baddress(?:ed|ing)\s+(?:the\s+)?(?:participants|delegates|attendees|audience|guests)\s+of\b"
    # "Zakharova commented on the situation at a briefing"
    r"|\bcommented\s+(?:on\s+)?[^.;]{0,60}?\s+at\s+(?:a|the|her|his)\s+(?:[\w-]+\s+)?briefing\b"
    # "wrote in an article published on Tuesday", "in an op-ed for …"; "выступил с
    # обращением к народу", "выступил с заявлением"
    r"|\bwrote\s+in\s+(?:an?|his|her)\s+(?:article|op-ed|column|letter)\b"
    r"|\bin\s+(?:an?|his|her)\s+(?:article|op-ed|column)\s+(?:for|in|published)\b"
    r"|\bвыступил\w*\s+с\s+(?:обращением|заявлением|речью|докладом)\b"
    r"|\bвыступил\w*\s+на\s+(?:пленарном\s+|открытии\s+)?(?:заседании|сессии|форуме|саммите"
    r"|конференции)\b"
    rf"|\bspokes(?:man|woman|person)\b[^.;]{{0,160}}?\b{SPEECH}\b"
    rf"|\b{SPEECH}\b[^.;]{{0,60}}?\bspokes(?:man|woman|person)\b"
    r"|\battributable\s+to\s+(?:the\s+)?spokes(?:man|woman|person)\b"
    # "Remarks by the spokesperson of the Ministry of Foreign Affairs" (a release's title)
    r"|\b(?:remarks|comments?|statement)\s+(?:made\s+)?by\s+(?:the\s+)?spokes(?:man|woman|person)\b"
    # a spokesperson's remarks as a title: "Foreign Ministry Spokesperson Ma Zhaoxu's Remarks
    # on …", "… Spokesperson X's Regular Press Conference", "Spokesperson X Answers
    # Journalists' Questions"
    r"|\bspokes(?:man|woman|person)\s+(?:[\w-]+\s+){1,3}?[\w-]+['’]s\s+(?:remarks|comments"
    r"|(?:regular\s+)?press\s+conference|response|statement)\b"
    r"|\bspokes(?:man|woman|person)\s+(?:[\w-]+\s+){1,3}?answers?\s+(?:journalists|reporters)"
    # an institution's word: "The statement made public by the Foreign Ministry", "The
    # Ministry of Foreign Affairs has stated that …"
    r"|\bstatement\s+(?:made\s+public|released|issued|published)\s+by\b"
    r"|\b(?:ministry|government|office|embassy)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:has|have)\s+stated\b"
    # on social media or in a written message: "Cameron tweeted", "wrote on X", "in a message
    # said", "написал в своем Telegram-канале"
    r"|\btweeted\b|\b(?:wrote|posted|said)\s+(?:on|in\s+a\s+post\s+on)\s+(?:X|Twitter|Telegram"
    r"|Facebook|Instagram|social\s+media|(?:his|her|their|its)\s+(?:official\s+)?(?:X|Twitter|Telegram"
    r"|Facebook)\s+(?:account|page|channel))\b"
    r"|\bin\s+(?:a|his|her)\s+(?:written\s+)?(?:message|post|tweet|video\s+address)\s+(?:on\s+\w+\s+)?said\b"
    # "X said in a tweet that …", "said in a video message"
    r"|\bsaid\s+(?:on\s+\w+day\s+)?in\s+(?:a|his|her)\s+(?:tweet|video\s+(?:message|address)"
    r"|(?:social\s+media\s+)?post)\b"
    r"|\bнаписал\w*\s+в\s+(?:своем\s+|своём\s+)?(?:Telegram|Твиттер|соцсет)\w*"
    r"|заявил\w*\s+журналистам|сделал\w*\s+заявлени\w*|выступил\w*\s+с\s+заявлени\w*"
    # "Об этом в интервью изданию KP.Ru сообщил заместитель …", "в интервью ТАСС заявил"
    r"|\bв\s+(?:своем\s+|своём\s+|эксклюзивном\s+)?интервью\b"
    r"|\bв\s+заявлении\b|\bвыход\w*\s+к\s+прессе\b|\bзаявлени\w*\s+для\s+(?:прессы|СМИ)"
    # "заявил … на пресс-конференции по итогам встречи", "на брифинге"
    r"|\bна\s+(?:совместной\s+|итоговой\s+|ежедневной\s+|еженедельной\s+|традиционной\s+)?"
    r"(?:пресс-конференции|брифинге)\b"
    # (the one speaking or the one quoted, not another case: "визы официальному
    # представителю МИД" is a visa given to her)
    r"|\bпресс-секретар\w*|\bофициальн(?:ый|ая|ого|ой)\s+представител(?:ь|я|ьница|ьницы)\b"
    # a press release's words introduced on a line of their own: "The Minister for Asia, Jane
    # Doe, said:"
    r"|\b(?:said|says|stated)\s*:\s*\Z"
    # a journalist's question answered: "Replying to a question from reporters, X said",
    # "answering journalists' questions", "In response to a question", "ответил … на вопрос"
    r"|\b(?:replying|responding|in\s+(?:a\s+)?response)\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+)?"
    r"questions?\b|\banswering\s+(?:[\w'’-]+\s+){0,2}questions\b"
    r"|\bответил\w*\s+(?:[\w-]+\s+){0,3}?на\s+(?:\w+\s+)?вопрос\w*"
    r"|\bотвечая\s+на\s+(?:\w+\s+)?вопрос\w*",
    re.IGNORECASE,
)

# The words each group of trigger patterns above needs (lower case, found anywhere in a word):
# a sentence without one of a group's words is not searched with that group's patterns, and
# a sentence without any reports no event and is skipped before the participant look-ups
# run (most sentences are such). tests/test_extract_events.py checks that no pattern
# matches where its group's words are absent.
GATES: dict[str, tuple[str, ...]] = {
    "visit": (
        "visit", "arriv", "tour", "trip", "travel", "welcome", "invitation", "flew", "headed",
        "departed", "left", "landed", "stopover", "stop off", "stopped off", "stops off",
        "stop over", "stopped over", "stay", "came to", "comes to", "went to", "goes to",
        "returned", "gone to",
        "for talks", "for meetings", "reached", "thank you", "touched down", "receive", "прилетел",
        "отправил", "greeted", "welcoming", "host", "where he", "where she", "where they",
        "been in", "spent", "toured", "airport", "envoy", "guest", "went to", "due in",
        "expected in",
        "вылетел", "отбыл", "stop in", "stopped in", "stopped briefly", "delegation to",
        "was in", "were in", "currently in", "is in", "are in",
        "now in", "set off", "sets off", "setting off", "побывал", "departs", "heads to",
        "heads for", "flies",
        "reception", "guard of hono",
        "визит", "прибыл", "прибывш", "посети", "пребыва", "посещени", "поездк", "посеща",
        "вылета", "прилета", "приветствовал", "отбыва", "отправля", "аэропорту", "у трапа",
    ),
    "phone": (
        "phone", "telephonic", "video", "call", "spoke", "spoken", "rang", "dialed", "dialled",
        "телефон", "видеосвяз", "созвон", "позвонил", "звонка",
    ),
    "summit": (
        "summit", "lateral", "ministerial", "council", "consultative", "leaders",
        "general assembly", "heads of state", "heads of government", "ministers", "forum",
        "session", "gathering", "process", "initiative", "format", "presidents",
        "dialogue", "саммит", "заседани", "трехсторонн", "консультативн", "встреч",
        # (those at one told before: "in attendance were", "presided over the proceedings")
        "in attendance", "presided", "represented by", "delegation is led",
        "delegation was led", "delegation is headed", "delegation was headed",
        "delegation is being led", "делегацию возглав", "делегация возглав",
    ),
    "talks": (
        "talks", "negotiations", "consultations", "met", "meet", "held", "discussions", "video",
        "courtesy", "farewell", "call", "reception", "credentials", "credence", "summon",
        "discussed", "exchanged", "обсудил", "переговор", "встреч", "встрет", "бесед",
        "консультаци", "received", "receives", "принял", "host", "верительн", "audience",
        "заседани",
        "had a", "had an", "commission", "комисси", "conferred", "convened", "spoke",
        "sat down", "chaired", "talked", "обменял", "общал", "receiving", "welcoming", "talking",
        "interaction with", "bilateral of", "bilateral was", "with whom", "breakfast", "lunch",
        "dinner", "delivered", "handed", "saw ", "views exchange", "view exchange",
        "exchange of views", "views-exchange", "welcomed the new", "welcomes the new",
    ),
    "agreement": (
        "sign", "inked", "initialled", "initialed", "concluded", "adopted", "endorsed", "подпис",
        "finalised", "finalized", "adoption of", "final declaration",
        "exchanged", "exchange of", "approved", "renewed", "prolonged",
        "sealed", "entered into", "reached", "struck", "agreed on", "agreed upon", "agreed the",
        "agreed a", "pen to paper", "communiqu", "joint declaration", "joint statement", "unveiled",
        "приняли", "принят", "достигнут", "достигли", "заключен", "заключили",
    ),
    "award": (
        "awarded", "awards", "confers", "conferred", "bestowed", "presented", "decorated",
        "received", "наградил",
        "honoured with", "honored with",
        "награжд", "awarding", "handed", "recipient of", "honorary",
        "вручи", "вручени", "вручен", "удостоен", "присвоил", "granted", "pinned", "given",
        "rank of",
    ),
    "congratulation": (
        "congratulat", "condolence", "condole", "sympath", "поздрав", "соболезнован", "felicitat",
        "greet", "similar", " day",
    ),
    "statement": (
        "statement", "stated", "told", "press", "conference", "briefing", "address", "spokes",
        "“", "”", '"', "«", "»",
        "update to the",
        "заявил", "заявлени", "прессе", "пресс-", "брифинг", "представител", "tweet", "wrote",
        "posted",
        "message",
        "twitter", "telegram", "facebook", "instagram", "social media", "on x", "написал",
        "says", "vowed", "warned", "urged", "condemned", "denounced", "осуд", "осужд", "предупред",
        "приветствовал", "подчеркнули", "отметили", "выразили", "приветству",
        "condemns", "denounces", "urges", "warns", "said it", "deplor", "text of",
        "delivered", "briefed", "speech", "concern", "called on", "has said", "have said",
        "appealed to", "called for", "calls for", "appealed for", "appeals for", "shock", "outrage",
        "dismay", "alarm", "indignation", "horror", "comments on", "commented on", "responds to",
        "responded to",
        "welcome", "said:", "says:", "quoted", "interview", "интервью", "remarks", "told the",
        "speaking",
        "said at the", "said after the", "said in parliament", "said in the parliament",
        "said in the duma", "said in the senate", "said in the national assembly",
        "said in the lok sabha", "said in the bundestag", "said in the knesset",
        "said in the house of commons", "said in duma", "said in senate", "said in knesset",
        "said in bundestag", "said in lok sabha", "said in national assembly",
        "said in house of commons", "wrote in", "op-ed", "выступил",
        "обеспокоенн", "озабоченн", "призвал", "раскритик", "reject", "denied", "denies",
        "опроверг", "refute", "dismiss", "ministry said", "ministry stated", "ministry added",
        "office said", "office stated", "office added", "affairs said", "affairs stated",
        "affairs added", "press release", "replying to", "responding to", "in response to",
        "answering", "ответил", "отвечая", "issued a", "lodged a", "protest", "alarmed",
        "shocked", "saddened", "troubled",
    ),
}  # fmt: skip
TRIGGER_WORDS = sorted({word for words in GATES.values() for word in words})
