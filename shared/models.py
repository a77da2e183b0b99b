"""The message contracts every stage relies on: pydantic models, JSON on the wire."""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1


class Topic(StrEnum):
    """The topics of the taxonomy; an update may carry several."""

    CASUALTIES = "casualties"
    TROOP_DEPLOYMENT = "troop_deployment"
    TERRITORIAL_CHANGE = "territorial_change"
    STRIKE = "strike"
    GROUND_COMBAT = "ground_combat"
    MILITARY_AID = "military_aid"
    DIPLOMACY_SANCTIONS = "diplomacy_sanctions"
    HUMANITARIAN_INFRASTRUCTURE = "humanitarian_infrastructure"
    NUCLEAR_CBRN = "nuclear_cbrn"
    ECONOMY = "economy"


class Severity(StrEnum):
    """Five levels, ordered: compare with `rank`."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {level: rank for rank, level in enumerate(Severity)}


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=False)


class SourceRef(_Message):
    """Where an update came from."""

    id: str
    name: str = ""
    url: str | None = None


class NewsUpdate(_Message):
    """One update of a live blog, feed item or pushed report (stream `news.updates`)."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(description="Stable across re-fetches of the same update.")
    revision: str = Field(
        description="Hash of the content; a new revision of a known id is an edit."
    )
    source: SourceRef
    url: str | None = Field(default=None, description="URL of the update itself, when known.")
    headline: str = ""
    body: str = Field(default="", description="Plain text, paragraphs separated by blank lines.")
    published_at: datetime | None = None
    updated_at: datetime | None = None
    fetched_at: datetime | None = None
    language: str = "en"

    @property
    def text(self) -> str:
        """The text classification spans point into: headline, blank line, body."""
        return classification_text(self.headline, self.body)


def classification_text(headline: str, body: str) -> str:
    """`headline + "\\n\\n" + body`: the one text that evidence offsets refer to."""
    return f"{headline}\n\n{body}"


class PushedUpdate(_Message):
    """An update pushed by an integrator (`POST /v1/updates`); the server fills in the rest."""

    id: str | None = Field(default=None, description="Your own id for the update, if any.")
    source: SourceRef
    url: str | None = None
    headline: str = Field(default="", max_length=1000)
    body: str = Field(default="", max_length=100_000)
    published_at: datetime | None = None
    updated_at: datetime | None = None
    language: str = "en"

    @model_validator(mode="after")
    def _has_text(self) -> PushedUpdate:
        if not (self.headline.strip() or self.body.strip()):
            raise ValueError("an update needs a headline or a body")
        return self


class PushResult(_Message):
    """What became of one pushed update."""

    id: str
    revision: str
    status: Literal["new", "edit", "duplicate"]


class Span(_Message):
    """A piece of evidence: `text[start:end] == span.text` for the update's `text`."""

    start: int
    end: int
    text: str


class TopicTag(_Message):
    topic: Topic
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)


Qualifier = Literal["exact", "at_least", "up_to", "approx"]


class Count(_Message):
    """A number of people or things, with how sure the text is and where it says so."""

    value: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    evidence: Span | None = None


class Place(_Message):
    """A place named in the text, resolved against the gazetteer when possible."""

    name: str
    geonameid: int | None = None
    kind: Literal["city", "region", "country", "other"] = "other"
    country: str | None = None
    region: str | None = Field(default=None, description="First-level division (oblast, state).")
    population: int | None = None
    evidence: Span | None = None


ClaimStatus = Literal["reported", "claimed", "confirmed", "denied"]
StrikeOutcome = Literal["hit", "intercepted"]


class Facts(_Message):
    """What the update says happened; counts are null when the text gives none."""

    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    # People killed or injured told together, with no split ("27 casualties", "more than 150
    # dead and wounded").
    killed_or_injured: Count | None = None
    children_killed: Count | None = None
    children_injured: Count | None = None
    troops: Count | None = None
    troop_nationality: str | None = None
    drones_launched: Count | None = None
    drones_downed: Count | None = None
    missiles_launched: Count | None = None
    missiles_downed: Count | None = None
    places: list[Place] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    claimed_by: str | None = None
    status: ClaimStatus | None = None
    outcome: StrikeOutcome | None = None
    aggregate: bool = False
    historical: bool = False
    modality: Literal["actual", "future"] = "actual"


COUNT_FIELDS = tuple(
    name for name, field in Facts.model_fields.items() if field.annotation == Count | None
)
"""The counted facts (killed, injured, ... missiles_downed), in their order on `Facts`."""


class StoryChange(StrEnum):
    NEW = "new"
    ESCALATED = "escalated"
    UPDATED = "updated"
    REPEAT = "repeat"


