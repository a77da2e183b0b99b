"""HTTP push for integrators: `POST /v1/updates` (thin: identity and publishing live elsewhere)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Request

from services.ingest.identity import new_update
from services.ingest.publisher import publish_updates
from shared.auth import Owner
from shared.models import NewsUpdate, PushedUpdate, PushResult

router = APIRouter(prefix="/v1", tags=["ingest"])

MAX_BATCH = 500


def to_news_update(pushed: PushedUpdate, *, now: datetime) -> NewsUpdate:
    """The pushed update with the server's id, revision and fetch time."""
    return new_update(
        pushed.source,
        pushed.headline,
        [pushed.body],
        fetched_at=now,
        native_id=pushed.id,
        url=pushed.url,
        published_at=pushed.published_at,
        updated_at=pushed.updated_at,
        language=pushed.language,
    )


@router.post("/updates", status_code=202)
async def push_updates(
    request: Request,
    _owner: Owner,
    updates: Annotated[PushedUpdate | list[PushedUpdate], Body()],
) -> list[PushResult]:
    """Publish one update or a batch (in the order given); each is new, an edit or a duplicate."""
    batch = updates if isinstance(updates, list) else [updates]
    if len(batch) > MAX_BATCH:
        raise HTTPException(413, f"at most {MAX_BATCH} updates per request")
    now = datetime.now(UTC)
    state = request.app.state
    report = await publish_updates(
        state.redis, state.keys, [to_news_update(u, now=now) for u in batch], oldest_first=False
    )
    return [
        PushResult(id=update.id, revision=update.revision, status=novelty.value)
        for update, novelty in report.results
    ]
