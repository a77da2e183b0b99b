"""Economy told by money raised, currencies, energy trade and stalled projects; weapons sold
abroad and trade routes that only place a town are not economy news."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

E = Topic.ECONOMY


@pytest.mark.parametrize(
    ("text", "economy"),
    [
        ("Lviv drone maker closes funding round\nThe startup raised $40 million.", True),
        ("Lira slides\nThe currency fell to 41 per dollar on the parallel market this week.", True),
        ("Oil firm lifts force majeure at Basra terminal\nLoading resumed on Monday.", True),
        ("Gas deliveries to the enclave stop\nFactories shut on Wednesday.", True),
        ("Berlin curbs arms exports\nGermany paused arms exports to the region until May.", False),
        ("Rebels take Lashio\nRebels seized Lashio, a city on a key trade route to China.", False),
    ],
)
def test_economy_news(text: str, economy: bool) -> None:
    assert (E in topics_of(text)) is economy


@pytest.mark.parametrize(
    ("text", "economy"),
    [
        ("Shipyard wins $2.1bn contract\nThe yard will build four frigates for the navy.", True),
        ("Ammunition maker books framework order\nThe deal runs for six years.", True),
        ("Seoul lands arms export contract\nThe buyer takes 96 howitzers from 2027.", True),
        ("Ceasefire deal signed\nBoth sides agreed to pull back heavy weapons.", False),
    ],
)
def test_contracts_of_the_arms_industry(text: str, economy: bool) -> None:
    assert (E in topics_of(text)) is economy


@pytest.mark.parametrize(
    "text",
    [
        "Chipmaker books record profit\nQuarterly net income rose 39% on demand for servers.",
        "Carmaker's union walks out\nWorkers downed tools for four hours on each shift.",
    ],
)
def test_company_results_and_labour_disputes(text: str) -> None:
    assert E in topics_of(text)
