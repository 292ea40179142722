"""Replicate-hosted open models (used for the image captioner and some evals)."""

from __future__ import annotations

import os
import time
from typing import Sequence

import replicate
from replicate.exceptions import ModelError

from mlserve.types import ChatResult

LLAMA_REF = "meta/meta-llama-3-70b-instruct"


def _flatten(messages: Sequence[dict[str, str]]) -> tuple[str, str]:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages if m["role"] != "system")
    return system, prompt


class ReplicateProvider:
    name = "replicate"

    def __init__(self, model_ref: str = LLAMA_REF) -> None:
        self.model_ref = model_ref

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        system, prompt = _flatten(messages)
        try:
            output = replicate.run(
                model or self.model_ref,
                input={
                    "prompt": prompt,
                    "system_prompt": system,
                    "max_new_tokens": max_tokens,
                    "temperature": temperature,
                },
            )
        except ModelError as exc:
            raise RuntimeError(f"replicate prediction failed: {exc.prediction.error}") from exc
        return ChatResult(text="".join(output), model=model or self.model_ref, provider=self.name)

    def model_version(self) -> str:
        # metadata lookup only, no prediction is created
        return replicate.models.get(self.model_ref).latest_version.id


class ReplicateBatchRunner:
    """Fire-and-poll predictions, for the nightly jobs."""

    def __init__(self, api_token: str | None = None) -> None:
        self.client = replicate.Client(api_token=api_token or os.environ.get("REPLICATE_API_TOKEN"))

    def submit(self, version: str, prompt: str, **params: object) -> str:
        prediction = self.client.predictions.create(
            version=version, input={"prompt": prompt, **params}
        )
        return prediction.id

    def wait(self, prediction_id: str, poll_s: float = 2.0, timeout_s: float = 600.0) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            pred = self.client.predictions.get(prediction_id)
            if pred.status == "succeeded":
                return "".join(pred.output or [])
            if pred.status in {"failed", "canceled"}:
                raise RuntimeError(f"prediction {prediction_id} {pred.status}: {pred.error}")
            time.sleep(poll_s)
        raise TimeoutError(prediction_id)
