"""Topics and severity levels as plain names for the classifier's hot path.

Imported by name (`from services.classify.labels import STRIKE`), a member costs the compiled
modules one dictionary lookup per use; `Topic.STRIKE` adds an attribute lookup on the enum class,
which made about 4 % of the instructions per update."""

from __future__ import annotations

from typing import Final

from shared.models import Severity, Topic

CASUALTIES: Final = Topic.CASUALTIES
TROOP_DEPLOYMENT: Final = Topic.TROOP_DEPLOYMENT
TERRITORIAL_CHANGE: Final = Topic.TERRITORIAL_CHANGE
STRIKE: Final = Topic.STRIKE
GROUND_COMBAT: Final = Topic.GROUND_COMBAT
MILITARY_AID: Final = Topic.MILITARY_AID
DIPLOMACY_SANCTIONS: Final = Topic.DIPLOMACY_SANCTIONS
HUMANITARIAN_INFRASTRUCTURE: Final = Topic.HUMANITARIAN_INFRASTRUCTURE
NUCLEAR_CBRN: Final = Topic.NUCLEAR_CBRN
ECONOMY: Final = Topic.ECONOMY

CRITICAL: Final = Severity.CRITICAL
HIGH: Final = Severity.HIGH
MEDIUM: Final = Severity.MEDIUM
LOW: Final = Severity.LOW
INFO: Final = Severity.INFO
