"""How a person's name is written in running text: Latin and Cyrillic names, particles,
initials and honorifics, and the words that are never names."""

from __future__ import annotations

import bisect
import re

from archive.text.russian import ARAB_ARTICLE_RE

PARTICLES = (
    r"(?:de|da|di|del|della|dos|das|du|van|von|der|den|ter|bin|binti|bint|ibn|al|el|la|le|y|wa"
    r"|ould)"
)
# (Latin Extended-A and Vietnamese letters too: "Šefčovič", "Łukasz", "Đặng Đình Quý")
_LOWER = "a-zà-öø-ÿğışçöüəłńśźżčćšžđ\u0101-\u017f\u01a1\u01b0\u1ea1-\u1ef9’'"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŎŐŒŔŖŘŚŞŠŢŤŪŬŮŰŲŹŻŽƠƯ\u1ea0-\u1ef8"
LATIN_WORD = (
    # "O'Brien", "D'Alema", "McCain", "MacArthur" keep their inner capital
    # … and "ElBaradei", "DeSantis", "LaHood", "AlKaabi"
    rf"(?:(?:[A-Z][’']|d[’'](?=[A-Z])|Ma?c|El|Al|De|Di|La|Le)?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}]+)*"
    # (a surname in capitals, its accents too: "Youssouf OUÊDRAOGO")
    rf"|[A-Z][{_UPPER}]+(?:-[{_UPPER}]{{2,}})*(?![{_LOWER}]))"
)
INITIALS = r"(?:[A-Z][a-z]?\.[ \t]?){1,3}"
# A name is on one line: a list's items and a signature's lines are apart.
NAME_BODY = (
    # (a Korean surname of one letter: "O Ryong Chol")
    rf"(?:{INITIALS}|O[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b))?{LATIN_WORD}"
    # a middle initial with or without its full stop: "Gitesh A Sarma"
    # (a particle in capitals too, counted with the word after it: "Maria Da Conceicao De
    # Souse Pilar")
    rf"(?:[ \t]+(?:(?:{PARTICLES}|(?-i:D[aeo]|Dos|Das|Del|Van|Von))[ \t-]+)*"
    rf"(?:{INITIALS}|[A-Z][ \t]+(?=[A-Z]))?{LATIN_WORD}){{0,4}}"
)
HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Amb|Sheikha?|Shaikha?|Shaykh|H\.E\.)\.?\s+)"
LATIN_NAME = re.compile(rf"{HONORIFIC}?(?P<name>{NAME_BODY})")


