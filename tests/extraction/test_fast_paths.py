"""The fast paths of ``extract`` give exactly what the full rules give.

``extract`` screens each sentence with set look-ups on its letter runs (``_screen``) and only runs the
quantity, speaker and category-keyword rules where they can fire. These tests run the same texts with
the screen switched off and compare everything, on sentences chosen to sit on the screen's edges
(case, apostrophes, hyphens, digits glued to words, Unicode that folds or lower-cases oddly).
"""

# ruff: noqa: RUF001, SIM905  (Unicode look-alikes are the point of these cases; word lists read best as strings)
from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.extraction as extraction
from factcheck.extraction import extract
from factcheck.extraction.categories import sentence_category
from factcheck.extraction.quantities import find_quantities

TRICKY = [
    "It was the pro-death majority, hoping to sway the three holdouts.",
    "Tonight, a crowd gathered to mourn his death—and protest police treatment.",
    "http://www.example.com/2013/03/17/riots-erupt-following-death-teen-killed-police/",
    "KILLED: Villagers fled as the army's shelling went on.",
    "The villagers’ homes were controlled by the militia's fighters.",
    "Air-strikes and airstrikes hit the town; an air force jet was lost.",
    "They lost their lives in 5killed and killed_ and killedé cases.",
    "Kill’em all, he said, and nobody was hurt.",
    "The \u212aelvin sign kills the screen: \u212aILLED.",
    "\u0130stanbul has ten million residents and a ſtrike was reported.",
    "Dotless ı in kıll and a ½ share of the budget.",
    "٣ people were evacuated; €5 was donated as aid.",
    "£5 and ¥300 and $2 were spent.",
    "The death toll rose. Forced from their homes, families were living in tents.",
    "“We will not give up,” said Peskov. “We have the means,” he said.",
    "According to the U.N. refugee agency, 5,000 people fled.",
    "Said the minister: nothing. according to nobody.",
    "Rebels recaptured the district and seized control of 20 square kilometres.",
    'The Obama administration said,"and preserve the environment" on Monday.',
    '"We can grow our economy today, "Obama said,"and preserve the environment. "',
    "Twenty-one soldiers, one hundred and five civilians and a dozen warplanes.",
    "Costs of humanitarian assistance reached one-third of the funding.",
    "Nothing to see here.",
    "",
]


def _runs(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


@pytest.mark.parametrize("text", TRICKY)
def test_category_with_letter_runs_equals_without(text: str) -> None:
    qs = find_quantities(text)
    assert sentence_category(text, qs, _runs(text)) == sentence_category(text, qs)
    assert sentence_category(text, [], _runs(text)) == sentence_category(text, [])


def _unscreened(text: str, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(extraction, "_screen", lambda text, spans: None)
        return extract(text)


@pytest.mark.parametrize("text", [*TRICKY, "\n\n".join(TRICKY), " ".join(TRICKY)])
def test_extract_with_screen_equals_without(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert extract(text) == _unscreened(text, monkeypatch)


def test_screen_is_used_on_plain_documents() -> None:
    text = "No figures here. The ministry said 30 died. Ten did not."
    spans = extraction.split_sentences(text)
    screen = extraction._screen(text, spans)
    assert screen is not None
    assert [
        extraction._may_have_number(text, s.start, s.end, w) for s, w in zip(spans, screen, strict=True)
    ] == [
        False,
        True,
        True,
    ]


_VOCAB = st.sampled_from(
    [
        *"killed death lost their lives villagers seized control of square km troops air strikes".split(),
        *"aid relief residents living in $ £ € ¥ dollars million said told according to Peskov He".split(),
        *"one two ten hundred thousands dozens 5 1,500 20% ٣ ½ Mr. U.S. “ ” \" ' ’ - — , . ? \n\n".split(" "),
        "\u212a",
        "\u0130",
        "ſ",
        "ı",
        "é",
        "_",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_VOCAB, max_size=40).map(" ".join))
def test_screen_never_changes_the_output(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        expected = (m.setattr(extraction, "_screen", lambda text, spans: None), extract(text))[1]
    assert extract(text) == expected


def _keyword_pieces() -> list[str]:
    """Every word of every category keyword, with endings and neighbours that sit on the screens' edges."""
    from factcheck.extraction.categories import RULES

    words = {
        w
        for rule in RULES
        for listing in (rule.keywords, *rule.unless_before.values())
        for w in listing.replace(",", " ").split()
    }
    return sorted(
        words
    ) + "s ed ing er ly toll linebacker KILLED Death Villagers - _ 5 é ' ’ , . $ € \n".split(" ")


_KEYWORD_PIECES = st.sampled_from(_keyword_pieces())
_NEAR_WINDOW = st.lists(_KEYWORD_PIECES, max_size=12).map(
    lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws))
)


@settings(max_examples=300, deadline=None)
@given(_NEAR_WINDOW)
def test_keyword_screens_never_change_a_sentence_category(text: str) -> None:
    """The first-word and word-start screens built from the declarations let every match through."""
    assert sentence_category(text, [], _runs(text)) == sentence_category(text, [])


@settings(max_examples=300, deadline=None)
@given(_NEAR_WINDOW.map(str.lower))
def test_near_people_word_sets_find_whole_words(window: str) -> None:
    """Set look-ups on letter runs find a keyword exactly where a whole-word regex of the same words does."""
    from factcheck.extraction import categories as C

    runs = C._LETTER_RUN.findall(window)
    for words, _ in C._NEAR_PEOPLE:
        whole_word = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(words)) + r")(?![a-z])")
        assert (not words.isdisjoint(runs)) == bool(whole_word.search(window))


