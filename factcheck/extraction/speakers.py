"""Who makes the claim in a sentence: rule-based attribution of reported speech.

News attributes claims with a small set of constructions, so a handful of patterns over a
statement-verb anchor is both precise and fast (a sentence without a statement verb costs one
regex search):

* subject + verb: "Peskov said (that)", "Kremlin spokesman Dmitry Peskov said on Thursday",
  "The United States and the European Union accuse Russia", "Rebels announced that",
  "X told Reuters"; auxiliaries/adverbs ("has said", "also warned") and a relative clause or
  appositive between commas ("John Kerry, who negotiated the truce, has said") are skipped;
* inversion after a quote or comma: "…,” said Peskov", "…, said the ministry", "…, said local
  hospital director Hengky Tewu" (a short role phrase), "…, said the 36-year-old Klitschko, who …", the
  headline's "…, say police"; but "Ali Khalid, spokesman for Sudan's army, said Sudan …" is Ali Khalid
  speaking, the subject before the appositive;
* a coordinated verb: "Mogherini called the strikes a “massacre” and said …" (the subject is
  the one the sentence starts with);
* "according to X", with or without a comma after it ("According to the commission the turnout was …");
  an attribution in the clause it opens is nearer the claim ("According to police, the teenager told
  officers he …" is the teenager's), one trailing after it is not;
* a participle in an absolute clause after "with": "…, with the EU warning Israel it was …";
* a trailing "…, it said.": an organisation, resolved in context to the latest organisation (or one-word
  name not a person's) speaking before.

A subject no vocabulary knows is still the speaker when it starts a clause (after a comma, a quote or
the sentence start) before a common statement verb ("…, the regional disaster agency said on
Tuesday", "“…,” Jaguars safety Reggie Nelson said", "Her rep told People", "A source from the
magazine said"): starting a clause is what makes it a subject, where "… that the rule said" is not.
Statement verbs that state nothing give no speaker: passives ("is said to"), refusals ("declined to
say", "would not say"), participles ("the teen accused of …"), acts announced ("announced its intention
to …", "announced a deal") and "added to the list". A time between subject and verb is skipped ("The
ministry on Sunday said"). An attribution inside a quotation is the quoted speaker's words; the one
outside wins, even a pronoun.

The name is the noun phrase as written, titles and determiners included ("Kremlin spokesman
Dmitry Peskov", "The officials"), so its span slices the original text. A noun phrase introduced
by "that"/"which" or by a lower-case word other than a conjunction is an embedded clause
("… most outside countries had said …") and is not the sentence's speaker.

Decisions across sentences (``assign_speakers``):

* a sentence that starts inside an open quotation takes the speaker of the quotation; a quotation
  whose attribution comes in a later sentence ("“We will win. We have the means,” Peskov said.")
  gives that speaker to its earlier sentences too; a quotation runs on over a single line break (feeds
  with a sentence a line) when the next quotation mark closes it, not over a blank line; a quotation
  that opens a sentence and is never attributed belongs to the quotation just before it (news names a
  speaker once for a run of quotations);
* "he"/"she"/"they" resolve to the most recent named speaker within three paragraphs (news
  paragraphs are a sentence or two: "X said … / “…,” he said") that agrees in number and gender
  and is not named in the pronoun's own sentence ("He told Smith" is not Smith speaking). A person
  named as the subject of one of the three sentences before, when that sentence has no speaker of
  its own, counts too ("Rossi laid out the case. He said …"), if surely a person (a title, role
  word or first name, or the surname after a first name earlier), not a place or a team. Gender
  comes from titles, role words and common first names ("Mr.", "spokeswoman", "Barbara"), from a
  fuller mention of the same surname earlier in the text, and from a pronoun already resolved to
  the phrase ("the doctor … she said"); unknown agrees with both. The Speaker then carries the
  earlier mention's name and span. "I", "we" and "you" are the text's own author (a debate
  speaker, say), which we cannot name, so they give no speaker.

German, Spanish, French, Portuguese and Italian have their own, smaller tables (see ``_LANGUAGES``);
any other language gets no speaker. Measured on hand-labelled news: ``python -m evaluation speakers``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from factcheck.extraction._regex import literal_alternation
from factcheck.extraction.types import Speaker

__all__ = ["ANCHOR_WORDS", "SPEAKER_LANGUAGES", "assign_speakers", "find_speaker", "speaker_type"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


_VERBS = _words(
    "said says say saying told tells announced announces announce claimed claims claim stated added "
    "adds warned warns warn insisted insists insist denied denies deny confirmed confirms estimated "
    "estimates admitted admits admit argued argues argue noted notes alleged alleges allege "
    "acknowledged acknowledges declared declares predicted predicts promised promises pledged "
    "pledges pledge vowed vows vow asserted asserts maintained maintains wrote writes tweeted tweets "
    "reported reports accused accuses accuse believe believes believed explained explains revealed "
    "reveals disclosed testified contended contends reiterated stressed emphasized emphasised "
    "concluded suggested suggests warning claiming insisting"
)
ANCHOR_WORDS = _VERBS | {"according"}
# Verbs that take their subject after them: "…,” said Peskov", the headline's "…, say police" (not "…,
# accused Sudan of …").
_INVERTING = _words("said says say added adds wrote writes explained insisted warned stressed")
# Uses of statement verbs that report nothing, by the word after them: "added six rebounds", "added
# 14 points" (a count follows), "was revealed as the 12th Doctor" (a role follows).
_ADDED_A_COUNT = _words(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands a an "
    "another more his her their its"
)
_NOT_SPEECH_BEFORE: dict[str, frozenset[str]] = {
    **dict.fromkeys(("added", "adds"), _ADDED_A_COUNT),
    **dict.fromkeys(
        ("revealed", "reveals", "confirmed", "confirms", "declared", "declares", "reported"), _words("as")
    ),
    # "the teen accused of shooting …": a participle, not an accusation made
    **dict.fromkeys(("accused", "accuses"), _words("of in")),
    # "announced its intention to …", "announced his departure": an act announced, not a claim
    **dict.fromkeys(("announced", "announces", "announce"), _words("its his her their a an")),
}
# One search decides whether a sentence can have an attribution at all.
_ANCHOR = re.compile(r"\b(?=[a-zA])" + literal_alternation([*_VERBS, "according to", "According to"]) + r"\b")
_WORD = re.compile(r"\w+")
_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_OPENING_QUOTES = frozenset('"\u201c')
_QUOTE_CHAR = re.compile('["\u201c\u201d]')
# A title ("Mr."), an acronym ("U.S.") or an initial ("J. Smith"), else a word ("al-Assad", "1,500"), else
# one punctuation mark. The first three all open with one to four letters and a period: the lookahead
# rules them out for most words in one step. The word's quantifiers are possessive: nothing follows it, so
# giving back characters could never lead to another match. Both only skip work: the tokens are those of
# the plain alternation (``tests/extraction/test_speakers.py``), in about a fifth less time.
_TOKEN = re.compile(
    r"(?=[A-Za-z]{1,4}\.)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s[A-Z]))"
    r"|\w++(?:[.'\u2019&\-]\w++)*+"
    r"|[^\w\s]"
)
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# Words in -ly that are nouns, not adverbs to skip before a verb ("…, cops and family said").
_LY_NOUNS = _words("family ally assembly rally supply monopoly elderly")
_SKIP = _words(
    "has have had will would also later earlier previously repeatedly personally reportedly publicly "
    "further then again already did does do is was were has been had been once separately privately "
    "recently yesterday today"
)
_CONNECT = _words("of for and the de del al la le von van bin der & in")
_DETERMINERS = _words("the a an two three four several some many most other both")
_MODIFIERS = _words(
    "senior top local military government security health foreign defence defense rebel opposition "
    "state former chief deputy unnamed anonymous western eastern international federal regional "
    "national independent interior press presidential two three several some many other both u.n. un "
    "human rights aid humanitarian medical police fire emergency relief news"
)
# Lower-case heads that can make claims: people by role, groups and institutions, documents.
_HEADS = _words(
    "spokesman spokeswoman spokesperson spokesmen minister ministers president premier official "
    "officials government governments ministry ministries police authorities authority army military "
    "forces fighters rebels insurgents militants troops commander commanders general diplomat "
    "diplomats source sources witness witnesses residents activists activist group groups agency "
    "agencies office department council committee organisation organization monitor observers "
    "observatory analysts analyst experts expert researchers scientists doctors doctor medics "
    "spokespeople leader leaders chief head lawyer lawyers attorney prosecutor prosecutors "
    "investigators officer officers statement report study survey poll data figures media newspaper "
    "agency company firm bank coalition alliance administration campaign party senator congressman "
    "governor mayor secretary ambassador envoy negotiators man woman people founder chairman "
    "chairwoman ceo director manager owner executive resident reporter correspondent journalist "
    "coordinator coordinators worker workers representative representatives rep aide aides adviser "
    "advisers advisor publicist judge coach team father mother son daughter wife husband brother sister "
    "friend neighbour neighbor"
)
# Capitalised words that start sentences or name times, never speakers.
_NOT_NAME = _words(
    "But And Or So Yet However Meanwhile Also Then Now Still When While If As Although After Before "
    "On In At For Last This That These Those It There Here Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November "
    "December Earlier Later Separately Instead Indeed Yesterday Today According Asked Speaking "
    "Source What Why How Where Who Which Because Since Until Despite"
)
_PRONOUNS = _words("he she they He She They")
# Pronouns a speaker may be, resolved in context: "it" only in a trailing "…, it said." (an organisation).
_ANAPHORS = _PRONOUNS | {"it"}
_FIRST_PERSON = _words("i we you I We You it It")
# Words after which a noun phrase still starts a clause (so may be a subject).
_OPENERS = _words("and but while as because although though so yet when since after before where")
_RELATIVE = _words("who whom which whose where")
# A clause between commas that starts with one of these is an aside ("Kempthorne, at a news conference
# in Washington, said").
_PREPOSITIONS = _words("at in on to from with by during after before under for")
# After a name, these end a speaker phrase ("said Bensu Elianita to the AP"; not "for": "the Center for
# Biological Diversity").
_AFTER_NAME = _words("at in on to from with by during")
_QUOTES = frozenset("\"'“”\u2018\u2019«»")
_CLAUSE_END = frozenset([*",.;:!?", *_QUOTES])
# Where a clause, and so a subject, can start: "…, the regional disaster agency said", "“…,” Saints coach
# Sean Payton said", "(… ) officials said".
_CLAUSE_START = frozenset([*",;:(\u2014\u2013", *_QUOTES])
_POSSESSIVE_DETERMINERS = _words("his her their its our His Her Their Its Our")
_COMPANY_SUFFIXES = _words("Inc Corp Co Ltd Bros Plc")
# The statement verbs after which a subject no vocabulary knows is taken (``_loose_subject``): verbs that
# are seldom nouns or participles of another sense ("claims", "reports", "notes", "promises" are nouns as
# often: "twenty claims", "an editor notes").
_LOOSE_VERBS = _words(
    "said says say told tells announced stated explained wrote testified insisted warned warns stressed "
    "confirmed confirms acknowledged admitted denied argued argues declared revealed estimated predicted "
    "concluded contended reiterated emphasized emphasised asserted alleged disclosed tweeted"
)
# What may follow such a verb: a clause or quotation it reports, its hearer ("told reporters"), or the end
# of a trailing attribution and its time ("said on Tuesday."); not "added to a declaration", "says otherwise".
_AFTER_LOOSE_VERB = _words(
    "that on in at last this yesterday today earlier later late early during after before when while also "
    "he she they it we i there his her their its"
)
# Words that are never inside a subject a vocabulary does not know: relatives, modals, negations.
_NOT_IN_SUBJECT = _words(
    "who whom whose which that what where when why how can cannot could may might must shall should will "
    "would not never only just even very"
)
# Before a statement verb, these say nothing was said: "declined to say", "would not say", "never said".
_NOT_SAYING = _words("to not never")
# Forms of "be" before a statement verb make it passive: "The murder is said to have …", "He was told …".
_BE = _words("is are was were be been being")
# Words that join a post-modifier to a speaker's head: "a source from the magazine", "witnesses at the camp".
_POST_PREPOSITIONS = _words("from at with of in for on")
# After the verb, a trailing attribution holds at most this many tokens before the sentence ends ("…, cops
# and family said on Friday night.").
_TRAILING_REACH = 8

Token = tuple[str, int, int]
_START = itemgetter(1)


def _tokens(sentence: str) -> list[Token]:
    """``(m.group(), m.start(), m.end())`` for each match of ``_TOKEN`` in ``sentence``, in order.

    No token holds a blank and every other character is in one (a ``\\w`` or a ``[^\\w\\s]``), so the tokens
    are those of each blank-free chunk ``str.split`` gives, matched from its start (the lookaheads still
    see past it). The regex runs on the few chunks that are not plain: a chunk of letters and digits
    (``str.isalnum`` is ``\\w`` without the underscore) is one word token, and one that only ends in a
    punctuation mark is a word and the mark, unless it could be a title or an initial ("Mr.", "J.").
    """
    tokens: list[Token] = []
    append = tokens.append
    find = sentence.find
    match = _TOKEN.match
    position = 0
    for chunk in sentence.split():
        start = find(chunk, position)  # (only blanks lie between the chunks)
        position = start + len(chunk)
        if chunk.isalnum():
            append((chunk, start, position))
            continue
        head, last = chunk[:-1], chunk[-1]
        if (
            head.isalnum()
            and not last.isalnum()
            and last != "_"
            and (last != "." or len(head) > 4 or not (head.isascii() and head.isalpha()))
        ):
            append((head, start, position - 1))
            append((last, position - 1, position))
            continue
        at = start
        while at < position:
            m = match(sentence, at)
            if m is None:  # (cannot be: every character but a blank starts a token)
                break
            at = m.end()
            append((m.group(), m.start(), at))
    return tokens


_NEVER_NAME_WORDS = _NOT_NAME | _PRONOUNS | _FIRST_PERSON


def _is_name_word(tok: str) -> bool:
    return tok[0].isupper() and tok not in _NEVER_NAME_WORDS


def _np_word(tok: str) -> bool:
    """Can ``tok`` be inside a speaker noun phrase? ("the mayor's lawyer": a possessive role counts)"""
    if tok.endswith(("'s", "\u2019s")) and tok[:-2] in _HEADS:
        return True
    return _is_name_word(tok) or tok in _HEADS or tok in _MODIFIERS or tok in _CONNECT or tok in _DETERMINERS


def _good_head(tok: str) -> bool:
    return _is_name_word(tok) or tok in _HEADS


def _trim(toks: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Trim connectors from both ends of ``toks[i:j]``; keep a leading determiner."""
    while i < j and toks[i][0] in _CONNECT and toks[i][0].lower() != "the":
        i += 1
    while j > i and not _good_head(toks[j - 1][0]):
        j -= 1
    if i >= j:  # (otherwise the phrase ends in a good head: the loop above stopped at one)
        return None
    return i, j


