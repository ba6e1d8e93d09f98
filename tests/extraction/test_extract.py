"""The public ``extract``: shape of the result, invariants, and a property test on arbitrary text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck.extraction as extraction
from factcheck.extraction import Category, Quantity, QuantityKind, Sentence, Speaker, extract

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afe4df272759aabc.txt"


def check_offsets(text: str, sentences: list[Sentence]) -> None:
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end
        assert 0.0 <= s.checkworthiness <= 1.0
        assert isinstance(s.is_claim, bool)
        assert isinstance(s.category, Category)
        if s.speaker is not None:
            assert text[s.speaker.start : s.speaker.end] == s.speaker.name
        for q in s.quantities:
            assert text[q.start : q.end] == q.surface
            assert s.start <= q.start < q.end <= s.end


def test_public_api_exports_the_dataclasses() -> None:
    assert set(extraction.__all__) >= {
        "extract",
        "Sentence",
        "Speaker",
        "Quantity",
        "Category",
        "QuantityKind",
    }
    assert Speaker("x", 0, 1).to_dict() == {"name": "x", "start": 0, "end": 1}
    assert QuantityKind.CARDINAL == "cardinal"


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = extract(text)
    check_offsets(text, sentences)
    assert len(sentences) == 19
    by_text = {s.text: s for s in sentences}
    peskov = next(s for s in sentences if s.text.startswith("Kremlin spokesman"))
    assert peskov.speaker is not None and peskov.speaker.name == "Kremlin spokesman Dmitry Peskov"
    assert any("250,000" in q.surface for s in by_text.values() for q in s.quantities)
    assert sum(s.is_claim for s in sentences) >= 3


def test_quantities_and_speaker_use_offsets_into_the_whole_text() -> None:
    text = "Intro line here.\n\nThe ministry said 30 people were killed."
    (intro, claim) = extract(text)
    assert intro.quantities == []
    assert claim.speaker == Speaker("The ministry", 18, 30)
    assert [text[q.start : q.end] for q in claim.quantities] == [q.surface for q in claim.quantities]


def test_empty_and_non_string_input_give_no_sentences() -> None:
    assert extract("") == []
    assert extract("   \n\n ") == []
    assert extract(None) == []  # type: ignore[arg-type]


def test_a_failing_component_does_not_lose_the_document(monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> list[Quantity]:
        raise RuntimeError("bug in a rule")

    monkeypatch.setattr(extraction, "_find_quantities", broken)
    monkeypatch.setattr(extraction, "assign_speakers", broken)
    sentences = extract("The fire destroyed 40 homes. Police said two people died.")
    assert [s.text for s in sentences] == ["The fire destroyed 40 homes.", "Police said two people died."]
    assert all(s.quantities == [] and s.speaker is None for s in sentences)


_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(
        list(".!?…\"'“”\u2018\u2019()-\u2013—,;:$%€£\n\n\r\t\x00\x0b\x0c\u2028\u2029 0123456789")
    ),
)
_WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "said",
        "Peskov",
        "according to",
        "1.5",
        "250,000",
        "more than",
        "20",
        "villages",
        "killed",
        "10^400",
        "9" * 60,
        "1e308",
        "-0",
        "½",
        "٣",
        "NaN",
        "inf",
        "million",
        "%",
        "$",
        "\u201c",
        "\u201d",
        "He",
        "said.",
        "MOSCOW (Reuters) -",
        "No.",
        "Sept.",
        "J.",
        "\n\n",
        "\n",
    ]
)
_TEXT = st.one_of(
    st.text(_ALPHABET, max_size=300),
    st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extract_never_raises_and_offsets_slice_back(text: str) -> None:
    check_offsets(text, extract(text))