_NOT_NAME_WORDS = """
Орден Ордена Орденом Медаль Медали Медалью Премия Премии Премией Грамота Грамотой
The A An His Her Their Its Our This That These Those And Or But In On At For From With By Of
To As She They We It Mr Mrs Ms Dr Sheikh Sheikha Shaikh Shaikha Shaykh Ayatollah Hojatoleslam
Excellency Highness Citizen
MP MHA MLA MNA OBE CBE KBE QC KC
Majesty Prince Princess King Premier
Queen Emir Sultan President Presidents Vice Prime Minister Ministers Minister's Foreign Affairs
Deputy Secretary General Ambassador Ambassadors Envoy Special Representative Spokesman Leader
Spokeswoman Spokesperson Chairman Chairwoman Chairperson Chair Head Chief Director Governor
Mayor Senator Speaker Commissioner Counterpart Republic Kingdom Federation Government Ministry
Department Council Committee Commission Office Administration Assembly Parliament Senate
Congress House Union Nations United States Bank Fund Organization Organisation Agency Service
University Embassy Security National International Central Supreme Court State Affairs
Federal Presidential Cabinet Defence Defense Economic Development Energy Finance Trade Mantri Raksha
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Today Yesterday Earlier Later Also Meanwhile
According During After Before While Following Speaking Both Two Three Last Next New Great
Congratulating Welcoming Thanking Noting Recalling Expressing Addressing Highlighting Receiving
Hosting Accompanying
Emphasizing Emphasising Stressing Underlining Praising Commending Reaffirming Affirming
Reiterating Referring Commenting Responding Hailing Condemning Urging Citing Acknowledging
Who Whom Whose Which Makes Receives Meets Holds Calls Sends Signs Hosts Discusses Arrived
Arrives Congratulates Welcomes Phones Visits
Process Programme Program Initiative Bureau Division Authority Institute
Khural Duma Majlis Mejlis Maslahaty Maslakhaty Halk Milli Gengesh Arkadag Seimas Sejm Bundestag
Rada Knesset Kremlin White
Palace Square Room Rooms
Islamic People's Peoples Democratic Socialist Arab Gulf North South East West Northern Southern
Eastern Western Middle Asia Asian Africa African Europe European America American Pacific
Atlantic Caucasus Caspian Black Sea Region Ocean Intergovernmental Committee Forum Summit
Conference Joint Statement Declaration Agreement Treaty Group Party Front Movement Coalition
Mission Permanent Affairs Russian Chinese Meeting Trilateral Bilateral Extraordinary
Plenipotentiary Consul Charge Chargé MEA MFA MOS Tun Datuk Dato Sri Holy Mosques Custodian
Two Amiri Diwan Royal Court Armed Forces Peace Memorial Park Sectoral Cooperation Action
Plan Authority Railways Airlines Company Corporation Holding FM PM Road Silk School Street
Center Centre Institute Museum Foundation University College Academy Hospital Hotel Airport
Station Stadium Bridge Port Diplomacy Division Department Ministry Directorate Bureau Office
Commission Agency Secretariat Service Administration Organization Organisation Strategic Plans
Programme Program Cabinet Council Chancellery Official Residence
Research Science Technology Education Higher Scientific Culture Tourism Industry Health
Economy Agriculture Transport Communications Information Labour Labor Environment Resources
Planning Investment Commerce Welfare Sports Youth Mines Mining Mine Petroleum Fisheries Forestry
Housing Water Irrigation Trade Finance Energy Defence Defense Industries Industrial
Interior Integration Relations Social Human Rights Endowments Shri Smt Shrimati
Crisis Disasters Emergency Relief Treasury Justice Province Oblast Governorate Prefecture
Visit Working Briefing Briefings Adviser Advisor
Over Made Says Calls Urges Holds Meets Visits Talks Statements Summons Against Amid About
Arrives Arrive Leaves Returns Receives Welcomes Welcome Warm Opens Begins Starts Ends Kicks
Travels Heads Flies Tours Lands
Under Into Ahead Slams Rejects Warns Signs Agrees Discusses Hails Backs Vows Seeks Set
Border Dispute Remarks Comments Row Deal Issue Issues Tensions Ties
Structure Regional Executive Operations Coordination Network Initiative Alliance Partnership
Community Anti-Terrorist Counter-Terrorism Pro Tempore Counterparts Officials Leaders Delegation
News Times Herald Tribune Gazette Journal Press Television TV Radio Channel Broadcasting Newspaper
Control Arms Disarmament Non-Proliferation Nonproliferation
Delegations Envoys Diplomats Pehin Alhaji Engr Policy Promotion
Expresses Voices Condemns Concern Concerns Escalation Force Forces Peacekeeping Clashes
Meet Mazhilis Kenesh Jogorku Oliy Verkhovna Storting Riksdag Folketing Althing Eduskunta Sabor
Saeima Riigikogu Skupstina Skupshtina Hural Valley Peninsula Strait Straits Desert Basin Canal
Delta Plateau Highlands Sabha Project Projects Plant Power Thermal Pipeline Corridor
Association Associations League Bloc Rim Board Society Commonwealth Confederation Chamber
Francophonie Francophone Summits Negotiations Negotiation Consultations
Keeps Keep Getting Gets Greets Greet Congratulatory Congratulates Thanks Dials Phones Telephones
Speaks Hosts Invites Lauds Praises Asks Tells Condoles Mourns Poll Polls Victory Wins
Support Peacebuilding Peacekeeping Humanitarian Political Legal Management Disarmament Safety
Oversight Outreach Counsellor Counselor Attache Attaché
High Commissioners Designate
Discuss Sign Hold Agree Vow Pledge Review Explore Mull Seek Call Urge Slam Reject Warn Condemn
Speak Talk Meet Exchange Laud Praise Thank Welcome Chat
Express Hail Stress Stresses Reaffirm Reaffirms Underline Underlines Matters Mutual Interest
Telephone Phone Discussion Discussions Conversation Conversations Dialogue Consultation
Legislative Legislature Constituent Consultative Grand CS Corps Diplomatic
First Lady Ladies Airbase Airfield Base
Reforms Reform Enterprise Enterprises Markets Money Materials Construction
Senior Colonel Col Lieutenant Lt Brigadier Brig Admiral Adm Marshal
Ceremony Ceremonies Credentialing Credentials Reception Banquet Luncheon Gala Parade
World Cup Championship Championships Olympics Olympic Games Tournament Festival Expo
High-Level High-level Cultural People-to-People Mechanism Mechanisms
Exchanges Views
"""
NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS.split())
# The head of a hyphenated title: "Commissioner-Designate", "Ambassador-at-Large"
_HYPHENED_TITLE_HEADS = """Commissioner Ambassador Minister Secretary President Director Governor
Consul Envoy Chairman Chairperson Speaker Representative Counsellor Counselor Attaché Attache"""
HYPHENED_TITLE_HEADS = frozenset(_HYPHENED_TITLE_HEADS.split())
HONORIFIC_RE = re.compile(
    r"^(?:(?:His\s+Excellency|Her\s+Excellency|Mr|Mrs|Ms|Dr|Amb|Sheikha?|Shaikha?|Shaykh|H\.?\s?E|H\.?\s?H|Tun|Tan\s+Sri|Puan\s+Sri|(?:Dato['’]?|Datuk)(?:\s+S[e]?ri)?"
    r"|Datin|Tengku|Tunku|Senator|Sen|Haji|Hajah|Sir|Dame|Shri|Smt|Shrimati|Lyonpo|Dasho|Pehin|Alhaji|Chief|Prof|Engr|Hon|Mzee"
    # a Ghanaian style of honour ("Osagyefo Dr. Kwame Nkrumah")
    r"|Osagyefo"
    # an engineer's and a teacher's courtesy ("Minister Ir. Jane Doe", "Eng. Jane Doe",
    # "Ustaz Jane Doe"), a lady's before a full name ("Begum Jane Doe")
    r"|Eng(?=\.)|Ir(?=\.)|Ustaz|Ustadh|Begum(?=\s+[A-Z][\w'’-]+\s+[A-Z])"
    # ("The Assistant of the President, Engineer Ibrahim Mahmoud")
    r"|Engineer(?=\s+[A-Z][\w'’-]+\s+[A-Z])"
    r"|(?:Grand\s+)?Ayatollah|Hojatoleslam"
    # an Omani courtesy before a full name: "Sayyid Badr Hamad Albusaidi"
    r"|Sayyid(?=\s+[A-Z][\w'’-]+\s+[A-Z])"
    r"|Honou?rable|Professor|Madam|Madame|Councill?or"
    # a Commonwealth minister's style: "Senator the Hon. X", "the Most Hon. X", "the Rt Hon X"
    r"|(?:the\s+)?(?:Most|Rt\.?|Right)\s+Hon(?:ou?rable)?|the\s+Hon(?:ou?rable)?"
    # a churchman's rank: "Archbishop Giovanni Lajolo, the Vatican Secretary for Relations"
    r"|Archbishop|Cardinal|Monsignor|Msgr|Bishop|Reverend|Rev"
    # military ranks and Hausa courtesy titles: "Lt Gen Karim Malik", "Mallam Sani Bako"
    r"|Lt|Lt\.?[- ]?Gen|Maj\.?[- ]?Gen|Brig(?:\.?[- ]?Gen)?|Gen|Col|Capt|Adm|Cdr"
    r"|(?:Major|Lieutenant|Brigadier)\s+General|General|Colonel|Admiral|Brigadier"
    r"|Air\s+(?:Chief\s+)?Marshal|Field\s+Marshal|Mallam|Malam|Alhaja|Hajiya"
    # a retired officer's mark after the rank: "Admiral (Retd) Jane Doe", "Major General ®"
    r"|\((?:Retd|retd|Rtd|rtd|R|Retired|retired)\.?\)|®"
    # a peer's title before a full name ("Lord Zac Goldsmith"), not one that is the name
    # itself ("Lord Ahmad")
    r"|(?:Lord|Lady|Baroness)(?=\s+[A-Z][\w'’-]+\s+[A-Z]))\.?\s+)+"
)


