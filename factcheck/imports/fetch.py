"""Fetch one web page safely: http(s) only, public addresses only, time and size limits.

The host is resolved once, every address is vetted, and the connection goes to the vetted
address (with the original host name for the Host header and TLS), so a DNS answer that
changes between check and connect cannot reach an internal service. Redirects are followed
by hand and each hop is vetted again.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import urllib3

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 5
USER_AGENT = "factcheck-importer/1.0 (+https://github.com/factcheck)"


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


def _vetted_address(host: str, port: int, *, allow_private: bool) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"Cannot resolve the host {host!r}.") from error
    addresses = [str(info[4][0]) for info in infos]  # an IP address (a str for IPv4 and IPv6)
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchError(
                    f"Refused: {host} resolves to a private, loopback or reserved address ({ip})."
                )
    return addresses[0]


def fetch(url: str, options: FetchOptions | None = None) -> Page:
    options = options or FetchOptions()
    deadline = time.monotonic() + options.total_timeout
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
            pool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, server_hostname=host, assert_hostname=host, retries=False
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        try:
            response = pool.urlopen(
                "GET",
                path,
                headers={"Host": host_header, "User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.1"},
                redirect=False,
                preload_content=False,
                retries=False,
            )
        except urllib3.exceptions.NewConnectionError as error:  # refused or unreachable (a subclass
            raise FetchError(f"Cannot connect to {host}: {error}.") from error  # of the timeout below)
        except (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError) as error:
            raise FetchError(f"The site did not answer within {options.read_timeout:g} seconds.") from error
        except urllib3.exceptions.MaxRetryError as error:
            if isinstance(error.reason, urllib3.exceptions.TimeoutError):
                raise FetchError(
                    f"The site did not answer within {options.read_timeout:g} seconds."
                ) from error
            raise FetchError(f"Cannot connect to {host}: {error.reason}.") from error
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"Cannot connect to {host}: {error}.") from error
        try:
            if response.status in {301, 302, 303, 307, 308} and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status >= 400:
                try:
                    phrase = HTTPStatus(response.status).phrase
                except ValueError:
                    phrase = "error"
                raise FetchError(f"The site answered {response.status} {phrase}.")
            content_type = response.headers.get("Content-Type", "")
            media_type = content_type.split(";", 1)[0].strip().lower()
            if media_type not in HTML_TYPES:
                raise FetchError(f"The address returned {media_type or 'no content type'}, not an HTML page.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(f"The page is over the {options.max_bytes:,}-byte limit.")
            body = bytearray()
            try:
                for chunk in response.stream(64 * 1024):
                    body += chunk
                    if len(body) > options.max_bytes:
                        raise FetchError(f"The page is over the {options.max_bytes:,}-byte limit.")
                    if time.monotonic() > deadline:
                        raise FetchError(f"The page took over {options.total_timeout:g} seconds to download.")
            except urllib3.exceptions.ReadTimeoutError as error:
                raise FetchError(
                    f"The site did not answer within {options.read_timeout:g} seconds."
                ) from error
            except urllib3.exceptions.ProtocolError as error:
                raise FetchError(f"The connection broke while downloading ({error}).") from error
            charset = None
            for parameter in content_type.split(";")[1:]:
                key, _, value = parameter.partition("=")
                if key.strip().lower() == "charset":
                    charset = value.strip().strip('"') or None
            return Page(url=url, html=bytes(body), charset=charset)
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(f"More than {MAX_REDIRECTS} redirects.")
