"""How messages sit in stream entries: JSON in the `json` field, readable by any Redis client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from shared.errors import ParseError
from shared.streams import WIRE_FIELD

Model = TypeVar("Model", bound=BaseModel)
Fields = dict[str, str]


def encode(message: BaseModel, **extra: str) -> Fields:
    """Entry fields for a message; `extra` adds plain fields (e.g. update_id) for filtering."""
    return {WIRE_FIELD: message.model_dump_json(), "type": type(message).__name__, **extra}


def as_text(value: Any) -> str:
    """A Redis reply value as str, whichever way the client decoded it."""
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


def text_fields(raw: Mapping[Any, Any] | None) -> Fields:
    """Entry fields as str, whichever way the client decoded them."""
    return {as_text(k): as_text(v) for k, v in (raw or {}).items()}


def entries(reply: Any) -> list[tuple[str, Fields]]:
    """An XRANGE / XREVRANGE reply as (entry id, fields) pairs of str."""
    return [(as_text(entry_id), text_fields(fields)) for entry_id, fields in reply or []]


def decode(model: type[Model], fields: Mapping[str, str]) -> Model:
    """The message in an entry; a ParseError (a poison message) when it is not one."""
    payload = fields.get(WIRE_FIELD)
    if payload is None:
        raise ParseError(f"stream entry has no {WIRE_FIELD!r} field (fields: {sorted(fields)})")
    try:
        return model.model_validate_json(payload)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "message"
        raise ParseError(f"not a valid {model.__name__}: {where}: {first['msg']}") from None
