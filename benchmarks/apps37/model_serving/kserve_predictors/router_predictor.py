"""Generic predictor that routes on a ``provider`` parameter (MLPLAT-377).

Intended to replace the per-provider predictors eventually; for now only the
"playground" InferenceService uses it.
"""
from __future__ import annotations

import logging
from typing import Dict

from kserve.errors import InvalidInput

from kserve_predictors.base import HostedLLMModel
from serving_common import registry
from serving_common.cost import completion_cost

logger = logging.getLogger(__name__)


class RouterPredictor(HostedLLMModel):
    provider = "router"

    def load(self) -> bool:
        # warm the common ones so the first request doesn't pay client setup
        for name in ("openai", "anthropic"):
            registry.get_backend(name)
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        provider = params.pop("provider", "openai")
        try:
            backend = registry.get_backend(provider)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        preds = []
        for convo in self.extract_messages(payload):
            result = backend.complete(convo, model=params.pop("model", None), **params)
            preds.append(
                {
                    "text": result.text,
                    "model": result.model,
                    "usd": round(completion_cost(result.model, result.input_tokens, result.output_tokens), 6),
                }
            )
        return self.wrap(preds, payload)


class RawToolCallPredictor(HostedLLMModel):
    """Tool-calling passthrough; Backend.complete() doesn't do tools yet, so
    this grabs the raw SDK client out of the registry."""

    def load(self) -> bool:
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        inst = payload["instances"][0]
        provider = inst.get("provider", "openai")
        client = registry.raw_client(provider)
        if provider == "anthropic":
            msg = client.messages.create(
                model=inst.get("model", "claude-3-5-sonnet-20241022"),
                max_tokens=1024,
                tools=inst["tools"],
                messages=inst["messages"],
            )
            return {"predictions": [block.model_dump() for block in msg.content]}
        resp = client.chat.completions.create(
            model=inst.get("model", "gpt-4o"),
            messages=inst["messages"],
            tools=inst["tools"],
            tool_choice=inst.get("tool_choice", "auto"),
        )
        return {"predictions": [resp.choices[0].message.model_dump()]}
