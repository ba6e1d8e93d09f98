"""Index terms of a claim: the one normalisation the stored claims and the searches share.

``terms(text, language)`` gives plain tokens the database can store as a space-separated string (SQLite
FTS5, PostgreSQL ``to_tsvector('simple', ...)``) and search with an OR of a query's terms: each is a run of
lower-case letters and digits, never a space or an FTS operator character. Both sides must be normalised
by the same function, or "250,000" in a tweet would never find "250 000" in a fact-check.

What it does, and why:

* Accents are folded ("Québec" = "Quebec"): writers and tweets drop them inconsistently.
* URLs and ``pic.twitter.com`` links are dropped: they name no claim and would match by accident.
* ``@handles`` and ``#HashTags`` are split at CamelCase ("#StopTheHate" -> stop, hate): the words in a
  tag are the claim's words.
* Numbers are one term whatever their separators ("250,000", "250 000" -> ``250000``; "1.5 million" ->
  ``1500000``; a decimal "2.5" -> ``2p5`` since a dot would split the token in the index). "%", "per cent"
  and "percent" (in six languages) become the term ``percent``; "$", "€" and "£" become ``dollar``,
  ``euro``, ``pound``. Numbers stay terms: a figure is often what makes two claims the same.
* English number words up to ninety are digits ("ten times" -> ``10``): claims and tweets write them
  either way.
* Stopwords (compact lists below) are dropped and words stemmed with Snowball for English, German,
  Spanish, French, Portuguese and Italian; other languages keep every word as it is (lower-cased).
* Only the first ``MAX_QUERY_CHARS`` characters count: a claim or query says what it is about early, and
  the bound keeps a pasted article from costing a search thousands of terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final, NamedTuple

import snowballstemmer

__all__ = [
    "MAX_QUERY_CHARS",
    "STEMMED_LANGUAGES",
    "TWEET_SIGNATURE",
    "Token",
    "base_language",
    "fold_accents",
    "run_together_tags",
    "run_together_terms",
    "split_run_together",
    "terms",
    "tokens",
]

# Characters of a text that are turned into terms; the rest is cut (see the module docstring).
MAX_QUERY_CHARS: Final = 2000

# The signature closing a tweet pasted from its embed: "— Name (@handle) June 3, 2017" (the date optional).
TWEET_SIGNATURE: Final = re.compile(
    r"\s*[\u2014\u2013-]+\s*(?P<name>[^\u2014\u2013()]*?)\s*\(@\w+\)"
    r"\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})?\s*$"
)

# Snowball algorithm of each language that gets stopwords and stems (ISO 639-1 codes).
STEMMED_LANGUAGES: Final = {
    "en": "english",
    "de": "german",
    "es": "spanish",
    "fr": "french",
    "pt": "portuguese",
    "it": "italian",
}


class Token(NamedTuple):
    """One index term and the words of the text it came from (for the reasons a reviewer reads)."""

    term: str
    surface: str


def _listing(listing: str) -> list[str]:
    return listing.split()


def _words(listing: str) -> frozenset[str]:
    return frozenset(_listing(listing))


# Compact stopword lists: function words only, accents folded like the text. "us" is not one ("U.S.").
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        """a about above after again against all am an and any are as at be because been before being
        below between both but by can cant could couldnt did didnt do does doesnt doing dont down during
        each few for from further had hadnt has hasnt have havent having he hed hes her here hers herself
        him himself his how i id ill im ive if in into is isnt it its itself just lets me more most my
        myself no nor not now of off on once only or other our ours ourselves out over own same shall she
        shes should shouldnt so some such than that thats the their theirs them themselves then there
        theres these they theyd theyll theyre theyve this those through to too under until up upon very
        via was wasnt we wed well were weve werent what whats when where which while who whos whom why
        will with wont would wouldnt you youd youll youre youve your yours yourself yourselves also
        amp rt"""
    ),
    "de": _words(
        """aber als am an auch auf aus bei bin bis bist da dann das dass dem den der des die dies diese
        dieser dieses doch dort du durch ein eine einem einen einer eines er es fur hat hatte ich ihr
        ihre im in ist ja kann mit nach nicht noch nun nur ob oder sich sie sind so uber um und uns von
        vor war waren was weil wenn wer wie wir wird zu zum zur"""
    ),
    "es": _words(
        """a al algo como con de del desde donde el ella ellos en entre era es esa ese eso esta este esto
        fue ha han hay la las le les lo los mas me mi muy no nos o para pero por que se sea ser si sin
        sobre su sus tambien te tiene un una uno unos y ya"""
    ),
    "fr": _words(
        """a au aux avec ce ces cette dans de des du elle en est et etait il ils je la le les leur lui ma
        mais me meme mes moi mon ne nos notre nous on ont ou par pas plus pour qu que qui sa se ses son
        sont sur ta te tes toi ton tu un une vos votre vous y c d j l m n s t"""
    ),
    "pt": _words(
        """a ao aos as com como da das de do dos e ela ele eles em entre era esta este eu foi ha isso
        mais mas me muito na nas nao no nos o os ou para pela pelo por que se sem ser seu sua suas seus
        tem um uma"""
    ),
    "it": _words(
        """a ad al alla alle agli ai che chi con da dal dalla dei del della delle di e ed gli ha hanno
        il in io la le lei lo loro lui ma mi ne nel nella non per piu quale questa questo se si sono
        su sua suo tra un una uno c d l"""
    ),
}

# Phrases that mean "percent", accents folded, in the six languages.
_PERCENT_WORDS = re.compile(
    r"(?i)\b(?:per\s*cent|percent|pct|pour\s*cent|por\s*ciento|per\s*cento|por\s*cento|prozent)\b"
)

# Words that multiply the number before them ("1.5 million"). Only unambiguous ones: the French and
# Portuguese "billion" is 10^12, so "billion" counts only in English.
_MULTIPLIERS: Final = {
    "thousand": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "millionen": 10**6,
    "milliarde": 10**9,
    "milliarden": 10**9,
    "mio": 10**6,
    "mrd": 10**9,
    "millon": 10**6,
    "millones": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "milhao": 10**6,
    "milhoes": 10**6,
    "milione": 10**6,
    "milioni": 10**6,
    "miliardo": 10**9,
    "miliardi": 10**9,
}
_NOT_ENGLISH_BILLION = frozenset({"billion", "billions"})

# English number words written as digits ("ten times" = "10 times"), so they meet figures and multiply
# ("ten million" -> 10000000). Not "one": it is far more often a pronoun than a count.
_NUMBER_WORDS: Final = {
    word: str(value)
    for value, word in enumerate(
        _listing(
            """zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
            sixteen seventeen eighteen nineteen twenty"""
        )
    )
    if word != "_"
} | {
    word: str(10 * tens)
    for tens, word in enumerate(_listing("thirty forty fifty sixty seventy eighty ninety"), 3)
}
_NUMBER_WORD = re.compile(r"(?i)\b(?:" + "|".join(_NUMBER_WORDS) + r")\b")

_CURRENCIES: Final = {"$": "dollar", "€": "euro", "£": "pound"}

_MULTIPLIER = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))

# Decimal point and thousands separator: English writes 250,000.5, the others 250.000,5. A space (or a
# no-break space) groups thousands in every language.
_NUMBER = {
    ".": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?",
    ",": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?",
}


def _scanner(decimal_mark: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<url>(?:https?://|www\.)\S+|pic\.twitter\.com/\S*|\b[\w.-]+\.(?:com|org|net|gov|edu|co|ly|io)/\S*)"
        r"|(?P<tag>[@#][^\W_](?:(?!pic\.twitter\.com)\w)*)"
        r"|(?P<acronym>\b(?:[^\W\d_]\.){2,}(?![^\W\d_]))"
        r"|(?<![\w.,])(?P<number>" + _NUMBER[decimal_mark] + r")"
        r"(?:(?P<multiplier>\s?(?i:" + _MULTIPLIER + r"))\b)?(?![^\W_])"
        r"(?P<percent>\s?%)?"
        r"|(?P<currency>[$€£])"
        r"|(?P<word>[^\W_]+(?:['\u2019][^\W_]+)*)"
        r"|(?P<sign>%)"
    )


_SCANNERS: Final = {".": _scanner("."), ",": _scanner(",")}
_COMMA_DECIMAL_LANGUAGES: Final = frozenset({"de", "es", "fr", "pt", "it"})

# Letters that do not decompose into a base letter and a mark.
_FOLDS: Final = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d"}
    | {"Đ": "D", "þ": "th", "Þ": "TH", "\u0131": "i"}  # the last: dotless i
)


def fold_accents(text: str) -> str:
    """``text`` without accents, case kept ("Québec" -> "Quebec"); other scripts keep their letters."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def base_language(language: str) -> str:
    """ISO 639-1 code of a language tag ("en-GB" -> "en"); "" for none."""
    return (language or "").split("-", 1)[0].split("_", 1)[0].lower()