# A word, with the comma or semicolon that ends it: "Dorji,Li said" is two words.
WORD_RE = re.compile(r"[^\s,;]+[,;]?|[,;]")
DASH_IN_WORD_RE = re.compile(r"[—–]")
PARENTHESIS_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
BARE_INITIAL_RE = re.compile(r"[A-HJ-Z]")  # (not "I")
CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z](?:[a-z]|[ \t]+[A-Z][a-z])")
PREPOSITIONS = frozenset(["of", "for", "to", "in", "at", "on"])
PARTICLE_RE = re.compile(rf"{PARTICLES}\Z")
PARTICLE_ANY_CASE_RE = re.compile(rf"{PARTICLES}\Z", re.IGNORECASE)
PARTICLE_JOINED_RE = re.compile(rf"(?:al|el|ad|as|ash|at|az|ar|an|ed|es|bin|ben)-{LATIN_WORD}\Z")
CAPITAL_RE = re.compile(rf"(?:{INITIALS}\s?)?{LATIN_WORD}\Z|{INITIALS}\Z")
# Courtesy titles and military ranks between an office and a name ("Pentagon spokesman
# Brig. Gen. Pat Ryder"), skipped.
_HONORIFICS = """Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Amb. Sheikh Sheikha Shaikh Shaikha Shaykh H.E. Tun
Datuk Dato Dato’ Dato' Sri Seri
Sir Dame Mx Gen. Gen Brig. Lt. Col. Maj. Adm. Capt. Cmdr. Sgt. Rear Vice-Adm. Lt.-Gen. Maj.-Gen.
Brig.-Gen. General Admiral Colonel Brigadier Lieutenant Shri Shri. Smt Smt. Shrimati Lyonpo
Dasho Chief Alhaji Prof. Prof Engr. Pehin Hon. Hon Lt Maj Col Capt Brig Adm Cdr Lt-Gen Maj-Gen
Brig-Gen Marshal Mallam Malam Alhaja Hajiya Honorable Honourable Professor Madam Madame
Ayatollah Hojatoleslam Archbishop Cardinal Monsignor Msgr Msgr. Bishop Reverend Rev Rev.
Eng. Ir. Ustaz Ustadh (Retd) (Retd.) (retd) (retd.) (Rtd) (Rtd.) (R) (Retired) (retired) ®"""
HONORIFICS = frozenset(_HONORIFICS.split())


# (not "received": "the President received Jane Doe" names a guest the text may title
# nowhere else; her title is then the host's words, but she is found)
_VERBS_AFTER_TITLE = """met meets said says told discussed discusses signed signs was is are were
will has had attended arrived thanked thanks praised urged invited briefed informed assured
congratulated welcomed received receives noted stressed expressed conveyed arrives arrive
arriving leaves left departs departed lands landed reaches reached unveiled inaugurated launched
opened jointly visited visits hosted hosts held holds chaired paid pays toured
travelled traveled flew went led headed delivered addressed spoke presented handed accompanied
greeted announced declared added also later then again today yesterday
deplores condemns denounces expresses calls urges welcomes reiterates stresses notes hopes sends
extends appeals regrets warns rejects replied responded replies responds wrote tweeted
phoned telephoned called presents acknowledged acknowledges commended commends lauded lauds
hailed hails appreciated appreciates recalled recalls"""
# (the present only: a past form may be a participle in an apposition, "the envoy sent by …")
VERBS_AFTER_TITLE = frozenset(_VERBS_AFTER_TITLE.split())
# (and a time after the office: "the strongest leader since Indira Gandhi")
_CLAUSE_WORDS = "while whereas when but because although though unless since until till by"
CLAUSE_WORDS = frozenset(_CLAUSE_WORDS.split())
# … those of them a headline writes with a capital ("Chairperson Receives Credentials")
HEADLINE_VERBS = frozenset(
    w for w in VERBS_AFTER_TITLE if w.endswith("s") and w not in {"is", "was", "has", "thanks"}
)


