"""API bearer tokens: stored as SHA-256 digests, each mapped to the owner it acts for."""

from __future__ import annotations

import hashlib
import secrets

from redis.asyncio import Redis

from shared.streams import Keys
from shared.wire import as_text

ADMIN = "admin"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def ensure_admin_token(client: Redis, keys: Keys, configured: str | None) -> str | None:
    """Register the admin token; without one configured, generate it once.

    Returns the generated token (to be shown once) or None when nothing new was made.
    """
    if configured:
        await client.hset(keys.tokens, _digest(configured), ADMIN)
        return None
    if await client.exists(keys.admin_token):
        return None
    token = f"na_{secrets.token_urlsafe(24)}"
    if not await client.set(keys.admin_token, _digest(token), nx=True):
        return None  # another process generated it first
    await client.hset(keys.tokens, _digest(token), ADMIN)
    return token


async def create_token(client: Redis, keys: Keys, owner: str) -> str:
    """A new token acting for `owner` (it sees only that owner's subscriptions)."""
    token = f"na_{secrets.token_urlsafe(24)}"
    await client.hset(keys.tokens, _digest(token), owner)
    return token


async def owner_of(client: Redis, keys: Keys, token: str) -> str | None:
    """Who a bearer token acts for, or None for an unknown token."""
    owner = await client.hget(keys.tokens, _digest(token))
    return as_text(owner) if owner is not None else None
