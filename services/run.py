"""`newsalert run` and the single-service commands: start stages and the API, stop on a signal."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import structlog
import uvicorn

from services import demo
from services.api import build_api
from services.classify import app as classify_app
from services.ingest import app as ingest_app
from services.notify import app as notify_app
from shared.broker import consumer_name, ensure_groups, make_broker, redis_client
from shared.errors import ConfigError
from shared.settings import Settings
from shared.tasks import stop_tasks
from shared.tokens import ensure_admin_token

log = structlog.get_logger("newsalert.run")


@dataclass(frozen=True)
class Roles:
    """Which parts this process runs."""

    ingest: bool = True
    classify: bool = True
    notify: bool = True
    api: bool = True


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: `serve` below owns Ctrl-C for everything."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise ConfigError(
            f"cannot listen on {host}:{port} ({err.strerror}); "
            "pass --port or set NEWSALERT_API_PORT to another port"
        ) from None
    return sock


async def serve(
    settings: Settings,
    redis_url: str,
    roles: Roles,
    *,
    with_demo: bool,
    stop: asyncio.Event | None = None,
) -> None:
    """Run the chosen parts until SIGINT/SIGTERM (or `stop` is set), then stop each cleanly."""
    keys = settings.keys
    client = redis_client(redis_url)
    await ensure_groups(client, keys)
    sock = _bind(settings.api_host, settings.api_port) if roles.api else None
    broker = make_broker(redis_url)
    if roles.classify:
        classify_app.register(broker, client, settings, consumer=consumer_name("classify"))
    notifier = notify_app.Notifier(client, settings) if roles.notify else None
    if notifier is not None:
        notifier.register(broker, consumer=consumer_name("notify"))

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    background: list[asyncio.Task[None]] = []
    server: _Server | None = None
    server_task: asyncio.Task[None] | None = None
    try:
        await broker.start()
        if roles.ingest:
            background.append(asyncio.create_task(ingest_app.watch_sources(client, settings)))
        if notifier is not None:
            background.append(asyncio.create_task(notifier.run_background()))
        if with_demo:
            await demo.start(client, settings)
        if sock is not None:
            configured = settings.admin_token
            token = await ensure_admin_token(
                client, keys, configured.get_secret_value() if configured else None
            )
            if token is not None:  # shown once: only its digest is stored
                print(f"newsalert: admin API token (keep it): {token}", file=sys.stderr)
            config = uvicorn.Config(
                build_api(client, settings),
                log_config=None,
                access_log=False,
                lifespan="off",
            )
            server = _Server(config)
            server_task = asyncio.create_task(server.serve(sockets=[sock]))
            log.info("api listening", url=f"http://{settings.api_host}:{sock.getsockname()[1]}")
        log.info("running", **vars(roles))
        await _until_stopped(stop, [*background, *([server_task] if server_task else [])])
    finally:
        log.info("stopping")
        if server is not None and server_task is not None:
            server.should_exit = True
            await asyncio.gather(server_task, return_exceptions=True)
        await stop_tasks(background)
        await broker.stop()
        await client.aclose()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        log.info("stopped")


async def _until_stopped(stop: asyncio.Event, tasks: list[asyncio.Task[None]]) -> None:
    """Wait for a signal; a part that ends on its own with an error ends the run with it."""
    waiter = asyncio.create_task(stop.wait())
    try:
        done, _ = await asyncio.wait([waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    for task in done:
        if task is not waiter and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