# Another office and a courtesy title before the next name: " Presidential Adviser Mr. B"
AND_TITLED_NAME_RE = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Mr|Ms|Mrs|Dr|H\.[ \t]?E)\.?[ \t]+[A-Z]"
)
LOWER_PORTFOLIO_LIST_RE = re.compile(r",(?:[ \t]+[a-z]+,)*[ \t]+[a-z]+,?[ \t]+and[ \t]+[a-z]+\b")
LOWER_PORTFOLIO_RE = re.compile(r"(?:[ \t]+[a-z]+,)*[ \t]+[a-z]+[ \t]+and[ \t]+[a-z]+\b")


def words_named(words) -> bool:
    """Whether a capitalised word (a name's) is among the words read so far."""
    return any(w[3] == "cap" for w in words)


SHORT_SAINTS = frozenset(["Sta.", "Sto."])
INITIALS_WORD_RE = re.compile(r"(?:[A-Z][a-z]?\.)+(?:[A-Z][\w’'-]+)?")
POSSESSIVE_END_RE = re.compile(r"(?<=\w)['’]s$|(?<=\ws)['’]$")  # "Putin's", "Mitsotakis'"
LOWER_TITLE_END_RE = re.compile(r"\b[a-z]+\Z")  # "… was India's external affairs minister"
TITLE_GOES_ON_RE = re.compile(
    r"[ \t]+(?:Chief|CEO|Managing|Executive|Deputy|Vice|Permanent|Special|Minister|Secretary"
    r"|Director|Head|Chairman|President|Commander|Ambassador|Plenipotentiary)\b"
)
# where a post is held, inside a title: "… at the Ministry of Foreign Affairs"
AT_INSTITUTION_RE = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:Ministry|Department|Office|Embassy|Mission|Secretariat|Presidency)\b"
)


# Institutions whose possessive goes on with the title's complement: "Head of the Party
# Central Committee's Commission for External Relations Le Hoai Trung"
INSTITUTION_POSSESSORS = frozenset(
    {"State", "Department", "Ministry", "Office", "Government", "Committee", "Commission"}
    | {"Council", "Party", "Parliament", "Assembly", "Bureau", "Secretariat", "Cabinet"}
)
# another initial next, with or without its full stop: " M A Muhith", " M. A. Muhith"
INITIAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]\.?[ \t]+[A-Z]")


