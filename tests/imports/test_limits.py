"""Bounded work per article: claims per article, figures per claim and per article, the article's size.

Each limit that bites is said on the import item (``notes``), shown in the API's job detail and in the
admin; nothing is cut silently. Sizes here are a few MB at most and nothing is timed: the counts are
what is asserted (``bench/pathological_imports.py`` measures time and memory).
"""

from __future__ import annotations

import pytest
from django.db.models import Count
from django.urls import reverse
from rest_framework.test import APIClient

from factcheck.imports.records import ArticleRecord, Limits
from factcheck.imports.services import import_job_create
from factcheck.imports.writer import cut_text, prepare_article
from factcheck.models import Article, ImportItem, ImportJob, Quantity
from tests.factories import UserFactory
from tests.imports.pathological import many_sentences_text, number_heavy_text, number_heavy_zip

pytestmark = pytest.mark.django_db


def run_import(path) -> ImportJob:
    job = import_job_create(sources=[{"kind": "path", "value": str(path)}])
    job.refresh_from_db()
    return job


def figures_per_claim(article: Article) -> list[int]:
    return list(article.claims.annotate(n=Count("quantities")).values_list("n", flat=True))


def test_a_zip_of_huge_number_heavy_runs_keeps_claims_and_figures_within_the_limits(tmp_path, settings):
    """The probe's case, scaled down: text files of one endless "sentence" full of figures. The run is
    split into pieces no longer than a sentence may be; the pieces are kept (their figures too, up to
    the limits) but are not offered as claims, so a figure dump does not top the queue."""
    assert settings.FACTCHECK_MAX_SENTENCE_CHARS == 2000  # the defaults
    assert settings.FACTCHECK_MAX_FIGURES_PER_CLAIM == 100
    settings.FACTCHECK_MAX_FIGURES_PER_ARTICLE = 5000
    archive = tmp_path / "figures.zip"
    archive.write_bytes(number_heavy_zip(members=2, member_size=300_000))
    job = run_import(archive)
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 2)
    for item in job.items.order_by("position"):
        article = item.article
        assert article is not None
        assert len(article.body) > 290_000  # the text is stored whole
        assert article.title.startswith("Figures ")  # the first line, as for any plain-text file
        pieces = list(article.claims.order_by("index"))
        assert 150 <= len(pieces) <= 2 * 300_000 / 2000 + 1
        assert max(len(piece.text) for piece in pieces) <= 2000
        assert {(piece.is_claim, piece.checkworthiness) for piece in pieces} == {(False, 0.0)}
        # the pieces cover the run but for the blanks between them
        assert "".join(piece.text for piece in pieces).replace(" ", "") == article.body.replace(" ", "")
        assert max(figures_per_claim(article)) <= 100
        assert sum(figures_per_claim(article)) == 5000
        assert item.notes[-1].startswith("Figures stop at 5,000 for the article (the limit per article): ")
    assert Quantity.objects.count() == 10_000


def test_the_longest_claim_is_a_setting(tmp_path, settings):
    settings.FACTCHECK_MAX_SENTENCE_CHARS = 300
    (tmp_path / "run.txt").write_text(number_heavy_text(1000))
    job = run_import(tmp_path / "run.txt")
    claims = job.items.get().article.claims.order_by("index")
    assert 4 <= claims.count() <= 2 * 1000 / 300 + 1
    assert max(len(claim.text) for claim in claims) <= 300


def test_claims_per_article_are_capped_and_the_item_says_so(tmp_path, settings):
    settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = 40
    (tmp_path / "long.txt").write_text(many_sentences_text(55))
    job = run_import(tmp_path / "long.txt")
    item = job.items.get()
    assert item.article.claims.count() == 40
    assert item.article.body.rstrip().endswith("Officials said 542 homes were damaged.")
    assert item.notes == [
        "Only the first 40 of 55 sentences kept as claims (the limit per article); "
        "the article text is stored whole."
    ]


def test_figures_per_article_are_capped_and_the_item_says_so(tmp_path, settings):
    settings.FACTCHECK_MAX_FIGURES_PER_CLAIM = 2
    settings.FACTCHECK_MAX_FIGURES_PER_ARTICLE = 15
    (tmp_path / "dense.txt").write_text(many_sentences_text(10, figures_each=3))
    job = run_import(tmp_path / "dense.txt")
    item = job.items.get()
    assert figures_per_claim(item.article) == [2, 2, 2, 2, 2, 2, 2, 1, 0, 0]
    assert item.notes == [
        "Only the first 2 figures kept in 10 sentences (the limit per claim): 10 figures left out.",
        "Figures stop at 15 for the article (the limit per article): 5 more figures in later sentences "
        "left out.",
    ]


