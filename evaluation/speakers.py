"""Speaker accuracy on hand-labelled news sentences: ``python -m evaluation speakers PATH``.

PATH is a JSONL file of ``{"doc_id", "topic", "sentence", "speaker"}`` rows (``speaker`` the phrase as
written in the sentence, or null; ``tests/data/speakers/README.md`` gives the labelling convention).
Each sentence is read on its own with ``find_speaker`` (a pronoun is its own answer: "he said" is
right when the label is "he").

A prediction is right when both are none, or when the two phrases share a head: per comma-separated
part of a phrase, its last word, and its last word before a post-modifier ("of", "from", "who", a
participle …), lower-cased, possessive and end punctuation dropped. So "Jane Doe" matches "The labour
minister, Jane Doe", "Bill McAllister" matches "Her spokesman, Bill McAllister", and "the statement"
matches "the statement from the Texas Department of Criminal Justice"; but "the agency" does not match
"Head of the agency Captain Manrosan", nor "officials" "the police". The phrase is a pointer for a
reviewer: a prediction that names the same source, with more or fewer of its titles, is as useful.

Printed per set: accuracy (share of sentences right), attribution precision and recall (whether a
sentence has a speaker at all) and speaker precision and recall (a predicted speaker that is right),
for all rows and for two halves of the topics apart (the dev file holds odd topics only: 1, 5, 9, …
and 3, 7, 11, …), so a rule that fits only the topics it was written on shows as a gap.

``--articles ARTICLES.jsonl`` (the ECB+ articles the sentences came from) also scores the speakers in
context, as the app shows them (``assign_speakers`` over the whole article: pronouns resolved,
sentences inside a quotation given its speaker), against the optional ``in_context`` label (the
speaker's phrase as written where the text names it; "?" where the labeller could not tell, skipped)
or else ``speaker``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.extraction.sentences import split_sentences
from factcheck.extraction.speakers import assign_speakers, find_speaker

__all__ = ["Scores", "heads", "matches", "run", "score"]

HALVES = ("topics 1, 5, 9…", "topics 3, 7, 11…")
# Words that end a speaker's head and start a post-modifier ("a spokesman for the ministry", "an official
# who uses one name"); a lower-case word ending in -ing or -ed after the first word does too ("an official
# speaking on condition of anonymity", "a poll published by …").
_POSTMODIFIERS = frozenset(
    ["of", "for", "from", "at", "in", "on", "with", "by", "who", "which", "whose", "that", "to"]
)
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def _clean(word: str) -> str:
    word = word.replace("\u2019", "'")
    if word.lower().endswith("'s"):
        word = word[:-2]
    return _EDGE.sub("", word).lower()


def heads(phrase: str) -> frozenset[str]:
    """The words a phrase can be matched by (see the module docstring)."""
    # "Intel \u2019 s Jason Waxman": a possessive written with blanks around it is one word
    phrase = re.sub(r"\s*[\u2019']\s*s\b", "'s", phrase)
    found = set()
    for part in phrase.split(","):
        words = [w for w in part.split() if _clean(w)]
        if not words:
            continue
        found.add(_clean(words[-1]))
        for k, word in enumerate(words[1:], 1):
            if word in _POSTMODIFIERS or (word.islower() and word.endswith(("ing", "ed")) and len(word) > 4):
                found.add(_clean(words[k - 1]))
                break
    found.discard("")
    return frozenset(found)


def matches(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker phrase counts as the labelled one."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return not heads(predicted).isdisjoint(heads(gold))


@dataclass
class Scores:
    """Counts for one set of sentences."""

    rows: int = 0
    right: int = 0
    gold: int = 0  # sentences labelled with a speaker
    predicted: int = 0  # sentences given a speaker
    both: int = 0  # ... of which labelled with one too
    correct: int = 0  # ... and the right one
    errors: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def add(self, sentence: str, predicted: str | None, gold: str | None) -> None:
        ok = matches(predicted, gold)
        self.rows += 1
        self.right += ok
        self.gold += gold is not None
        self.predicted += predicted is not None
        self.both += predicted is not None and gold is not None
        self.correct += ok and gold is not None
        if not ok:
            self.errors.append((sentence, predicted, gold))

    @property
    def accuracy(self) -> float:
        return self.right / self.rows if self.rows else 0.0

    def line(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}" if b else "    -"

        return (
            f"accuracy {pct(self.right, self.rows)}% of {self.rows:3}"
            f"   attribution P {pct(self.both, self.predicted)} R {pct(self.both, self.gold)}"
            f"   speaker P {pct(self.correct, self.predicted)} R {pct(self.correct, self.gold)}"
        )


def half(topic: object) -> str:
    return HALVES[0] if int(str(topic or 0)) % 4 == 1 else HALVES[1]


def read(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: Iterable[dict], predict: Sequence[str | None], key: str = "speaker") -> dict[str, Scores]:
    """Scores for all rows and per half, predictions ``predict`` in row order."""
    scores = {"all": Scores(), HALVES[0]: Scores(), HALVES[1]: Scores()}
    for row, predicted in zip(rows, predict, strict=True):
        gold = row.get(key, row["speaker"])
        for name in ("all", half(row.get("topic"))):
            scores[name].add(row["sentence"], predicted, gold)
    return scores


def predict_alone(rows: Iterable[dict]) -> list[str | None]:
    found = []
    for row in rows:
        speaker = find_speaker(row["sentence"])
        found.append(None if speaker is None else speaker.name)
    return found


def predict_in_context(rows: Sequence[dict], articles_path: str | Path) -> list[str | None]:
    """Each row's speaker as ``assign_speakers`` gives it over the row's whole article."""
    texts = {doc["doc_id"]: doc["text"] for doc in read(articles_path)}
    per_doc: dict[str, dict[str, str | None]] = {}
    found: list[str | None] = []
    for row in rows:
        doc_id = row["doc_id"]
        if doc_id not in per_doc:
            text = texts[doc_id]
            spans = split_sentences(text)
            speakers = assign_speakers(text, spans)
            per_doc[doc_id] = {
                text[s.start : s.end]: (None if sp is None else sp.name)
                for s, sp in zip(spans, speakers, strict=True)
            }
        if row["sentence"] not in per_doc[doc_id]:
            raise ValueError(f"sentence not found in {doc_id}: {row['sentence'][:60]!r}")
        found.append(per_doc[doc_id][row["sentence"]])
    return found


def _print(title: str, scores: dict[str, Scores], show_errors: bool) -> None:
    print(title)
    for name, s in scores.items():
        print(f"  {name + ':':18} {s.line()}")
    if show_errors:
        for sentence, predicted, gold in scores["all"].errors:
            print(f"    predicted {predicted!r}, labelled {gold!r}: {sentence}")


def run(path: str, articles: str | None = None, show_errors: bool = False) -> int:
    rows = read(path)
    _print(f"speakers, each sentence alone ({path})", score(rows, predict_alone(rows)), show_errors)
    if articles:
        known = [row for row in rows if row.get("in_context") != "?"]
        _print(
            "speakers in context (assign_speakers over the article)",
            score(known, predict_in_context(known, articles), key="in_context"),
            show_errors,
        )
    return 0