def name_after(text: str, position: int, countries) -> tuple[int, int, int] | None:
    """What follows a title: its complement ("of the Russian Federation to Mongolia",
    "for Libya,") then a name — (end of the title, start and end of the name). After a
    preposition the first capitalised word (or a country) belongs to the complement:
    "Head of Republic of Buryatia Alexey Tsydenov". The name ends where a lower-case word,
    a preposition or punctuation follows a run that could be one."""
    words = []  # (start, end, word, kind)
    fillers = 0
    if aside := PARENTHESIS_RE.match(text, position):  # "Foreign Secretary (Senior Secretary)"
        position = aside.end()
    elif text.startswith(")", position):
        return None  # the aside's own title: "(Senior Secretary) Masud …" is the first one's
    if portfolio := LOWER_PORTFOLIO_LIST_RE.match(text, position):
        # "Minister of trade, industry and energy Yoon Sang-jick": the portfolio goes on
        position = portfolio.end()
    comma_first = text.startswith(",", position)
    if comma_first and (
        more := re.match(r",[ \t]+([A-Z][a-z]+)\b", text[position : position + 40])
    ):
        # "Minister of Science, Research and Technology Jafar Towfiqi": the portfolio goes on
        comma_first = more.group(1) not in NOT_NAME_WORDS
    limit = position + 260
    paragraph_end = text.find("\n", position, limit)  # nor on the next line: a list's item
    skip = 1 if text.startswith(",", position) else 0
    for m in WORD_RE.finditer(text, position + skip, limit if paragraph_end < 0 else paragraph_end):
        raw = m.group()
        initials = INITIALS_WORD_RE.fullmatch(raw)
        # (Santa or Santo shortened inside a Filipino name: "Jose Santiago Sta. Romana")
        word = raw if initials or raw in HONORIFICS or raw in SHORT_SAINTS else raw.rstrip(",;:.")
        if word.endswith(")") and "(" not in word:
            # an aside closed after the name: "(statement by Spokesman James P. Rubin)"
            word = word.rstrip(",;:.)")
        stop = raw != word
        if (dash := DASH_IN_WORD_RE.search(word)) and dash.start() > 0:
            # "led by Committee Chairperson Konstantin Kosachev—which is on a visit": a dash
            # with no space ends the name
            word, stop = word[: dash.start()], True
        if possessive := POSSESSIVE_END_RE.search(word):
            # "President Putin's visit", "… Mitsotakis' post": a possessive ends it
            word = word[: possessive.start()]
            # … but not a country's in the complement: "President of El Salvador's
            # Legislative Assembly Guillermo Gallegos"
            # ("Assistant Secretary for U.S. Department of State's Bureau of …, X": an
            # institution's)
            stop = not (
                any(w[3] == "prep" for w in words)
                and (
                    _inside(m.start() + len(word) - 1, countries) or word in INSTITUTION_POSSESSORS
                )
            )
        if stop and raw.endswith(",") and word in NOT_NAME_WORDS and CAPITAL_RE.match(word):
            # "Minister of Science, Research and Technology Jafar Towfiqi": a list of the
            # portfolio's words, not the end of a name
            stop = not re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
        elif stop and raw.endswith(",") and word.islower() and not words_named(words):
            # … in lower case: "Minister of trade, industry and energy Yoon Sang-jick"
            stop = not LOWER_PORTFOLIO_RE.match(text, m.end())
        if (
            word.lower() == "at"
            and any(w[3] == "prep" for w in words)
            and not AT_INSTITUTION_RE.match(text, m.end())
        ):
            # "King of Malaysia at Istana Negara": a venue after the complement (not "State
            # Secretary for Political Affairs at the Ministry of Foreign Affairs X": his post)
            break
        if word == "and" and AND_TITLED_NAME_RE.match(text, m.end()):
            # "Mr. A, Minister of Foreign Affairs and Presidential Adviser Mr. B": the name
            # after "and" has its own office
            break
        if (
            word == "and"
            and not words
            and LOWER_TITLE_END_RE.search(text, max(0, position - 30), position)
            and not TITLE_GOES_ON_RE.match(text, m.end())
            and not comma_first
        ):
            # "when A was India's external affairs minister and Sahibzada B was his
            # Pakistani counterpart": the next name is another's (not "Chairman and CEO X")
            break
        if word == "A" and not stop and INITIAL_NEXT_RE.match(text, m.end()):
            kind = "cap"  # the initial A before another: "counterpart A M A Muhith"
        elif word == "To" and _family_name_to_after(text, m.end(), countries):
            kind = "cap"  # "Deputy Foreign Minister To Anh Dung": the Vietnamese family name Tô
        elif word.lower() in PREPOSITIONS or word == "the":
            kind = "prep"
        elif PARTICLE_RE.match(word) and words and words[-1][3] in {"cap", "particle"}:
            # (and two in a row: "Fernandez de la Pena", "Maria van der Berg")
            kind = "particle"
        elif (
            word == "Tun"
            and words
            and words[-1][3] == "cap"
            and CAPITAL_NEXT_RE.match(text, m.end())
        ):
            kind = "cap"  # a father's title inside a Malaysian name: "Hishammuddin Tun Hussein"
        elif word in HONORIFICS:
            kind = "honorific"
        elif word in SHORT_SAINTS and words and CAPITAL_NEXT_RE.match(text, m.end()):
            kind = "cap"
        elif CAPITAL_RE.match(word) or PARTICLE_JOINED_RE.match(word):
            kind = "cap"  # "Khalil el-Sisi": a particle joined to the family name is part of it
        elif BARE_INITIAL_RE.fullmatch(word) and not stop and CAPITAL_NEXT_RE.match(text, m.end()):
            kind = "cap"  # an initial with no full stop: "Speaker P Dhanapal"
        else:
            kind = "lower"
        if kind in {"prep", "lower"} and _name_like(_tail_run(words), countries):
            break  # "… Azerbaijan Jeyhun Bayramov on Sept.24": the name is complete
        if kind == "lower" and word in VERBS_AFTER_TITLE:
            break  # "the minister met with Pedro Gonzalez": a verb, not the office's words
        if kind == "lower" and word in CLAUSE_WORDS:
            break  # "… of the King on Thursday while Vice President X": another clause
        if (
            kind == "cap"
            and word.lower() in HEADLINE_VERBS
            and (not words_named(words) or sum(w[3] == "cap" for w in words) >= 2)
        ):
            # a title-case headline's verb: "Commission Chairperson Receives Letters of
            # Credence of H.E. Mr. X" — the title ends before it
            break
        if kind == "lower":
            fillers += 1
            if fillers > 3 or comma_first:
                break
            if len(words) == 1 and words[0][3] == "cap" and word not in {"and", "or", "&"}:
                break  # "President Kenyatta bade farewell to …": a surname, then the verb
        words.append((m.start(), m.start() + len(word), word, kind))
        if stop or (comma_first and kind not in {"cap", "particle", "honorific"}):
            break
    while words and words[-1][3] != "cap":
        words.pop()
    run = _tail_run(words)
    if not run:
        return None
    if len(run) == 1 and _inside(run[0][0], countries):
        # "the UN envoy for Libya, Ghassan Salamé,": the name in apposition after the comma
        after = text[run[0][1] : run[0][1] + 200]
        name = None
        if comma := re.match(r",\s+", after):
            # (past a rank and a retired officer's mark: "…, Admiral (Retd) Jane Doe,")
            # (a rank in lower case too: "…, admiral Flávio Viana Rocha,")
            rest = after[comma.end() :]
            rank = HONORIFIC_RE.match(rest[:1].upper() + rest[1:])
            name = LATIN_NAME.match(after, comma.end() + (rank.end() if rank else 0))
        if name and plausible_name(clean_name(name.group("name"))):
            start = run[0][1] + name.start("name")
            return run[0][1], start, run[0][1] + name.end("name")
    before = words[: len(words) - len(run)]
    honoured = bool(before) and before[-1][3] == "honorific"
    if before and any(w[3] in {"prep", "lower"} for w in before) and not comma_first:
        # The complement's own words come first: countries, then (if none) one word.
        in_country = [w for w in run if _inside(w[0], countries)]
        if len(run) >= 3 and in_country == run[-1:]:
            # a country's name as the family name ending the name: "the Director for South
            # America, Santiago Vázquez Montenegro"
            in_country = []
        if in_country:
            run = [w for w in run if w[0] >= in_country[-1][1]]
        elif len(run) == 2 and [w[2] for w in before] in (["of"], ["for"]):
            # "the Governor of Tamil Nadu said": the place the office is of, no one's name
            return None
        elif (
            len(run) > 2
            and not honoured
            and not text[: run[0][0]].rstrip().endswith(")")
            and (before[-1][3] != "lower" or before[-1][2] in {"and", "or", "&"})
        ):
            # (not after an acronym in brackets, which ends the complement: "Secretary (East)
            # in the Ministry of External Affairs (MEA) Riva Ganguly Das"; nor after the
            # complement's last word in lower case: "state minister for civil aviation and
            # tourism Md Mahbub Ali")
            run = run[1:]
    while run and (run[0][3] == "particle" or institutional(run[0][2])):
        if run[0][2] == "To" and run[0][3] == "cap":
            break  # the family name Tô, read as one above
        if run[0][2] == "A" and len(run) > 2 and re.fullmatch(r"[A-Z]\.?", run[1][2]):
            break  # the initial A before another: "counterpart A M A Muhith"
        if len(run) > 1 and (
            _family_link(run[1][2])
            or _surname_after_all([w[2] for w in run], run[0][2])
            or _sultan_given_name([w[2] for w in run])
        ):
            # "Economy Minister Sultan bin Saeed al-Mansuri", "Minister of State Sultan Al
            # Jaber": a given name, no title
            break
        run = run[1:]
    if not run:
        return None
    # The title runs to the name: "President of Mongolia" before "Tumen Ganzorig".
    before = [w for w in words if w[0] < run[0][0]]
    # "spokesman Brig. Gen.": the office ("… to the Government Tan Sri X": a Malaysian style)
    while before and (
        before[-1][3] == "honorific"
        or (before[-1][2] in {"Tan", "Puan"} and text.startswith(" Sri", before[-1][1]))
    ):
        before = before[:-1]
    title_end = before[-1][1] if before and not comma_first else position
    return title_end, run[0][0], run[-1][1]


