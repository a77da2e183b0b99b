"""The sources file: loading, validation errors that name file and field, add/remove/save."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.ingest.html_page import HtmlSelectors
from services.ingest.sources import (
    SourceConfig,
    add_source,
    load_sources,
    parse_sources,
    remove_source,
    save_sources,
)
from shared.errors import ConfigError

EXAMPLE = Path(__file__).parents[3] / "sources.example.yaml"


def test_example_file_loads() -> None:
    sources = load_sources(EXAMPLE)
    assert len(sources) >= 3
    assert len({s.id for s in sources}) == len(sources)
    html = next(s for s in sources if s.selectors is not None)
    assert isinstance(html.selectors, HtmlSelectors)


def test_defaults_and_ref() -> None:
    (source,) = parse_sources([{"id": "a", "url": "https://x.example/live"}], origin="t")
    assert (source.kind, source.interval_seconds, source.enabled) == ("auto", 300.0, True)
    assert source.ref.name == "a"
    assert source.ref.url == "https://x.example/live"


def test_path_source_ref_is_a_file_uri(tmp_path: Path) -> None:
    (source,) = parse_sources([{"id": "f", "path": str(tmp_path / "blog.txt")}], origin="t")
    assert source.ref.url is not None
    assert source.ref.url.startswith("file://")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([{"id": "a"}], "sources[0] (id 'a'): give exactly one of url or path"),
        ([{"id": "a", "url": "u", "path": "p"}], "url: must start with http"),
        ([{"id": "a", "url": "https://x", "interval_seconds": 0}], "interval_seconds"),
        ([{"id": "a", "url": "https://x", "kind": "pdf"}], "kind"),
        ([{"id": "a", "url": "https://x", "colour": "red"}], "colour"),
        ([{"id": "bad id!", "url": "https://x"}], "sources[0] (id 'bad id!').id"),
        ([{"url": "https://x"}], "sources[0].id: Field required"),
        ([{"id": "a", "url": "https://x"}, {"id": "a", "url": "https://y"}], "used twice"),
        ([{"id": "a", "url": "https://x", "selectors": {"update": "[[["}}], "selectors.update"),
        ("just a string", "expected a mapping"),
        ({"sources": [{"id": "a", "url": "https://x"}], "extra": 1}, "extra"),
    ],
)
def test_validation_errors_name_file_and_field(data: object, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_sources(data, origin="my-sources.yaml")
    message = str(info.value)
    assert message.startswith("my-sources.yaml: ")
    assert fragment in message


def test_empty_file_has_no_sources(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("")
    assert load_sources(path) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("sources: [\n  - id: a\n  url", "not valid YAML at line"), ("\x00", "not valid YAML")],
)
def test_bad_yaml(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=fragment):
        load_sources(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such sources file"):
        load_sources(tmp_path / "none.yaml")


def test_add_save_load_remove_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "sources.yaml"
    first = SourceConfig(id="one", url="https://x.example/a", interval_seconds=60)
    second = SourceConfig(
        id="two", path=Path("blog.txt"), kind="text", selectors=HtmlSelectors(update="div.e")
    )
    add_source(path, first)
    add_source(path, second)
    assert load_sources(path) == [first, second]
    assert "interval_seconds: 300" not in path.read_text()  # defaults are not written
    with pytest.raises(ConfigError, match="exists"):
        add_source(path, first)
    assert remove_source(path, "one") == [second]
    assert load_sources(path) == [second]
    with pytest.raises(ConfigError, match="no source with id 'one'"):
        remove_source(path, "one")


def test_save_refuses_duplicates_and_leaves_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    source = SourceConfig(id="one", url="https://x.example/a")
    save_sources(path, [source])
    before = path.read_text()
    with pytest.raises(ConfigError, match="used twice"):
        save_sources(path, [source, source])
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["sources.yaml"]