class Classification(_Message):
    """An update with its topics, facts and severity (stream `news.classified`)."""

    schema_version: int = SCHEMA_VERSION
    update: NewsUpdate
    topics: list[TopicTag] = Field(default_factory=list)
    severity: Severity = Severity.INFO
    severity_reason: str = ""
    facts: Facts = Field(default_factory=Facts)
    story_id: str | None = None
    story_change: StoryChange = StoryChange.NEW
    changes: list[str] = Field(
        default_factory=list, description='What a story update changed, e.g. "killed 2 -> 3".'
    )
    classified_at: datetime | None = None

    @property
    def alert_id(self) -> str:
        """One alert per revision of an update."""
        return f"{self.update.id}:{self.update.revision}"

    @property
    def topic_names(self) -> set[Topic]:
        return {tag.topic for tag in self.topics}


class StoryPolicy(StrEnum):
    """Which updates of a story a subscriber gets after its first alert."""

    ESCALATIONS = "escalations"
    COUNT_CHANGES = "count_changes"


class QuietHours(_Message):
    start: time
    end: time
    timezone: str = "UTC"
    critical_bypass: bool = Field(
        default=True, description="Send critical alerts at once even during quiet hours."
    )

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(
                f"unknown time zone {value!r}; use an IANA name such as 'Europe/Berlin' or 'UTC'"
            ) from err
        return value


class SubscriptionFilter(_Message):
    """What a subscriber wants: every field narrows the alerts they get."""

    topics: list[Topic] = Field(default_factory=list, description="Empty: every topic.")
    min_severity: Severity = Severity.MEDIUM
    keywords: list[str] = Field(default_factory=list, description="Whole words, any of them.")
    places: list[str] = Field(default_factory=list, description="A region includes its towns.")
    sources: list[str] = Field(default_factory=list, description="Source ids; empty: all.")
    story_policy: StoryPolicy = StoryPolicy.ESCALATIONS


class SubscriptionSettings(SubscriptionFilter):
    """A filter plus how and when alerts are sent."""

    name: str = ""
    quiet_hours: QuietHours | None = None
    digest_minutes: int | None = Field(
        default=None, ge=1, description="Batch alerts into one message per interval."
    )
    max_per_hour: int | None = Field(default=None, ge=1)


class SubscriptionCreate(SubscriptionSettings):
    """What a client sends to create a subscription."""

    channels: list[str] = Field(min_length=1, repr=False, description="Apprise URLs (secrets).")


class SubscriptionPatch(_Message):
    """A partial change to a subscription: only the fields sent are changed."""

    name: str | None = None
    channels: list[str] | None = Field(default=None, min_length=1, repr=False)
    topics: list[Topic] | None = None
    min_severity: Severity | None = None
    keywords: list[str] | None = None
    places: list[str] | None = None
    sources: list[str] | None = None
    story_policy: StoryPolicy | None = None
    quiet_hours: QuietHours | None = None
    digest_minutes: int | None = Field(default=None, ge=1)
    max_per_hour: int | None = Field(default=None, ge=1)


class PreviewRequest(SubscriptionFilter):
    """A filter to try against recent alerts before saving it."""

    last: int = Field(default=200, ge=1, le=5000, description="How many recent alerts to try.")


class PreviewResult(_Message):
    """How noisy a filter would have been over recent alerts."""

    considered: int = Field(description="Recent alerts tried.")
    matched: int = Field(description="How many the filter would have sent.")
    examples: list[str] = Field(default_factory=list)


class ChannelTestResult(_Message):
    """The outcome of a test alert on one channel."""

    channel: str = Field(description="Redacted channel URL.")
    ok: bool
    error: str | None = None


class Subscription(SubscriptionCreate):
    """A stored subscription (key space `<prefix>subscriptions:*`). Channels are secrets."""

    schema_version: int = SCHEMA_VERSION
    id: str
    owner: str = Field(default="admin", description="Id of the token that created it.")
    created_at: datetime


class SubscriptionPublic(SubscriptionSettings):
    """A subscription as the API and CLI show it: channels redacted."""

    id: str
    owner: str
    created_at: datetime
    channels: list[str]


class DeliveryStatus(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    RETRYING = "retrying"
    SUPPRESSED = "suppressed"


class Delivery(_Message):
    """One attempt to send one alert to one channel (stream `news.deliveries`)."""

    schema_version: int = SCHEMA_VERSION
    alert_id: str
    update_id: str
    subscription_id: str
    channel: str = Field(description="Redacted channel URL.")
    status: DeliveryStatus
    attempts: int = 1
    error: str | None = None
    detail: str | None = Field(default=None, description='E.g. "held: quiet hours until 07:00".')
    latency_ms: float | None = None
    created_at: datetime
