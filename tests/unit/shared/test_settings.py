"""Settings come from the environment and fail with the variable's name."""

import ipaddress

import pytest

from shared.errors import ConfigError
from shared.settings import load_settings


def test_defaults_match_the_documented_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings = load_settings()
    assert settings.redis_url is None
    assert (settings.api_host, settings.api_port) == ("127.0.0.1", 8000)
    assert settings.keys.updates == "newsalert:news.updates"
    assert settings.allowed_private_networks == ()


def test_private_networks_are_comma_separated_cidrs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSALERT_ALLOWED_PRIVATE_NETWORKS", "127.0.0.0/8, 10.1.0.0/16")
    networks = load_settings().allowed_private_networks
    assert ipaddress.ip_address("127.0.0.1") in networks[0]
    assert ipaddress.ip_address("10.1.2.3") in networks[1]


def test_redis_url_is_read_without_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://cache:6379/2")
    assert load_settings().redis_url == "redis://cache:6379/2"


def test_a_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSALERT_API_PORT", "eighty")
    with pytest.raises(ConfigError, match="NEWSALERT_API_PORT"):
        load_settings()


def test_admin_token_is_not_in_the_settings_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSALERT_ADMIN_TOKEN", "very-secret-value")
    assert "very-secret-value" not in repr(load_settings())
