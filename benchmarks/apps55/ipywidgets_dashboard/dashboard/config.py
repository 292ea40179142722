"""Configuration for the dashboard (env driven, overridable from notebooks)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ModelConfig:
    openai_chat: str = "gpt-4o-mini"
    openai_vision: str = "gpt-4o"
    openai_embed: str = "text-embedding-3-small"
    anthropic_chat: str = "claude-3-5-sonnet-20241022"
    anthropic_fast: str = "claude-3-5-haiku-20241022"
    gemini_chat: str = "gemini-2.0-flash"
    gemini_embed: str = "text-embedding-004"
    mistral_chat: str = "mistral-large-latest"
    mistral_code: str = "codestral-latest"
    mistral_embed: str = "mistral-embed"
    perplexity_chat: str = "sonar-pro"


@dataclass
class DashboardConfig:
    data_dir: Path = Path("data")
    warehouse_url: str = "duckdb:///data/warehouse.duckdb"
    default_backend: str = "openai"
    models: ModelConfig = field(default_factory=ModelConfig)
    max_rows_preview: int = 200
    enable_web_search: bool = False
    enable_chat_panel: bool = True
    temperature: float = 0.2
    theme: str = "light"

    @classmethod
    def from_env(cls) -> "DashboardConfig":
        cfg = cls()
        cfg.data_dir = Path(os.environ.get("DASHBOARD_DATA_DIR", "data"))
        cfg.warehouse_url = os.environ.get("DASHBOARD_WAREHOUSE_URL", cfg.warehouse_url)
        cfg.default_backend = os.environ.get("DASHBOARD_BACKEND", cfg.default_backend)
        cfg.enable_web_search = os.environ.get("DASHBOARD_WEB_SEARCH", "0") == "1"
        if "DASHBOARD_TEMPERATURE" in os.environ:
            cfg.temperature = float(os.environ["DASHBOARD_TEMPERATURE"])
        return cfg

    def as_dict(self) -> dict:
        return {
            "data_dir": str(self.data_dir),
            "warehouse_url": self.warehouse_url,
            "default_backend": self.default_backend,
            "temperature": self.temperature,
        }
