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
    def subscription_changes(self) -> str:
        """Stream of changed subscription ids, which notifier caches follow."""
        return f"{self.prefix}subscriptions:changes"

    def story_snapshot(self, update_id: str) -> str:
        return f"{self.prefix}story:snap:{update_id}"

    def story_term(self, term: str) -> str:
        """Snapshot keys naming a place, country or nationality, scored by time."""
        return f"{self.prefix}story:term:{term}"

    def policy(self, subscription_id: str, part: str) -> str:
        """Delivery-policy state of one subscription: `sends`, `held`, `mark:<alert>`."""
        return f"{self.prefix}policy:{subscription_id}:{part}"

    @property
    def policy_due(self) -> str:
        """Subscriptions with a digest waiting, scored by when it is due."""
        return f"{self.prefix}policy:due"

    @property
    def retry_due(self) -> str:
        return f"{self.prefix}retry:due"

    @property
    def retry_jobs(self) -> str:
        return f"{self.prefix}retry:jobs"

    @property
    def tokens(self) -> str:
        """Hash of token digest -> owner."""
        return f"{self.prefix}tokens"

    def ops_source(self, source_id: str) -> str:
        """Operator-facing health of one source."""
        return f"{self.prefix}ops:source:{source_id}"

    @property
    def admin_token(self) -> str:
        return f"{self.prefix}admin-token"
