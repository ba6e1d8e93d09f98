"""Who makes the claim in a sentence: rule-based attribution of reported speech.

News attributes claims with a small set of constructions, so a handful of patterns over a
statement-verb anchor is both precise and fast (a sentence without a statement verb costs one
regex search):

* subject + verb: "Peskov said (that)", "Kremlin spokesman Dmitry Peskov said on Thursday",
  "The United States and the European Union accuse Russia", "Rebels announced that",
  "X told Reuters"; auxiliaries/adverbs ("has said", "also warned") and a relative clause or
  appositive between commas ("John Kerry, who negotiated the truce, has said") are skipped;
* inversion after a quote or comma: "…,” said Peskov", "…, said the ministry", "…, said local
  hospital director Hengky Tewu" (a short role phrase); but "Ali Khalid, spokesman for Sudan's
  army, said Sudan …" is Ali Khalid speaking, the subject before the appositive;
* a coordinated verb: "Mogherini called the strikes a “massacre” and said …" (the subject is
  the one the sentence starts with);
* "according to X".

The name is the noun phrase as written, titles and determiners included ("Kremlin spokesman
Dmitry Peskov", "The officials"), so its span slices the original text. A noun phrase introduced
by "that"/"which" or by a lower-case word other than a conjunction is an embedded clause
("… most outside countries had said …") and is not the sentence's speaker.

Decisions across sentences (``assign_speakers``):

* a sentence that starts inside an open quotation takes the speaker of the quotation; a quotation
  whose attribution comes in a later sentence ("“We will win. We have the means,” Peskov said.")
  gives that speaker to its earlier sentences too;
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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter

from factcheck.extraction._regex import literal_alternation
from factcheck.extraction.types import Speaker

__all__ = ["ANCHOR_WORDS", "assign_speakers", "find_speaker", "speaker_type"]


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
    "concluded suggested suggests"
)
ANCHOR_WORDS = _VERBS | {"according"}
# Verbs that take their subject after them: "…,” said Peskov" (not "…, accused Sudan of …").
_INVERTING = _words("said says added adds wrote writes explained insisted warned stressed")
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
}
# One search decides whether a sentence can have an attribution at all.
_ANCHOR = re.compile(r"\b(?=[a-zA])" + literal_alternation([*_VERBS, "according to", "According to"]) + r"\b")
_WORD = re.compile(r"\w+")
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
    "chairwoman ceo director manager owner executive resident reporter correspondent journalist"
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

Token = tuple[str, int, int]
_START = itemgetter(1)


def _tokens(sentence: str) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def _is_name_word(tok: str) -> bool:
    return tok[0].isupper() and tok not in _NOT_NAME and tok not in _PRONOUNS and tok not in _FIRST_PERSON


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
    if i >= j or not any(_good_head(t[0]) for t in toks[i:j]):
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
    return span


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
        if loose and tok in _AFTER_NAME and j > start and _is_name_word(toks[j - 1][0]):
            break  # "said Bensu Elianita to the Associated Press", "said Capaldi in an interview"
        if (_np_word(tok) and tok.lower() not in _DETERMINERS) or tok == "the":
            unknown = 0
        elif loose and unknown < 3 and tok.isalpha() and tok.islower() and tok not in _OPENERS:
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
    if k > j + 1 and k < len(toks) and toks[k][0] == ",":
        return i, k
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
        toks[i - 1][0].lower() in _SKIP or (toks[i - 1][0].endswith("ly") and toks[i - 1][0].islower())
    ):
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
    subject: list[tuple[int, int] | None] = []  # the noun phrase the sentence starts with, once looked up
    while m is not None:
        # the token starting where the verb does, if any (tokens are in order of their starts)
        v = bisect_left(toks, m.start(), key=_START)
        if v < len(toks) and toks[v][1] == m.start():
            span = _match_at(toks, v, m.group(), subject)
            if span is not None:
                found = toks[span[0]][1], toks[span[1] - 1][2]
                if span[1] - span[0] > 1 or toks[span[0]][0] not in _PRONOUNS:
                    return found
                # "In his own words, he said …, said Christina Greenway": a name later in the sentence wins
                pronoun = pronoun or found
        m = _ANCHOR.search(sentence, m.end())
    return pronoun


def _match_at(
    toks: list[Token], v: int, verb: str, subject: list[tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The speaker phrase for the statement verb at token ``v``; ``subject`` caches the sentence's own
    subject (each "and said" of a sentence would otherwise read it again from the start)."""
    if verb in ("according to", "According to"):
        return _forward_np(toks, v + 2, loose=True)
    after = toks[v + 1][0] if v + 1 < len(toks) else ""
    if verb in _NOT_SPEECH_BEFORE and (
        after in _NOT_SPEECH_BEFORE[verb] or (after[:1].isdigit() and verb in ("added", "adds"))
    ):
        return None
    prev = toks[v - 1][0] if v > 0 else ""
    end = _skip_back(toks, v)
    if prev == "," and end < v - 1 and toks[end][0] == ",":
        # "Al-Sawarmi Khalid, spokesman for Sudan's armed forces, said Sudan …": the subject the clause
        # starts with, before the appositive, speaks, not the name after the verb
        span = _backward_np(toks, end)
        if span is not None and (span[0] == 0 or toks[span[0] - 1][0] in _CLAUSE_END):
            if all(_is_name_word(t[0]) for t in toks[end + 1 : v - 1]):
                return span[0], v - 1  # "The governor of Unity State, Taban Deng, said"
            return span
    # Inversion: "…,” said Peskov" / "…, said the ministry" (only verbs that invert, before a name)
    if verb in _INVERTING and (prev == "," or prev in _QUOTES) and v + 1 < len(toks):
        after_verb = toks[v + 1][0]
        if after_verb.lower() in _DETERMINERS or _is_name_word(after_verb):
            span = _forward_np(toks, v + 1, loose=True)
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
                and any(t[0] in _HEADS for t in toks[span[0] : span[1]])
                and not any(t[0] in _SKIP for t in toks[span[0] : span[1]])
            ):
                return span
    if end == 0:
        return None
    before = toks[end - 1][0]
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
    return _backward_np(toks, end)


