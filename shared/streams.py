"""Every stream, consumer group and key name, defined once."""

from __future__ import annotations

from dataclasses import dataclass

UPDATES = "news.updates"
CLASSIFIED = "news.classified"
DELIVERIES = "news.deliveries"
DEAD = "news.dead"

CLASSIFY_GROUP = "classify"
NOTIFY_GROUP = "notify"

STREAM_MAXLEN = 100_000
"""Approximate cap per stream: far above any backlog, so trimming never drops pending work."""

WIRE_FIELD = "json"
"""The stream entry field holding the message as JSON, readable by any Redis client."""


@dataclass(frozen=True, slots=True)
class Keys:
    """Redis key names under one prefix (put a hash tag in it for Redis Cluster)."""

    prefix: str = "newsalert:"

    def stream(self, name: str) -> str:
        return f"{self.prefix}{name}"

    @property
    def updates(self) -> str:
        return self.stream(UPDATES)

    @property
    def classified(self) -> str:
        return self.stream(CLASSIFIED)

    @property
    def deliveries(self) -> str:
        return self.stream(DELIVERIES)

    @property
    def dead(self) -> str:
        return self.stream(DEAD)

    def subscription(self, subscription_id: str) -> str:
        return f"{self.prefix}subscriptions:{subscription_id}"

    @property
    def subscription_index(self) -> str:
        return f"{self.prefix}subscriptions"

    def seen(self, source_id: str) -> str:
        """Hash of update id -> revision already published for a source."""
        return f"{self.prefix}seen:{source_id}"

    def sent(self, alert_id: str, subscription_id: str, channel_id: str) -> str:
        """Idempotency key per (alert, subscription, channel)."""
        return f"{self.prefix}sent:{alert_id}:{subscription_id}:{channel_id}"

    @property
    def alerts(self) -> str:
        """Recent alerts, newest first (a capped list)."""
        return f"{self.prefix}alerts"

    def story(self, story_id: str) -> str:
        return f"{self.prefix}story:{story_id}"

    @property
    def story_index(self) -> str:
        return f"{self.prefix}stories"

    @property
    def admin_token(self) -> str:
        return f"{self.prefix}admin-token"
