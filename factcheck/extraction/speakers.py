"""Who makes the claim in a sentence: rule-based attribution of reported speech.

News attributes claims with a small set of constructions, so a handful of patterns over a
statement-verb anchor is both precise and fast (a sentence without a statement verb costs one
regex search):

* subject + verb: "Peskov said (that)", "Kremlin spokesman Dmitry Peskov said on Thursday",
  "The United States and the European Union accuse Russia", "Rebels announced that",
  "X told Reuters"; auxiliaries/adverbs ("has said", "also warned") and a relative clause or
  appositive between commas ("John Kerry, who negotiated the truce, has said") are skipped;
* inversion after a quote or comma: "…,” said Peskov", "…, said the ministry";
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
* "he"/"she"/"they" resolve to the most recent named speaker if it was found in the same paragraph
  or the paragraph just before (the usual "X said … / “…,” he said" pattern); the Speaker then
  carries the earlier mention's name and span. "I", "we" and "you" are the text's own author
  (a debate speaker, say), which we cannot name, so they give no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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
# One search decides whether a sentence can have an attribution at all.


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation factored by common prefixes: much faster to reject than a flat one."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


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
_ANCHOR = re.compile(r"\b(?=[a-zA])" + _trie_pattern([*_VERBS, "according to", "According to"]) + r"\b")
_QUOTE_CHAR = re.compile('["\u201c\u201d]')
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s[A-Z])"
    r"|\w+(?:[.'\u2019&\-]\w+)*"
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
    "chairwoman ceo director manager owner executive"
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
_QUOTES = frozenset("\"'“”\u2018\u2019«»")

Token = tuple[str, int, int]


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
        or all(_is_name_word(t[0]) or t[0].isdigit() for t in clause)
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
        while k >= 0 and toks[k][0] not in (",", ";", ":") and toks[k][0] not in _QUOTES:
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
    # tokens up to a little past the last verb are all the patterns look at
    toks = _tokens(sentence[: _last_anchor_end(sentence, m) + 150])
    index = {t[1]: k for k, t in enumerate(toks)}
    while m is not None:
        v = index.get(m.start())
        if v is not None:
            span = _match_at(toks, v, m.group())
            if span is not None:
                return toks[span[0]][1], toks[span[1] - 1][2]
        m = _ANCHOR.search(sentence, m.end())
    return None


def _match_at(toks: list[Token], v: int, verb: str) -> tuple[int, int] | None:
    if verb in ("according to", "According to"):
        return _forward_np(toks, v + 2, loose=True)
    after = toks[v + 1][0] if v + 1 < len(toks) else ""
    if verb in _NOT_SPEECH_BEFORE and (
        after in _NOT_SPEECH_BEFORE[verb] or (after[:1].isdigit() and verb in ("added", "adds"))
    ):
        return None
    prev = toks[v - 1][0] if v > 0 else ""
    # Inversion: "…,” said Peskov" / "…, said the ministry" (only verbs that invert, before a name)
    if (
        verb in _INVERTING
        and (prev == "," or prev in _QUOTES)
        and v + 1 < len(toks)
        and (toks[v + 1][0].lower() in _DETERMINERS or _is_name_word(toks[v + 1][0]))
    ):
        span = _forward_np(toks, v + 1, loose=True)
        if span is not None:
            return span
    end = _skip_back(toks, v)
    if end == 0:
        return None
    before = toks[end - 1][0]
    if before in _PRONOUNS or before in _FIRST_PERSON:
        if (
            end == 1
            or toks[end - 2][0] in (",", ";", ":")
            or toks[end - 2][0] in _QUOTES
            or toks[end - 2][0] in _OPENERS
        ):
            return (end - 1, end) if before in _PRONOUNS else None
        return None
    if before == "and":
        # coordinated verb: the sentence's own subject speaks
        return _sentence_subject(toks)
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
    text: str, spans: Sequence[tuple[int, int, int]], words: Sequence[Iterable[str]] | None = None
) -> list[Speaker | None]:
    """Speakers for the sentences ``(start, end, paragraph)`` of ``text``, resolved across sentences.

    ``words`` (per sentence, a collection holding at least every lower-cased whole word of it, e.g.
    its ``[a-z]+`` runs, if the caller has them) lets sentences without any statement verb skip the
    regex search.
    """
    out: list[Speaker | None] = []
    last_named: Speaker | None = None
    last_para = -10
    quote_open = False
    quote_members: list[int] = []  # sentences inside the current open quotation
    quote_owner: Speaker | None = None
    prev_para = -1
    find = text.find
    for k, (start, end, para) in enumerate(spans):
        if para != prev_para:
            quote_open, quote_members, quote_owner = False, [], None
            prev_para = para
        if words is not None and ANCHOR_WORDS.isdisjoint(words[k]):
            speaker = None
        else:
            speaker = find_speaker(text[start:end], start)
        if speaker is not None and speaker.name in _PRONOUNS:
            plural = speaker.name.lower() == "they"
            if last_named is not None and para - last_para <= 1 and _agrees(last_named.name, plural):
                speaker = last_named
            else:
                speaker = None
        starts_open = quote_open
        if speaker is None and starts_open and quote_owner is not None:
            speaker = quote_owner
        # most sentences have no quotation mark: three C-level searches instead of a regex scan
        if find('"', start, end) >= 0 or find("\u201c", start, end) >= 0 or find("\u201d", start, end) >= 0:
            quote_open = _quote_delta(text[start:end], quote_open)
        if speaker is not None and (starts_open or quote_open) and quote_members:
            for j in quote_members:
                if out[j] is None:
                    out[j] = speaker
        if quote_open:
            if not starts_open:
                quote_members, quote_owner = [], speaker
            quote_members.append(k)
        else:
            quote_members, quote_owner = [], None
        out.append(speaker)
        if speaker is not None:
            last_named, last_para = speaker, para
    return out


def _agrees(name: str, plural: bool) -> bool:
    """Rough agreement for pronoun resolution: "they" wants a group, "he"/"she" one person (never an
    institution: "The Kremlin", "the allegations in the NCAA report")."""
    last = name.rsplit(None, 1)[-1]
    low = last.lower()
    group = " and " in name or (low.endswith("s") and (last.islower() or low in _HEADS))
    if plural:
        return group
    return not group and speaker_type(name) == "Person"


# --- what kind of source a speaker is (schema.org: a Person or an Organization) ---------------------

# Lower-case heads naming one person by role ("Kremlin spokesman Dmitry Peskov", "the diplomat").
_PERSON_HEADS = _words(
    "spokesman spokeswoman spokesperson minister president premier official commander general diplomat "
    "source witness activist analyst expert researcher scientist doctor medic leader chief head lawyer "
    "attorney prosecutor investigator officer senator congressman governor mayor secretary ambassador "
    "envoy man woman founder chairman chairwoman ceo director manager owner executive resident pensioner "
    "voter survivor father mother son daughter wife husband coach player judge"
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
