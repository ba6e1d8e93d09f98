"""``factcheck.matching.ranking``: candidates re-ranked with reasons, and figures that conflict."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from factcheck.matching.ranking import (
    FEATURES,
    WEIGHTS,
    Candidate,
    CorpusStats,
    Evidence,
    Figure,
    Strength,
    Weights,
    figures_agree,
    figures_conflict,
    figures_from_text,
    load_weights,
    pair_features,
    rank,
    search_terms,
    stored_form,
    text_candidate,
)
from factcheck.matching.text import terms

SIEGE = Candidate(
    "siege",
    "The United Nations says 250,000 people live under siege in eastern Aleppo.",
    title="Are 250,000 People Under Siege in Aleppo?",
)
DISTRACTORS = [
    Candidate(
        "aleppo-zoo", "The animals of the Aleppo zoo were moved to Turkey.", title="Aleppo Zoo Animals"
    ),
    Candidate("un-budget", "The United Nations budget was cut by a quarter.", title="UN Budget Cut"),
    Candidate("people", "People in eastern Europe live longer than they used to.", title="Longer Lives"),
    Candidate("siege-troy", "The siege of Troy lasted ten years.", title="How Long Was the Siege of Troy?"),
]


def stats_of(documents: Iterable[Candidate]) -> CorpusStats:
    """Corpus statistics as the database keeps them: terms of text and title of every document."""
    df: dict[str, int] = {}
    lengths = []
    for document in documents:
        found = terms(f"{document.text}\n{document.title}", document.language)
        lengths.append(len(found))
        for term in set(found):
            df[term] = df.get(term, 0) + 1
    return CorpusStats(n_docs=len(lengths), avg_len=sum(lengths) / len(lengths), df=df)


CORPUS = [SIEGE, *DISTRACTORS]
STATS = stats_of(CORPUS)


def keys(matches: Iterable[object]) -> list[str]:
    return [match.key for match in matches]  # type: ignore[attr-defined]


def test_a_paraphrase_beats_distractors_that_share_words() -> None:
    query = Candidate("q", "Aleppo: a quarter of a million people are besieged, the UN says #siege")
    matches = rank(query, [*DISTRACTORS, SIEGE], STATS)
    assert keys(matches)[0] == "siege"
    assert matches[0].score > matches[1].score
    assert any(reason.startswith("shared words: ") and "aleppo" in reason for reason in matches[0].reasons)


def test_the_same_figure_raises_a_score_and_says_so() -> None:
    text = "Thousands of civilians are trapped in the old city."
    with_figure = Candidate("a", text, figures=(Figure(250_000, 250_000, 250_000, "people", "population"),))
    without = Candidate("b", text, figures=(Figure(12, 12, 12, "days", "duration"),))
    query = Candidate("q", "Civilians trapped in the old city: 250,000 people")
    matches = rank(query, [without, with_figure], stats_of([with_figure, without, *DISTRACTORS]))
    assert keys(matches) == ["a", "b"]
    assert "same figure: 250,000 people" in matches[0].reasons


def test_the_same_speaker_and_category_raise_a_score() -> None:
    text = "Muslims were pushed to terrorism by inaction on climate and healthcare."
    same = Candidate("same", text, speaker="Representative Maxine Waters", category="other")
    other = Candidate("other", text, speaker="John Smith")
    query = Candidate(
        "q", "Inaction on climate and healthcare pushed them to this.", speaker="Maxine P. Waters"
    )
    matches = rank(query, [other, same], stats_of([same, *DISTRACTORS]))
    assert keys(matches) == ["same", "other"]
    assert "same speaker" in matches[0].reasons

    categorised = Candidate("cat", text, category="casualties")
    plain = Candidate("plain", text)
    query = Candidate("q", "Inaction on climate and healthcare.", category="casualties")
    matches = rank(query, [plain, categorised], stats_of([categorised, *DISTRACTORS]))
    assert keys(matches) == ["cat", "plain"]
    assert "same category" in matches[0].reasons


def test_conflicting_figures_are_flagged_in_the_reasons() -> None:
    query = Candidate("q", "275,000 people are under siege in eastern Aleppo")
    matches = rank(query, [SIEGE], STATS)
    assert "figures differ: 275,000 people vs 250,000 people" in matches[0].reasons


def test_a_known_claim_is_found_from_its_speakers_name() -> None:
    query = Candidate("q", "I never said that.", speaker="Maxine Waters")
    assert "water" in search_terms(query) and "maxin" in search_terms(query)


def test_top_ties_and_the_query_itself() -> None:
    twin_a = Candidate("a", "Aleppo under siege")
    twin_b = Candidate("b", "Aleppo under siege")
    query = Candidate("q", "Aleppo siege")
    stats = stats_of([twin_a, twin_b, *DISTRACTORS])
    assert keys(rank(query, [twin_a, twin_b], stats)) == ["a", "b"]
    assert keys(rank(query, [twin_b, twin_a], stats)) == ["b", "a"]
    assert keys(rank(query, [twin_a, twin_b], stats, top=1)) == ["a"]
    assert rank(query, [twin_a, twin_b], stats, top=0) == []
    assert rank(query, [], stats) == []
    assert keys(rank(twin_a, [twin_a, twin_b], stats)) == ["b"]


def test_a_candidate_sharing_nothing_still_gets_a_finite_score_and_no_reasons() -> None:
    matches = rank(Candidate("q", "Completely unrelated words"), [SIEGE], STATS)
    assert math.isfinite(matches[0].score)
    assert matches[0].reasons == ()


def test_an_empty_query_and_an_empty_corpus_do_not_fail() -> None:
    empty = CorpusStats(n_docs=0, avg_len=0.0, df={})
    assert keys(rank(Candidate("q", ""), [SIEGE], empty)) == ["siege"]


def test_explicit_weights_change_the_order() -> None:
    query = Candidate("q", "The siege of Aleppo")
    title_first = Weights(tuple(1.0 if name == "bm25_title" else 0.0 for name in FEATURES))
    title_last = Weights(tuple(-weight for weight in title_first.weights))
    first = keys(rank(query, [SIEGE, DISTRACTORS[0]], STATS, weights=title_first))
    assert keys(rank(query, [SIEGE, DISTRACTORS[0]], STATS, weights=title_last)) == first[::-1]


def test_shipped_weights_name_known_features_and_say_evidence_helps(tmp_path: Path) -> None:
    assert len(WEIGHTS.weights) == len(FEATURES)
    weight = dict(zip(FEATURES, WEIGHTS.weights, strict=True))
    assert weight["same_speaker"] > 0 and weight["same_figures"] > 0 and weight["same_category"] > 0
    assert weight["figure_conflict"] <= 0

    partial = tmp_path / "weights.json"
    partial.write_text(json.dumps({"features": ["bm25"], "weights": [2.0]}), encoding="utf-8")
    assert load_weights(partial).weights == tuple(2.0 if name == "bm25" else 0.0 for name in FEATURES)
    partial.write_text(json.dumps({"features": ["nonsense"], "weights": [2.0]}), encoding="utf-8")
    with pytest.raises(ValueError, match="nonsense"):
        load_weights(partial)


# --- Figures -------------------------------------------------------------------------------------------


def figure(value: float | None, low: float | None = None, high: float | None = None, **kw: str) -> Figure:
    if value is not None and low is None and high is None:
        low = high = value
    return Figure(value, low, high, kw.get("unit", "people"), kw.get("category", "population"))


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (figure(250_000), figure(275_000), True),  # 10% apart
        (figure(250_000), figure(246_000), False),  # rounding: within 5%
        (figure(250_000), figure(250_000), False),
        (figure(20, 20, None), figure(25), False),  # "more than 20" vs 25
        (figure(20, 20, None), figure(10), True),  # "more than 20" vs 10
        (figure(20, None, 20), figure(25), True),  # "less than 20" vs 25
        (figure(None, 20, 30), figure(25), False),  # "between 20 and 30" vs 25
        (figure(None, 20, 30), figure(40), True),
        (figure(None, None, None), figure(40), False),  # vague: "dozens"
        (figure(250_000), figure(275_000, unit="civilians"), True),  # both count people
        (figure(250_000), figure(275_000, category="casualties"), False),  # different things
        (
            figure(61, unit="percent", category="percentage"),
            figure(75, unit="dollar", category="percentage"),
            False,
        ),
        (
            figure(61, unit="percent", category="percentage"),
            figure(75, unit="percent", category="percentage"),
            True,
        ),
        (figure(5, unit="km", category="other"), figure(9, unit="km", category="other"), True),
        (figure(5, unit="km", category="other"), figure(9, unit="mile", category="other"), False),
        (
            figure(5, unit="", category=""),
            figure(9, unit="", category=""),
            False,
        ),  # nothing says the same thing
    ],
)
def test_figures_conflict(a: Figure, b: Figure, conflict: bool) -> None:
    assert figures_conflict(a, b) is conflict
    assert figures_conflict(b, a) is conflict


def test_figures_agree_on_the_same_number_only() -> None:
    assert figures_agree(figure(250_000), figure(250_000, unit="civilians", category="casualties"))
    assert not figures_agree(figure(250_000), figure(275_000))
    assert not figures_agree(figure(61, unit="percent"), figure(61, unit="dollar"))
    assert not figures_agree(figure(None, 20, 30), figure(None, 20, 30))


def test_figures_from_text_skip_dates_ordinals_and_identifiers() -> None:
    found = figures_from_text(
        "In 2016, for the 3rd time, 250,000 people fled; call 555-0100. Unemployment is 5%."
    )
    assert (250_000.0, "people") in [(f.value, f.unit) for f in found]
    assert (5.0, "percent") in [(f.value, f.unit) for f in found]
    assert all(f.value not in (2016.0, 3.0) for f in found)
    assert figures_from_text("") == ()


def test_matching_imports_no_django() -> None:
    code = (
        "import sys, factcheck.matching.ranking, factcheck.matching.text; "
        "sys.exit(any(m.split('.')[0] in ('django', 'numpy') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_several_figures_of_one_kind_conflict_only_where_none_can_be_the_same() -> None:
    claim = Candidate("polls", "Omar is polling at 8 percent and Cortez at 21 percent.")
    stats = stats_of([claim, *DISTRACTORS])
    same = rank(Candidate("q", "Omar is polling at 8%, Cortez at 21%."), [claim], stats)[0]
    assert "same figure: 8%" in same.reasons and "same figure: 21%" in same.reasons
    assert not any(reason.startswith("figures differ") for reason in same.reasons)
    other = rank(Candidate("q", "Omar is polling at 30%."), [claim], stats)[0]
    assert "figures differ: 30% vs 8%" in other.reasons


@pytest.mark.parametrize(
    ("evidence", "strength"),
    [
        (Evidence(shared=("people", "living", "siege", "city"), conflicts=("275,000 vs 250,000",)), "strong"),
        (
            Evidence(shared=("eastern", "people", "siege", "living"), same_figures=("275,000 people",)),
            "strong",
        ),
        (Evidence(shared=("countryside", "hama", "near", "rebels")), "good"),
        (Evidence(shared=("russian",), same_speaker=True, phrases=("syrian army",)), "good"),
        (Evidence(shared=("russian", "syrian")), "weak"),
        (Evidence(shared=("said",), speaker_named="Maxine Waters"), "weak"),
        (Evidence(), "weak"),
    ],
)
def test_a_matchs_strength_counts_what_the_two_texts_share(evidence: Evidence, strength: str) -> None:
    assert evidence.strength == strength


def test_ten_shared_words_count_as_five_so_that_a_long_sentence_alone_is_not_the_same_claim() -> None:
    many = tuple(f"word{i}" for i in range(10))
    assert Evidence(shared=many).strength == Strength.GOOD
    assert Evidence(shared=many, same_figures=("250,000 people",)).strength == Strength.STRONG


def test_a_match_carries_its_evidence_as_data() -> None:
    query = Candidate("q", "275,000 people are under siege in eastern Aleppo", speaker="Jan Egeland")
    siege = Candidate(SIEGE.key, SIEGE.text, title=SIEGE.title, speaker="Jan Egeland")
    [match] = rank(query, [siege], STATS, top=1)
    assert match.evidence.conflicts == ("275,000 people vs 250,000 people",)
    assert match.evidence.same_speaker
    assert {"siege", "aleppo"} <= set(match.evidence.shared)
    assert match.strength == Strength.STRONG


# Texts that test what a stored form must keep: names inside a text (not its first word), a text mostly
# in capitals (names nothing), numbers, repeated words and bigrams, tags and links, another language, a
# title, a text longer than the tokeniser reads.
STORED_CASES = [
    *CORPUS,
    Candidate("caps", "BREAKING: ALEPPO UNDER SIEGE, 250,000 PEOPLE TRAPPED says the UN"),
    Candidate(
        "tags", "RT @realDonaldTrump: #StopTheSiege in Aleppo now!! https://t.co/xyz 1.5 million people"
    ),
    Candidate("repeat", "Siege after siege: Aleppo under siege, Aleppo again, 10% of 250 000 people."),
    Candidate("title-only-words", "", title="Aleppo Siege"),
    Candidate("fr", "Le siège d'Alep: 250 000 personnes selon l'ONU.", title="Alep assiégée", language="fr"),
    Candidate("long", "The siege of Aleppo by Damascus goes on. " * 80, title="Aleppo"),
    Candidate("speaker", "Aleppo is under siege.", speaker="Jan Egeland", category="casualties"),
]


@pytest.mark.parametrize("candidate", STORED_CASES, ids=lambda candidate: candidate.key)
def test_a_stored_form_ranks_as_the_texts_do(candidate: Candidate) -> None:
    """An index entry's stored words (``Candidate.stored``) give every feature, score and reason that
    reading its text and title gives: a search tokenises no candidate and ranks the same."""
    stored = dataclasses.replace(
        candidate, stored=stored_form(candidate.text, candidate.title, candidate.language)
    )
    stats = stats_of([*STORED_CASES, *DISTRACTORS])
    for query in (
        Candidate("q", "Aleppo: 250,000 people under siege, says the UN's Jan Egeland #siege"),
        Candidate("q", "Le siège d'Alep, 250 000 personnes", speaker="ONU", language="fr"),
        Candidate("q", "SIEGE OF ALEPPO Damascus"),
    ):
        assert pair_features(query, [stored], stats) == pair_features(query, [candidate], stats)
        assert rank(query, [stored, *DISTRACTORS], stats) == rank(query, [candidate, *DISTRACTORS], stats)


def test_a_stored_form_keeps_the_texts_terms_and_its_names() -> None:
    stored = stored_form("Officials of the UN say Aleppo is under siege.", "Is Aleppo Besieged?")
    assert stored.text == tuple(terms("Officials of the UN say Aleppo is under siege."))
    assert stored.title == ("aleppo", "besieg")
    assert stored.named == {"un", "aleppo"}
    assert stored_form("ALEPPO UNDER SIEGE SAYS UN").named == frozenset()


def test_a_text_from_outside_is_described_as_a_stored_claim_is() -> None:
    tweet = (
        "Our inaction pushed 250,000 people to this. pic.twitter.com/x "
        "\u2014 Maxine P. Waters (@MaxineVVaters) June 3, 2017"
    )
    query = text_candidate("q", tweet)
    assert query.speaker == "Maxine P. Waters"  # the name signing the pasted tweet
    assert query.text == tweet  # the signature stays: its handle and date are evidence too
    assert [figure.value for figure in query.figures or ()] == [250_000]
    said = text_candidate("q", "More than 20 villages were seized, the defence ministry said.")
    assert said.speaker == "the defence ministry"  # the extractor's, without a signature
    assert said.category == "territory"
    assert text_candidate("q", "Nothing here at all.") == Candidate(
        "q", "Nothing here at all.", figures=(), language="en"
    )