def test_an_article_over_the_size_limit_is_cut_and_the_item_says_so(tmp_path, settings):
    """The file is within the limit as bytes, but its Latin-1 text takes twice the room in UTF-8."""
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 3000
    words = " ".join(["Café crème éclair"] * 150)  # 150 x 17 characters, 150 x 20 bytes in UTF-8
    (tmp_path / "latin.txt").write_bytes(f"Menu\n\n{words}. The café sold 300 éclairs.".encode("latin-1"))
    job = run_import(tmp_path / "latin.txt")
    item = job.items.get()
    assert job.status == ImportJob.Status.SUCCEEDED
    assert 2900 < len(item.article.body.encode()) <= 3000
    assert item.article.body.split()[-1] in {"Café", "crème", "éclair"}  # ended at a word, not inside one
    assert len(item.notes) == 1
    assert item.notes[0].startswith("Article cut at 2.93 KB (the size limit): the last ")


def test_cut_text_keeps_whole_characters():
    text, note = cut_text("ab€" * 10, 7)  # "€" is three bytes
    assert text == "ab€ab"[: len(text)] and len(text.encode()) <= 7
    assert note is not None
    assert cut_text("short", 100) == ("short", None)


def test_limits_come_from_the_arguments_when_given():
    record = ArticleRecord(title="T", text=number_heavy_text(5000))
    limits = Limits(max_figures_per_claim=3, max_claims_per_article=5, max_sentence_chars=10_000)
    prepared = prepare_article(record, limits=limits)
    assert [len(s.quantities) for s in prepared.sentences] == [1, 3]  # "Figures 0", the endless sentence
    assert prepared.notes and "Only the first 3 figures kept in 1 sentence" in prepared.notes[0]
    pieces = prepare_article(record, limits=Limits(max_sentence_chars=1000)).sentences[1:]
    assert 5 <= len(pieces) <= 11 and max(len(s.text) for s in pieces) <= 1000


def test_sentences_past_the_claims_limit_are_not_analysed():
    """Only the sentences kept are analysed: the rest of the text is split to count them, no more."""
    record = ArticleRecord(title="T", text=many_sentences_text(30))
    prepared = prepare_article(record, limits=Limits(max_claims_per_article=7))
    assert [s.index for s in prepared.sentences] == list(range(7))
    assert prepared.notes == [
        "Only the first 7 of 31 sentences kept as claims (the limit per article); "
        "the article text is stored whole."
    ]
    exactly = ArticleRecord(title="T", text=many_sentences_text(6))  # 7 sentences with the heading
    assert prepare_article(exactly, limits=Limits(max_claims_per_article=7)).notes == []


def test_notes_are_shown_in_the_job_detail_and_the_admin(tmp_path, settings, client):
    settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = 3
    (tmp_path / "a.txt").write_text(many_sentences_text(5))
    (tmp_path / "b.txt").write_text("Short\n\nThe mayor said 12 people died.")
    job = run_import(tmp_path)
    user = UserFactory(is_staff=True, is_superuser=True)
    api = APIClient()
    api.force_authenticate(user)
    detail = api.get(f"/api/v1/imports/{job.pk}/").json()
    note = (
        "Only the first 3 of 5 sentences kept as claims (the limit per article); "
        "the article text is stored whole."
    )
    assert detail["notes"] == [{"item": str(tmp_path / "a.txt"), "status": "imported", "notes": [note]}]
    client.force_login(user)
    page = client.get(reverse("admin:factcheck_importjob_change", args=[job.pk])).content.decode()
    assert "Per-item notes" in page and note in page
    item = ImportItem.objects.get(name=str(tmp_path / "a.txt"))
    item_page = client.get(reverse("admin:factcheck_importitem_change", args=[item.pk])).content.decode()
    assert note in item_page


def test_the_import_command_prints_the_notes(tmp_path, settings, capsys):
    from django.core.management import call_command

    settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = 3
    (tmp_path / "a.txt").write_text(many_sentences_text(5))
    call_command("import_articles", str(tmp_path), "--wait", "--timeout", "60")
    out = capsys.readouterr().out
    assert f"  note, {tmp_path / 'a.txt'}: Only the first 3 of 5 sentences kept as claims" in out


def test_the_limits_defaults_are_the_settings_defaults_and_the_extractors(settings):
    """One default per limit: ``Limits()`` (where Django is not), the settings and the extractor agree."""
    from factcheck import extraction
    from factcheck.imports.writer import limits_from_settings

    assert limits_from_settings() == Limits()  # the test settings leave every limit at its default
    assert Limits().max_sentence_chars == extraction.MAX_SENTENCE_CHARS
