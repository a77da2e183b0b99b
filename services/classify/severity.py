"""The taxonomy's severity rule: topics, facts and cues in, one level and a reason out."""

from __future__ import annotations

from typing import NamedTuple

from services.classify.labels import (
    CASUALTIES,
    CRITICAL,
    DIPLOMACY_SANCTIONS,
    ECONOMY,
    GROUND_COMBAT,
    HIGH,
    HUMANITARIAN_INFRASTRUCTURE,
    INFO,
    LOW,
    MEDIUM,
    MILITARY_AID,
    NUCLEAR_CBRN,
    STRIKE,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
)
from services.classify.signals import Signals
from shared.models import Facts, Severity, Topic


class Fired(NamedTuple):
    """One rule that fired: its level and the words a subscriber reads."""

    level: Severity
    reason: str


_TOPIC_LABELS = {t: t.value.replace("_", " ") for t in Topic}


def _n(value: int, one: str, many: str) -> str:
    return f"{value:,} {one if value == 1 else many}"


def _casualty_rules(facts: Facts, signals: Signals) -> list[Fired]:
    """Casualty rules, most telling first ("a child was killed" before "34 injured")."""
    out: list[Fired] = []
    killed = facts.killed.value if facts.killed else None
    injured = facts.injured.value if facts.injured else None
    kids_killed = facts.children_killed.value if facts.children_killed else 0
    kids_injured = facts.children_injured.value if facts.children_injured else 0
    if kids_killed >= 3:
        out.append(Fired(CRITICAL, f"{kids_killed:,} children killed"))
    elif kids_killed:
        what = "a child was killed" if kids_killed == 1 else f"{kids_killed} children killed"
        out.append(Fired(HIGH, what))
    if killed is not None and killed >= 20:
        out.append(Fired(CRITICAL, f"{killed:,} killed"))
    elif killed is not None and killed >= 5:
        out.append(Fired(HIGH, f"{killed:,} killed"))
    elif killed:
        out.append(Fired(MEDIUM, _n(killed, "person killed", "people killed")))
    if injured is not None and injured >= 100:
        out.append(Fired(CRITICAL, f"{injured:,} injured"))
    elif injured is not None and injured >= 25:
        out.append(Fired(HIGH, f"{injured:,} injured"))
    elif injured is not None and injured >= 5:
        out.append(Fired(MEDIUM, f"{injured:,} injured"))
    elif injured:
        out.append(Fired(LOW, f"{injured:,} injured"))
    if kids_injured:
        what = "a child injured" if kids_injured == 1 else f"{kids_injured:,} children injured"
        out.append(Fired(MEDIUM, what))
    if (
        killed
        and injured
        and killed + injured >= 30
        and not any(f.level.rank >= HIGH.rank for f in out)
    ):
        out.append(Fired(HIGH, f"{killed + injured:,} killed or injured"))
    if facts.killed_or_injured is not None:
        # Told together, the count's lowest reading by any split: 119 has 100 injured or 20
        # killed, 30 makes killed + injured >= 30, 5 has a death or 5 injured.
        together = facts.killed_or_injured.value
        level = (
            CRITICAL if together >= 119
            else HIGH if together >= 30
            else MEDIUM if together >= 5
            else LOW
        )  # fmt: skip
        out.append(Fired(level, f"{together:,} killed or injured"))
    if killed is None and signals.deaths_unnumbered:
        out.append(Fired(MEDIUM, "deaths reported"))
    return out


def _capture_rules(facts: Facts, signals: Signals) -> list[Fired]:
    status = facts.status
    size = signals.capture_size or "town"
    if status == "denied":
        return [Fired(LOW, "a capture is denied")]
    name = signals.capture_place
    if signals.capture_partial:
        # Districts or outskirts taken are fighting for the place, not the place itself.
        return [Fired(LOW, f"part of {name or 'a place'} changed hands")]

    def of(kind: str) -> str:
        # "the town of Selydove", or "a town" when no place was recognised.
        return f"the {kind} of {name}" if name else f"a {kind}"

    if status in ("confirmed", "reported"):
        if size == "capital":
            where = f"regional capital {name}" if name else "a regional capital"
            return [Fired(CRITICAL, f"confirmed capture of {where}")]
        if size == "city":
            return [Fired(CRITICAL, f"confirmed capture of {of('city')}")]
        if size == "town" or signals.capture_strategic:
            return [Fired(HIGH, f"confirmed capture of {name or 'a strategic place'}")]
        return [Fired(MEDIUM, f"confirmed capture of {of('village')}")]
    if size in ("capital", "city"):
        return [Fired(HIGH, f"claimed capture of {of('city')}")]
    if signals.capture_size is None and signals.capture_strategic:
        near = f" near {name}" if name else ""
        return [Fired(MEDIUM, f"claimed capture of a strategic site{near}")]
    if size == "town":
        return [Fired(MEDIUM, f"claimed capture of {of('town')}")]
    return [Fired(LOW, f"claimed capture of {of('village')}")]


def _projectiles(facts: Facts) -> int:
    drones = facts.drones_launched or facts.drones_downed
    missiles = facts.missiles_launched or facts.missiles_downed
    return (drones.value if drones else 0) + (missiles.value if missiles else 0)


