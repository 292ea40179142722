"""Gateway configuration, loaded from TOML.

The file layout mirrors ``gateway.toml`` at the repo root.  Environment
variables override a handful of values so that the k8s deployment does not
need a ConfigMap change for every tweak.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG_PATH = Path(os.environ.get("GATEWAY_CONFIG", "gateway.toml"))


@dataclass
class ServerConfig:
    host: str = "0.0.0.0"
    port: int = 18861
    max_workers: int = 32
    auth_tokens_env: str = "GATEWAY_TOKENS"


@dataclass
class BackendConfig:
    name: str
    enabled: bool = True
    model: str = ""
    embed_model: str | None = None
    rerank_model: str | None = None
    region: str | None = None
    timeout: float = 30.0
    max_tokens: int = 1024
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DefaultsConfig:
    chat_backend: str = "openai"
    embed_backend: str = "cohere"
    summary_backend: str = "anthropic"
    classify_backend: str = "anthropic"


@dataclass
class GatewayConfig:
    server: ServerConfig
    defaults: DefaultsConfig
    backends: dict[str, BackendConfig]

    def backend(self, name: str) -> BackendConfig:
        try:
            return self.backends[name]
        except KeyError as exc:
            raise KeyError(f"backend {name!r} is not configured") from exc


_KNOWN_BACKEND_KEYS = {
    "enabled", "model", "embed_model", "rerank_model", "region", "timeout", "max_tokens",
}


def _parse_backend(name: str, raw: dict[str, Any]) -> BackendConfig:
    extra = {k: v for k, v in raw.items() if k not in _KNOWN_BACKEND_KEYS}
    return BackendConfig(
        name=name,
        enabled=bool(raw.get("enabled", True)),
        model=raw.get("model", ""),
        embed_model=raw.get("embed_model"),
        rerank_model=raw.get("rerank_model"),
        region=raw.get("region"),
        timeout=float(raw.get("timeout", 30.0)),
        max_tokens=int(raw.get("max_tokens", 1024)),
        extra=extra,
    )


def load_config(path: str | Path | None = None) -> GatewayConfig:
    path = Path(path) if path else DEFAULT_CONFIG_PATH
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)

    server = ServerConfig(**raw.get("server", {}))
    if "GATEWAY_PORT" in os.environ:
        server.port = int(os.environ["GATEWAY_PORT"])
    defaults = DefaultsConfig(**raw.get("defaults", {}))
    backends = {
        name: _parse_backend(name, section)
        for name, section in raw.get("backends", {}).items()
    }
    return GatewayConfig(server=server, defaults=defaults, backends=backends)
