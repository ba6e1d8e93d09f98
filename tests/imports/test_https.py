"""URL imports over HTTPS: the fetcher connects to the vetted address and checks the certificate
against the original host name (a local TLS site, with "DNS" answered by the test)."""

from __future__ import annotations

import re
import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import pytest

from factcheck.imports import fetch as fetch_module
from factcheck.imports.fetch import FetchError, FetchOptions, fetch
from tests.imports.site import LocalSite

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")

HOST = "news.test"
OPTIONS = FetchOptions(allow_private=True, connect_timeout=2.0, read_timeout=2.0)


def make_certificate(folder: Path, host: str) -> tuple[Path, Path]:
    """A self-signed certificate for ``host`` (it is its own authority) and its key."""
    cert, key = folder / f"{host}.pem", folder / f"{host}.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN={host}", "-addext", f"subjectAltName=DNS:{host}",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_site(tmp_path, monkeypatch):
    cert, key = make_certificate(tmp_path, HOST)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with LocalSite(tls=context) as site:
        port = site.server.server_address[1]

        real = socket.getaddrinfo

        def resolve(host, port_, *args, **kwargs):  # the test's DNS: every *.test name is this site
            if not str(host).endswith(".test"):
                return real(host, port_, *args, **kwargs)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

        monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
        site.cert = cert
        site.port = port
        yield site


def test_https_page_is_fetched_from_the_vetted_address_with_the_host_name(tls_site, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_site.cert))  # trust the test's certificate
    page = fetch(f"https://{HOST}:{tls_site.port}/articles/3", OPTIONS)
    assert page.url == f"https://{HOST}:{tls_site.port}/articles/3"
    assert b"Evacuation update 3" in page.html
    assert page.charset == "utf-8"


def test_https_redirects_are_followed_and_stay_verified(tls_site, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_site.cert))
    page = fetch(f"https://{HOST}:{tls_site.port}/moved", OPTIONS)
    assert page.url.endswith("/articles/7")
    assert b"Evacuation update 7" in page.html


def test_an_untrusted_certificate_is_refused(tls_site, monkeypatch, tmp_path):
    other_authority, _ = make_certificate(tmp_path, "someone-else.test")
    monkeypatch.setenv("SSL_CERT_FILE", str(other_authority))
    with pytest.raises(FetchError, match=re.escape(f"Cannot connect to {HOST}")):
        fetch(f"https://{HOST}:{tls_site.port}/articles/3", OPTIONS)


def test_a_certificate_for_another_host_name_is_refused(tls_site, monkeypatch):
    """The connection goes to the vetted IP address, but TLS still checks the name in the URL."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_site.cert))
    with pytest.raises(FetchError, match=r"Cannot connect to impostor\.test"):
        fetch(f"https://impostor.test:{tls_site.port}/articles/3", OPTIONS)
