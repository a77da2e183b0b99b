"""HTTP routes for subscriptions, alerts and deliveries (thin: the work lives elsewhere)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status

from services.notify import alerts
from services.notify.deliver import validate_channel_url
from services.notify.subscriptions import SubscriptionStore, public_view
from shared import tokens
from shared.auth import Owner
from shared.errors import ConfigError
from shared.models import Classification, Delivery, Severity, SubscriptionCreate, SubscriptionPublic

router = APIRouter(prefix="/v1")


def _store(request: Request) -> SubscriptionStore:
    return SubscriptionStore(request.app.state.redis, request.app.state.keys)


def _visible(owner: str, subscription_owner: str) -> bool:
    return owner in (tokens.ADMIN, subscription_owner)


@router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
async def create_subscription(
    body: SubscriptionCreate, request: Request, owner: Owner
) -> SubscriptionPublic:
    """Subscribe channels (Apprise URLs) to a filter; channel URLs are never shown back."""
    for url in body.channels:
        try:
            validate_channel_url(url)
        except ConfigError as err:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(err)) from None
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
    subscription = await _store(request).get(subscription_id)
    if subscription is None or not _visible(owner, subscription.owner):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no subscription {subscription_id!r}")
    return public_view(subscription)


@router.delete("/subscriptions/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_subscription(subscription_id: str, request: Request, owner: Owner) -> None:
    store = _store(request)
    subscription = await store.get(subscription_id)
    if subscription is None or not _visible(owner, subscription.owner):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no subscription {subscription_id!r}")
    await store.remove(subscription_id)


@router.get("/subscriptions/{subscription_id}/deliveries")
async def list_deliveries(
    subscription_id: str,
    request: Request,
    owner: Owner,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[Delivery]:
    """What was sent (or failed) for one subscription, newest first."""
    subscription = await _store(request).get(subscription_id)
    if subscription is None or not _visible(owner, subscription.owner):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no subscription {subscription_id!r}")
    state = request.app.state
    return await alerts.recent_deliveries(
        state.redis, state.keys, subscription_id=subscription_id, limit=limit
    )


@router.get("/alerts")
async def list_alerts(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    min_severity: Severity = Severity.LOW,
) -> list[Classification]:
    """Recent alerts (classified updates with a topic), newest first."""
    state = request.app.state
    return await alerts.recent_alerts(
        state.redis, state.keys, limit=limit, min_severity=min_severity
    )
