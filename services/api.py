"""build_api(): the HTTP API (subscriptions, alerts, push ingest, health) as one ASGI app."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response, status
from redis.asyncio import Redis
from redis.exceptions import RedisError

from services.ingest.routes import router as ingest_router
from services.notify.deliver import ChannelSender
from services.notify.routes import router as notify_router
from shared.settings import Settings


def build_api(client: Redis, settings: Settings) -> FastAPI:
    """The ASGI app; `client` is shared with the services running in this process."""
    api = FastAPI(
        title="newsalert",
        summary="Live news in, classified alerts out.",
        version="0.1.0",
    )
    api.state.redis = client
    api.state.keys = settings.keys
    api.state.settings = settings
    api.state.channels = ChannelSender(allowed_networks=settings.allowed_private_networks)
    api.include_router(notify_router)
    api.include_router(ingest_router)

    @api.get("/healthz", tags=["health"])
    async def healthz(request: Request, response: Response) -> dict[str, str]:
        """`ok` when the API can reach Redis; 503 otherwise."""
        try:
            await request.app.state.redis.ping()
        except RedisError as err:
            response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
            return {"status": "unavailable", "redis": type(err).__name__}
        return {"status": "ok"}

    return api
