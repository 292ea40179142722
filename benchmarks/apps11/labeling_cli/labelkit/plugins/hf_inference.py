"""Hugging Face Inference Providers adapter.

``task: zero_shot`` uses an NLI model (e.g. facebook/bart-large-mnli) instead of a chat model;
it is cheap and good enough for coarse topic labels.
"""
from __future__ import annotations

import time
from typing import Any, Dict

from huggingface_hub.errors import HfHubHTTPError

from labelkit.errors import ProviderError, RetryableError
from labelkit.plugins.base import LabelResult, ProviderAdapter


class HFInferenceAdapter(ProviderAdapter):
    name = "hf"

    def _wrap(self, exc: HfHubHTTPError) -> Exception:
        status = exc.response.status_code if exc.response is not None else None
        if status in (429, 502, 503, 504):
            return RetryableError("hf", str(exc), status=status)
        return ProviderError("hf", str(exc), status=status)

    def label(self, item: Dict[str, Any]) -> LabelResult:
        text = self.item_text(item)
        started = time.perf_counter()
        try:
            if self.spec.task == "zero_shot":
                scores = self.client.zero_shot_classification(
                    text,
                    candidate_labels=self.spec.labels,
                    multi_label=self.spec.options.get("multi_label", False),
                    hypothesis_template=self.spec.options.get("hypothesis_template"),
                    model=self.spec.model,
                )
                best = max(scores, key=lambda s: s.score)
                return LabelResult(
                    item_id=self.item_id(item),
                    label=best.label,
                    confidence=float(best.score),
                    model=self.spec.model,
                    provider=self.name,
                    raw=str([(s.label, round(s.score, 4)) for s in scores]),
                    latency_ms=int((time.perf_counter() - started) * 1000),
                )

            out = self.client.chat_completion(
                messages=self.messages_for(item),
                model=self.spec.model,
                max_tokens=self.spec.max_tokens,
                temperature=self.spec.temperature,
            )
        except HfHubHTTPError as exc:
            raise self._wrap(exc) from exc

        usage = out.usage
        return self.to_result(
            item, out.choices[0].message.content or "", started,
            input_tokens=getattr(usage, "prompt_tokens", None),
            output_tokens=getattr(usage, "completion_tokens", None),
        )