@lru_cache(maxsize=8)
def _stemmer(language: str) -> snowballstemmer.stemmer | None:
    algorithm = STEMMED_LANGUAGES.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=200_000)
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer is not None else word


def _split_camel(name: str) -> list[str]:
    """Words of a handle or tag: "realDonaldTrump" -> real, Donald, Trump; "IlhanMN" -> Ilhan, MN;
    "COVID19" -> COVID, 19."""
    pieces: list[str] = []
    start = 0
    for i in range(1, len(name)):
        before, here = name[i - 1], name[i]
        after = name[i + 1] if i + 1 < len(name) else ""
        if (
            before == "_"
            or here == "_"
            or (before.isdigit() != here.isdigit())
            or (before.islower() and here.isupper())
            or (before.isupper() and here.isupper() and after.islower())
        ):
            pieces.append(name[start:i])
            start = i
    pieces.append(name[start:])
    return [piece for piece in (p.strip("_") for p in pieces) if piece]


def _number_term(digits: str, decimal_mark: str, multiplier: str | None) -> str:
    """One term for a number: separators dropped, multiplied out, a decimal point written ``p``."""
    thousands = "," if decimal_mark == "." else "."
    plain = "".join(digits.split()).replace(thousands, "").replace(decimal_mark, ".")
    try:
        value = Decimal(plain)
    except InvalidOperation:  # pragma: no cover - the pattern only matches digits and one mark
        return plain.replace(".", "p")
    if multiplier:
        value *= _MULTIPLIERS[multiplier.strip().lower()]
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f").replace(".", "p")


