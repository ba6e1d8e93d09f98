"""Rule-based sentence splitting for news and transcripts, with offsets into the original text.

A trained splitter would be slower and needs data we cannot ship; news prose is regular enough
that a boundary regex plus an abbreviation check gets it right, and it runs at millions of
characters a second. Rules, in order:

* blank lines always split (paragraphs); a single newline splits too (one-paragraph-a-line
  feeds, headlines, URLs) unless the text is visibly hard-wrapped: the next line starts in
  lower case or the line ends with a comma, hyphen or a function word;
* a dateline at the start of a paragraph ("MOSCOW (Reuters) -", "(CNN) --") is left out of
  the sentence, so it neither becomes a sentence of its own nor a speaker;
* ``. ! ? …`` followed by closing quotes/brackets, whitespace and an upper-case letter, digit or
  opening quote end a sentence; the closing quote stays with the sentence it closes;
* a period after an abbreviation ("Mr.", "Sept. 5", "No. 10", initials "J. Smith") does not
  split; after an acronym or company suffix ("U.S.", "Inc.") it splits only before a word
  that typically starts a sentence ("The", "He" …). Decimals never meet the rule (no space);
* no sentence is longer than ``max_sentence_chars`` (``MAX_SENTENCE_CHARS``, 2,000, by default: the
  longest real sentence in the evaluation corpora is 833 characters, a debate answer). A longer run
  (a table or a number dump with no full stop) is cut into pieces of at most that length: after the
  last clause end (``;``, ``:``, ``,``, a dash, followed by a blank) in the second half of the
  allowance, else after its last word, else (a token longer than the allowance) exactly at it.
  The pieces are trimmed like any sentence, so only the blanks between them are left out.

Every scan is linear in the text: the end-of-sentence search takes a run of terminal punctuation
whole (a run of a million dots is one step, not a million retries), and cutting an overlong run
looks at each allowance once.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from factcheck.extraction._numlex import CURRENCY_PREFIX

__all__ = ["MAX_SENTENCE_CHARS", "Span", "check_limit", "split_sentences"]

# The default longest sentence, in characters. The longest real sentence in the evaluation corpora
# (``bench/extraction_diff.py``'s sets: news, debates, tweets, claims) is 833 characters, so this
# cuts only runs that are not prose, and the extractor's output on those corpora is the same with it.
MAX_SENTENCE_CHARS: Final = 2000


class Span(NamedTuple):
    """A sentence's offsets into the original text and the paragraph it belongs to.

    ``piece`` marks a piece cut from a run over the length limit: text with no sentence end (a table,
    a dump of figures), which ``extract`` does not offer as a claim.
    """

    start: int
    end: int
    paragraph: int
    piece: bool = False


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


# Hard breaks: a blank line (paragraph), or a single newline (checked by _newline_splits).
_BREAK = re.compile(r"[ \t\f\v\r]*\n(?:[ \t\f\v\r]*\n)*[ \t\f\v\r]*")
# Candidate end of sentence: terminal punctuation, closing quotes/brackets, then whitespace.
# (Written ``[.!?…][.!?…]*``, not ``[.!?…]+``: a pattern that opens with a character class lets the regex
# engine skip to the next candidate character in C instead of trying a match at every position.)
# A match starts only where a run of punctuation does (the look-behind after the first character: the
# one before it is no punctuation; first, it would cost the skip ahead), and takes the run and the closers
# whole (possessive: giving some back cannot help, as neither is a blank): a run that is not followed by a
# blank is rejected once, not retried from each of its characters, which made a long run of dots
# quadratic. ``split_sentences`` searches only from positions that are not inside a run, where the
# matches are those of the plain ``[.!?…]+[closers]*(?=\s)``.
_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”\u2019»)\]]*+(?=\s)")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019\- ]{1,30}[A-Z.](?:,\s+[A-Z][\w.'\u2019 ]{1,25})?\s*(?:\([A-Za-z .&/]{2,30}\)\s*)?"
    r"|\([A-Za-z .&/]{2,30}\)\s*)[-\u2013—]{1,2}\s+"
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\Z")
_WRAP_WORDS = _words(
    "a an the of to in on at for and or but with by from as that which who is are was were be has "
    "have had will would its their his her our"
)
# Period never ends a sentence after these (lower-cased, without the period).
_ABBREV = _words(
    "mr mrs ms messrs dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj brig cpl pvt mt "
    "ft rev hon pres supt insp det vs v cf approx dept est fig nos ave blvd rd"
)
# Only before a number ("Sept. 5", "No. 10", "Art. 3"), and the currencies abbreviated with a full stop ("Rs.
# 298.40", "Tk. 300": ``_numlex.CURRENCY_PREFIX``).
_ABBREV_NUM = _words("jan feb mar apr jun jul aug sep sept oct nov dec no art pp p vol ch sec") | frozenset(
    code[:-1].lower() for code in CURRENCY_PREFIX if code.endswith(".")
)
# Acronym-like: split only when the next word usually starts a sentence.
_ABBREV_SOFT = _words("inc corp ltd co jr sr st bros plc llc etc al")
_STARTERS = _words(
    "the a an he she it they we i you this that these those there but and so yet in on at for after "
    "before when while if as his her their its our my mr mrs ms however meanwhile some many no one "
    "two three"
)


def _newline_splits(text: str, start: int, end: int) -> bool:
    """Whether a single newline between ``text[:start]`` and ``text[end:]`` is a real break."""
    if end >= len(text) or start == 0:
        return True
    nxt = text[end]
    if nxt.islower():
        return False
    prev = text[start - 1]
    if prev in ",;-\u2013(":
        return False
    if prev.isalpha():
        j = start - 1
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if text[j:start].lower() in _WRAP_WORDS:
            return False
    return True


def _breaks(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BREAK.finditer(text)``, found from the newlines (a fast ``str.find``).

    ``_BREAK`` starts with optional blanks, so a regex scan tries it at every space of the text; the
    leftmost match always starts at the blanks just before the next newline, so it is matched there.
    """
    out: list[tuple[int, int]] = []
    find, match = text.find, _BREAK.match
    pos = 0
    while True:
        j = find("\n", pos)
        if j < 0:
            return out
        i = j
        while i > pos and text[i - 1] in " \t\f\v\r":
            i -= 1
        m = match(text, i)
        assert m is not None  # it always matches at a newline
        out.append((i, m.end()))
        pos = m.end()


