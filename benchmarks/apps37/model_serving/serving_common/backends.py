"""Provider backends behind a common ``complete()`` interface.

Added during the "one predictor, many providers" refactor (MLPLAT-377). Only
the generic router predictor uses these so far; the older single-provider
predictors still talk to their SDK clients directly.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from serving_common.metrics import observe, record_tokens
from serving_common.retry import with_retries

logger = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: str | None = None


class Backend(Protocol):
    name: str

    def complete(self, messages: list[dict], *, model: str | None = None, **params: Any) -> Completion: ...


class OpenAIChatBackend:
    name = "openai"

    def __init__(self, client, default_model: str) -> None:
        self._client = client
        self.default_model = default_model

    def complete(self, messages, *, model=None, **params):
        model = model or self.default_model
        with observe(self.name, model):
            resp = self._client.chat.completions.create(
                model=model,
                messages=messages,
                temperature=params.get("temperature", 0.2),
                max_tokens=params.get("max_tokens", 512),
            )
        choice = resp.choices[0]
        record_tokens(self.name, model, resp.usage.prompt_tokens, resp.usage.completion_tokens)
        return Completion(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            finish_reason=choice.finish_reason,
        )


class XAIBackend(OpenAIChatBackend):
    """Same wire protocol, different client (base_url points at api.x.ai)."""

    name = "xai"


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, client, default_model: str) -> None:
        self.client = client
        self.default_model = default_model

    def complete(self, messages, *, model=None, **params):
        model = model or self.default_model
        system = None
        if messages and messages[0]["role"] == "system":
            system, messages = messages[0]["content"], messages[1:]
        kwargs: dict[str, Any] = dict(
            model=model,
            max_tokens=params.get("max_tokens", 1024),
            messages=messages,
        )
        if system:
            kwargs["system"] = system
        with observe(self.name, model):
            msg = with_retries(self.client.messages.create, **kwargs)
        record_tokens(self.name, model, msg.usage.input_tokens, msg.usage.output_tokens)
        text = "".join(b.text for b in msg.content if b.type == "text")
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens, msg.stop_reason)


class BedrockConverseBackend:
    name = "bedrock"

    def __init__(self, runtime, default_model: str) -> None:
        self.runtime = runtime
        self.default_model = default_model

    def complete(self, messages, *, model=None, **params):
        model_id = model or self.default_model
        system = [{"text": m["content"]} for m in messages if m["role"] == "system"]
        convo = [
            {"role": m["role"], "content": [{"text": m["content"]}]} for m in messages if m["role"] != "system"
        ]
        with observe(self.name, model_id):
            out = self.runtime.converse(
                modelId=model_id,
                messages=convo,
                system=system,
                inferenceConfig={"maxTokens": params.get("max_tokens", 512), "temperature": params.get("temperature", 0.2)},
            )
        usage = out.get("usage", {})
        text = "".join(c.get("text", "") for c in out["output"]["message"]["content"])
        return Completion(text, model_id, usage.get("inputTokens", 0), usage.get("outputTokens", 0), out.get("stopReason"))


class ReplicateBackend:
    """Replicate-hosted open-weights models (llama etc.). Output is a list of string chunks."""

    name = "replicate"

    def __init__(self, client, default_model: str = "meta/meta-llama-3-70b-instruct") -> None:
        self.client = client
        self.default_model = default_model

    def complete(self, messages, *, model=None, **params):
        ref = model or self.default_model
        prompt = "\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\nassistant:"
        with observe(self.name, ref):
            output = self.client.run(ref, input={"prompt": prompt, "max_new_tokens": params.get("max_tokens", 512)})
        text = "".join(output) if not isinstance(output, str) else output
        return Completion(text=text, model=ref)


def to_json(c: Completion) -> str:
    return json.dumps(c.__dict__)
