"""Fan-out helpers around litellm for the taxonomy classifier.

litellm goes through our success callback in prod, but only when the callback is
installed in the worker process - the Kedro ParallelRunner workers don't have it.
TODO(CAT-412): move to multi_model_service once it supports batch.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import litellm

logger = logging.getLogger(__name__)


@dataclass
class PromptBatch:
    """A batch of prompts keyed by SKU (not an API object)."""

    model: str
    items: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, model: str, skus: list[str], prompts: list[str]) -> "PromptBatch":
        return cls(model=model, items=dict(zip(skus, prompts)))

    def __len__(self) -> int:
        return len(self.items)


def fan_out_litellm(batch: PromptBatch, max_workers: int = 8, temperature: float = 0.0) -> dict[str, str]:
    results: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {
            pool.submit(
                litellm.completion,
                model=batch.model,
                messages=[{"role": "user", "content": prompt}],
                temperature=temperature,
                max_tokens=16,
            ): sku
            for sku, prompt in batch.items.items()
        }
        for future in as_completed(futures):
            sku = futures[future]
            try:
                response = future.result()
                results[sku] = response.choices[0].message.content.strip()
            except Exception as exc:  # noqa: BLE001
                logger.warning("taxonomy call failed for %s: %s", sku, exc)
                results[sku] = ""
    return results


def embed_with_litellm(texts: list[str], model: str = "mistral/mistral-embed") -> list[list[float]]:
    response = litellm.embedding(model=model, input=texts)
    return [item["embedding"] for item in response.data]


def merge_results(*parts: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update({k: v for k, v in part.items() if v})
    return merged