def _segments(text: str) -> list[tuple[int, int, int]]:
    """Hard-break-delimited (start, end, paragraph) segments, whitespace-trimmed, datelines skipped."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    seg_start = 0
    paragraph = 0
    n = len(text)
    for b_start, b_end in _breaks(text):
        if text.count("\n", b_start, b_end) == 1 and not _newline_splits(text, b_start, b_end):
            continue
        out.append((seg_start, b_start, paragraph))
        paragraph += 1
        seg_start = b_end
        pos = b_end
    if pos <= n:
        out.append((seg_start, n, paragraph))
    trimmed = []
    for s, e, p in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            m = _DATELINE.match(text, s, e)
            if m and m.end() < e:
                s = m.end()
            trimmed.append((s, e, p))
    return trimmed


def _next_word(text: str, i: int, end: int) -> str:
    """The word starting at ``i`` (after opening quotes), for the abbreviation rules."""
    while i < end and text[i] in "\"'“\u2018«([":
        i += 1
    j = i
    while j < end and (text[j].isalnum() or text[j] in "'\u2019"):
        j += 1
    return text[i:j]


class _Rules(NamedTuple):
    """What differs between languages in splitting: the end-of-sentence regex (its closing quotes), the
    characters that may open a sentence, more abbreviations, and whether a day or ordinal written with a
    dot ("am 3. Oktober", "der 2. Weltkrieg") never ends a sentence."""

    end: re.Pattern[str]
    openers: str
    abbreviations: frozenset[str]
    day_dot: bool


_ENGLISH = _Rules(_END, "\"'“\u2018«([", frozenset(), False)
# Other languages close quotes with U+201C and U+2018 too (German „…“) and with » after a space (French).
_END_LOCALISED = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+(?:[\"'”“\u2019\u2018»)\]]|[ \u00a0\u202f]»)*+(?=\s)"
)
_LOCALISED: dict[str, _Rules] = {}


def _rules(language: str) -> _Rules:
    """The splitting rules of ``language``: English's unless ``languages.LANGUAGES`` has the language."""
    if language == "en":
        return _ENGLISH
    found = _LOCALISED.get(language)
    if found is None:
        from factcheck.extraction.languages import LANGUAGES

        table = LANGUAGES.get(language)
        if table is None:
            return _ENGLISH
        openers = "\"'\u201c\u2018«([\u201e\u201a¿¡"
        # (and the currency signs written with a full stop: "B/. 12 millones", "S/. 25")
        signs = {symbol[:-1] for symbol in table.currency_before if symbol.endswith(".")}
        found = _Rules(_END_LOCALISED, openers, table.abbreviations | signs, table.day_dot_ordinal)
        _LOCALISED[language] = found
    return found


