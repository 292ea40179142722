from __future__ import annotations

import time
from typing import Any

from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_fireworks_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase

# Prompt template for base (non-instruct) checkpoints, which we still evaluate for
# the fine-tuning team.
RAW_TEMPLATE = "{system}\n\n### Question\n{prompt}\n\n### Answer\n"


class FireworksAdapter(ModelAdapter):
    provider = "fireworks"

    def __init__(self, model: str, **params: Any) -> None:
        # Spec strings use the short name; the API wants the full resource path.
        if not model.startswith("accounts/"):
            model = f"accounts/fireworks/models/{model}"
        super().__init__(model, **params)
        self._client = get_fireworks_client()
        self._raw_prompt = bool(params.get("raw_prompt", False))

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        t0 = time.perf_counter()
        if self._raw_prompt:
            resp = self._client.completions.create(
                model=self.model,
                prompt=RAW_TEMPLATE.format(system=case.system_prompt or "", prompt=case.prompt),
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                stop=["### Question"],
            )
            text = resp.choices[0].text
        else:
            resp = self._client.chat.completions.create(
                model=self.model,
                messages=self.build_messages(case),
                max_tokens=self.max_tokens,
                temperature=self.temperature,
            )
            text = resp.choices[0].message.content or ""

        return ModelOutput(
            text=text.strip(),
            model=self.model,
            provider=self.provider,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            latency_s=time.perf_counter() - t0,
            raw_id=resp.id,
        )
