"""Fetch one web page safely: http(s) only, public addresses only, time and size limits.

The host is resolved once, every address is vetted, and the connection goes to the vetted
address (with the original host name for the Host header and TLS), so a DNS answer that
changes between check and connect cannot reach an internal service. Redirects are followed
by hand and each hop is vetted again.

Public means an allow-list: an IPv4 address outside every IANA special-purpose range, an IPv6
address in global unicast space (2000::/3) outside every special-purpose range; the forms that carry
an IPv4 address (IPv4-mapped and -compatible, NAT64, 6to4, Teredo) are judged by that address.

One deadline (``total_timeout``) holds for the whole fetch, redirects included: resolving the host,
connecting, the TLS handshake, the headers and the body. Every socket read waits at most until the
deadline (and at most ``read_timeout``), so a site that drip-feeds a byte at a time cannot hold a
worker longer than the deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3 import HTTPHeaderDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.ssl_ import create_urllib3_context

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 5
USER_AGENT = "factcheck-importer/1.0 (+https://github.com/factcheck)"
# Bytes asked of the body per read: small, so the deadline is looked at often.
READ_SIZE = 16 * 1024


class FetchError(ValueError):
    """The page cannot be imported; the message says why in plain words."""


@dataclass(slots=True, frozen=True)
class FetchOptions:
    allow_private: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024


@dataclass(slots=True)
class Page:
    url: str
    html: bytes
    charset: str | None


# --- Which addresses are public ------------------------------------------------------------------

# The IANA IPv4 Special-Purpose Address Registry (every entry, reachable or not: no news site is
# served from a benchmark, documentation, AS112 or relay range), plus multicast and broadcast.
SPECIAL_IPV4 = tuple(
    ipaddress.IPv4Network(network)
    for network in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",  # private
        "100.64.0.0/10",  # shared address space (carrier-grade NAT)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local (cloud metadata services)
        "172.16.0.0/12",  # private
        "192.0.0.0/24",  # IETF protocol assignments (192.0.0.8, 192.0.0.170, ...)
        "192.0.2.0/24",  # documentation
        "192.31.196.0/24",  # AS112-v4
        "192.52.193.0/24",  # AMT
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",  # private
        "192.175.48.0/24",  # direct delegation AS112
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation
        "203.0.113.0/24",  # documentation
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved
        "255.255.255.255/32",  # limited broadcast
    )
)
# The IANA IPv6 Special-Purpose Address Registry, less the forms judged by their IPv4 address.
SPECIAL_IPV6 = tuple(
    ipaddress.IPv6Network(network)
    for network in (
        "::/128",  # unspecified
        "::1/128",  # loopback
        "64:ff9b:1::/48",  # local-use IPv4/IPv6 translation
        "100::/64",  # discard-only
        "100:0:0:1::/64",  # dummy prefix
        "2001::/23",  # IETF protocol assignments (Teredo is judged by its IPv4 addresses first)
        "2001:db8::/32",  # documentation
        "2620:4f:8000::/48",  # direct delegation AS112
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing (SRv6) SIDs
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
)
GLOBAL_UNICAST_IPV6 = ipaddress.IPv6Network("2000::/3")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address] | None:
    """The IPv4 addresses an IPv6 address stands for (mapped, translated, NAT64, 6to4, Teredo,
    IPv4-compatible), or None when it carries none."""
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip in _NAT64 or ip in _IPV4_TRANSLATED:
        return [low32]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        server, client = ip.teredo
        return [server, client]
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:  # "::" and "::1" are themselves special
        return [low32]
    return None


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether a page may be fetched from ``ip``: only addresses on the allow-list of public ones."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return False
        embedded = embedded_ipv4(ip)
        if embedded is not None:
            return all(is_public_address(address) for address in embedded)
        return (
            ip in GLOBAL_UNICAST_IPV6 and not any(ip in network for network in SPECIAL_IPV6) and ip.is_global
        )
    return not any(ip in network for network in SPECIAL_IPV4) and ip.is_global


def _resolve(host: str, port: int) -> list[str]:
    """The host's addresses; a literal address as is, a name resolved before the fetch's deadline."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    found: dict[str, object] = {}

    def resolve() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            found["error"] = error

    # getaddrinfo cannot be interrupted: it runs aside, and the fetch stops waiting at the deadline.
    remaining = _remaining()
    timeout = 30.0 if remaining is None else max(0.0, remaining)
    resolver = threading.Thread(target=resolve, name="factcheck-resolve", daemon=True)
    resolver.start()
    resolver.join(timeout)
    if resolver.is_alive():
        raise FetchError(f"Resolving the host {host!r} took too long (over {timeout:.3g} seconds).")
    if "error" in found:
        raise FetchError(f"Cannot resolve the host {host!r}.") from found["error"]  # type: ignore[misc]
    infos = found["infos"]
    assert isinstance(infos, list)
    return [str(info[4][0]) for info in infos]  # an IP address (a str for IPv4 and IPv6)