def _is_boundary(
    text: str, seg_start: int, p_start: int, p_end: int, nxt: int, end: int, rules: _Rules = _ENGLISH
) -> bool:
    """Decide whether punctuation ``text[p_start:p_end]`` followed by text at ``nxt`` ends a sentence."""
    c = text[nxt]
    openers = rules.openers
    if c in openers:
        k = nxt + 1
        while k < end and text[k] in openers:
            k += 1
        if k >= end or not (text[k].isupper() or text[k].isdigit()):
            return False
    elif not (c.isupper() or c.isdigit()):
        return False
    if text[p_start] != "." or text[p_start : p_start + 2] == "..":
        return True
    # The word before the period.
    j = p_start
    while j > seg_start and not text[j - 1].isspace():
        j -= 1
    word = text[j:p_start].lstrip("\"'“\u2018«([")
    if not word:
        return True
    low = word.lower()
    if low in _ABBREV or low in rules.abbreviations:
        return False
    if rules.abbreviations and _ELIDED.sub("", low) in _ABBREV_NUM_LOCAL:
        return not c.isdigit()  # "Art. 5", "l'art. 49.3", "art. 18"; not "l'art. Puis"
    if rules.day_dot and len(word) <= 2 and word.isdigit():
        # "am 3. Oktober", "der 2. Weltkrieg"; but "Menschen über 60. In Sachsen …": a word that opens
        # sentences and never follows an ordinal
        return _next_word(text, nxt, end) in _OPENERS_AFTER_DAY_DOT
    if rules.day_dot and _DAY_SPAN.fullmatch(word):
        return False  # "vom 10.-14. April"
    if low in _ABBREV_NUM:
        return not c.isdigit()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith"
    if low in _ABBREV_SOFT or _ACRONYM.match(word):
        return _next_word(text, nxt, end).lower() in _STARTERS
    return True


