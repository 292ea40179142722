"""Bundle of provider clients handed to helper functions.

Introduced during the 'registry' refactor; only the labelling tasks use it so far.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labelling_flows import llm


@dataclass
class LLMContext:
    openai: Any
    anthropic: Any
    cohere: Any
    label_model: str

    @classmethod
    def from_task_secrets(cls, label_model: str) -> "LLMContext":
        return cls(
            openai=llm.get_openai_client(),
            anthropic=llm.get_anthropic_client(),
            cohere=llm.get_cohere_client(),
            label_model=label_model,
        )
