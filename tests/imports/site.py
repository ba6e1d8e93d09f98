"""A small local web site for URL imports: articles, a slow page, a 404, a PDF, redirects."""

from __future__ import annotations

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
        elif path == "/empty":
            self._send(200, b"<html><head><title>Nothing here</title></head><body><div></div></body></html>")
        else:
            self._send(404, b"<h1>Not found</h1>")


class LocalSite:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
