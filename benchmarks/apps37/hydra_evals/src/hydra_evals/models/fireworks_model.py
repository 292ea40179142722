from __future__ import annotations

import time
from typing import Any, Sequence

from .base import BaseModel, GenerationResult, Message
from .clients import get_fireworks_client


class FireworksModel(BaseModel):
    provider = "fireworks"

    def __init__(self, model_name: str, **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        client = get_fireworks_client()
        start = time.perf_counter()
        out = client.chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            temperature=kwargs.get("temperature", self.temperature),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
        )
        usage = out.usage
        return GenerationResult(
            text=out.choices[0].message.content or "",
            model=self.model_name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=time.perf_counter() - start,
            finish_reason=out.choices[0].finish_reason,
        )