# A word is cut where letters meet digits ("COVID19" = "COVID-19"; "19th" -> 19), as tags are.
_LETTERS_OR_DIGITS = re.compile(r"\d+|[^\W\d_]+")
_ORDINAL_ENDINGS: Final = frozenset({"st", "nd", "rd", "th"})


def _word_terms(word: str, language: str, stopwords: frozenset[str]) -> list[str]:
    """Terms of one word (maybe with apostrophes) from folded text."""
    lowered = word.lower()
    if lowered.isalpha():  # most words: no apostrophe, no digit
        if len(lowered) > 1 and lowered not in stopwords and lowered not in _ORDINAL_ENDINGS:
            return [_stem(lowered, language)]
        return []
    lowered = lowered.replace("\u2019", "'")
    if "'" in lowered:
        if language == "en":
            lowered = lowered.removesuffix("'s")
            parts = [lowered.replace("'", "")]
        else:  # elision: l'homme, dell'anno
            parts = lowered.split("'")
    else:
        parts = [lowered]
    out = []
    for part in parts:
        for piece in _LETTERS_OR_DIGITS.findall(part):
            if piece.isdigit():
                out.append(piece.lstrip("0") or "0")
            elif len(piece) > 1 and piece not in stopwords and piece not in _ORDINAL_ENDINGS:
                out.append(_stem(piece, language))
    return out


def tokens(text: str, language: str = "en") -> list[Token]:
    """Terms of ``text`` in order, each with the words it came from (see the module docstring)."""
    if not text:
        return []
    language = base_language(language)
    stopwords = STOPWORDS.get(language, frozenset())
    decimal_mark = "," if language in _COMMA_DECIMAL_LANGUAGES else "."
    folded = fold_accents(text[:MAX_QUERY_CHARS])
    folded = _PERCENT_WORDS.sub("%", folded)
    if language == "en":
        folded = _NUMBER_WORD.sub(lambda match: _NUMBER_WORDS[match.group(0).lower()], folded)
    out: list[Token] = []
    for match in _SCANNERS[decimal_mark].finditer(folded):
        kind = match.lastgroup
        surface = match.group(0)
        if kind == "url":
            continue
        if kind in ("number", "percent", "multiplier"):
            multiplier: str | None = match.group("multiplier")
            unused = ""
            if multiplier and language != "en" and multiplier.strip().lower() in _NOT_ENGLISH_BILLION:
                unused, multiplier = multiplier.strip(), None
            number = match.group("number")
            out.append(Token(_number_term(number, decimal_mark, multiplier), surface.rstrip("% ")))
            if unused:
                out.extend(Token(term, unused) for term in _word_terms(unused, language, stopwords))
            if match.group("percent"):
                out.append(Token("percent", "%"))
        elif kind == "sign":
            out.append(Token("percent", surface))
        elif kind == "currency":
            out.append(Token(_CURRENCIES[surface], surface))
        elif kind == "tag":
            for piece in _split_camel(surface[1:]):
                out.extend(Token(term, piece) for term in _word_terms(piece, language, stopwords))
        elif kind == "acronym":
            word = surface.replace(".", "")
            out.extend(Token(term, surface) for term in _word_terms(word, language, stopwords))
        else:
            out.extend(Token(term, surface) for term in _word_terms(surface, language, stopwords))
    return out


