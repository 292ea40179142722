"""Configuration loading.

Values come from a YAML file (``GATEWAY_CONFIG``, default ``/etc/edge-gw/config.yaml``)
and are overridden by environment variables.  Keep this module free of
side effects beyond reading files: it is imported by the scripts too.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = "/etc/edge-gw/config.yaml"


@dataclass
class MqttSettings:
    host: str = "localhost"
    port: int = 1883
    client_id: str = "edge-gw"
    keepalive: int = 60
    tls: bool = False
    username: str | None = None
    password: str | None = None
    base_topic: str = "site/default"


@dataclass
class LlmSettings:
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    google_api_key: str | None = None
    voyage_api_key: str | None = None
    xai_api_key: str | None = None
    anomaly_model: str = "gpt-4o-mini"
    operator_model: str = "claude-3-5-sonnet-latest"
    alarm_model: str = "gemini-2.0-flash"
    diagnostics_model: str = "grok-2-latest"
    embedding_model: str = "voyage-3"
    request_timeout_s: float = 30.0


@dataclass
class Settings:
    mqtt: MqttSettings = field(default_factory=MqttSettings)
    llm: LlmSettings = field(default_factory=LlmSettings)
    max_workers: int = 4
    burst_window_s: int = 30
    burst_threshold: int = 5
    db_path: str = "/var/lib/edge-gw/incidents.db"
    dry_run: bool = False


_ENV_MAP = {
    "MQTT_HOST": ("mqtt", "host", str),
    "MQTT_PORT": ("mqtt", "port", int),
    "MQTT_CLIENT_ID": ("mqtt", "client_id", str),
    "MQTT_USERNAME": ("mqtt", "username", str),
    "MQTT_PASSWORD": ("mqtt", "password", str),
    "MQTT_TLS": ("mqtt", "tls", lambda v: v.lower() in ("1", "true", "yes")),
    "OPENAI_API_KEY": ("llm", "openai_api_key", str),
    "ANTHROPIC_API_KEY": ("llm", "anthropic_api_key", str),
    "GOOGLE_API_KEY": ("llm", "google_api_key", str),
    "VOYAGE_API_KEY": ("llm", "voyage_api_key", str),
    "XAI_API_KEY": ("llm", "xai_api_key", str),
}


def _apply(section: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if hasattr(section, key):
            setattr(section, key, value)
        else:
            log.warning("unknown config key %s ignored", key)


def load_settings(path: str | None = None) -> Settings:
    settings = Settings()
    cfg_path = Path(path or os.environ.get("GATEWAY_CONFIG", DEFAULT_CONFIG_PATH))
    if cfg_path.exists():
        with cfg_path.open() as fh:
            raw = yaml.safe_load(fh) or {}
        _apply(settings.mqtt, raw.get("mqtt", {}))
        _apply(settings.llm, raw.get("llm", {}))
        workers = raw.get("workers", {})
        settings.max_workers = int(workers.get("max_workers", settings.max_workers))
        alarms = raw.get("alarms", {})
        settings.burst_window_s = int(alarms.get("burst_window_s", settings.burst_window_s))
        settings.burst_threshold = int(alarms.get("burst_threshold", settings.burst_threshold))
        settings.db_path = raw.get("db_path", settings.db_path)
    else:
        log.info("config file %s not found, using defaults + env", cfg_path)

    for env_name, (section, attr, conv) in _ENV_MAP.items():
        if env_name in os.environ:
            setattr(getattr(settings, section), attr, conv(os.environ[env_name]))
    settings.dry_run = os.environ.get("GATEWAY_DRY_RUN", "0") == "1"
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
