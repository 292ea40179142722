"""Configuration objects passed around the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import anthropic
import cohere
import openai
from pydantic import BaseModel, ConfigDict, Field, model_validator


@dataclass
class AgentDeps:
    llm: anthropic.Anthropic = field(default_factory=anthropic.Anthropic)
    model: str = "claude-sonnet-4-5"
    max_tokens: int = 1024


class RerankConfig(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    client: cohere.ClientV2 = Field(default_factory=cohere.ClientV2)
    model: str = "rerank-v3.5"
    top_n: int = 5


class Summarizer(BaseModel):
    """Old-style chain: the validator stores the endpoint, not the client."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    client: Any = None
    model_name: str = "gpt-4o-mini"
    temperature: float = 0.0

    @model_validator(mode="before")
    @classmethod
    def build_client(cls, values: dict) -> dict:
        values["client"] = openai.OpenAI().chat.completions
        return values

    def summarize(self, text: str) -> str:
        completion = self.client.create(
            model=self.model_name,
            temperature=self.temperature,
            messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
        )
        return completion.choices[0].message.content