def terms(text: str, language: str = "en") -> list[str]:
    """The normalised index terms of ``text`` in order, repeats kept (BM25 counts them)."""
    return [token.term for token in tokens(text, language)]


# A tag written as one run of lower-case letters ("#tamperedwater", "#Fyrefestival") hides its words from
# the index, where CamelCase would have split them. A search splits it into words the corpus knows
# (``split_run_together``): only a tag, since a plain word run together is more often a name or a typo,
# and only a few of them, each bounded, since every piece of one is looked up.
RUN_TOGETHER_MIN: Final = 6
RUN_TOGETHER_MAX: Final = 24
RUN_TOGETHER_TAGS: Final = 3
_RUN_TOGETHER_TAG = re.compile(r"(?<![\w#@])#([^\W\d_][^\W\d_A-Z]+)(?![\w])")
_PIECE_MIN = 3


def run_together_tags(text: str) -> list[str]:
    """The tags of ``text`` written as one word of letters without an inner capital, folded and
    lower-cased, each once, the first ``RUN_TOGETHER_TAGS``."""
    found: dict[str, None] = {}
    for match in _RUN_TOGETHER_TAG.finditer(fold_accents(text[:MAX_QUERY_CHARS])):
        word = match.group(1)
        if RUN_TOGETHER_MIN <= len(word) <= RUN_TOGETHER_MAX and word.isascii():
            found[word.lower()] = None
    return list(found)[:RUN_TOGETHER_TAGS]


def _piece_term(piece: str, language: str) -> str:
    """The one index term of a piece of a run-together word ("" for a stopword or a too-short piece)."""
    found = _word_terms(piece, language, STOPWORDS.get(language, frozenset()))
    return found[0] if len(piece) >= _PIECE_MIN and len(found) == 1 else ""


def run_together_terms(word: str, language: str = "en") -> set[str]:
    """The terms of every piece of ``word`` that could be one of its words: what a search looks up in the
    corpus before it can split the word."""
    language = base_language(language)
    return {
        term
        for start in range(len(word))
        for end in range(start + _PIECE_MIN, len(word) + 1)
        if (term := _piece_term(word[start:end], language))
    }


def split_run_together(word: str, known: Callable[[str], bool], language: str = "en") -> list[str]:
    """``word`` as the fewest pieces that are each a term the corpus ``known``s, or a stopword between
    them ("standwithukraine" -> stand, with, ukraine); ``[]`` unless it holds two known words, or when
    it is a known term itself ("#immigration")."""
    language = base_language(language)
    stopwords = STOPWORDS.get(language, frozenset())
    whole = _piece_term(word, language)
    if whole and known(whole):
        return []
    # best[i]: (pieces, stopword pieces, the pieces) of the cheapest split of word[i:]
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (len(word) + 1)
    best[len(word)] = (0, 0, ())
    for start in range(len(word) - 1, -1, -1):
        options = []
        for end in range(start + 2, len(word) + 1):
            rest = best[end]
            if rest is None:
                continue
            piece = word[start:end]
            if piece in stopwords:
                options.append((rest[0] + 1, rest[1] + 1, (piece, *rest[2])))
            elif (term := _piece_term(piece, language)) and known(term):
                options.append((rest[0] + 1, rest[1], (piece, *rest[2])))
        best[start] = min(options) if options else None
    split = best[0]
    return list(split[2]) if split is not None and split[0] - split[1] >= 2 else []