def _backward_np(toks: list[Token], end: int) -> tuple[int, int] | None:
    """Noun phrase ending at token index ``end`` (exclusive), if it can be a clause subject."""
    i = end
    while i > 0 and _np_word(toks[i - 1][0]):
        i -= 1
        if toks[i][0] in ("The", "the", "A", "a", "An", "an") and (i == 0 or toks[i - 1][0] not in _CONNECT):
            break
    span = _trim(toks, i, end)
    if span is None:
        return None
    i, _ = span
    if i > 0:
        before = toks[i - 1][0]
        if before.isalpha() and before[0].islower() and before not in _OPENERS:
            return None  # "… that officials said", "… outside countries had said": embedded
        if before[0].islower() and before.endswith(("'s", "\u2019s")):
            return None  # "the actress's rep Jack Ketsoyan": the phrase goes on (``_loose_subject``)
    return span


def _ends_name(tok: str) -> bool:
    """A word a speaker phrase may end in before a prepositional phrase: a name or a number compound ("the
    29-year-old")."""
    return _is_name_word(tok) or (tok[:1].isdigit() and "-" in tok)


def _forward_np(toks: list[Token], start: int, loose: bool = False) -> tuple[int, int] | None:
    """Noun phrase starting at ``start`` (after a verb, "according to", or at sentence start).

    ``loose`` (after "said"/"according to", where a noun phrase is expected) also lets through up to
    three unknown lower-case modifiers ("the central bank", "the U.N. refugee agency").
    """
    j = start
    if j < len(toks) and toks[j][0].lower() in _DETERMINERS:
        j += 1
    unknown = 0
    while j < len(toks):
        tok = toks[j][0]
        if loose and tok in _AFTER_NAME and j > start and _ends_name(toks[j - 1][0]):
            break  # "said Bensu Elianita to the Associated Press", "said the 29-year-old on the eve of …"
        if tok == "the" and j > start and _good_head(toks[j - 1][0]) and toks[j - 1][0] not in _CONNECT:
            break  # "According to the agency the turnout was …": "the" right after a head opens a clause
        if (_np_word(tok) and tok.lower() not in _DETERMINERS) or tok == "the":
            unknown = 0
        elif (
            loose
            and unknown < 3
            and tok not in _OPENERS
            and (
                (tok.isalpha() and tok.islower())
                # "the 36-year-old Klitschko", "the country's election commission"
                or (not tok[:1].isupper() and _loose_word(tok))
            )
        ):
            unknown += 1
        else:
            break
        j += 1
    span = _trim(toks, start, j)
    if span is None:
        return None
    i, j = span
    if j == len(toks) or toks[j][0] != ",":
        return span
    # Appositive name: "The EU's High Representative for Foreign Affairs, Federica Mogherini, …"
    k = j + 1
    while k < len(toks) and _is_name_word(toks[k][0]):
        k += 1
    if k > j + 1 and (k == len(toks) or toks[k][0] in _CLAUSE_END):
        return i, k  # (or one that ends the sentence: "…,” said the aid coordinator, Maria Lopez.)
    return span


def _parenthetical(clause: list[Token]) -> bool:
    """A relative clause or an appositive ("who …", "Federica Mogherini", "the governor of …", "21")."""
    if not clause:
        return False
    first = clause[0][0]
    return (
        first in _RELATIVE
        or first.lower() in _DETERMINERS
        or first in _HEADS
        or first in _MODIFIERS  # ", deputy director of …,"
        or (first.endswith(("'s", "\u2019s")) and _is_name_word(first))  # ", Intel's general manager,"
        or (first in _PREPOSITIONS and len(clause) <= 8)  # ", at a news conference in Washington,"
        or (first.endswith("ed") and first.islower() and len(clause) <= 8)  # ", hospitalized with …,"
        or all(_is_name_word(t[0]) or t[0].isdigit() for t in clause)
    )


def _possessive(toks: list[Token], k: int) -> bool:
    """Whether the apostrophe token ``toks[k]`` ends a plural possessive ("Concerned Scientists' …")."""
    return (
        toks[k][0] in ("'", "\u2019")
        and k > 0
        and toks[k - 1][2] == toks[k][1]
        and toks[k - 1][0].endswith("s")
        and toks[k - 1][0][:1].isupper()
    )