_AFTER_SPACE = [
    "They met at 1430 hours and again at 1500 h.",
    "It happened on 20 of March, on 20\tMarch and on 20\nMarch.",
    "At 10 am, 10 a.m. and 10 pm the 3 x 10^5 cells and 5 × 10 jars were counted.",
    "He killed 20 people, 30; said 40) and 50% and 60. Then 70.",
    "The 4 of them saw 5 of the 6 hills and 1 hectare on 12 Sept.",
    "Scores of 2-0 and 89-89, 1,000 and 1,2345 and 12,345.6.7 and 3.5.",
    "About 20 000 people and 7 ½ km and 9 3/4 inches and 1 /2 of it.",
]
_FOLLOWER_WORDS = (
    "people March hours h hostages am a.m. pm p.m. PM apples amendments pieces x xenon × 10^5 , ; ) . % "
    "the km 3/4 - 2 Sept often -year-old -Year -foot-9 -0 -13 -2010 -F16"
).split(" ")
_FOLLOWERS = st.sampled_from([*_FOLLOWER_WORDS, "of", "\t", "\n"])


def _without_plain_fast_path(texts: list[str]) -> list[list]:
    from factcheck.extraction import quantities as Q

    with pytest.MonkeyPatch.context() as m:
        m.setattr(Q, "_plain_number", lambda *args: None)
        return [find_quantities(t) for t in texts]


def test_plain_number_fast_path_equals_the_master_regex() -> None:
    assert [find_quantities(t) for t in _AFTER_SPACE] == _without_plain_fast_path(_AFTER_SPACE)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["5", "20", "1430", "1,500", "3.5"]), _FOLLOWERS), max_size=6))
def test_plain_number_after_a_space_fast_path(pairs: list[tuple[str, str]]) -> None:
    text = "x " + " ".join(f"{n} {f}" for n, f in pairs)
    assert find_quantities(text) == _without_plain_fast_path([text])[0]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\f\va.", max_size=60))
def test_newline_search_finds_the_break_regex_matches(text: str) -> None:
    from factcheck.extraction import sentences as S

    assert S._breaks(text) == [m.span() for m in S._BREAK.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["5", "20", "1,500", "3.5"]), st.sampled_from(_FOLLOWER_WORDS))))
def test_plain_number_after_a_bracket_fast_path(pairs: list[tuple[str, str]]) -> None:
    # (the older path, for numbers not after a space, keeps its one known gap: "(1430 hours" is a count)
    text = "x " + " ".join(f"({n} {f}" for n, f in pairs[:6])
    assert find_quantities(text) == _without_plain_fast_path([text])[0]


@pytest.mark.parametrize("glue", ["-year-old", "-Year", "-foot-9", "-0", "-13", "-2010", "-F16", "-é", "-_x"])
@pytest.mark.parametrize("number", ["5", "20", "1430", "1,500", "3.5", "2009"])
@pytest.mark.parametrize("before", ["x ", "x (", ""])
def test_plain_number_before_a_hyphen_fast_path(before: str, number: str, glue: str) -> None:
    text = f"{before}{number}{glue} and more"
    assert find_quantities(text) == _without_plain_fast_path([text])[0]


def _glued(pieces: str, min_size: int = 0, max_size: int = 6) -> st.SearchStrategy[str]:
    """Strings made of up to ``max_size`` of the ``|``-separated ``pieces``, glued together."""
    return st.lists(st.sampled_from(pieces.split("|")), min_size=min_size, max_size=max_size).map("".join)


_UNIT_TAIL = _glued(
    " |\t|-|a|an|per|each|/|US|U.S.|day|barrel|year|people|million|Million|hundred|bn|m|K|lakh|Crore"
    "|thousand|x|é|\u212a"
)