def _last_anchor_end(sentence: str, m: re.Match[str]) -> int:
    end = m.end()
    for later in _ANCHOR.finditer(sentence, end):
        end = later.end()
    return end


def find_speaker(sentence: str, offset: int = 0) -> Speaker | None:
    """Speaker of one sentence on its own (pronouns unresolved: ``name`` is the pronoun)."""
    span = _match(sentence)
    if span is None:
        return None
    return Speaker(sentence[span[0] : span[1]], offset + span[0], offset + span[1])


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
    text: str, spans: Sequence[tuple[int, ...]], words: Sequence[Iterable[str]] | None = None
) -> list[Speaker | None]:
    """Speakers for the sentences ``(start, end, paragraph, ...)`` of ``text`` (spans), resolved
    across sentences.

    ``words`` (per sentence, a collection holding at least every lower-cased whole word of it, e.g.
    its ``[a-z]+`` runs, if the caller has them) lets sentences without any statement verb skip the
    regex search.
    """
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
    mentions = _Mentions(text)
    previous_paragraph = -1
    find = text.find
    for index, (start, end, paragraph, *_) in enumerate(spans):
        if paragraph != previous_paragraph:
            quote_open, quote_waiting, quote_owner = False, [], None
            previous_paragraph = paragraph
        if words is not None and ANCHOR_WORDS.isdisjoint(words[index]):
            speaker = None
        else:
            speaker = find_speaker(text[start:end], start)
        if speaker is not None and speaker.name in _PRONOUNS:
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
        # most sentences have no quotation mark: three C-level searches instead of a regex scan
        if find('"', start, end) >= 0 or find("\u201c", start, end) >= 0 or find("\u201d", start, end) >= 0:
            quote_open = _quote_delta(text[start:end], quote_open)
        if speaker is not None and (starts_open or quote_open) and quote_waiting:
            for member in quote_waiting:
                speakers[member] = speaker
            quote_waiting = []
        if quote_open:
            if not starts_open:
                quote_waiting, quote_owner = [], speaker
            if speaker is None:
                quote_waiting.append(index)
        else:
            quote_waiting, quote_owner = [], None
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
