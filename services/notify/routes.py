"""HTTP routes for subscriptions, alerts and deliveries (thin: the work lives elsewhere)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status

from services.notify import alerts
from services.notify.deliver import validate_channel_url
from services.notify.sample_alert import send_test_alert
from services.notify.subscriptions import SubscriptionStore, apply_patch, preview, public_view
from shared import tokens
from shared.auth import Owner
from shared.errors import ConfigError
from shared.models import (
    ChannelTestResult,
    Classification,
    Delivery,
    PreviewRequest,
    PreviewResult,
    Severity,
    Subscription,
    SubscriptionCreate,
    SubscriptionPatch,
    SubscriptionPublic,
    Topic,
)

router = APIRouter(prefix="/v1")


def _store(request: Request) -> SubscriptionStore:
    return SubscriptionStore(request.app.state.redis, request.app.state.keys)


def _visible(owner: str, subscription_owner: str) -> bool:
    return owner in (tokens.ADMIN, subscription_owner)


async def _owned(store: SubscriptionStore, subscription_id: str, owner: str) -> Subscription:
    """The subscription if this owner may see it; 404 otherwise (whether or not it exists)."""
    subscription = await store.get(subscription_id)
    if subscription is None or not _visible(owner, subscription.owner):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no subscription {subscription_id!r}")
    return subscription


async def _validate_channel(request: Request, url: str) -> None:
    allowed = request.app.state.settings.allowed_private_networks
    try:
        # Resolving the channel's host may block: keep it off the event loop.
        await asyncio.to_thread(validate_channel_url, url, allowed_networks=allowed)
    except ConfigError as err:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(err)) from None


@router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
async def create_subscription(
    body: SubscriptionCreate, request: Request, owner: Owner
) -> SubscriptionPublic:
    """Subscribe channels (Apprise URLs) to a filter; channel URLs are never shown back."""
    for url in body.channels:
        await _validate_channel(request, url)
    subscription = await _store(request).add(body, owner=owner)
    return public_view(subscription)


@router.get("/subscriptions")
async def list_subscriptions(request: Request, owner: Owner) -> list[SubscriptionPublic]:
    """Your subscriptions (all of them for the admin token)."""
    return [public_view(s) for s in await _store(request).all() if _visible(owner, s.owner)]


@router.get("/subscriptions/{subscription_id}")
async def get_subscription(
    subscription_id: str, request: Request, owner: Owner
) -> SubscriptionPublic:
    return public_view(await _owned(_store(request), subscription_id, owner))


@router.patch("/subscriptions/{subscription_id}")
async def update_subscription(
    subscription_id: str, patch: SubscriptionPatch, request: Request, owner: Owner
) -> SubscriptionPublic:
    """Change some fields; fields not sent stay as they are (send null to clear one)."""
    store = _store(request)
    subscription = await _owned(store, subscription_id, owner)
    for url in patch.channels or ():
        await _validate_channel(request, url)
    try:
        updated = apply_patch(subscription, patch)
    except ConfigError as err:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(err)) from None
    await store.save(updated)
    return public_view(updated)


@router.post("/subscriptions/{subscription_id}/test")
async def test_subscription(
    subscription_id: str, request: Request, owner: Owner
) -> list[ChannelTestResult]:
    """Send a test alert through the real rendering and delivery path, result per channel."""
    subscription = await _owned(_store(request), subscription_id, owner)
    state = request.app.state
    results = await send_test_alert(
        subscription, sender=state.channels, send_timeout=state.settings.send_timeout_seconds
    )
    return [ChannelTestResult(channel=c, ok=e is None, error=e) for c, e in results]


@router.post("/subscriptions/preview")
async def preview_subscription(
    body: PreviewRequest, request: Request, _owner: Owner
) -> PreviewResult:
    """How many of the last N alerts this filter would have sent: its noise, before saving."""
    state = request.app.state
    recent = await alerts.recent_alerts(state.redis, state.keys, limit=body.last)
    return preview(body, recent, now=datetime.now(UTC))


@router.delete("/subscriptions/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_subscription(subscription_id: str, request: Request, owner: Owner) -> None:
    store = _store(request)
    await _owned(store, subscription_id, owner)
    await store.remove(subscription_id)


@router.get("/subscriptions/{subscription_id}/deliveries")
async def list_deliveries(
    subscription_id: str,
    request: Request,
    owner: Owner,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[Delivery]:
    """What was sent (or failed) for one subscription, newest first."""
    await _owned(_store(request), subscription_id, owner)
    state = request.app.state
    return await alerts.recent_deliveries(
        state.redis, state.keys, subscription_id=subscription_id, limit=limit
    )


@router.get("/alerts")
async def list_alerts(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    min_severity: Severity = Severity.LOW,
    topic: Annotated[list[Topic] | None, Query(description="Any of these topics.")] = None,
    source: Annotated[list[str] | None, Query(description="Any of these source ids.")] = None,
    place: Annotated[str | None, Query(description="A place, region or country.")] = None,
    since: Annotated[datetime | None, Query(description="Classified at or after.")] = None,
) -> list[Classification]:
    """Recent alerts (classified updates with a topic), newest first."""
    state = request.app.state
    where = alerts.AlertFilter(
        min_severity=min_severity,
        topics=frozenset(topic or ()),
        sources=frozenset(source or ()),
        place=place,
        since=since,
    )
    return await alerts.recent_alerts(state.redis, state.keys, limit=limit, where=where)
