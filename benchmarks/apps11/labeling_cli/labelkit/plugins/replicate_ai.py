"""Replicate adapter.

Text items go to ``spec.model`` (e.g. ``meta/meta-llama-3-70b-instruct``) through the
injected client. Items carrying an ``image_url`` go to a vision model; that path predates the
shared client and still relies on the module-level default client (REPLICATE_API_TOKEN).
"""
from __future__ import annotations

import time
from typing import Any, Dict, Iterable, Optional

import replicate
from replicate.exceptions import ModelError, ReplicateError

from labelkit import prompts
from labelkit.errors import ProviderError, RetryableError
from labelkit.plugins.base import LabelResult, ProviderAdapter

DEFAULT_VISION_MODEL = "yorickvp/llava-13b:80537f9eead1a5bfa72d5ac6ea6414379be41d4d4f6679fd776e9535d1eb58bb"


def _join(output: Any) -> str:
    if isinstance(output, str):
        return output
    if isinstance(output, Iterable):
        return "".join(str(part) for part in output)
    return str(output)


class ReplicateAdapter(ProviderAdapter):
    name = "replicate"

    def __init__(self, spec, client=None, limiter=None) -> None:
        super().__init__(spec, client=client, limiter=limiter)
        self.vision_model = spec.options.get("vision_model", DEFAULT_VISION_MODEL)

    def _input(self, prompt: str) -> Dict[str, Any]:
        return {
            "prompt": prompt,
            "max_new_tokens": self.spec.max_tokens,
            "temperature": max(self.spec.temperature, 0.01),  # replicate rejects 0 for some llama versions
            "system_prompt": self.spec.system_prompt or prompts.DEFAULT_SYSTEM,
        }

    def label(self, item: Dict[str, Any]) -> LabelResult:
        if item.get("image_url"):
            return self._label_image(item)
        started = time.perf_counter()
        try:
            output = self.client.run(self.spec.model, input=self._input(
                prompts.render(self.spec.prompt_template, self.item_text(item), self.spec.labels)))
        except ModelError as exc:
            raise ProviderError("replicate", str(exc)) from exc
        except ReplicateError as exc:
            if exc.status in (429, 502, 503):
                raise RetryableError("replicate", str(exc), status=exc.status) from exc
            raise
        return self.to_result(item, _join(output), started)

    def _label_image(self, item: Dict[str, Any]) -> LabelResult:
        question = prompts.render(self.spec.prompt_template, item.get(self.spec.text_field, ""), self.spec.labels)
        started = time.perf_counter()
        output = replicate.run(
            self.vision_model,
            input={"image": item["image_url"], "prompt": question, "max_tokens": self.spec.max_tokens},
        )
        return self.to_result(item, _join(output), started, meta={"vision_model": self.vision_model})

    def submit_async(self, item: Dict[str, Any], webhook_url: str) -> str:
        """Fire-and-forget prediction; the result is delivered to ``webhook_url``."""
        prompt = prompts.render(self.spec.prompt_template, self.item_text(item), self.spec.labels)
        prediction = self.client.predictions.create(
            model=self.spec.model,
            input=self._input(prompt),
            webhook=webhook_url,
            webhook_events_filter=["completed"],
        )
        return prediction.id

    def wait_for(self, prediction_id: str, poll: float = 2.0, timeout: float = 600.0) -> Optional[str]:
        deadline = time.monotonic() + timeout
        prediction = self.client.predictions.get(prediction_id)
        while prediction.status not in ("succeeded", "failed", "canceled"):
            if time.monotonic() > deadline:
                return None
            time.sleep(poll)
            prediction.reload()
        return _join(prediction.output) if prediction.status == "succeeded" else None
