"""A small static file server for the browser tests that gzips text responses, like a real host."""

from __future__ import annotations

import gzip
import http.server
import threading
from functools import partial
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    site_url = ""  # set per server: sitemap URLs are rewritten to this server, as if it were the real host
    server_url = ""

    def log_message(self, *args):  # keep test output quiet
        pass

    def _body(self, path: Path) -> bytes:
        data = path.read_bytes()
        if path.name == "sitemap.xml" and self.site_url:
            data = data.replace(self.site_url.encode(), self.server_url.encode())
        return data

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to the slash URL
            path = path / "index.html"
        if (path.suffix in COMPRESSIBLE and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            body = gzip.compress(self._body(path), mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            from io import BytesIO
            return BytesIO(body)
        return super().send_head()


class StaticServer:
    """Serve a directory on 127.0.0.1 in a background thread: `with StaticServer(site) as url: ...`."""

    def __init__(self, root: Path, site_url: str = ""):
        handler_class = type("Handler", (GzipHandler,), {})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler_class, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        # Material's instant navigation only follows links listed in sitemap.xml, matched on host and port.
        handler_class.site_url, handler_class.server_url = site_url, self.url

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