def _skip_back(toks: list[Token], v: int) -> int:
    """Index just after the subject for a verb at ``v``: skip auxiliaries, adverbs, clauses in commas."""
    i = v
    while i > 0 and (
        toks[i - 1][0].lower() in _SKIP
        or (toks[i - 1][0].endswith("ly") and toks[i - 1][0].islower() and toks[i - 1][0] not in _LY_NOUNS)
    ):
        i -= 1
    if i > 2 and toks[i - 1][0] in _WEEKDAYS and toks[i - 2][0] == "on":
        i -= 2  # "The ministry on Sunday said"
        while i > 0 and toks[i - 1][0].lower() in _SKIP:
            i -= 1
    if i > 2 and toks[i - 1][0] == ")":  # "Edward Markey (D-Mass.) said", "the agency (UNRWA) said"
        k = i - 2
        while k > max(0, i - 10) and toks[k][0] not in ("(", ")"):
            k -= 1
        if k > 0 and toks[k][0] == "(":
            i = k
    if i > 1 and toks[i - 1][0] == ",":
        # ", who negotiated the truce," or ", Federica Mogherini," between subject and verb
        k = i - 2
        while (
            k >= 0
            and toks[k][0] not in (",", ";", ":")
            and (toks[k][0] not in _QUOTES or _possessive(toks, k))
        ):
            k -= 1
        if k > 0 and toks[k][0] == "," and _parenthetical(toks[k + 1 : i - 1]):
            return k
    return i


def _sentence_subject(toks: list[Token]) -> tuple[int, int] | None:
    """The noun phrase the sentence starts with (after an introductory "On Thursday," phrase)."""
    start = 0
    if toks and toks[0][0] in _NOT_NAME:
        for k, t in enumerate(toks[:8]):
            if t[0] == ",":
                start = k + 1
                break
    span = _forward_np(toks, start)
    if span is None and start:
        span = _forward_np(toks, 0)
    return span


def _match(sentence: str) -> tuple[int, int] | None:
    """Local (start, end) of the speaker phrase in ``sentence``; pronouns are returned as phrases too."""
    m = _ANCHOR.search(sentence)
    if m is None:
        return None
    # tokens up to a little past the last verb are all the patterns look at (when the sentence ends
    # within that reach of the first verb it is the whole sentence: no need to find the last)
    if m.end() + 150 >= len(sentence):
        toks = _tokens(sentence)
    else:
        toks = _tokens(sentence[: _last_anchor_end(sentence, m) + 150])
    pronoun = None
    source = None  # "According to X, …" opening the sentence: an attribution in its clause is nearer
    # an attribution inside a quotation is the quoted speaker's words ("“… the Israelis had told them to
    # go there,” he said"): the sentence's own attribution, outside, wins, even a pronoun
    regions = _quoted_regions(sentence) if _QUOTE_CHAR.search(sentence) else []
    quoted = None
    subject: list[tuple[int, int] | None] = []  # the noun phrase the sentence starts with, once looked up
    while m is not None:
        # the token starting where the verb does, if any (tokens are in order of their starts)
        v = bisect_left(toks, m.start(), key=_START)
        if v < len(toks) and toks[v][1] == m.start():
            span = _match_at(toks, v, m.group(), subject)
            if span is not None:
                found = toks[span[0]][1], toks[span[1] - 1][2]
                if any(a <= m.start() < b for a, b in regions):
                    quoted = quoted or found
                elif v == 0 and m.group() == "According to" and source is None:
                    # "According to police, the teenager told investigators he …": the teenager's claim, in
                    # the clause the source opens; but "According to X, …, court sources said.": X's
                    source = found
                elif source is not None:
                    return found if sentence[source[1] : found[0]].strip() == "," else source
                elif span[1] - span[0] > 1 or toks[span[0]][0] not in _ANAPHORS:
                    return found
                else:
                    # "In his own words, he said …, said Christina Greenway": a later name wins
                    pronoun = pronoun or found
        m = _ANCHOR.search(sentence, m.end())
    return pronoun or source or quoted


