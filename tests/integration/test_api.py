"""The HTTP API on a real server: auth, subscriptions, alerts, health."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis

from services.api import build_api
from shared import tokens, wire
from shared.models import (
    Classification,
    Facts,
    NewsUpdate,
    Place,
    Severity,
    SourceRef,
    Topic,
    TopicTag,
)
from shared.settings import load_settings
from shared.streams import Keys

pytestmark = pytest.mark.redis

SECRET_URL = "json://127.0.0.1:9/hook?+X-Api-Key=topsecret"


@pytest.fixture
async def api(redis_client: Redis, key_prefix: str) -> AsyncIterator[httpx.AsyncClient]:
    keys = Keys(key_prefix)
    await tokens.ensure_admin_token(redis_client, keys, "admin-token-for-tests")
    settings = load_settings(key_prefix=key_prefix, allowed_private_networks="127.0.0.0/8")
    transport = httpx.ASGITransport(app=build_api(redis_client, settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        client.headers["Authorization"] = "Bearer admin-token-for-tests"
        yield client


async def test_healthz_reports_ok(api: httpx.AsyncClient) -> None:
    response = await api.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_subscription_routes_need_a_valid_token(api: httpx.AsyncClient) -> None:
    assert (await api.get("/v1/subscriptions", headers={"Authorization": ""})).status_code == 401
    wrong = await api.get("/v1/subscriptions", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


async def test_create_list_delete_without_showing_the_channel(api: httpx.AsyncClient) -> None:
    created = await api.post(
        "/v1/subscriptions",
        json={"channels": [SECRET_URL], "topics": ["casualties"], "min_severity": "high"},
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert "topsecret" not in created.text
    assert body["channels"] == ["json://127.0.0.1:9/***"]
    listed = await api.get("/v1/subscriptions")
    assert [s["id"] for s in listed.json()] == [body["id"]]
    assert "topsecret" not in listed.text
    assert (await api.delete(f"/v1/subscriptions/{body['id']}")).status_code == 204
    assert (await api.get(f"/v1/subscriptions/{body['id']}")).status_code == 404


@pytest.mark.parametrize(
    ("payload", "complaint"),
    [
        ({"channels": [SECRET_URL], "topics": ["weather"]}, "casualties"),
        ({"channels": ["notascheme://x"]}, "cannot be used"),
        ({"channels": [SECRET_URL], "min_severity": "extreme"}, "critical"),
    ],
)
async def test_invalid_subscriptions_are_rejected_clearly(
    api: httpx.AsyncClient, payload: dict[str, object], complaint: str
) -> None:
    response = await api.post("/v1/subscriptions", json=payload)
    assert response.status_code == 422
    assert complaint in response.text


async def test_a_token_sees_only_its_own_subscriptions(
    api: httpx.AsyncClient, redis_client: Redis, key_prefix: str
) -> None:
    team_token = await tokens.create_token(redis_client, Keys(key_prefix), "team-a")
    team = {"Authorization": f"Bearer {team_token}"}
    mine = await api.post("/v1/subscriptions", json={"channels": [SECRET_URL]}, headers=team)
    admins = await api.post("/v1/subscriptions", json={"channels": [SECRET_URL]})
    seen_by_team = [s["id"] for s in (await api.get("/v1/subscriptions", headers=team)).json()]
    assert seen_by_team == [mine.json()["id"]]
    hidden = await api.delete(f"/v1/subscriptions/{admins.json()['id']}", headers=team)
    assert hidden.status_code == 404
    assert len((await api.get("/v1/subscriptions")).json()) == 2


async def test_alerts_are_listed_newest_first_without_info_items(
    api: httpx.AsyncClient, redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    for n, severity in enumerate([Severity.HIGH, Severity.INFO, Severity.LOW]):
        update = NewsUpdate(id=f"u{n}", revision="r", source=SourceRef(id="s"), headline=f"h{n}")
        alert = Classification(
            update=update,
            severity=severity,
            topics=[TopicTag(topic=Topic.STRIKE, confidence=0.9)] if severity.rank else [],
        )
        await redis_client.xadd(
            keys.classified, wire.encode(alert, update_id=update.id, severity=severity.value)
        )
    alerts = (await api.get("/v1/alerts")).json()
    assert [a["update"]["id"] for a in alerts] == ["u2", "u0"]
    high_only = (await api.get("/v1/alerts", params={"min_severity": "high"})).json()
    assert [a["update"]["id"] for a in high_only] == ["u0"]


async def test_pushed_updates_are_published_once_and_edits_again(
    api: httpx.AsyncClient, redis_client: Redis, key_prefix: str
) -> None:
    source = {"id": "wire-service", "name": "Wire"}
    first = {"id": "item-1", "source": source, "headline": "Blast at depot", "body": "Two hurt."}
    batch = [first, {"source": source, "headline": "Talks resume", "body": "Delegates met."}]
    created = await api.post("/v1/updates", json=batch)
    assert created.status_code == 202, created.text
    assert [r["status"] for r in created.json()] == ["new", "new"]
    again = await api.post("/v1/updates", json=first)
    assert [r["status"] for r in again.json()] == ["duplicate"]
    edited = await api.post("/v1/updates", json={**first, "body": "Two hurt, one killed."})
    assert edited.json()[0]["status"] == "edit"
    assert edited.json()[0]["id"] == created.json()[0]["id"]
    stream = await redis_client.xrange(Keys(key_prefix).updates)
    assert len(stream) == 3


async def test_push_needs_a_token_and_valid_updates(api: httpx.AsyncClient) -> None:
    update = {"source": {"id": "s"}, "headline": "x"}
    unauthorized = await api.post("/v1/updates", json=update, headers={"Authorization": ""})
    assert unauthorized.status_code == 401
    empty = await api.post("/v1/updates", json={"source": {"id": "s"}})
    assert empty.status_code == 422
    assert "headline or a body" in empty.text


async def test_patch_changes_only_the_fields_sent(api: httpx.AsyncClient) -> None:
    created = (
        await api.post(
            "/v1/subscriptions",
            json={"channels": [SECRET_URL], "topics": ["strike"], "keywords": ["depot"]},
        )
    ).json()
    patched = await api.patch(
        f"/v1/subscriptions/{created['id']}", json={"min_severity": "critical"}
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert (body["min_severity"], body["topics"], body["keywords"]) == (
        "critical",
        ["strike"],
        ["depot"],
    )
    bad = await api.patch(f"/v1/subscriptions/{created['id']}", json={"topics": ["weather"]})
    assert bad.status_code == 422


async def test_test_route_reports_each_channel_and_a_404_is_a_failure(
    api: httpx.AsyncClient,
) -> None:
    from tests.receivers import http_receiver

    with http_receiver() as good, http_receiver(fail_first=100, fail_status=404) as missing:
        created = (
            await api.post("/v1/subscriptions", json={"channels": [good.url(), missing.url()]})
        ).json()
        results = (await api.post(f"/v1/subscriptions/{created['id']}/test")).json()
        assert [r["ok"] for r in results] == [True, False]
        assert results[1]["error"]
        assert len(good.snapshot()) == 1
        assert "Test alert" in good.snapshot()[0].json()["title"]


async def test_preview_counts_what_a_filter_would_have_sent(
    api: httpx.AsyncClient, redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    for n, (topic, severity) in enumerate(
        [(Topic.STRIKE, Severity.HIGH), (Topic.ECONOMY, Severity.LOW), (Topic.STRIKE, Severity.LOW)]
    ):
        update = NewsUpdate(id=f"u{n}", revision="r", source=SourceRef(id="s"), headline=f"h{n}")
        alert = Classification(
            update=update, severity=severity, topics=[TopicTag(topic=topic, confidence=0.9)]
        )
        await redis_client.xadd(
            keys.classified, wire.encode(alert, update_id=update.id, severity=severity.value)
        )
    preview = await api.post(
        "/v1/subscriptions/preview", json={"topics": ["strike"], "min_severity": "medium"}
    )
    assert preview.status_code == 200, preview.text
    assert (preview.json()["considered"], preview.json()["matched"]) == (3, 1)
    assert preview.json()["examples"] == ["[high] h0"]


async def test_a_loopback_webhook_is_refused_unless_its_network_is_allowed(
    redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    await tokens.ensure_admin_token(redis_client, keys, "admin-token-for-tests")
    strict = build_api(redis_client, load_settings(key_prefix=key_prefix))
    transport = httpx.ASGITransport(app=strict)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        response = await client.post(
            "/v1/subscriptions",
            json={"channels": ["json://127.0.0.1:9/hook"]},
            headers={"Authorization": "Bearer admin-token-for-tests"},
        )
    assert response.status_code == 422
    assert "NEWSALERT_ALLOWED_PRIVATE_NETWORKS" in response.text


async def test_alerts_can_be_filtered_by_topic_source_and_place(
    api: httpx.AsyncClient, redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    rows = [
        ("a", Topic.STRIKE, "wire", "Kharkiv"),
        ("b", Topic.ECONOMY, "wire", "Kyiv"),
        ("c", Topic.STRIKE, "blog", "Odesa"),
    ]
    for name, topic, source, place in rows:
        update = NewsUpdate(id=name, revision="r", source=SourceRef(id=source), headline=name)
        alert = Classification(
            update=update,
            severity=Severity.MEDIUM,
            topics=[TopicTag(topic=topic, confidence=0.9)],
            facts=Facts(places=[Place(name=place, region=f"{place} oblast", country="Ukraine")]),
        )
        await redis_client.xadd(
            keys.classified, wire.encode(alert, update_id=name, severity="medium")
        )

    async def ids(**params: object) -> list[str]:
        response = await api.get("/v1/alerts", params=params)
        assert response.status_code == 200, response.text
        return [a["update"]["id"] for a in response.json()]

    assert await ids(topic="strike") == ["c", "a"]
    assert await ids(source="wire") == ["b", "a"]
    assert await ids(place="kharkiv oblast") == ["a"]
    assert await ids(topic="strike", source="wire") == ["a"]


async def test_openapi_docs_describe_every_route(api: httpx.AsyncClient) -> None:
    assert (await api.get("/docs")).status_code == 200
    paths = (await api.get("/openapi.json")).json()["paths"]
    for path in (
        "/v1/subscriptions",
        "/v1/subscriptions/{subscription_id}",
        "/v1/subscriptions/{subscription_id}/test",
        "/v1/subscriptions/{subscription_id}/deliveries",
        "/v1/subscriptions/preview",
        "/v1/alerts",
        "/v1/updates",
        "/healthz",
    ):
        assert path in paths