def _vetted_address(host: str, port: int, *, allow_private: bool) -> str:
    addresses = _resolve(host, port)
    if not addresses:
        raise FetchError(f"Cannot resolve the host {host!r}.")
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if not is_public_address(ip):
                raise FetchError(
                    f"Refused: {host} resolves to a private, loopback or reserved address ({ip})."
                )
    return addresses[0]


def vet_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse (``FetchError``) what ``fetch`` would refuse before connecting: a scheme other than http(s),
    or a host that resolves to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise FetchError("Only http and https addresses can be imported.")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError("The address has an invalid port.") from None
    _vetted_address(parts.hostname, port, allow_private=allow_private)


# --- Sockets that keep the deadline --------------------------------------------------------------

_limits = threading.local()  # the current fetch's deadline and read timeout (one fetch per thread)


class _DeadlinePassed(TimeoutError):
    """The fetch's overall deadline has passed (a ``socket.timeout``, so urllib3 maps it to a timeout)."""


def _remaining() -> float | None:
    deadline = getattr(_limits, "deadline", None)
    return None if deadline is None else deadline - time.monotonic()


def _bound_read(sock: socket.socket) -> None:
    """Before each read: wait at most the read timeout, and never past the deadline."""
    remaining = _remaining()
    if remaining is None:
        return
    if remaining <= 0:
        raise _DeadlinePassed("the fetch's time is up")
    sock.settimeout(min(getattr(_limits, "read_timeout", remaining), remaining))


