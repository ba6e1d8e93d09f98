"""The fetcher's limits that hold against hostile sites: one deadline for the whole fetch (a drip-feed
in the headers, in the body or in the TLS handshake cannot stretch it), and addresses only from the
allow-list of public ones (no private network reached through an IPv6 form that embeds it)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from factcheck.imports import fetch as fetch_module
from factcheck.imports.fetch import FetchError, FetchOptions, fetch, is_public_address

DEADLINE = 2.5
SLACK = 1.5  # scheduling on a busy machine; a drip-feed that held the fetch would run for a minute


class DripServer:
    """A TCP server on 127.0.0.1 that answers every connection one byte a second (for a minute at most).

    ``mode``: "headers" drips the status line and headers; "body" sends the headers at once and
    drips the body; "silent" accepts and never says anything (a TLS handshake that never ends).
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(1.0)
            if self.mode != "silent":
                try:
                    conn.recv(65536)  # the request
                except OSError:
                    return
            if self.mode == "body":
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                conn.sendall(head)
                drip = b"<p>" + b"x" * 99_000
            elif self.mode == "headers":
                drip = b"HTTP/1.1 200 OK\r\nX-Drip: " + b"a" * 100_000
            else:
                drip = b""
            for position in range(60):
                if self.stop.wait(1.0):
                    return
                if drip:
                    try:
                        conn.sendall(drip[position : position + 1])
                    except OSError:
                        return  # the client gave up, as it should

    def __enter__(self) -> DripServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(5)
        self.listener.close()


@pytest.fixture
def drip_server(request) -> Iterator[DripServer]:
    with DripServer(request.param) as server:
        yield server


def timed_fetch(url: str, **options) -> tuple[float, str]:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(url, FetchOptions(allow_private=True, **options))
    return time.monotonic() - started, str(caught.value)


@pytest.mark.parametrize("drip_server", ["headers", "body"], indirect=True)
def test_a_drip_feed_cannot_hold_the_fetch_past_its_deadline(drip_server):
    """A byte a second always beats the read timeout; only the overall deadline stops it."""
    elapsed, reason = timed_fetch(
        f"http://127.0.0.1:{drip_server.port}/", connect_timeout=2, read_timeout=2, total_timeout=DEADLINE
    )
    assert elapsed < DEADLINE + SLACK, (elapsed, reason)
    assert f"took over {DEADLINE:g} seconds" in reason


@pytest.mark.parametrize("drip_server", ["silent"], indirect=True)
def test_a_tls_handshake_that_never_ends_stops_at_the_deadline(drip_server):
    elapsed, reason = timed_fetch(
        f"https://127.0.0.1:{drip_server.port}/", connect_timeout=30, read_timeout=30, total_timeout=DEADLINE
    )
    assert elapsed < DEADLINE + SLACK, (elapsed, reason)


def test_a_slow_name_lookup_stops_at_the_deadline(monkeypatch):
    def slow_lookup(*args, **kwargs):
        time.sleep(DEADLINE + 3)
        raise OSError("too late")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", slow_lookup)
    elapsed, reason = timed_fetch("http://slow-dns.test/", total_timeout=1.0)
    assert elapsed < 1.0 + SLACK
    assert "Resolving the host 'slow-dns.test' took too long" in reason


# --- public addresses: an allow-list ---------------------------------------------------------------

NOT_PUBLIC = {
    # IPv4 special-purpose ranges (Python 3.11's is_global accepts some of them)
    "192.0.0.8": "IPv4 dummy address (192.0.0.0/24)",
    "192.0.0.9": "PCP anycast (192.0.0.0/24)",
    "192.0.0.170": "NAT64 discovery (192.0.0.0/24)",
    "192.31.196.1": "AS112-v4",
    "192.52.193.1": "AMT",
    "192.88.99.1": "6to4 relay anycast",
    "192.175.48.1": "direct delegation AS112",
    "100.64.0.1": "shared address space",
    "198.18.0.1": "benchmarking",
    "203.0.113.5": "documentation",
    "224.0.0.1": "multicast",
    "255.255.255.255": "broadcast",
    "0.0.0.0": "this network",
    "169.254.169.254": "link-local (metadata service)",
    # IPv6 forms that carry a private or loopback IPv4 address
    "::ffff:127.0.0.1": "IPv4-mapped loopback",
    "::ffff:10.0.0.1": "IPv4-mapped private",
    "::127.0.0.1": "IPv4-compatible loopback",
    "::10.1.2.3": "IPv4-compatible private",
    "::ffff:0:192.168.1.1": "IPv4-translated private",
    "64:ff9b::127.0.0.1": "NAT64 loopback",
    "64:ff9b::a9fe:a9fe": "NAT64 metadata service",
    "64:ff9b::192.0.0.8": "NAT64 of a special-purpose IPv4 address",
    "2002:7f00:1::": "6to4 loopback",
    "2002:c0a8:101::1": "6to4 private",
    "2001:0:4136:e378:8000:63bf:f5ff:fffe": "Teredo, client 10.0.0.1",
    "2001:0:0a00:0001:8000:63bf:3fff:fdd2": "Teredo, server 10.0.0.1",
    # IPv6 special-purpose ranges
    "::": "unspecified",
    "::1": "loopback",
    "64:ff9b:1::1": "local-use translation",
    "100::1": "discard-only",
    "2001:2::1": "benchmarking",
    "2001:db8::1": "documentation",
    "3fff::1": "documentation",
    "5f00::1": "SRv6 SIDs",
    "fd00::1": "unique local",
    "fe80::1": "link-local",
    "ff02::1": "multicast",
    "4000::1": "outside global unicast",
}
PUBLIC = {
    "93.184.215.14": "a public IPv4 address",
    "2606:4700::6810:84e5": "a public IPv6 address",
    "::ffff:93.184.215.14": "IPv4-mapped public",
    "64:ff9b::93.184.215.14": "NAT64 of a public address",
    "2002:5db8:d70e::1": "6to4 of a public address",
}


@pytest.mark.parametrize("address", sorted(NOT_PUBLIC), ids=lambda a: f"{a} ({NOT_PUBLIC[a]})")
def test_special_purpose_and_embedded_private_addresses_are_refused(address, monkeypatch):
    assert not is_public_address(ipaddress.ip_address(address))
    monkeypatch.setattr(
        fetch_module.socket,
        "getaddrinfo",
        lambda host, port, *a, **k: [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port))],
    )
    with pytest.raises(FetchError, match=r"Refused: news\.test resolves to a private, loopback or reserved"):
        fetch("http://news.test/", FetchOptions())


@pytest.mark.parametrize("address", sorted(PUBLIC), ids=lambda a: f"{a} ({PUBLIC[a]})")
def test_public_addresses_are_allowed(address):
    assert is_public_address(ipaddress.ip_address(address))


def test_a_literal_address_in_the_url_is_vetted_too():
    with pytest.raises(FetchError, match="Refused"):
        fetch("http://[::ffff:127.0.0.1]:9/", FetchOptions())
    with pytest.raises(FetchError, match="Refused"):
        fetch("http://192.0.0.8/", FetchOptions())
