"""Shared application state: one per Dashboard instance, passed to every tab."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard.config import DashboardConfig
from dashboard.llm import (
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from dashboard.services import ChartExplainer, DataFrameSummarizer, DataLoader, QuestionAnswerer, SQLWriter


@dataclass
class AppState:
    config: DashboardConfig
    openai: Any = field(default_factory=get_openai_client)
    aopenai: Any = field(default_factory=get_async_openai_client)
    anthropic: Any = field(default_factory=get_anthropic_client)
    genai: Any = field(default_factory=get_genai_client)
    mistral: Any = field(default_factory=get_mistral_client)
    services: dict[str, Any] = field(default_factory=dict)
    current_dataset: str | None = None

    def __post_init__(self):
        loader = DataLoader(self.config.data_dir, self.config.warehouse_url)
        self.services["loader"] = loader
        self.services["explainer"] = ChartExplainer(
            self.openai, self.anthropic,
            vision_model=self.config.models.openai_vision,
            claude_model=self.config.models.anthropic_chat,
        )
        self.services["summarizer"] = DataFrameSummarizer(self.mistral, model=self.config.models.mistral_chat)
        self.services["sql"] = SQLWriter(self.config.default_backend, runner=loader.run_sql)
        self.services["qa"] = QuestionAnswerer(self.config, loader.context_summary)

    @property
    def loader(self) -> DataLoader:
        return self.services["loader"]

    def dataset(self):
        if self.current_dataset is None:
            return None
        return self.loader.datasets.get(self.current_dataset)