class _DeadlineSocket(socket.socket):
    __slots__ = ()

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        _bound_read(self)
        return super().recv(bufsize, flags)

    def recv_into(self, buffer, nbytes: int = 0, flags: int = 0) -> int:
        _bound_read(self)
        return super().recv_into(buffer, nbytes, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        _bound_read(self)
        return super().recv(buflen, flags)

    def recv_into(self, buffer, nbytes: int | None = None, flags: int = 0) -> int:
        _bound_read(self)
        return super().recv_into(buffer, nbytes, flags)


def _connect(connection: HTTPConnection) -> socket.socket:
    """A TCP connection to the vetted address within the connect timeout and the deadline."""
    host, port = connection._dns_host, connection.port
    remaining = _remaining()
    timeout = connection.timeout if isinstance(connection.timeout, int | float) else None
    if remaining is not None:
        if remaining <= 0:
            raise ConnectTimeoutError(connection, f"Connection to {host} timed out (no time left).")
        timeout = remaining if timeout is None else min(timeout, remaining)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = _DeadlineSocket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(timeout)  # TLS applies it to the whole handshake
        sock.connect((host, port))
    except TimeoutError as error:
        sock.close()
        raise ConnectTimeoutError(connection, f"Connection to {host} timed out.") from error
    except OSError as error:
        sock.close()
        raise NewConnectionError(connection, f"Failed to establish a new connection: {error}") from error
    return sock


class _HTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        return _connect(self)


class _HTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        return _connect(self)


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


def _tls_context() -> ssl.SSLContext:
    """urllib3's defaults and the system's trusted authorities; reads keep the deadline."""
    context = create_urllib3_context()
    context.load_default_certs()
    context.hostname_checks_common_name = False
    context.sslsocket_class = _DeadlineSSLSocket
    return context


def fetch(url: str, options: FetchOptions | None = None) -> Page:
    """The page at ``url`` (after redirects), within ``options``; ``FetchError`` says why not."""
    response = request(
        "GET", url, headers={"Accept": "text/html,*/*;q=0.1"}, options=options, inspect=_html_page
    )
    charset = None
    for parameter in response.headers.get("Content-Type", "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return Page(url=response.url, html=response.body, charset=charset)


def _html_page(status: int, headers) -> None:
    if status >= 400:
        raise FetchError(f"The site answered {status} {status_phrase(status)}.")
    media_type = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media_type not in HTML_TYPES:
        raise FetchError(f"The address returned {media_type or 'no content type'}, not an HTML page.")


def status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    headers: HTTPHeaderDict  # case-insensitive
    body: bytes  # at most ``max_bytes`` (cut there with ``truncate``)


def request(
    method: str,
    url: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    options: FetchOptions | None = None,
    follow_redirects: bool = True,
    truncate: bool = False,
    inspect: Callable[[int, Any], None] | None = None,
) -> Response:
    """One HTTP exchange under the same rules as page imports: vetted addresses, one deadline, a size
    limit. ``inspect(status, headers)`` may refuse the response before its body is read; over
    ``max_bytes`` the body is an error, or cut there with ``truncate``. Only GET follows redirects."""
    options = options or FetchOptions()
    _limits.deadline = time.monotonic() + options.total_timeout
    _limits.read_timeout = options.read_timeout
    try:
        return _request(method, url, body, headers or {}, options, follow_redirects, truncate, inspect)
    finally:
        _limits.deadline = _limits.read_timeout = None


def _timed_out(options: FetchOptions) -> FetchError:
    remaining = _remaining()
    if remaining is not None and remaining <= 0.05:
        return FetchError(f"The site took over {options.total_timeout:g} seconds to send the page.")
    return FetchError(f"The site did not answer within {options.read_timeout:g} seconds.")


def _request(method, url, body, headers, options, follow_redirects, truncate, inspect) -> Response:
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
            raise FetchError("Only http and https addresses can be imported.")
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        address = _vetted_address(host, port, allow_private=options.allow_private)
        timeout = urllib3.Timeout(connect=options.connect_timeout, read=options.read_timeout)
        pool: urllib3.HTTPConnectionPool
        if parts.scheme.lower() == "https":
            pool = _HTTPSPool(
                address,
                port,
                timeout=timeout,
                server_hostname=host,
                assert_hostname=host,
                retries=False,
                ssl_context=_tls_context(),
            )
        else:
            pool = _HTTPPool(address, port, timeout=timeout, retries=False)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        try:
            response = pool.urlopen(
                method,
                path,
                body=body,
                headers={"Host": host_header, "User-Agent": USER_AGENT, **headers},
                redirect=False,
                preload_content=False,
                retries=False,
            )
        except NewConnectionError as error:  # refused or unreachable (a subclass of the timeout below)
            raise FetchError(f"Cannot connect to {host}: {error}.") from error
        except (ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError) as error:
            raise _timed_out(options) from error
        except urllib3.exceptions.MaxRetryError as error:
            if isinstance(error.reason, urllib3.exceptions.TimeoutError):
                raise _timed_out(options) from error
            raise FetchError(f"Cannot connect to {host}: {error.reason}.") from error
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"Cannot connect to {host}: {error}.") from error
        try:
            redirect = response.status in {301, 302, 303, 307, 308} and response.headers.get("Location")
            if redirect and follow_redirects and method == "GET":
                url = urljoin(url, response.headers["Location"])
                continue
            if inspect is not None:
                inspect(response.status, response.headers)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes and not truncate:
                raise FetchError(f"The page is over the {options.max_bytes:,}-byte limit.")
            data = bytearray()
            try:
                for chunk in response.stream(READ_SIZE):
                    data += chunk
                    if len(data) > options.max_bytes:
                        if truncate:
                            del data[options.max_bytes :]
                            break
                        raise FetchError(f"The page is over the {options.max_bytes:,}-byte limit.")
                    remaining = _remaining()
                    if remaining is not None and remaining <= 0:
                        raise _timed_out(options)
            except urllib3.exceptions.ReadTimeoutError as error:
                raise _timed_out(options) from error
            except urllib3.exceptions.ProtocolError as error:
                raise FetchError(f"The connection broke while downloading ({error}).") from error
            return Response(
                url=url, status=response.status, headers=HTTPHeaderDict(response.headers), body=bytes(data)
            )
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(f"More than {MAX_REDIRECTS} redirects.")
