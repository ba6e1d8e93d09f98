"""A small local web site for URL imports: articles, a slow page, a 404, a PDF, redirects."""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html><html><head><title>{title}</title>
<meta name="author" content="Sam Reporter"><meta property="article:published_time" content="2016-10-0{day}">
</head><body><nav>Home | News | Sport | Weather | Contact</nav><article><h1>{title}</h1>
<p>The governor said {n} families were evacuated from the valley on Sunday night.</p>
<p>Officials expect about {m} more people to leave before the river peaks on Tuesday.</p>
<script>alert('x')</script></article><footer>Copyright Example Local News</footer></body></html>"""


def article_html(index: int) -> bytes:
    return ARTICLE.format(
        title=f"Evacuation update {index}", n=100 + index, m=2000 + index, day=1 + index % 9
    ).encode()


def feed_xml(base: str, numbers) -> bytes:
    """An RSS 2.0 feed whose entries link to the site's articles (newest first)."""
    items = "".join(
        f"<item><title>Evacuation update {n}</title><link>{base}/articles/{n}</link>"
        f"<guid isPermaLink='true'>{base}/articles/{n}</guid>"
        f"<pubDate>Mon, 0{1 + n % 9} Oct 2016 08:00:00 GMT</pubDate></item>"
        for n in sorted(numbers, reverse=True)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Example Local News</title>"
        f"<link>{base}/</link><description>Latest</description>{items}</channel></rss>"
    ).encode()


STORIES_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title><id>urn:valley-wire</id>
<updated>2016-10-05T08:00:00Z</updated>
<entry><id>urn:valley-wire:1</id><title>Siege tightens</title><updated>2016-10-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;More than 250,000 people are living under siege, the UN said.&lt;/p&gt;
&lt;p&gt;Rebels seized more than 20 villages.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</content></entry>
<entry><id>urn:valley-wire:2</id><title>Nothing to read</title><updated>2016-10-04T08:00:00Z</updated></entry>
</feed>"""


class Handler(BaseHTTPRequestHandler):
    slow_seconds = 3.0

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _feed(self, path: str) -> None:
        """``/feed.rss`` answers conditional GETs (ETag, Last-Modified); ``/plain-feed.rss`` gives no
        validators. Every request is logged on the server with its conditional headers."""
        server = self.server
        conditional = (self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
        server.feed_requests.append((path, *conditional))  # type: ignore[attr-defined]
        body = feed_xml(f"http://{self.headers['Host']}", server.feed_entries)  # type: ignore[attr-defined]
        if path == "/plain-feed.rss":
            self._send(200, body, "text/xml")
            return
        etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        if conditional[0] == etag:
            self._send(304, b"", ETag=etag)
            return
        self._send(200, body, "application/rss+xml", ETag=etag, Last_Modified="Mon, 10 Oct 2016 08:00:00 GMT")

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/articles/"):
            self._send(200, article_html(int(path.rsplit("/", 1)[-1])))
        elif path == "/slow":
            time.sleep(self.slow_seconds)
            self._send(200, article_html(999))
        elif path == "/doc.pdf":
            self._send(200, b"%PDF-1.4 not html", "application/pdf")
        elif path == "/moved":
            self._send(302, b"", Location="/articles/7")
        elif path == "/loop":
            self._send(302, b"", Location="/loop")
        elif path == "/big":
            self._send(200, b"<html><body><p>" + b"x" * 200_000 + b"</p></body></html>")
        elif path in {"/feed.rss", "/plain-feed.rss"}:
            self._feed(path)
        elif path == "/stories.atom":
            self._send(200, STORIES_ATOM, "application/atom+xml")
        elif path == "/feed-moved":
            self._send(301, b"", Location="/feed.rss")
        elif path == "/empty":
            self._send(200, b"<html><head><title>Nothing here</title></head><body><div></div></body></html>")
        else:
            self._send(404, b"<h1>Not found</h1>")


class LocalSite:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.feed_entries = (1, 2, 3)  # type: ignore[attr-defined]
        self.server.feed_requests = []  # type: ignore[attr-defined]
        self.server.daemon_threads = True
        if tls is not None:  # HTTPS: every accepted connection does the TLS handshake first
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{self.scheme}://{host}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
