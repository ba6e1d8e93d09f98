# ruff: noqa: RUF001  (Cyrillic on purpose)
"""An article's language at import: the source's when it gives one, else detected from the text; its
figures are read in that language, and one whose figures the extractor does not read gets a note."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import prepare_article, write_article
from factcheck.models import Quantity

GERMAN = (
    "Hochwasser in Bayern\n\n"
    "Bei den Überschwemmungen in Bayern sind mindestens 250.000 Menschen obdachlos geworden, teilte das "
    "Innenministerium am Dienstag mit. Der Bund stellt 84,7 Millionen Euro für den Wiederaufbau bereit."
)
SPANISH = (
    "Inundaciones en Valencia\n\n"
    "Al menos 84 personas murieron en las inundaciones, según informó el Gobierno. La inflación se situó "
    "en el 4,2% en octubre."
)
FRENCH = (
    "Inondations dans le sud\n\n"
    "Plus de 1 500 soldats ont été déployés dans la région sinistrée, a annoncé mardi le ministère des "
    "Armées. Le déficit atteindra 5,5 % du PIB."
)
RUSSIAN = "Наводнение\n\nПо данным министерства, в результате наводнения погибли не менее 30 человек."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (GERMAN, "de", [250000, 84.7e6]),
        (SPANISH, "es", [84, 4.2]),
        (FRENCH, "fr", [1500, 5.5]),
    ],
)
def test_an_article_without_a_language_gets_the_detected_one_and_its_figures(text, language, values):
    record = record_from_text(text)
    assert record.language == ""  # the source said nothing
    article = write_article(record).article
    assert article is not None and article.language == language
    stored = list(
        Quantity.objects.filter(claim__article=article, kind__in=["cardinal", "money", "percent"])
        .order_by("claim__index", "start")
        .values_list("value", flat=True)
    )
    assert stored == pytest.approx(values)


def test_the_source_language_is_kept_and_used():
    record = dataclasses.replace(record_from_text(GERMAN), language="de-AT")
    prepared = prepare_article(record)
    assert prepared.record.language == "de-AT"
    assert [q.value for s in prepared.sentences for q in s.quantities if q.kind == "cardinal"] == [250000]


def test_a_language_whose_figures_are_not_read_is_noted():
    prepared = prepare_article(record_from_text(RUSSIAN))
    assert prepared.record.language == "ru"
    assert all(s.quantities == [] for s in prepared.sentences)
    assert any("not read in this language (ru)" in note for note in prepared.notes)
