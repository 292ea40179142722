"""OpenAI chat predictor (the original one, predates serving_common.backends)."""
from __future__ import annotations

import logging
from typing import Dict

from kserve.errors import InvalidInput

from kserve_predictors.base import HostedLLMModel
from serving_common import get_openai_client, settings, with_retries
from serving_common.metrics import observe, record_tokens
from serving_common.tokens import count_openai_tokens, fits_context

logger = logging.getLogger(__name__)


class OpenAIChatPredictor(HostedLLMModel):
    provider = "openai"

    def load(self) -> bool:
        self.client = get_openai_client()
        self.model = self.model or settings.default_chat_model
        self.ready = True
        return self.ready

    def preprocess(self, payload, headers: Dict[str, str] = None):
        messages = self.extract_messages(payload)
        for convo in messages:
            n = count_openai_tokens(self.model, convo)
            if not fits_context(self.model, n):
                raise InvalidInput(f"prompt too long ({n} tokens)")
        return {"messages": messages, "parameters": self.params(payload), "_raw": payload}

    def predict(self, payload, headers: Dict[str, str] = None):
        params = payload["parameters"]
        predictions = []
        for convo in payload["messages"]:
            with observe(self.provider, self.model):
                resp = self.client.chat.completions.create(
                    model=params.get("model", self.model),
                    messages=convo,
                    temperature=params.get("temperature", 0.7),
                    max_tokens=params.get("max_tokens", 512),
                    user=(headers or {}).get(settings.tenant_header),
                )
            record_tokens(self.provider, resp.model, resp.usage.prompt_tokens, resp.usage.completion_tokens)
            predictions.append(resp.choices[0].message.content)
        return self.wrap(predictions, payload["_raw"])


class OpenAIJsonPredictor(OpenAIChatPredictor):
    """Structured output variant; the caller passes a JSON schema in parameters."""

    def predict(self, payload, headers: Dict[str, str] = None):
        params = payload["parameters"]
        schema = params.get("json_schema")
        if not schema:
            raise InvalidInput("json_schema parameter is required")
        out = []
        for convo in payload["messages"]:
            resp = with_retries(
                self.client.chat.completions.create,
                model=self.model,
                messages=convo,
                response_format={"type": "json_schema", "json_schema": {"name": "output", "schema": schema, "strict": True}},
            )
            out.append(resp.choices[0].message.content)
        return self.wrap(out, payload["_raw"])