def fired_rules(
    topics: set[Topic], facts: Facts, signals: Signals, *, enemy_loss_claim: bool = False
) -> list[Fired]:
    """Every rule of the taxonomy's table that fires, before modifiers."""
    out: list[Fired] = [Fired(LOW, _TOPIC_LABELS[t]) for t in sorted(topics)]
    if CASUALTIES in topics and not enemy_loss_claim:
        out.extend(_casualty_rules(facts, signals))
    elif CASUALTIES in topics:
        out.append(Fired(LOW, "one side's claim of enemy losses"))
    if NUCLEAR_CBRN in topics:
        if signals.nuclear_harm:
            out.append(Fired(CRITICAL, "nuclear harm reported"))
        if signals.chemical_use:
            out.append(Fired(CRITICAL, "chemical weapons used"))
        if signals.offsite_power_lost:
            out.append(Fired(HIGH, "a nuclear plant lost off-site power"))
        if signals.head_of_state_nuclear_threat:
            out.append(Fired(HIGH, "a head of state threatened nuclear use"))
    if signals.first_combat and topics & {GROUND_COMBAT, TROOP_DEPLOYMENT}:
        out.append(Fired(CRITICAL, "a new state's forces reported in combat"))
    if (
        signals.nato_state
        and STRIKE in topics
        and CASUALTIES in topics
        and ((facts.killed and facts.killed.value) or (facts.injured and facts.injured.value))
    ):
        out.append(Fired(CRITICAL, "a NATO state hit with casualties"))
    if TERRITORIAL_CHANGE in topics:
        out.extend(_capture_rules(facts, signals))
    # A denied deployment counts for nothing; a denied capture does not deny reinforcements.
    if TROOP_DEPLOYMENT in topics and (facts.status != "denied" or TERRITORIAL_CHANGE in topics):
        troops = facts.troops.value if facts.troops else None
        if signals.new_foreign_troops:
            out.append(Fired(HIGH, "a foreign state's troops newly sent in"))
        if troops is not None and signals.troops_withdrawn:
            out.append(Fired(MEDIUM, f"{troops:,} troops withdrawn"))
        elif troops is not None and troops >= 1000:
            out.append(Fired(HIGH, f"{troops:,} troops deployed"))
        elif troops is not None:
            out.append(Fired(MEDIUM, f"{troops:,} troops deployed"))
        else:
            out.append(Fired(MEDIUM, "troops deployed"))
    if STRIKE in topics:
        projectiles = _projectiles(facts)
        if projectiles >= 100:
            out.append(Fired(HIGH, f"{projectiles:,} drones and missiles in one attack"))
        elif projectiles >= 30:
            out.append(Fired(MEDIUM, f"{projectiles:,} drones and missiles launched"))
        if HUMANITARIAN_INFRASTRUCTURE in topics and signals.energy_hit:
            out.append(Fired(MEDIUM, "critical infrastructure hit"))
    if HUMANITARIAN_INFRASTRUCTURE in topics and signals.region_blackout:
        out.append(Fired(HIGH, "a region-wide blackout"))
    if DIPLOMACY_SANCTIONS in topics:
        if signals.new_sanctions:
            out.append(Fired(MEDIUM, "new sanctions"))
        if signals.ceasefire_or_talks:
            out.append(Fired(MEDIUM, "a ceasefire or talks announced"))
    if MILITARY_AID in topics and signals.aid_billions >= 1:
        out.append(Fired(MEDIUM, f"an aid package of {signals.aid_billions:g} billion"))
    return out


# News that a running tally or a recalled event in the body does not cap when the headline
# reports it: "Mexico sends 1,000 troops" above "fighting has left 1,200 dead since 2024", a
# ceasefire agreed after a week of fighting "in which dozens were killed".
_UNTALLIED = frozenset(
    {
        TROOP_DEPLOYMENT,
        TERRITORIAL_CHANGE,
        MILITARY_AID,
        DIPLOMACY_SANCTIONS,
    }
)


def assess(
    topics: set[Topic],
    facts: Facts,
    signals: Signals,
    *,
    enemy_loss_claim: bool = False,
    headline_topics: frozenset[Topic] = frozenset(),
) -> tuple[Severity, str]:
    """The severity and a one-sentence reason naming the highest rule(s) that fired.

    `headline_topics`: the topics the headline reports outside any tally or recalled event."""
    if not topics:
        return INFO, "info: nothing alertable"
    fired = fired_rules(topics, facts, signals, enemy_loss_claim=enemy_loss_claim)
    if topics == {ECONOMY}:
        fired = [f for f in fired if f.level is LOW]
    level = max((f.level for f in fired), key=lambda s: s.rank)
    reasons = [f.reason for f in fired if f.level is level]
    cap: str | None = None
    if (facts.aggregate or facts.historical) and level.rank > LOW.rank:
        news = headline_topics & _UNTALLIED
        news_fired = fired_rules(set(news), facts, signals) if news else []
        news_level = max((f.level for f in news_fired), key=lambda s: s.rank, default=None)
        if news_level is not None and news_level.rank > LOW.rank:
            level = news_level
            reasons = [f.reason for f in news_fired if f.level is level]
        else:
            cap = "a running tally" if facts.aggregate else "a past event recalled"
            level = LOW
    if (
        facts.modality == "future"
        and level.rank > MEDIUM.rank
        and not (NUCLEAR_CBRN in topics and signals.head_of_state_nuclear_threat)
    ):
        cap = "not yet happened"
        level = MEDIUM
    # Name the specific rules before the bare topic names.
    labels = {_TOPIC_LABELS[t] for t in topics}
    specific = [r for r in reasons if r not in labels]
    text = "; ".join(dict.fromkeys(specific or reasons))
    if cap:
        text = f"{text} ({cap})"
    return level, f"{level.value}: {text}"
