"""One settings class, loaded once at start and passed down; every variable is in the README."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from shared.errors import ConfigError
from shared.streams import Keys

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class Settings(BaseSettings):
    """Environment variables (prefix `NEWSALERT_`, plus `REDIS_URL`)."""

    model_config = SettingsConfigDict(env_prefix="NEWSALERT_", extra="ignore", frozen=True)

    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("REDIS_URL", "NEWSALERT_REDIS_URL"),
        description="Redis/Valkey server; unset: an embedded Valkey under data_dir.",
    )
    data_dir: Path = Path(".newsalert")
    key_prefix: str = "newsalert:"
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=0, le=65535)
    admin_token: SecretStr | None = None
    allowed_private_networks: Annotated[tuple[Network, ...], NoDecode] = ()
    sources_file: Path = Path("sources.yaml")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"
    max_deliveries: int = Field(default=5, ge=1, description="Attempts before a dead letter.")
    reclaim_idle_ms: int = Field(
        default=30_000, ge=100, description="Pending this long, a message is retried."
    )
    send_timeout_seconds: float = Field(default=10.0, gt=0)
    retry_base_seconds: float = Field(
        default=5.0, gt=0, description="First retry of a failed send after about this long."
    )
    ops_channel: SecretStr | None = Field(
        default=None, description="Apprise URL for operator alerts (failing sources)."
    )

    @field_validator("allowed_private_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(
                ipaddress.ip_network(part.strip(), strict=False)
                for part in value.split(",")
                if part.strip()
            )
        return value

    @property
    def keys(self) -> Keys:
        return Keys(self.key_prefix)


def load_settings(**overrides: object) -> Settings:
    """Read the environment; a bad value becomes a ConfigError naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]  # pydantic-settings kwargs
    except ValidationError as err:
        problems = "; ".join(
            f"NEWSALERT_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in err.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from None
    except ValueError as err:
        raise ConfigError(f"invalid settings: {err}") from None