RU_TOKEN_RE = re.compile(
    # (an Arab name's article with its word is one capitalised word: "аль-Ансари")
    r"\s*(?:(?P<dash>[-–—,])|(?P<lower>[а-яё]+)\b(?!-[А-ЯЁ])"
    r"|(?P<cap>(?:аль|ал|эль|ас|ад|ат|аш|ар|аз|ан)-[А-ЯЁ][а-яё]+"
    r"|(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)|(?P<acronym>[А-ЯЁ]{2,6})\b"
    # a state's initials after its name: "в Корейской Народно-Демократической Республике (КНДР)"
    r"|(?P<initials>\([А-ЯЁA-Z]{2,8}\)))"
)
# Offices written with capitals in Russian protocol copy are never a name's words.
RU_OFFICE_WORD_RE = re.compile(
    r"(?:Председател|Заместител|Кабинет|Министр|Министерств|Президент|Правительств|Посол|Посл[аеу]"
    r"|Глав[аеуыо]|Совет|Секретар|Государственн|Верховн|Генеральн|Первы|Чрезвычайн|Полномочн"
    # (and the short names of bodies: "секретарь Совбеза Патрушев", "глава Центробанка")
    r"|Совбез|Центробанк|Госдум|Минобороны|Минфин"
    # … and the words of states' and organisations' names ("Исламской Республики Иран",
    # "Шанхайской Организации сотрудничества").
    r"|Республик|Организаци|Федераци|Королевств|Союз|Содружеств|Наци[йи]|Исламск|Шанхайск"
    r"|Арабск|Европейск|Объединенн|Объединённ|Соединенн|Соединённ|Народн|Демократическ"
    r"|Социалистическ|Независим|Экономическ|Евразийск|Тюркск|Африканск|Международн)"
)
RU_LINEAGE_WORDS = frozenset(["бин", "бен", "ибн", "бинт"])
PATRONYMIC_RE = re.compile(r"(?:ович|евич|ьич|ич|овна|евна|ична)\w*$")


# A preposition of place right before capitalised words: they name where, not whom.
PLACE_PREPOSITION_RE = re.compile(r"(?<![\w-])(?:в|во|на|из|о|об)\s+\Z", re.IGNORECASE)