def _quoted_regions(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the double-quoted stretches of ``sentence``. A straight quote opens unless one is
    open; but a first one that follows a word and precedes a blank closes a quotation that began in an
    earlier sentence (“… at this time," the rep said"); an unclosed one runs to the end."""
    regions = []
    open_at: int | None = None
    first = True
    for m in _QUOTE_CHAR.finditer(sentence):
        at = m.start()
        ch = sentence[at]
        if ch == '"' and first and at > 0 and not sentence[at - 1].isspace():
            closing = at + 1 == len(sentence) or sentence[at + 1].isspace()
        else:
            closing = ch == "\u201d" or (ch == '"' and open_at is not None)
        first = False
        if closing:
            regions.append((0 if open_at is None else open_at, at))
            open_at = None
        elif open_at is None:
            open_at = at
    if open_at is not None:
        regions.append((open_at, len(sentence)))
    return regions


def _loose_word(tok: str) -> bool:
    """A word a subject may hold though no vocabulary knows it: a possessive ("the actress's rep"), a
    number compound ("33-year-old") or a lower-case word ("disaster", "rep", "lawsuit")."""
    if tok.endswith(("'s", "\u2019s")) or (any(c.isdigit() for c in tok) and "-" in tok):
        return True
    return (
        tok.isalpha()
        and tok.islower()
        and tok not in _OPENERS
        and tok not in _SKIP
        and tok not in _BE
        and tok not in _PREPOSITIONS
        and tok not in _NOT_SAYING
        and tok not in _NOT_IN_SUBJECT
    )


def _np_back(toks: list[Token], end: int) -> int:
    """Start of the longest noun phrase ending at ``end`` (exclusive) that a clause could start with;
    ``end`` itself when there is none. Up to three unknown words; it stops after its determiner."""
    i = end
    unknown = 0
    while i > 0:
        tok = toks[i - 1][0]
        if tok in _PRONOUNS or tok in _FIRST_PERSON:
            break
        if _np_word(tok) or tok in _POSSESSIVE_DETERMINERS:
            pass
        elif (
            tok == "." and i > 1 and toks[i - 2][0] in _COMPANY_SUFFIXES and toks[i - 2][2] == toks[i - 1][1]
        ):
            pass  # "Valley Dairy Inc., which …, told"
        elif _loose_word(tok) and unknown < 3:
            unknown += 1
        else:
            break
        i -= 1
        if (tok.lower() in _DETERMINERS or tok in _POSSESSIVE_DETERMINERS) and (
            i == 0 or toks[i - 1][0] not in _CONNECT or toks[i - 1][0] in _POST_PREPOSITIONS
        ):
            break
    while i < end and toks[i][0] in _CONNECT and toks[i][0].lower() != "the":
        i += 1
    return i


def _reports_after(toks: list[Token], v: int) -> bool:
    """Whether what follows the verb at ``v`` is what a statement verb takes (``_AFTER_LOOSE_VERB``)."""
    if v + 1 >= len(toks):
        return True
    after = toks[v + 1][0]
    if toks[v][0] in ("told", "tells"):
        return after.isalpha()  # the hearer: "told reporters", "told People"
    return (
        after in _CLAUSE_END
        or after.lower() in _AFTER_LOOSE_VERB
        or after.lower() in _DETERMINERS
        or after[:1].isupper()
        or after[:1].isdigit()
    )


def _trailing(toks: list[Token], v: int) -> bool:
    """Whether the verb at ``v`` ends its sentence but for a short tail ("said on Tuesday.")."""
    tail = toks[v + 1 :]
    return len(tail) <= _TRAILING_REACH and not any(t[0] in _QUOTES or t[0] == "," for t in tail)


def _loose_subject(toks: list[Token], end: int, v: int) -> tuple[int, int] | None:
    """The subject ending at ``end`` of the statement verb at ``v`` when no vocabulary names its head, if
    it starts a clause: "…, the regional disaster agency said", "“…,” Jaguars safety Reggie Nelson
    said", "Her rep told People", "A source from the magazine said" (a post-modifier after a role).

    A clause start is what makes an unknown phrase a subject ("… that the rule said" is not one). The
    phrase opens with a determiner, a possessive or a name, or, in a trailing attribution ("…, cops and
    family said."), with any word.
    """
    i = _np_back(toks, end)
    if i == end:
        return None
    # post-modifiers after a role: "Another league source with knowledge of the team's thinking", "an
    # Interior official speaking on the condition of anonymity"
    at = i
    for _ in range(3):
        if at < 2 or toks[at - 1][0] not in _POST_PREPOSITIONS:
            break
        k = at - 1
        if toks[k - 1][0].islower() and toks[k - 1][0].endswith("ing"):
            k -= 1  # "speaking on …"
        at = _np_back(toks, k)
        if at == k:
            break
        if toks[k - 1][0].lower() in _HEADS:
            i = at  # the role the post-modifiers hang on
    if i > 0 and toks[i - 1][0] not in _CLAUSE_START and toks[i - 1][0].lower() not in _OPENERS:
        return None
    first = toks[i][0]
    if not (
        first.lower() in _DETERMINERS
        or first in _POSSESSIVE_DETERMINERS
        or _is_name_word(first)
        or first.lower() in _HEADS
        or first in _MODIFIERS
        or first.endswith(("'s", "\u2019s"))
        or _trailing(toks, v)
    ):
        return None
    last = toks[end - 1][0]
    if last.lower() in _DETERMINERS or last in _POSSESSIVE_DETERMINERS or last in _CONNECT:
        return None
    if i > 1 and toks[i - 1][0] == "," and (first.lower() in ("a", "an", "the") or first.islower()):
        # "Robert McFarlane, an assistant state attorney general said", "John Ging, director of operations
        # for UNRWA, the relief agency, said": the name before the description
        k = i - 1
        j = k
        while j > 0 and _is_name_word(toks[j - 1][0]):
            j -= 1
        if j < k and (j == 0 or toks[j - 1][0] in _CLAUSE_START):
            return j, k
    return i, end


def _source_after(toks: list[Token], start: int) -> tuple[int, int] | None:
    """A short noun phrase after "according to" that no vocabulary knows ("the charges", "an aid worker
    with knowledge of …"): a determiner or possessive, up to four words, then a clause end or a
    preposition."""
    if start >= len(toks) or not (
        toks[start][0].lower() in _DETERMINERS or toks[start][0] in _POSSESSIVE_DETERMINERS
    ):
        return None
    j = start + 1
    while j < len(toks) and j - start <= 4 and (_np_word(toks[j][0]) or _loose_word(toks[j][0])):
        j += 1
    if j == start + 1 or j - start > 4:
        return None
    if j < len(toks) and toks[j][0] not in _CLAUSE_END and toks[j][0] not in _POST_PREPOSITIONS:
        return None
    last = toks[j - 1][0]
    if not last.isalpha() or last in _CONNECT or last.lower() in _DETERMINERS:
        return None
    if j < len(toks) and toks[j][0] == ",":
        # an appositive name that ends the clause: "…,” said the aid coordinator, Maria Lopez."
        k = j + 1
        while k < len(toks) and _is_name_word(toks[k][0]):
            k += 1
        if k > j + 1 and (k == len(toks) or toks[k][0] in _CLAUSE_END):
            return start, k
    return start, j


# Statement verbs as participles, which report only in an absolute clause after "with" ("…, with the EU
# warning Israel it was …"); "saying" also after its subject ("Peskov, saying that …").
_PARTICIPLES = _words("saying warning claiming insisting")
# Words that open what such a participle reports: a that-clause, a clause with a pronoun or a "no …"
# subject ("… saying no deal was near"), "warning of …".
_CLAUSE_OPENERS = _words("that of he she they it we i there no")


def _with_subject(toks: list[Token], v: int, after: str) -> tuple[int, int] | None:
    """The subject of the participle at ``v`` in "with the EU warning Israel it was …", "with officials
    saying no deal was near": a noun phrase after "with" that starts with a determiner, a name or a role,
    and a clause, quotation or hearer after the verb ("a storm warning issued late" is a noun)."""
    if not (
        after in _QUOTES
        or after.lower() in _CLAUSE_OPENERS
        or after.lower() in _DETERMINERS
        or _is_name_word(after)
    ):
        return None
    i = _np_back(toks, v)
    if i == v or i == 0 or toks[i - 1][0] != "with":
        return None
    first, last = toks[i][0], toks[v - 1][0]
    if first.lower() in ("a", "an") and last not in _HEADS:
        return None  # "with a Met Office warning that …": the warning is a noun
    if not (
        first.lower() in _DETERMINERS
        or first in _POSSESSIVE_DETERMINERS
        or _is_name_word(first)
        or first in _HEADS
        or first in _MODIFIERS
    ) or not (_good_head(last) or _loose_word(last)):
        return None
    if last.lower() in _DETERMINERS or last in _POSSESSIVE_DETERMINERS or last in _CONNECT:
        return None
    return i, v


def _match_at(
    toks: list[Token], v: int, verb: str, subject: list[tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The speaker phrase for the statement verb at token ``v``; ``subject`` caches the sentence's own
    subject (each "and said" of a sentence would otherwise read it again from the start)."""
    if verb in ("according to", "According to"):
        return _forward_np(toks, v + 2, loose=True) or _source_after(toks, v + 2)
    after = toks[v + 1][0] if v + 1 < len(toks) else ""
    if verb in _PARTICIPLES:
        span = _with_subject(toks, v, after)
        if span is not None or verb != "saying":
            return span
    if verb in _NOT_SPEECH_BEFORE and (
        after in _NOT_SPEECH_BEFORE[verb] or (after[:1].isdigit() and verb in ("added", "adds"))
    ):
        return None
    if (
        verb in ("added", "adds")
        and after == "to"
        and v + 2 < len(toks)
        and (
            toks[v + 2][0] in _POSSESSIVE_DETERMINERS
            or (toks[v + 2][0].lower() in _DETERMINERS and v + 3 < len(toks) and toks[v + 3][0].islower())
        )
    ):
        return None  # "have added to their list", "added to the pressure"; not "he added to the BBC"
    prev = toks[v - 1][0] if v > 0 else ""
    if prev in _NOT_SAYING or prev.endswith(("n't", "n\u2019t")):
        return None
    if not verb.endswith("ing"):
        k = v
        while k > 0 and (toks[k - 1][0].lower() in _SKIP or toks[k - 1][0] in _BE):
            if toks[k - 1][0] in _BE:
                return None  # passive: "is said to", "was told"
            k -= 1
    end = _skip_back(toks, v)
    if prev == "," and end < v - 1 and toks[end][0] == ",":
        # "Al-Sawarmi Khalid, spokesman for Sudan's armed forces, said Sudan …": the subject the clause
        # starts with, before the appositive, speaks, not the name after the verb
        span = _backward_np(toks, end) or _loose_subject(toks, end, end)
        if span is not None and (span[0] == 0 or toks[span[0] - 1][0] in _CLAUSE_END):
            if all(_is_name_word(t[0]) for t in toks[end + 1 : v - 1]):
                return span[0], v - 1  # "The governor of Unity State, Taban Deng, said"
            return span
    # Inversion: "…,” said Peskov" / "…, said the ministry" (only verbs that invert, before a name)
    if verb in _INVERTING and (prev == "," or prev in _QUOTES) and v + 1 < len(toks):
        after_verb = toks[v + 1][0]
        if after_verb.lower() in _DETERMINERS or _is_name_word(after_verb):
            span = _forward_np(toks, v + 1, loose=True)
            if span is None and verb in ("said", "says"):
                # "…,” said the aid coordinator." (a phrase that ends the sentence, or a name after it)
                span = _source_after(toks, v + 1)
                if (
                    span is not None
                    and span[1] < len(toks)
                    and toks[span[1]][0] not in '.!?"\u201d'
                    # "…,” said the 28-year-old striker, who scored twice."
                    and not (
                        toks[span[1]][0] == ","
                        and span[1] + 1 < len(toks)
                        and toks[span[1] + 1][0] in _RELATIVE
                    )
                ):
                    span = None
            if span is not None:
                return span
        elif after_verb.isalpha() and after_verb.islower() and after_verb not in _CONNECT:
            # "…, said local hospital director Hengky Tewu.": a short role phrase that ends the clause
            span = _forward_np(toks, v + 1, loose=True)
            if (
                span is not None
                and (
                    span[1] == len(toks) or toks[span[1]][0] in _CLAUSE_END or toks[span[1]][0] in _AFTER_NAME
                )
                and span[1] - span[0] <= 12
                # a known role, or any role before a name ("said aid coordinator Maria Lopez")
                and (
                    any(t[0] in _HEADS for t in toks[span[0] : span[1]])
                    or _is_name_word(toks[span[1] - 1][0])
                )
                and not any(t[0] in _SKIP for t in toks[span[0] : span[1]])
            ):
                return span
    if end == 0:
        return None
    before = toks[end - 1][0]
    if before == "it" and end > 1 and verb in _LOOSE_VERBS and _trailing(toks, v):
        # "…, it said." / "…,” it said in a statement.": a trailing attribution to an organisation (resolved
        # in context); not "It said a lot about him", nor "it" as a clause's subject inside a quotation
        return (end - 1, end) if toks[end - 2][0] == "," or toks[end - 2][0] in _QUOTES else None
    if before in _PRONOUNS or before in _FIRST_PERSON:
        if (
            end == 1
            or toks[end - 2][0] in (",", ";", ":")
            or toks[end - 2][0] in _QUOTES
            or toks[end - 2][0].lower() in _OPENERS
        ):
            return (end - 1, end) if before in _PRONOUNS else None
        return None
    if before == "and":
        # coordinated verb: the sentence's own subject speaks
        if not subject:
            subject.append(_sentence_subject(toks))
        return subject[0]
    span = _backward_np(toks, end)
    if span is None and verb in _LOOSE_VERBS and _reports_after(toks, v):
        span = _loose_subject(toks, end, v)
    return span


def _last_anchor_end(sentence: str, m: re.Match[str]) -> int:
    end = m.end()
    for later in _ANCHOR.finditer(sentence, end):
        end = later.end()
    return end


def _language_code(language: str) -> str:
    """The ISO 639-1 code of a language tag ("de-DE" -> "de")."""
    return language.replace("_", "-").split("-", 1)[0].lower()


def find_speaker(sentence: str, offset: int = 0, *, language: str = "en") -> Speaker | None:
    """Speaker of one sentence on its own (pronouns unresolved: ``name`` is the pronoun).

    ``language`` is the text's ISO 639-1 code; a language without rules gets no speaker rather than
    a wrong one."""
    code = _language_code(language)
    if code == "en":
        span = _match(sentence)
    elif code in _LANGUAGES:
        span = _match_foreign(sentence, code)
    else:
        return None
    if span is None:
        return None
    return Speaker(sentence[span[0] : span[1]], offset + span[0], offset + span[1])


# How many sentences ahead ``_quote_runs_on`` looks for the end of a quotation.
_QUOTE_LINES = 6


def _quote_runs_on(
    text: str, previous_end: int, start: int, spans: Sequence[tuple[int, ...]], index: int
) -> bool:
    """Whether an open quotation goes on past the line break between ``previous_end`` and ``start``: the
    break is a single newline, not a blank line, and the next quotation mark, within a few sentences
    and before a blank line, closes it (a ” or a straight quote that does not open a word). A mark that
    opens, or none, means the quotation was left unclosed: it ends here rather than run on."""
    if _BLANK_LINE.search(text, previous_end, start):
        return False
    reach = spans[min(len(spans), index + _QUOTE_LINES) - 1][1]
    blank = _BLANK_LINE.search(text, start, reach)
    if blank is not None:
        reach = blank.start()
    mark = _QUOTE_CHAR.search(text, start, reach)
    if mark is None:
        return False
    at = mark.start()
    if text[at] != '"':
        return text[at] == "\u201d"
    # a straight quote closes after a word or before a blank or punctuation ("…,\" he said", "… that. \"")
    return (at > 0 and not text[at - 1].isspace()) or at + 1 == len(text) or not text[at + 1].isalnum()


def _quote_delta(sentence: str, open_: bool) -> bool:
    """Whether a quotation is still open after ``sentence``, given whether it was open before."""
    for ch in _QUOTE_CHAR.findall(sentence):
        if ch == "\u201c":
            open_ = True
        elif ch == "\u201d":
            open_ = False
        else:
            open_ = not open_
    return open_


def assign_speakers(
    text: str,
    spans: Sequence[tuple[int, ...]],
    words: Sequence[Iterable[str]] | None = None,
    *,
    language: str = "en",
) -> list[Speaker | None]:
    """Speakers for the sentences ``(start, end, paragraph, ...)`` of ``text`` (spans), resolved
    across sentences.

    ``words`` (per sentence, a collection holding at least every lower-cased whole word of it, e.g.
    its ``[a-z]+`` runs, if the caller has them) lets sentences without any statement verb skip the
    regex search. ``language`` is the text's ISO 639-1 code (see ``find_speaker``).
    """
    code = _language_code(language)
    if code != "en":
        # each sentence on its own: pronouns and quotations across sentences are English rules yet
        return [
            find_speaker(text[start:end], start, language=code) if code in _LANGUAGES else None
            for start, end, *_ in spans
        ]
    speakers: list[Speaker | None] = []
    recent: list[tuple[Speaker, int, int]] = []  # named speakers, their paragraph and sentence, newest last
    genders: dict[str, str] = {}  # surname or speaker phrase -> "m"/"f" (fuller mentions, resolved pronouns)
    unlearnt: list[str] = []  # speakers' names not yet read for gender
    subjects: dict[int, Speaker | None] = {}  # sentence -> the person it starts with, once looked up
    quote_open = False
    # sentences inside the current open quotation that have no speaker yet (once they get one they keep
    # it, so they are dropped: a long quotation is not walked again at every attribution in it)
    quote_waiting: list[int] = []
    quote_owner: Speaker | None = None
    # the speaker of the quotation just before, for one that opens a sentence and is never attributed:
    # news runs a speaker's quotations on, naming them once
    quote_fallback: Speaker | None = None
    last_quoted: Speaker | None = None  # the previous sentence's speaker, if it held a quotation
    mentions = _Mentions(text)
    previous_paragraph = -1
    previous_end = 0
    find = text.find
    has_quotes = '"' in text or "\u201c" in text or "\u201d" in text
    for index, (start, end, paragraph, *_) in enumerate(spans):
        if paragraph != previous_paragraph:
            # a blank line ends an open quotation; a single line break (a feed with a sentence or a
            # paragraph a line) does not: the quotation's next line has no quote mark of its own
            if quote_open and _quote_runs_on(text, previous_end, start, spans, index):
                pass
            else:
                quote_open, quote_waiting, quote_owner = False, [], None
            previous_paragraph = paragraph
        previous_end = end
        if (
            not quote_open
            and words is not None
            and ANCHOR_WORDS.isdisjoint(words[index])
            and not (
                has_quotes
                and (
                    find('"', start, end) >= 0
                    or find("\u201c", start, end) >= 0
                    or find("\u201d", start, end) >= 0
                )
            )
        ):
            # most sentences: no statement verb, no quotation open or in it, so no speaker and nothing carried
            # (what the steps below do with such a sentence)
            quote_waiting, quote_owner, quote_fallback = [], None, None
            last_quoted = None
            speakers.append(None)
            continue
        if words is not None and ANCHOR_WORDS.isdisjoint(words[index]):
            speaker = None
        else:
            speaker = find_speaker(text[start:end], start)
        if speaker is not None and speaker.name == "it":
            speaker = _organisation_antecedent(recent, paragraph, genders, mentions, start)
        elif speaker is not None and speaker.name in _PRONOUNS:
            pronoun = speaker.name.lower()
            candidates = recent
            if pronoun != "they":
                for name in unlearnt:  # learnt only when a pronoun needs them: most speakers never are
                    _learn_gender(name, genders)
                unlearnt.clear()
                subject_mentions = _subject_mentions(text, spans, speakers, index, subjects, mentions)
                if subject_mentions:
                    candidates = sorted([*recent, *subject_mentions], key=lambda candidate: candidate[2])
            speaker = _antecedent(pronoun, candidates, paragraph, genders, text[start:end])
            if speaker is not None and pronoun != "they":
                genders[speaker.name] = "m" if pronoun == "he" else "f"  # "the doctor … she said"
        starts_open = quote_open
        if speaker is None and starts_open and quote_owner is not None:
            speaker = quote_owner
        # most sentences have no quotation mark: three C-level searches instead of a regex scan (none in a
        # text without one)
        quoted = has_quotes and (
            find('"', start, end) >= 0 or find("\u201c", start, end) >= 0 or find("\u201d", start, end) >= 0
        )
        if quoted:
            quote_open = _quote_delta(text[start:end], quote_open)
        opens_with_quote = quoted and not starts_open and text[start] in _OPENING_QUOTES
        if speaker is not None and (starts_open or quote_open) and quote_waiting:
            for member in quote_waiting:
                speakers[member] = speaker
            quote_waiting = []
        if quote_open:
            if not starts_open:
                quote_waiting, quote_owner = [], speaker
                quote_fallback = last_quoted if speaker is None and opens_with_quote else None
            if speaker is None:
                quote_waiting.append(index)
        else:
            if speaker is None and (starts_open or opens_with_quote):
                # a quotation closes, never attributed: the speaker of the one before it
                speaker = quote_fallback if starts_open else last_quoted
                if speaker is not None:
                    for member in quote_waiting:
                        speakers[member] = speaker
            quote_waiting, quote_owner, quote_fallback = [], None, None
        last_quoted = speaker if quoted else None
        speakers.append(speaker)
        if speaker is not None:
            if not recent or recent[-1][0] is not speaker:
                unlearnt.append(speaker.name)
            recent.append((speaker, paragraph, index))
            del recent[:-_RECENT]
    return speakers


# How far back a pronoun looks for its speaker: news paragraphs are a sentence or two, and "…, he said"
# often follows a named quote a paragraph or two later; further back it is more often someone new.
_PRONOUN_REACH = 3
_RECENT = 8


def _antecedent(
    pronoun: str, recent: list[tuple[Speaker, int, int]], para: int, genders: dict[str, str], sentence: str
) -> Speaker | None:
    """The latest recent named speaker within reach that agrees with ``pronoun`` in number and gender,
    and is not named in the pronoun's own sentence ("He told Smith …" is not Smith speaking)."""
    plural = pronoun == "they"
    named_here: set[str] | None = None
    for candidate, where, _ in reversed(recent):
        if para - where > _PRONOUN_REACH:
            return None
        if not _agrees(candidate.name, plural):
            continue
        last = candidate.name.rsplit(None, 1)[-1]
        if last[:1].isupper():
            if named_here is None:
                named_here = set(_WORD.findall(sentence))
            if last in named_here:
                continue
        if not plural:
            gender = speaker_gender(candidate.name, genders)
            if gender is not None and gender != ("m" if pronoun == "he" else "f"):
                continue
        return candidate
    return None


def _organisation_antecedent(
    recent: list[tuple[Speaker, int, int]],
    para: int,
    genders: dict[str, str],
    mentions: _Mentions,
    before: int,
) -> Speaker | None:
    """The latest recent named speaker within reach that "it" can be: one organisation or document ("the
    ministry", "the statement from the department"), or a one-word name not known as a person's
    ("Microsoft"; not "Boxer" after "Barbara Boxer"). A person before it means it is someone else's."""
    for candidate, where, _ in reversed(recent):
        if para - where > _PRONOUN_REACH:
            return None
        name = candidate.name
        if _agrees(name, True):
            continue  # a group: "they"
        if speaker_type(name) == "Organization":
            return candidate
        if (
            " " in name
            or not name[:1].isupper()
            or speaker_gender(name, genders) is not None
            or _known_person(name, mentions, before)
        ):
            return None
        return candidate
    return None


def _subject_mentions(
    text: str,
    spans: Sequence[tuple[int, ...]],
    out: list[Speaker | None],
    k: int,
    memo: dict[int, Speaker | None],
    mentions: _Mentions,
) -> list[tuple[Speaker, int, int]]:
    """People named as the subject of the (up to three) sentences before sentence ``k`` that have no
    speaker: "Rossi laid out the case. He said …" is Rossi speaking, though "laid out" reports nothing."""
    found = []
    for j in range(k - 1, max(-1, k - 4), -1):
        if out[j] is not None:
            continue
        if j not in memo:
            memo[j] = _subject_person(text, spans[j][0], spans[j][1], mentions)
        person = memo[j]
        if person is not None:
            found.append((person, spans[j][2], j))
    return found


# How much of a sentence ``_subject_person`` reads: a subject (after an opening phrase) is short.
_SUBJECT_REACH = 100


def _subject_person(text: str, start: int, end: int, mentions: _Mentions) -> Speaker | None:
    """The person ``text[start:end]`` starts with as its subject ("Rossi laid out …"), if surely one."""
    toks = _tokens(text[start : min(end, start + _SUBJECT_REACH)])
    span = _sentence_subject(toks)
    if span is None or span[1] >= len(toks):
        return None
    phrase = toks[span[0] : span[1]]
    after = toks[span[1]][0]
    if not (after == "," or (after.isalpha() and after.islower())) or after in _CONNECT:
        return None
    if not all(_is_name_word(t[0]) or t[0] in _HEADS or t[0] in _MODIFIERS for t in phrase):
        return None
    if not phrase[-1][0][:1].isupper() or any("'" in t[0] or "\u2019" in t[0] for t in phrase):
        return None
    name = text[start + phrase[0][1] : start + phrase[-1][2]]
    if speaker_type(name) != "Person" or not _known_person(name, mentions, start):
        return None
    return Speaker(name, start + phrase[0][1], start + phrase[-1][2])


def _known_person(name: str, mentions: _Mentions, before: int) -> bool:
    """Whether ``name`` is surely a person, not a place or a team ("Indonesia", "North Carolina"): a
    title, role word or first name in it, or its surname after a first name earlier in the text
    (ending before ``before``)."""
    if speaker_gender(name) is not None or any(w.lower() in _PERSON_HEADS for w in name.split()):
        return True
    return mentions.after_first_name(name.rsplit(None, 1)[-1], before)


class _Mentions:
    """Whether a surname follows a first name earlier in a text ("… Barbara Boxer … Boxer said"), for
    ``_known_person``, in time linear in the text however often it is asked.

    A surname ``s`` follows a first name at the blank ``at`` when ``text[at + 1:]`` starts with ``s``,
    the character after it is not a letter or digit, and the run of letters ending at ``at``, lower-cased,
    is a first name. The first questions are answered by scanning back from the sentence through the
    earlier mentions of the surname (a few microseconds in an article); scanning back from every sentence
    made a text that repeats a name quadratic, so once the scans have covered twice the text, an index is
    built in one pass: every string that can be such a surname (a prefix of the word after a first name,
    ending where a letter or digit does not follow; at most ``_SUBJECT_REACH`` characters, the longest a
    subject's surname can be) maps to its earliest ``at``, and a question is a dictionary get. Both give
    the same answers.
    """

    __slots__ = ("_budget", "_earliest", "_text")

    def __init__(self, text: str, scan_budget: int | None = None) -> None:
        self._text = text
        self._earliest: dict[str, int] | None = None
        # characters the scans may still cover before the index is built
        self._budget = 2 * len(text) + 10_000 if scan_budget is None else scan_budget

    def after_first_name(self, surname: str, before: int) -> bool:
        """Whether ``surname`` follows a first name somewhere in ``text[:before]``."""
        if self._earliest is None:
            if self._budget >= 0:
                return self._scan_back(surname, before)
            self._earliest = self._index()
        at = self._earliest.get(surname)
        return at is not None and at + 1 + len(surname) <= before

    def _scan_back(self, surname: str, before: int) -> bool:
        """Scan back through the mentions of ``surname`` before ``before``; its cost comes off the budget."""
        text = self._text
        needle = " " + surname
        lowest = before  # the first character the scan has looked at
        try:
            at = text.rfind(needle, 0, before)
            while at > 0:
                lowest = at
                end = at + len(needle)
                if end == len(text) or not text[end].isalnum():
                    k = at
                    while k > 0 and text[k - 1].isalpha():
                        k -= 1
                    lowest = k
                    if text[k:at].lower() in _FIRST_NAMES:
                        return True
                at = text.rfind(needle, 0, at)
            lowest = 0  # (no mention left: ``rfind`` looked at the whole beginning)
            return False
        finally:
            self._budget -= before - lowest

    def _index(self) -> dict[str, int]:
        text = self._text
        n = len(text)
        earliest: dict[str, int] = {}
        isalnum, isspace = str.isalnum, str.isspace
        lowered = text.lower()
        # (lower-casing keeps the length of nearly every text, and then each character lower-cases to one:
        # the plain regex on the lower-cased text finds the runs whose lower case is a name, several times
        # faster than a ``(?i)`` one on the text, which the rest need)
        found = _FIRST_NAME.finditer(lowered) if len(lowered) == n else _ANY_CASE_FIRST_NAME.finditer(text)
        for m in found:
            first = m.start()
            if (first and text[first - 1].isalpha()) or text[first : m.end()].lower() not in _FIRST_NAMES:
                continue  # the end of a longer word ("Abdulhamid"), or a case-folding look-alike
            at = m.end()  # the blank after the first name
            stop = min(n, at + 1 + _SUBJECT_REACH)
            j = at + 1
            while j < stop and not isspace(text[j]):
                j += 1
                if j == n or not isalnum(text[j]):
                    earliest.setdefault(text[at + 1 : j], at)
        return earliest


def _agrees(name: str, plural: bool) -> bool:
    """Rough agreement for pronoun resolution: "they" wants a group, "he"/"she" one person (never an
    institution: "The Kremlin", "the allegations in the NCAA report")."""
    last = name.rsplit(None, 1)[-1]
    low = last.lower()
    group = " and " in name or (low.endswith("s") and (last.islower() or low in _HEADS))
    if plural:
        return group
    return not group and speaker_type(name) == "Person"


# --- a person's gender, for "he"/"she" (unknown unless a title, a role or a common first name says) ----

_MALE_WORDS = _words(
    "mr mr. spokesman chairman congressman councilman assemblyman alderman man father son husband "
    "brother uncle nephew boy businessman policeman fireman sheikh archbishop"
)
_FEMALE_WORDS = _words(
    "mrs mrs. ms ms. spokeswoman chairwoman congresswoman councilwoman assemblywoman woman mother "
    "daughter wife sister aunt niece girl businesswoman policewoman actress"
)
# Titles that are also surnames ("Tishana King", "Sally Lord"): they tell only before a name.
_MALE_TITLES = _words("sir lord king prince emir")
_FEMALE_TITLES = _words("miss lady dame queen princess")
_MALE_NAMES = _words(
    "aaron abdel abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander "
    "alexei alfred ali allen alvin amir anders andre andreas andrew andrei andy angelo anthony antonio "
    "arnold arthur ashraf barack barry ben benjamin benny bernard bill billy bob bobby boris brad bradley "
    "brandon brent brett brian bruce bryan calvin carl carlos cesar charles charlie chuck clarence clark "
    "claude clifford clint colin craig curtis dale dan daniel danny darrell dave david dean dennis derek "
    "dick diego dmitry dmitri don donald doug douglas duncan dustin dwight earl ed eddie edgar eduardo "
    "edward edwin elijah emmanuel enrique eric erik ernest ernesto eugene evan fabio farouk felix "
    "fernando francis francisco frank franklin fred frederick gabriel gary gavin geoffrey george gerald "
    "gerhard giorgio giuseppe glenn gordon graham grant greg gregory guillermo gustavo hamid hans harold "
    "harry harvey hassan hector henri henry herbert herman hiroshi howard hugh hugo hussein ian igor "
    "isaac ivan jack jacob jacques jake james jamal jared jason javier jeff jeffrey jeremy jerome jerry "
    "jesse jesus jim jimmy joe joel johan john johnny jon jonathan jorge jose josef joseph josh joshua "
    "juan julian justin karl keith ken kenneth kevin khalid kirk kurt kyle larry lawrence leo leon "
    "leonard lewis lloyd louis luis luke malcolm manuel marc marco marcus mario mark martin marvin "
    "matt matthew maurice max michael miguel mike mikhail miles mitch mitchell mohamed mohammad mohammed "
    "muhammad murray nathan neil nicholas nick nicolas nigel norman oliver omar oscar owen pablo patrick "
    "paul pedro peter phil philip phillip pierre rafael ralph randy raul ray raymond reza ricardo "
    "richard rick ricky rob robert roberto rod rodney roger roland roman ron ronald ross roy russell "
    "ryan salva salvador sam samuel saul scott sean sebastian sergei sergey seth shawn sidney simon "
    "stanley stefan stephen steve steven stuart ted terrence terry theodore thomas tim timothy todd "
    "tom tommy tony travis trevor troy tyler victor vincent vladimir walter warren wayne william willie "
    "wolfgang xavier yasser yusuf zachary"
)
_FEMALE_NAMES = _words(
    "abigail ada agnes aisha alice alicia alison allison amanda amber amy ana andrea angela angelina "
    "anita ann anna anne annette annie antoinette april barbara beatrice becky belinda betty beverly "
    "bonnie brenda bridget brittany camilla carla carmen carol caroline carolyn catherine cathy "
    "cecilia charlotte cheryl christina christine cindy claire clara claudia colleen connie cynthia "
    "daisy dana daniela danielle debbie deborah debra denise diana diane donna doris dorothy edith "
    "eileen elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva "
    "evelyn fatima fiona florence frances francesca gabriela gail gemma gina gloria grace gwen hannah "
    "heather heidi helen helena hilary hillary holly ingrid irene isabel isabella jane janet janice "
    "jasmine jean jeanne jennifer jessica jill joan joanna joanne josephine joy joyce judith judy julia "
    "julie june karen kate katherine kathleen kathryn kathy katie katrina kelly kimberly kristen laura "
    "lauren leila lena linda lisa liz lois lori louise lucy lydia lynn margaret maria marian marie "
    "marilyn marina marion martha mary maureen megan melanie melissa mia michele michelle mildred "
    "miranda monica nadia nancy naomi natalie natasha nicole nina nora norma olga olivia pamela patricia "
    "paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rita roberta "
    "rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia "
    "sophia sophie stacy stephanie susan suzanne svetlana sylvia tamara tanya teresa theresa tina tracy "
    "valerie vanessa veronica victoria virginia vivian wendy yolanda yvonne zoe"
)


_FIRST_NAMES = _MALE_NAMES | _FEMALE_NAMES
# A first name before a blank, lower-cased; and in any case, for a text whose lower case is longer. ``(?i)``
# also matches a few look-alikes whose lower case is not ASCII (dotless i, long s), which ``_Mentions``
# drops; the only non-ASCII letter whose lower case is an ASCII letter, the Kelvin sign, it matches as "k",
# so no first name is missed.
_FIRST_NAME = re.compile(literal_alternation(_FIRST_NAMES) + "(?= )")
_ANY_CASE_FIRST_NAME = re.compile("(?i)" + _FIRST_NAME.pattern)


def speaker_gender(name: str, known: dict[str, str] | None = None) -> str | None:
    """``"m"``, ``"f"`` or None (unknown) for a person's name phrase, from its titles, role words and
    first name ("Sen. Barbara Boxer": f; "Mr Gaskin": m; "Committee Chairman Rep. Edward Markey": m);
    ``known`` maps surnames to genders learnt from fuller mentions ("Angela Benson" … "Benson")."""
    if known and name in known:
        return known[name]
    words = name.replace("\u2019", "'").split()
    for i, word in enumerate(words):
        low = word.lower().removesuffix("'s")
        if low in _MALE_WORDS:
            return "m"
        if low in _FEMALE_WORDS:
            return "f"
        if i + 1 < len(words) and words[i + 1][:1].isupper():
            # a title or a first name only before a (sur)name: "Kelly" alone is Ray Kelly as often as not
            if low in _MALE_TITLES or (word[:1].isupper() and low in _MALE_NAMES):
                return "m"
            if low in _FEMALE_TITLES or (word[:1].isupper() and low in _FEMALE_NAMES):
                return "f"
    if known and words:
        return known.get(words[-1].removesuffix("'s"))
    return None


def _learn_gender(name: str, known: dict[str, str]) -> None:
    """Remember the gender of a named person's surname, for later mentions by surname alone."""
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper():
        gender = speaker_gender(name)
        if gender is not None:
            known[words[-1]] = gender


# --- what kind of source a speaker is (schema.org: a Person or an Organization) ---------------------

# Lower-case heads naming one person by role ("Kremlin spokesman Dmitry Peskov", "the diplomat").
_PERSON_HEADS = _words(
    "spokesman spokeswoman spokesperson minister president premier official commander general diplomat "
    "source witness activist analyst expert researcher scientist doctor medic leader chief head lawyer "
    "attorney prosecutor investigator officer senator congressman governor mayor secretary ambassador "
    "envoy man woman founder chairman chairwoman ceo director manager owner executive resident pensioner "
    "voter survivor father mother son daughter wife husband coach player judge reporter correspondent "
    "journalist"
)
# Capitalised words that end organisation names ("Human Rights Watch", "Amnesty International").
_ORGANISATION_WORDS = _words(
    "International Watch Agency Ministry Office Department Council Committee Commission Organisation "
    "Organization Observatory Institute Foundation Association Union Party Group Company Corporation Corp "
    "Corp. Inc Inc. Ltd Ltd. Bank Fund Authority Service Services Force Forces Army Police Court Congress "
    "Parliament Senate Government Administration Kremlin Pentagon Embassy University Hospital Center "
    "Centre Network News Times Post Journal Press Reuters AFP Media Television Radio Coalition "
    "Alliance League Federation Board Bureau Unit Brigade Command Team Club Church Red Crescent Cross"
)


def speaker_type(name: str) -> str:
    """``"Person"`` or ``"Organization"`` for a speaker phrase, from its words alone (for ClaimReview).

    Several parties ("The US and the EU"), plural groups ("Rebels", "officials"), institutions ("the
    health ministry", "Amnesty International", "NATO") and "the …" phrases without a person's role are
    organisations; a named or singular person ("Dmitry Peskov", "the diplomat") is a person.
    """
    # "…, Federica Mogherini": the appositive names the speaker; "Christopher Gunness of the UN Relief
    # and Works Agency": the phrase before "of" does
    core = name.rsplit(",", 1)[-1].split(" of ", 1)[0].strip()
    words = core.replace("\u2019", "'").split()
    if not words:
        return "Person"
    if " and " in core or " & " in core:
        return "Organization"
    last = words[-1]
    low = last.lower().removesuffix("'s")
    if low in _PERSON_HEADS:
        return "Person"
    if last in _ORGANISATION_WORDS or (len(last) > 1 and last.isupper() and last.isalpha()):
        return "Organization"  # "Human Rights Watch", "NATO", "AFP"
    if low in _HEADS or (low.endswith("s") and low[:-1] in _HEADS) or last.islower():
        return "Organization"  # "the health ministry", "Rebels", "officials", "the report"
    if words[0].lower() in ("the", "a", "an"):
        return "Organization"  # "The Kremlin", "the Interior Department"
    return "Person"


# --- other languages: reported speech in German, Spanish, French, Portuguese and Italian news ----------
#
# The English rules lean on English word order and vocabulary; these are a smaller set, one table per
# language, for the constructions that carry most attributions in news: a subject before a statement verb
# ("Das Ministerium erklärte", "El ministro dijo", "Le ministre a déclaré"), the verb before its subject
# after a quotation or a comma ("…, sagte der Sprecher", "…», a déclaré le ministre") or, in German,
# after any opening phrase ("Am Montag sagte der Minister"), and a source after "laut", "según",
# "selon", "segundo", "secondo" (or before "zufolge"). Pronoun subjects ("sagte er", "a-t-il dit") are not
# resolved: they give no speaker. A sentence whose attribution these cannot read gets none.


@dataclass(frozen=True)
class _Language:
    """One language's attribution vocabulary (all words as written, lower case unless capitalised)."""

    verbs: frozenset[str]  # finite statement verbs and participles ("sagte", "dijo", "déclaré")
    auxiliaries: frozenset[str]  # between subject and participle ("a", "ha", "hat"), skipped
    # separable verbs that report only with their particle later in the clause ("teilte … mit")
    particles: dict[str, str]
    sources: tuple[str, ...]  # "according to" before the source ("laut", "según", "d'après")
    sources_after: frozenset[str]  # … or after it ("zufolge")
    determiners: frozenset[str]
    connectors: frozenset[str]  # inside a name or role ("des", "de la", "di", "do")
    pronouns: frozenset[str]  # subject pronouns: no speaker
    stops: frozenset[str]  # lower-case words that end a speaker phrase after the verb (prepositions, days)
    not_subjects: frozenset[str]  # capitalised openers that are no subject ("Am", "Zudem"): V2 inversion
    openers: frozenset[str]  # conjunctions after which a subject may start ("und", "wie", "y", "et")


def _language(
    verbs: str,
    auxiliaries: str,
    particles: dict[str, str],
    sources: tuple[str, ...],
    sources_after: str,
    determiners: str,
    connectors: str,
    pronouns: str,
    stops: str,
    not_subjects: str,
    openers: str,
) -> _Language:
    return _Language(
        _words(verbs),
        _words(auxiliaries),
        particles,
        sources,
        _words(sources_after),
        _words(determiners),
        _words(connectors),
        _words(pronouns),
        _words(stops),
        _words(not_subjects),
        _words(openers),
    )


_LANGUAGES: dict[str, _Language] = {
    "de": _language(
        verbs="sagte sagten sagt sagen gesagt mitteilte mitteilten mitgeteilt bekanntgab erklärte erklärten "
        "erklärt betonte betonten betont berichtete berichteten berichtet warnte warnten warnt kündigte "
        "räumte bestätigte bestätigten bestätigt behauptete behauptet meinte ergänzte fügte schrieb "
        "twitterte teilte teilten teilt gab gibt verkündete sprach",
        auxiliaries="hat haben hatte hatten",
        particles={
            "teilte": "mit",
            "teilten": "mit",
            "teilt": "mit",
            "gab": "bekannt",
            "gibt": "bekannt",
            "kündigte": "an",
            "räumte": "ein",
            "fügte": "hinzu",
            "sprach": "von",
        },
        sources=("laut", "Laut", "nach Angaben", "Nach Angaben"),
        sources_after="zufolge",
        determiners="der die das den dem des ein eine einer einem einen eines Der Die Das Den Dem Des Ein "
        "Eine Einer Einem",
        connectors="des der von vom zur zum für und den",
        pronouns="er sie es wir ich Er Sie Es Wir Ich man",
        stops="am im in an auf bei mit nach vor gegenüber dass ob am zu zum zur über bekannt hinzu ein "
        "laut gestern heute",
        not_subjects="Am Im In An Auf Bei Mit Nach Vor Seit Zudem Außerdem Auch Dann Gestern Heute Dies "
        "Wie Als Nachdem Damit Dazu Doch Aber Nun Später Zuvor Bereits Dabei Darüber Zugleich "
        "Allerdings Jedoch Trotzdem Deshalb Daher Montag Dienstag Mittwoch Donnerstag Freitag Samstag "
        "Sonntag",
        openers="und aber wie Wie",
    ),
    "es": _language(
        verbs="dijo dijeron dice dicen afirmó afirmaron afirma declaró declararon declara aseguró "
        "aseguraron asegura explicó explicaron señaló señalaron señala informó informaron indicó "
        "indicaron anunció anunciaron añadió agregó advirtió advirtieron denunció confirmó confirmaron "
        "sostuvo manifestó reconoció dicho afirmado declarado",
        auxiliaries="ha han había habían también",
        particles={},
        sources=("según", "Según", "de acuerdo con", "De acuerdo con"),
        sources_after="",
        determiners="el la los las un una unos unas El La Los Las Un Una",
        connectors="de del y la las los",
        pronouns="él ella ellos ellas yo nosotros Él Ella Ellos Ellas",
        stops="en a al que con por ante este esta durante tras este lunes martes miércoles jueves viernes "
        "sábado domingo ayer hoy",
        not_subjects="",
        openers="y pero como",
    ),
    "fr": _language(
        verbs="déclaré dit affirmé indiqué annoncé expliqué ajouté précisé souligné estimé assuré "
        "confirmé averti reconnu déclare dit affirme indique annonce explique ajoute précise souligne "
        "estime assure confirme déclarent affirment indiquent annoncent estiment",
        auxiliaries="a ont avait avaient aussi également",
        particles={},
        sources=("selon", "Selon", "d'après", "D'après", "d\u2019après", "D\u2019après"),
        sources_after="",
        determiners="le la les un une des du l' Le La Les Un Une Des Du",
        connectors="de du des d' et la l' aux",
        pronouns="il elle ils elles je nous on Il Elle Ils Elles Je Nous On",
        stops="à au aux en que dans sur lors devant lundi mardi mercredi jeudi vendredi samedi dimanche "
        "hier aujourd'hui pendant après avant",
        not_subjects="",
        openers="et mais comme",
    ),
    "pt": _language(
        verbs="disse disseram diz dizem afirmou afirmaram afirma declarou declararam declara explicou "
        "explicaram informou informaram anunciou anunciaram acrescentou garantiu garantiram revelou "
        "revelaram confirmou confirmaram indicou indicaram sublinhou salientou adiantou alertou",
        auxiliaries="também tem têm",
        particles={},
        sources=("segundo", "Segundo", "de acordo com", "De acordo com", "conforme", "Conforme"),
        sources_after="",
        determiners="o a os as um uma uns umas O A Os As Um Uma",
        connectors="de do da dos das e",
        pronouns="ele ela eles elas eu nós Ele Ela Eles Elas",
        stops="em no na nos nas que ao à com por nesta neste durante segunda-feira terça-feira "
        "quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje",
        not_subjects="",
        openers="e mas como",
    ),
    "it": _language(
        verbs="detto dichiarato affermato spiegato annunciato aggiunto sottolineato riferito confermato "
        "precisato avvertito dice afferma dichiara spiega annuncia aggiunge sottolinea riferisce "
        "disse dichiarò affermò spiegò annunciò aggiunse",
        auxiliaries="ha hanno aveva avevano anche",
        particles={},
        sources=("secondo", "Secondo", "stando a", "Stando a", "a detta di", "A detta di"),
        sources_after="",
        determiners="il lo la i gli le l' un uno una un' Il Lo La I Gli Le L' Un Uno Una",
        connectors="di del della dello dei degli delle e d'",
        pronouns="lui lei loro io noi egli Lui Lei Loro Io Noi",
        stops="a al in nel nella che con per durante oggi ieri lunedì martedì mercoledì giovedì venerdì "
        "sabato domenica",
        not_subjects="",
        openers="e ma come",
    ),
}
SPEAKER_LANGUAGES = frozenset(["en", *_LANGUAGES])
# Words (contracted prepositions) before "segundo"/"secondo" that make it an ordinal: "No segundo dia".
_ORDINAL_BEFORE = _words("no na do da ao à pelo pela nel nella al alla del della dal dalla sul sulla")
_FOREIGN_CLAUSE_START = frozenset([*",;:(\u2014\u2013", *_QUOTES, "\u201e", "\u201a", "\u2039", "\u203a"])
_FOREIGN_ANCHORS: dict[str, re.Pattern[str]] = {
    code: re.compile(
        r"(?<!\w)" + literal_alternation([*table.verbs, *table.sources, *table.sources_after]) + r"(?!\w)"
    )
    for code, table in _LANGUAGES.items()
}


def _elided(tok: str) -> str:
    """A word without an elided article or preposition ("l'Intérieur" -> "Intérieur")."""
    for sep in ("'", "\u2019"):
        head, found, rest = tok.partition(sep)
        if found and rest and len(head) <= 5 and head.islower():
            return rest
    return tok


def _foreign_np_word(tok: str, table: _Language) -> bool:
    return (
        tok in table.determiners
        or tok in table.connectors
        or (_elided(tok)[:1].isupper() and tok not in table.pronouns and tok not in table.not_subjects)
    )


def _lower_word(tok: str) -> bool:
    """A lower-case word, hyphenated or not ("porte-parole", "segunda-feira")."""
    return tok.replace("-", "").isalpha() and tok.islower()


def _foreign_forward(
    toks: list[Token], start: int, table: _Language, open_end: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``start`` (after a verb or "laut"): up to ten words of
    determiners, names, connectors and at most three lower-case words ("der stellvertretende Sprecher",
    "la portavoz del Gobierno"), ending at a clause end or a stop word; an appositive name after a comma
    that ends the clause is part of it ("el ministro, Juan Pérez")."""
    j = start
    lower = 0
    while j < len(toks) and j - start < 10:
        tok = toks[j][0]
        if tok in table.pronouns or tok in table.stops or tok.lower() in table.stops:
            break
        if _foreign_np_word(tok, table):
            pass
        elif _lower_word(tok) and lower < 3:
            lower += 1
        else:
            break
        j += 1
    while j > start and (toks[j - 1][0] in table.determiners or toks[j - 1][0] in table.connectors):
        j -= 1
    if j == start:
        return None
    if j < len(toks):
        after = toks[j][0]
        if not (
            after in _FOREIGN_CLAUSE_START
            or after in ".!?"
            or after.lower() in table.stops
            or after in table.particles.values()
        ):
            if not open_end:
                return None  # the phrase runs on into something else
            # after "laut", the clause may go on without a comma ("Laut Polizei wurden 12 Menschen
            # verletzt"): the source ends at its last capitalised word
            while j > start and not (
                _elided(toks[j - 1][0])[:1].isupper() and toks[j - 1][0] not in table.determiners
            ):
                j -= 1
            if j == start:
                return None
    if j < len(toks) and toks[j][0] == ",":
        k = j + 1
        while k < len(toks) and _elided(toks[k][0])[:1].isupper() and toks[k][0] not in table.determiners:
            k += 1
        if k > j + 1 and (k == len(toks) or toks[k][0] in ".!?" or toks[k][0] in _FOREIGN_CLAUSE_START):
            return start, k
    return start, j


def _foreign_backward(toks: list[Token], end: int, table: _Language) -> tuple[int, int] | None:
    """The subject that ends at ``end`` and starts a clause ("Das Innenministerium", "El ministro de
    Sanidad", "Le porte-parole du gouvernement"); None for an opening phrase that is no subject."""
    i = end
    lower = 0
    while i > 0 and end - i < 10:
        tok = toks[i - 1][0]
        if tok in table.pronouns:
            return None
        if tok in table.determiners or (_foreign_np_word(tok, table) and tok not in table.not_subjects):
            pass
        elif _lower_word(tok) and lower < 3 and tok not in table.stops and tok not in table.openers:
            lower += 1
        else:
            break
        i -= 1
    while i < end and toks[i][0] in table.connectors and toks[i][0] not in table.determiners:
        i += 1
    if i == end or (
        i > 0 and toks[i - 1][0] not in _FOREIGN_CLAUSE_START and toks[i - 1][0] not in table.openers
    ):
        return None
    words = toks[i:end]
    if all(t[0] in table.determiners or t[0] in table.connectors for t in words):
        return None  # "Das sagte …": a pronoun-like determiner alone
    first = words[0][0]
    if not (first in table.determiners or _elided(first)[:1].isupper()):
        return None
    return i, end


# Quotation marks per language: German opens with „ (or ») and closes with “ (or «); the others open with
# « or “ and close with » or ”. A straight quote opens or closes as in English.
_GERMAN_QUOTES = ("\u201e\u201a\u00bb", "\u201c\u2018\u00ab")
_OTHER_QUOTES = ("\u00ab\u201c", "\u00bb\u201d")


def _foreign_quoted_regions(sentence: str, code: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted stretches of a ``code`` sentence (see ``_quoted_regions``)."""
    opening, closing = _GERMAN_QUOTES if code == "de" else _OTHER_QUOTES
    regions = []
    open_at: int | None = None
    for at, ch in enumerate(sentence):
        if ch == '"':
            ch = opening[0] if open_at is None and (at == 0 or sentence[at - 1].isspace()) else closing[0]
        if ch in opening:
            if open_at is None:
                open_at = at
        elif ch in closing:
            regions.append((0 if open_at is None else open_at, at))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(sentence)))
    return regions


def _match_foreign(sentence: str, code: str) -> tuple[int, int] | None:
    """Local (start, end) of the speaker phrase in a ``code`` sentence, if these rules read one."""
    table = _LANGUAGES[code]
    anchor = _FOREIGN_ANCHORS[code]
    if anchor.search(sentence) is None:
        return None
    toks = _tokens(sentence)
    regions = _foreign_quoted_regions(sentence, code)
    for m in anchor.finditer(sentence):
        if any(a <= m.start() < b for a, b in regions):
            continue
        v = bisect_left(toks, m.start(), key=_START)
        if v >= len(toks) or toks[v][1] != m.start():
            continue
        word = m.group()
        if word in table.sources and v > 0:
            before = toks[v - 1][0]
            if before in table.determiners or before.lower() in _ORDINAL_BEFORE:
                continue  # "il secondo giorno", "No segundo dia": an ordinal, not "according to"
        if word in table.sources:
            span = _foreign_forward(toks, v + len(word.split()), table, open_end=True)
        elif word in table.sources_after:
            span = _foreign_backward(toks, v, table)
        else:
            span = _foreign_verb(toks, v, word, table)
        if span is not None:
            return toks[span[0]][1], toks[span[1] - 1][2]
    return None


def _foreign_verb(toks: list[Token], v: int, verb: str, table: _Language) -> tuple[int, int] | None:
    """The speaker of the statement verb at token ``v``: its subject before it, or after it when the verb
    follows a quotation, a comma or (German) an opening phrase."""
    particle = table.particles.get(verb)
    if particle is not None:
        k = v + 1
        while k < len(toks) and toks[k][0] not in ",;:.!?" and toks[k][0] != particle:
            k += 1
        if k == len(toks) or toks[k][0] != particle:
            return None  # "teilte die Stadt": divided, not told
    i = v
    while i > 0 and toks[i - 1][0] in table.auxiliaries:
        i -= 1
    before = toks[i - 1][0] if i > 0 else ""
    if before == ",":
        # "El ministro de Sanidad, Salvador Illa, dijo": the role before an appositive name
        k = i - 1
        while k > 0 and _elided(toks[k - 1][0])[:1].isupper() and toks[k - 1][0] not in table.determiners:
            k -= 1
        if k < i - 1 and k > 1 and toks[k - 1][0] == ",":
            span = _foreign_backward(toks, k - 1, table)
            if span is not None:
                return span[0], i - 1
    if i > 0 and before in _FOREIGN_CLAUSE_START:
        return _foreign_forward(toks, v + 1, table)  # "…, sagte der Sprecher", "…», a déclaré le ministre"
    if before in table.pronouns:
        return None
    span = _foreign_backward(toks, i, table) if i > 0 else None
    if span is not None:
        return span
    if table.not_subjects and i > 0:
        # German verb-second: "Am Montag sagte der Minister", "Das sagte die Sprecherin"
        k = i
        while k > 0 and toks[k - 1][0] not in _FOREIGN_CLAUSE_START:
            k -= 1
        if toks[k][0] in table.not_subjects or (toks[k][0] in table.determiners and k + 1 == i):
            return _foreign_forward(toks, v + 1, table)
    return None