_ABBREV_NUM_LOCAL = frozenset(("art", "abs", "nr"))
# Words that open a German sentence and never follow an ordinal's dot (which is followed by a noun, an
# adjective or a month: "der 2. Weltkrieg", "die 3. Liga", "am 3. Oktober").
_OPENERS_AFTER_DAY_DOT = _words(
    "In Im Am Auf Aus Bei Beim Da Dabei Damit Dann Das Dass Dem Den Der Des Die Dies Diese Dieser Doch Ein "
    "Eine Einer Er Es Ihr Ihre Laut Man Mit Nach Nun Sie So Und Von Vor Wie Wir Zudem Zwar Auch Aber "
    "Allerdings Außerdem Trotzdem Insgesamt Bislang Bisher Derzeit Seit Während Wegen Zuletzt Zuvor Davon "
    "Darunter Demnach Deshalb Daher Jetzt Heute Gestern Morgen Nur Noch Mehr Rund Etwa Knapp Fast"
)
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['\u2019]")
_DAY_SPAN = re.compile(r"\d{1,2}\.?[-\u2013/]\d{1,2}")

# Where an overlong run is cut. Each is matched from the start of a window (the greedy ``.*`` runs to
# its end and backs off), so the match ends at the window's last clause end or word end: one pass.
_LAST_CLAUSE_END = re.compile(r"(?s:.*)(?:[;:,\u2013\u2014]|(?<=\s)-+)(?=\s)")
_LAST_WORD_END = re.compile(r"(?s:.*)\S(?=\s)")
_NOT_BLANK = re.compile(r"\S")


def _cut(text: str, start: int, end: int, paragraph: int, limit: int) -> list[Span]:
    """The trimmed run ``text[start:end]`` as pieces of at most ``limit`` characters, in order.

    A piece ends after the last clause end (``;``, ``:``, ``,``, a dash, before a blank) in the second
    half of the allowance, else after the last word in it, else at the allowance (a longer token);
    the next starts at the next non-blank character. So the pieces cover the run but for the blanks
    between them, and there are at most ``2 * (end - start) / limit + 1`` of them: a piece cut at a
    clause end is at least half the allowance, and a piece cut at a word end is followed by one that
    ends beyond the allowance it had.
    """
    pieces: list[Span] = []
    while end - start > limit:
        window_end = min(end, start + limit + 1)  # (one more: a cut needs the blank after it)
        m = _LAST_CLAUSE_END.match(text, start + limit // 2, window_end)
        if m is None:
            m = _LAST_WORD_END.match(text, start, window_end)
        if m is None:  # no blank in the allowance: cut the token
            cut = start + limit
            pieces.append(Span(start, cut, paragraph, piece=True))
            start = cut
            continue
        cut = m.end()
        pieces.append(Span(start, cut, paragraph, piece=True))
        after = _NOT_BLANK.search(text, cut, end)
        assert after is not None  # the run is trimmed: it ends with a non-blank
        start = after.start()
    pieces.append(Span(start, end, paragraph, piece=True))
    return pieces


def check_limit(limit: object, *, name: str = "max_sentence_chars") -> None:
    """A limit is a positive integer: ``TypeError`` or ``ValueError`` otherwise (a misconfigured
    setting must not pass silently)."""
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"{name} must be an integer, not {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"{name} must be at least 1, not {limit}")


def split_sentences(
    text: str, *, max_sentence_chars: int = MAX_SENTENCE_CHARS, language: str = "en"
) -> list[Span]:
    """Split ``text`` into sentence spans (trimmed; ``text[s.start:s.end]`` is the sentence).

    No span is longer than ``max_sentence_chars`` (a positive integer): a longer run is cut into
    pieces (see ``_cut``). ``language`` (an ISO 639-1 code) adds that language's quotes and
    abbreviations (``languages.LANGUAGES``); English rules for any other.
    """
    check_limit(max_sentence_chars)
    spans = _split(text, _rules(language))
    if all(span.end - span.start <= max_sentence_chars for span in spans):
        return spans
    out: list[Span] = []
    for span in spans:
        if span.end - span.start <= max_sentence_chars:
            out.append(span)
        else:
            out.extend(_cut(text, span.start, span.end, span.paragraph, max_sentence_chars))
    return out


def _split(text: str, rules: _Rules = _ENGLISH) -> list[Span]:
    """The sentences of ``text``, however long."""
    spans: list[Span] = []
    search = rules.end.search
    for seg_start, seg_end, paragraph in _segments(text):
        start = seg_start
        # ``finditer``, as successive searches: most segments have no match, and one search says so cheaper
        m = search(text, seg_start, seg_end)
        while m is not None:
            p_end = m.end()
            # punctuation proper ends where the closing quotes begin
            k = m.start()
            while k < p_end and text[k] in ".!?…":
                k += 1
            nxt = p_end
            while nxt < seg_end and text[nxt].isspace():
                nxt += 1
            if nxt < seg_end and _is_boundary(text, seg_start, m.start(), k, nxt, seg_end, rules):
                spans.append(Span(start, p_end, paragraph))
                start = nxt
            m = search(text, p_end, seg_end)
        if start < seg_end:
            spans.append(Span(start, seg_end, paragraph))
    return spans
