"""The sources file (YAML): which pages and feeds to poll, how often, and how to read them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Literal

import yaml  # type: ignore[import-untyped]  # PyYAML ships no type stubs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from services.ingest.html_page import HtmlSelectors
from shared.errors import ConfigError
from shared.models import SourceRef

SourceKind = Literal["auto", "text", "html", "jsonld", "feed"]
MIN_INTERVAL_SECONDS = 0.05


class SourceConfig(BaseModel):
    """One source: a URL (polled over HTTP) or a local path (re-read), with its parsing hints."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", description="Used in keys.")
    name: str = ""
    url: str | None = None
    path: Path | None = Field(default=None, description="Relative to the working directory.")
    kind: SourceKind = "auto"
    interval_seconds: float = Field(default=300.0, ge=MIN_INTERVAL_SECONDS)
    selectors: HtmlSelectors | None = None
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise ValueError(f"must start with http:// or https://, got {value!r}")
        return value

    @model_validator(mode="after")
    def _url_or_path(self) -> SourceConfig:
        if (self.url is None) == (self.path is None):
            raise ValueError("give exactly one of url or path")
        return self

    @property
    def ref(self) -> SourceRef:
        """How updates of this source name it."""
        url = self.url or (self.path.resolve().as_uri() if self.path else None)
        return SourceRef(id=self.id, name=self.name or self.id, url=url)


class _SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[SourceConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> _SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen:
                raise ValueError(f"source id {source.id!r} is used twice; ids must be unique")
            seen.add(source.id)
        return self


def load_sources(path: Path) -> list[SourceConfig]:
    """Every source of the file, enabled or not; `ConfigError` naming file and field."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such sources file; copy sources.example.yaml there and edit it"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the sources file: {err}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid syntax"
        raise ConfigError(f"{path}: not valid YAML{where}: {problem}") from None
    return parse_sources(data, origin=str(path))


def parse_sources(data: Any, *, origin: str) -> list[SourceConfig]:
    """Sources from loaded YAML: a mapping with `sources:` or a bare list; `None` is empty."""
    if data is None:
        return []
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with a 'sources' list")
    try:
        return _SourcesFile.model_validate(data).sources
    except ValidationError as err:
        raise ConfigError(f"{origin}: {_describe(err, data)}") from None


def save_sources(path: Path, sources: list[SourceConfig]) -> None:
    """Write the file atomically (a reader never sees half of it)."""
    try:
        _SourcesFile(sources=sources)  # refuses duplicate ids before anything is written
    except ValidationError as err:
        raise ConfigError(f"{path}: {_describe(err, {})}") from None
    data = {"sources": [_dump(source) for source in sources]}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_source(path: Path, source: SourceConfig) -> list[SourceConfig]:
    """Append a source (the file is created if missing); `ConfigError` if its id is taken."""
    sources = load_sources(path) if path.exists() else []
    if any(existing.id == source.id for existing in sources):
        raise ConfigError(f"{path}: a source with id {source.id!r} exists; remove it first")
    sources.append(source)
    save_sources(path, sources)
    return sources


def remove_source(path: Path, source_id: str) -> list[SourceConfig]:
    """Remove a source by id; `ConfigError` if there is none."""
    sources = load_sources(path)
    kept = [source for source in sources if source.id != source_id]
    if len(kept) == len(sources):
        known = ", ".join(s.id for s in sources) or "none"
        raise ConfigError(f"{path}: no source with id {source_id!r} (known: {known})")
    save_sources(path, kept)
    return kept


def _dump(source: SourceConfig) -> dict[str, Any]:
    data = source.model_dump(mode="json", exclude_defaults=True)
    data["id"] = source.id
    return {key: data[key] for key in SourceConfig.model_fields if key in data}


def _describe(err: ValidationError, data: dict[str, Any]) -> str:
    """'sources[1] (id "x").interval_seconds: ...' for each problem."""
    problems = []
    for error in err.errors():
        loc = list(error["loc"])
        where = ""
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            index = loc[1]
            items = data.get("sources")
            item = items[index] if isinstance(items, list) and index < len(items) else None
            ident = item.get("id") if isinstance(item, dict) else None
            where = f"sources[{index}]" + (f" (id {ident!r})" if ident else "")
            loc = loc[2:]
        field = ".".join(str(part) for part in loc)
        label = ".".join(part for part in (where, field) if part) or "sources"
        message = error["msg"].removeprefix("Value error, ")
        problems.append(f"{label}: {message}")
    return "; ".join(problems)