def ru_names_after(text: str, position: int, countries, limit: int = 2):
    """After a Russian title, past lower-case words, dashes and countries, the names it
    introduces: "Министр иностранных дел Узбекистана Абдулазиз Камилов", "министров
    иностранных дел Кыргызстана - Жээнбека Кулубаева и Сербии - Ивица Дачич". A name is
    the last two capitalised words of a run (three with a patronymic): "Генеральный
    секретарь Содружества Независимых Государств Сергей Лебедев"."""
    found = 0
    after_country = False  # (the run starts right after the country the title is of)
    for _ in range(14):
        # A country starting here or one character on (after a space): by bisection.
        i = bisect.bisect_left(countries, (position,))
        country_end = next(
            (c[1] for c in countries[i : i + 2] if position <= c[0] <= position + 1), None
        )
        if country_end is not None and text[position:country_end].strip():
            position, after_country = country_end, True
            continue
        m = RU_TOKEN_RE.match(text, position)
        if m is None:
            return
        if m.group("cap") is None or RU_OFFICE_WORD_RE.match(m.group("cap")):
            # … and "МИД", "ООН": an institution's initials
            position = m.end()  # "Заместителем Председателя Кабинета министров": an office
            after_country = False
            continue
        run = [m]
        lineage = False  # "Мохамад Адли бин Абдулла": an Arab name's lineage, all of it
        while nxt := RU_TOKEN_RE.match(text, run[-1].end()):
            if (
                nxt.group("lower") in RU_LINEAGE_WORDS
                and (after := RU_TOKEN_RE.match(text, nxt.end()))
                and after.group("cap")
            ):
                run.append(nxt)
                lineage = True
                continue
            if not nxt.group("cap") or _inside(nxt.start("cap"), countries):
                break
            if RU_OFFICE_WORD_RE.match(nxt.group("cap")):
                break
            run.append(nxt)
        if not lineage and len(run) >= 3 and ARAB_ARTICLE_RE.match(run[-1].group("cap")):
            # "посла Катара Фахада Мухаммеда аль-Аттыйя": an Arab name, all of it (not the
            # place before it: "посла в Москве Фахада Мухаммеда аль-Аттыйя")
            first = m.start("cap")
            if PLACE_PREPOSITION_RE.search(text, max(0, first - 4), first):
                run = run[1:]
            lineage = 3 <= len(run) <= 4
        # (three words right after the country: "министром иностранных дел Гвинеи Мори
        # Сандан Куйяте" — no institution's name between)
        three = (
            not lineage
            and len(run) >= 3
            and (_three_part(run) or (len(run) == 3 and after_country))
        )
        size = len(run) if lineage else 3 if three else 2
        first = run[0].start("cap")
        if len(run) <= size and PLACE_PREPOSITION_RE.search(text, max(0, first - 4), first):
            # "президенты обсудили ситуацию на Ближнем Востоке": a place, not a name
            position = run[-1].end()
            continue
        name = run[-size:] if "." not in run[-1].group("cap") else run[-1:]
        if len(name) >= 2 or "." in name[0].group("cap"):
            yield name[0].start("cap"), name[-1].end("cap")
            found += 1
        # Only a list goes on: "… Кулубаева и Сербии - Ивица Дачич"; not into another's
        # office: "… Сергей Лавров и помощник Президента Сергей Приходько".
        going_on = re.match(r"\s*(?:,|и\s)\s*", text[run[-1].end() : run[-1].end() + 40])
        if found >= limit or not going_on:
            return
        if re.match(r"[а-яё]", text[run[-1].end() + going_on.end() :][:1]):
            return
        position = run[-1].end()


def _three_part(run) -> bool:
    """A name of three words: with a patronymic ("Сергей Викторович Лавров"), a particle
    ("Абдаллой Бу Хабибом", "Ле Хоай Чунг") or three words in one oblique case
    ("Хосейном Амиром Абдоллахианом")."""
    first, middle, last = (m.group("cap") for m in run[-3:])
    if PATRONYMIC_RE.search(middle) or len(middle) <= 3 or len(first) <= 3:
        return True
    return any(all(w.endswith(e) for w in (first, middle, last)) for e in ("ом", "ем"))


# two words of a name that end it: "To Anh Dung" (not "To Japan John Roe")
TWO_NAME_WORDS_RE = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _family_name_to_after(text: str, end: int, countries) -> bool:
    """Whether a capital "To" after a title is the Vietnamese family name Tô: two words of
    a name follow and end it, neither a country's nor an office's nor a headline's verb."""
    m = TWO_NAME_WORDS_RE.match(text, end)
    return bool(m) and not any(
        _inside(m.start(group), countries)
        or m.group(group) in NOT_NAME_WORDS
        or m.group(group).lower() in HEADLINE_VERBS
        for group in (1, 2)
    )


def _family_name_to(words: list[str]) -> bool:
    """ "To Anh Dung": a Vietnamese name of three words whose family name is Tô."""
    return len(words) == 3 and words[0] == "To"


def _inside(position: int, spans) -> bool:
    """Whether `position` falls in one of `spans` ((start, end, …), in text order, not
    overlapping): by bisection, not by a walk over all of them."""
    i = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def _tail_run(words):
    """The capitalised words (and particles between them) at the end of `words`."""
    run = []
    for item in reversed(words):
        if item[3] not in {"cap", "particle"}:
            break
        run.insert(0, item)
    return run


def _name_like(run, countries) -> bool:
    """Two words or more that could be a person's, countries and institutions aside."""
    names = [
        w
        for w in run
        if w[3] == "cap"
        and w[2] not in NOT_NAME_WORDS
        and not institutional(w[2])
        and not _inside(w[0], countries)
    ]
    return len(names) >= 2 or any(re.match(r"[A-Z][a-z]?\.", w[2]) for w in names)


INSTITUTIONAL_RE = re.compile(
    r"(?:tions?|sions?|ments?|ity|ness|ships?|ances?|ences?|ency|ism|ways|ces|ries|ory|ary|ure"
    r"|ics|acy)$"
)


# Given names with an institution's ending ("Lawrence Summers", "Gregory Meeks").
GIVEN_NAMES_LIKE_WORDS = frozenset(
    [
        "Lawrence", "Laurence", "Terence", "Terrence", "Florence", "Clarence", "Constance",
        "Prudence", "Patience", "Frances", "Hillary", "Hilary", "Rosemary", "Gregory", "Zachary",
        "Mallory",
        "Valery", "Valeriy", "Dmitry", "Dmitriy", "Vitaly", "Vitaliy", "Anatoly", "Anatoliy",
        "Grigory", "Grigoriy", "Yury", "Yuriy", "Arkady", "Georgy", "Zinovy",
    ]
)  # fmt: skip


