"""A local HTTP site whose answers tests change between requests (pages, feeds, faults)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One canned answer; `delay` makes the server hang, `stream_bytes` sends a body
    of that size without a Content-Length."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream_bytes: int = 0


Route = Reply | Callable[[dict[str, str]], Reply]


class Site:
    """A threaded HTTP server whose answers tests change between requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.serve(self)

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def count(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append((handler.path, headers))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            route = self.routes.get(handler.path, Reply(404))
            reply = route(headers) if callable(route) else route
            if reply.delay:
                self._stop.wait(reply.delay)
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.stream_bytes:
                handler.send_header("Connection", "close")
                handler.end_headers()
                chunk = b"x" * 65536
                for _ in range(reply.stream_bytes // len(chunk)):
                    handler.wfile.write(chunk)
            else:
                handler.send_header("Content-Length", str(len(reply.body)))
                handler.end_headers()
                handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should for huge bodies
        finally:
            with self._lock:
                self.active -= 1

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()


def versioned(body: bytes, etag: str, content_type: str = "text/html") -> Route:
    """A page that answers 304 to a client that already has `etag`."""

    def answer(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == etag:
            return Reply(304, headers={"ETag": etag})
        return Reply(200, body, {"ETag": etag, "Content-Type": content_type})

    return answer
