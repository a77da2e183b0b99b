"""Stream entries carry plain JSON that any Redis client can read."""

import json

import pytest

from shared import wire
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef


def _update() -> NewsUpdate:
    return NewsUpdate(id="u1", revision="r1", source=SourceRef(id="s"), headline="H", body="B")


def test_an_entry_is_json_in_the_json_field() -> None:
    fields = wire.encode(_update(), update_id="u1")
    assert json.loads(fields["json"])["headline"] == "H"
    assert fields["update_id"] == "u1"
    assert fields["type"] == "NewsUpdate"


def test_decode_reads_bytes_fields_as_a_redis_client_returns_them() -> None:
    raw = {k.encode(): v.encode() for k, v in wire.encode(_update()).items()}
    assert wire.decode(NewsUpdate, wire.text_fields(raw)) == _update()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"n": "1"}, "no 'json' field"),
        ({"json": "{not json"}, "not a valid NewsUpdate"),
        ({"json": '{"id": "x"}'}, "not a valid NewsUpdate"),
    ],
)
def test_a_poison_entry_is_a_parse_error(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ParseError, match=message):
        wire.decode(NewsUpdate, fields)
