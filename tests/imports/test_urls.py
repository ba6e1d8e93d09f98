"""URL imports from a local web site: good pages, timeouts, 404, not HTML, redirects, size, private hosts."""

from __future__ import annotations

import socket

import pytest

from factcheck.imports.fetch import FetchError, FetchOptions, fetch
from factcheck.imports.services import import_job_create
from factcheck.models import Article, ImportItem, ImportJob

pytestmark = pytest.mark.django_db


def run_urls(*urls: str) -> tuple[ImportJob, dict[str, str]]:
    job = import_job_create(sources=[{"kind": "url", "value": url} for url in urls])
    job.refresh_from_db()
    reasons = dict(job.items.filter(status=ImportItem.Status.FAILED).values_list("name", "error"))
    return job, reasons


def test_url_batch_imports_good_pages_and_explains_each_bad_one(local_site, settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 100_000
    good = [local_site.url(f"/articles/{n}") for n in (1, 2)]
    bad = {
        local_site.url("/slow"): "did not answer within 1 seconds",
        local_site.url("/missing"): "The site answered 404 Not Found.",
        local_site.url("/doc.pdf"): "returned application/pdf, not an HTML page",
        local_site.url("/loop"): "More than 5 redirects.",
        local_site.url("/big"): "over the 100,000-byte limit",
        local_site.url("/empty"): "No article text found",
    }
    job, reasons = run_urls(*good, *bad, local_site.url("/moved"))
    assert reasons.keys() == bad.keys()
    for url, words in bad.items():
        assert words in reasons[url], (url, reasons[url])
    assert job.status == ImportJob.Status.PARTIALLY_FAILED
    assert (job.imported_count, job.failed_count) == (3, len(bad))
    article = Article.objects.get(title="Evacuation update 1")
    assert article.source_url == good[0]
    assert article.canonical_url == good[0]
    assert article.author == "Sam Reporter"
    assert "<" not in article.body and "alert" not in article.body and "Copyright" not in article.body
    assert article.body.startswith("The governor said 101 families were evacuated")
    # A redirect stores the page it landed on.
    assert Article.objects.get(title="Evacuation update 7").source_url == local_site.url("/articles/7")


def test_same_url_twice_is_a_duplicate(local_site):
    url = local_site.url("/articles/3")
    run_urls(url)
    job, _ = run_urls(url.replace("http://", "HTTP://") + "#comments")
    assert (job.imported_count, job.duplicate_count) == (0, 1)
    assert Article.objects.count() == 1


def test_private_and_loopback_addresses_are_refused_by_default(settings):
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = False
    job, reasons = run_urls(
        "http://127.0.0.1:9/x", "http://[::1]:9/x", "http://10.1.2.3/x", "http://169.254.169.254/"
    )
    assert job.status == ImportJob.Status.FAILED
    assert all(
        "Refused" in reason and "private, loopback or reserved" in reason for reason in reasons.values()
    )
    assert len(reasons) == 4


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "http:///x"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(url, FetchOptions(allow_private=True))


def test_unresolvable_host_is_explained():
    with pytest.raises(FetchError, match="Cannot resolve the host"):
        fetch("http://no-such-host.invalid/", FetchOptions())


def test_redirect_to_a_private_address_is_refused(local_site):
    """Each redirect hop is vetted again: a public page cannot bounce the fetch inward."""
    from unittest import mock

    from factcheck.imports import fetch as fetch_module

    real = fetch_module._vetted_address
    calls = []

    def vetted(host, port, *, allow_private):
        calls.append(host)
        # The first hop passes as if public; the redirect target is checked strictly.
        return real(host, port, allow_private=len(calls) == 1)

    with (
        mock.patch.object(fetch_module, "_vetted_address", vetted),
        pytest.raises(FetchError, match="Refused"),
    ):
        fetch(local_site.url("/moved"), FetchOptions(allow_private=False))
    assert len(calls) == 2


def test_a_refused_connection_is_not_called_a_timeout():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"Cannot connect to 127\.0\.0\.1"):
        fetch(f"http://127.0.0.1:{port}/", FetchOptions(allow_private=True, connect_timeout=2.0))