def institutional(word: str) -> bool:
    """ "Railways", "Administration", "Secretary": words of institutions, not of names."""
    return word in NOT_NAME_WORDS or (
        len(word) > 5
        and bool(INSTITUTIONAL_RE.search(word))
        and word[:1].isupper()
        and word not in GIVEN_NAMES_LIKE_WORDS
    )


# a courtesy title run into the name: "Mr.Suresh Prabhu"
GLUED_HONORIFIC_RE = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.(?=[A-Z][a-z])")


# Honours written after a name: "Ms. Harriet Mathews CMG OBE"
POST_NOMINALS = frozenset(
    [
        "CMG",
        "OBE",
        "MBE",
        "CBE",
        "KCMG",
        "GCMG",
        "DCMG",
        "KBE",
        "DBE",
        "GBE",
        "MVO",
        "LVO",
        "CVO",
        "KCVO",
        "QC",
        "KC",
    ]
)


def clean_name(name: str) -> str:
    name = HONORIFIC_RE.sub("", GLUED_HONORIFIC_RE.sub("", name.strip()))
    words = name.split()
    while words and (
        (words[-1] in NOT_NAME_WORDS and not _surname_after_all(words, words[-1]))
        or (len(words) > 2 and words[-1].rstrip(",") in POST_NOMINALS)
    ):
        words.pop()
    while (
        words
        and words[0] in NOT_NAME_WORDS
        and not _before_bin(words, 0)
        and not _surname_after_all(words, words[0])
        and not _sultan_given_name(words)
        and not _family_name_to(words)
        # (the initial A before another: "A M A Muhith")
        and not (words[0] == "A" and len(words) > 2 and re.fullmatch(r"[A-Z]\.?", words[1]))
    ):
        words.pop(0)
    return " ".join(words).rstrip(".,’'")


def _before_bin(words: list[str], i: int) -> bool:
    """ "Sultan bin Saeed al-Mansuri": a word that is a title elsewhere is a given name
    right before "bin"."""
    return i + 1 < len(words) and _family_link(words[i + 1])


def _sultan_given_name(words: list[str]) -> bool:
    """ "Sultan Abdulrahman Al-Dakhel": "Sultan" is a given name before a father's name and
    an Arabic family name written with its article ("Al-…"), as a sultan's name is not."""
    return (
        len(words) == 3
        and words[0] == "Sultan"
        and words[2].startswith(("Al-", "al-"))
        and not _family_link(words[1])
    )


def _family_link(word: str) -> bool:
    """ "bin", "ibn", "bint", or the article of an Arabic family name ("Al Jaber",
    "al-Mansuri"): what comes after a given name, never after a title."""
    return word in {"bin", "ibn", "bint", "Al", "al"} or word.startswith(("Al-", "al-"))


# Words that are also surnames ("Thomas West", "Jack White") or a Korean family name ("Park
# Jin"): a name's when a given name goes with them.
SURNAME_WORDS = frozenset({"West", "North", "Black", "White", "Park", "King", "Young"})


def _surname_after_all(words: list[str], word: str) -> bool:
    """Whether `word` is the surname of a two- or three-word name: last after a given name
    that is no office or place word, or first as a Korean family name before a given name
    written with a hyphen or alone ("Park Jin", "Park Geun-hye")."""
    if word not in SURNAME_WORDS or not 2 <= len(words) <= 3:
        return False
    if words[-1] == word:
        return all(w not in NOT_NAME_WORDS for w in words[:-1])
    return words[0] == word == "Park" and all(w not in NOT_NAME_WORDS for w in words[1:])


def plausible_name(name: str) -> bool:
    """Two to five words that look like a name, not an institution or a place."""
    if "," in name:
        return False  # "Minerals Development, Idris Mohammed": a list, not one name
    words = name.split()
    # particles aside: "Shakhbout bin Nahyan bin Mubarak Al Nahyan" is a name of seven words
    core = [w for w in words if not PARTICLE_ANY_CASE_RE.match(w)]
    # (initials of one or two letters: "D.Bilegdorj", "Ts.Sukhbaatar")
    if not (len(words) >= 2 and len(core) <= 6) and not re.fullmatch(
        r"(?:\w[a-zа-яё]?\.\s?){1,3}\w+", name
    ):
        return False
    inner = [
        w
        for i, w in enumerate(words)
        if not (0 < i < len(words) - 1 and len(w) == 1)
        # (the initial A before another: "A M A Muhith")
        and not (i == 0 and w == "A" and len(words) > 2 and len(words[1].rstrip(".")) == 1)
        and not _before_bin(words, i)
        and not (i == 0 and (_sultan_given_name(words) or _family_name_to(words)))
        # (nor a father's name after it: "Zayed bin Khalifa bin Sultan Al Nahyan")
        and not (i and words[i - 1].lower() in {"bin", "ibn", "bint"})
        # (nor a father's title inside a Malaysian name: "Hishammuddin Tun Hussein")
        and not (0 < i < len(words) - 1 and w == "Tun")
    ]
    if any(
        # (a plural's possessive too: "Foreign Ministers' Meet"; a title's hyphenated parts:
        # "High Commissioner-Designate")
        (
            (w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’")) in NOT_NAME_WORDS
            or ("-" in w and w.split("-")[0] in HYPHENED_TITLE_HEADS)
        )
        and not _surname_after_all(words, w)
        for w in inner
    ):
        return False  # "Committee's Organizational", "Strategic Plans Division"
    letters = [w for w in words if not PARTICLE_RE.match(w)]
    return len(letters) >= 2 or bool(re.match(r"(?:\w[a-zа-яё]?\.\s?){1,3}\w{2,}", name))