@settings(max_examples=400, deadline=None)
@given(_UNIT_TAIL)
def test_cheap_guards_never_hide_a_match(tail: str) -> None:
    from factcheck.extraction import _numlex as L
    from factcheck.extraction import quantities as Q

    text = "5" + tail
    if L.PER_AFTER.match(text, 1, len(text)):
        assert Q._may_be_per(text, 1, len(text))
    if L.SCALE_AFTER.match(text, 1, len(text)) and text[1:2] == " ":
        assert text[2:3] in Q._SCALE_SECOND
    if L.HYPHEN_NOUN_AFTER.match(text, 1, len(text)):
        assert text.startswith("-", 1)


_ANCHOR_TEXT = st.lists(
    st.sampled_from(
        (
            "one two ten tens hundred hundreds dozen third thirds million someone often tone oneone "
            "One TEN Third 5 20 1,500 3.5 ½ ¼ ٣ 7one one7 a - _ é ' ’ , . \n \u212a \u0130"
        ).split(" ")
    ),
    max_size=14,
).map(lambda ws: "".join(w + (" " if i % 4 else "") for i, w in enumerate(ws)))


@settings(max_examples=300, deadline=None)
@given(_ANCHOR_TEXT, st.integers(0, 3))
def test_anchor_starts_from_letter_runs_equal_the_anchor_scan(text: str, start: int) -> None:
    from factcheck.extraction import _numlex as L
    from factcheck.extraction import quantities as Q

    low = text[start:].lower()
    if len(low) != len(text) - start:
        return  # extract's screen passes no letter runs for such text
    runs = re.findall("[a-z]+", low)
    expected = [m.start() + start for m in L.ANCHOR.finditer(low)]
    assert Q._anchors(text, low, start, len(text), runs) == expected
    assert find_quantities(text, start, None, runs) == find_quantities(text, start)


_DASHED = [
    "They won 9-14 and 88-72, then 2008-09 and 2013-05-02 and 1999-2003 (16-0) 45-7-2.",
    "Call 555-123-4567 or 555.123-4567 or 12.5-13 or 1,500-2,000 or 123,456-7 or 1234.5-6.",
    "Scores 9–14, 2008–09, 555–1234, 3-5 km and 10-15% and 1/2-3/4 and 7/8-9.",
]


def test_dash_fast_path_and_seen_matches_equal_the_master_regex() -> None:
    assert [find_quantities(t) for t in _DASHED] == _without_plain_fast_path(_DASHED)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["5", "20", "123", "1430", "2008", "12345", "1,500", "3.5", "123.456", "(9"]),
            st.sampled_from(["-", "–", "/", ":", "-(", " - "]),
            st.sampled_from(["14", "09", "2003", "1234", "05-02", "4567", "123-4567", "0)", "1 of"]),
        ),
        max_size=4,
    )
)
def test_dashed_numbers_fast_path(parts: list[tuple[str, str, str]]) -> None:
    text = "x " + " ".join(a + b + c for a, b, c in parts) + " people"
    assert find_quantities(text) == _without_plain_fast_path([text])[0]


_AFTER_NUMBER = _glued(
    " |\t|-|people|million|Million|MILLION|hundred|lakh|crore|thousand|billion|trillion|bn|m|mi|"
    "year-old|per|cent|square|feet|km|%|US|dollars|\u212a|\u017f|é|“|,|.|hu|tho",
    min_size=1,
    max_size=5,
)


@settings(max_examples=400, deadline=None)
@given(_AFTER_NUMBER)
def test_scale_word_precheck_never_hides_a_scale(tail: str) -> None:
    from factcheck.extraction import _numlex as L
    from factcheck.extraction import quantities as Q

    text = "5" + tail
    for e in range(1, len(text)):
        if text[e] in " -" and not Q._may_start_scale_word(text, e + 1):
            assert L.SCALE_AFTER.match(text, e, len(text)) is None


@settings(max_examples=400, deadline=None)
@given(_AFTER_NUMBER)
def test_first_unit_token_is_the_full_unit_match_first_token(tail: str) -> None:
    from factcheck.extraction import _numlex as L

    first, full = L._UTOK_FIRST.match(tail), L._UTOK.match(tail)
    assert (first is None) == (full is None)
    if first is not None:
        assert first.span(1) == full.span(1) and first.span(2) == full.span(2)


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.one_of(st.characters(), st.sampled_from([*"aZz \n", "\ud800", "é", "ß", "\u0130"])), max_size=80
    ),
    st.lists(st.integers(0, 80), max_size=6),
)
def test_screen_runs_are_the_letter_run_matches(text: str, cuts: list[int]) -> None:
    # the runs ``_screen`` gets in one pass over the document are ``_RUNS``' matches in each lower-cased span
    bounds = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    spans = [extraction.Span(a, b, 0) for a, b in pairwise(bounds) if a < b]
    screen = extraction._screen(text, spans)
    lowered = text.lower()
    if screen is not None:
        assert screen == [extraction._RUNS.findall(lowered, s.start, s.end) for s in spans]
