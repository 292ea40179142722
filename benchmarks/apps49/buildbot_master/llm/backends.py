"""Summarizer backends.

Each backend exposes ``summarize(system, user, max_tokens)`` returning plain
text.  Steps pick one by name (``util.Property('llm_backend')`` or the
builder's default) through :func:`get_backend`.

NOTE(mk): the Bedrock one exists because the release builders run in the
locked-down account that can't reach api.anthropic.com.
"""
import json
import logging

from llm.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
)
from llm.settings import load_settings

log = logging.getLogger(__name__)


class SummarizerBackend:
    name = "base"

    def summarize(self, system, user, max_tokens=800):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class OpenAIBackend(SummarizerBackend):
    name = "openai"

    def __init__(self, client=None, model=None):
        settings = load_settings()
        self._client = client or get_openai_client()
        self.model = model or settings.openai_model

    def summarize(self, system, user, max_tokens=800):
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
            temperature=0.2,
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend(SummarizerBackend):
    name = "anthropic"

    def __init__(self, client=None, model=None):
        self.client = client or get_anthropic_client()
        self.model = model or load_settings().anthropic_model

    def summarize(self, system, user, max_tokens=800):
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class BedrockBackend(SummarizerBackend):
    name = "bedrock"

    def __init__(self, runtime=None, model_id=None):
        settings = load_settings()
        self.runtime = runtime or get_bedrock_runtime()
        self.model_id = model_id or settings.bedrock_model_id

    def summarize(self, system, user, max_tokens=800):
        out = self.runtime.converse(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.2},
        )
        parts = out["output"]["message"]["content"]
        return "".join(p.get("text", "") for p in parts)


class BedrockInvokeBackend(BedrockBackend):
    """Older path using invoke_model with the Anthropic body format.

    Kept because the GovCloud account only had invoke permissions until Q3.
    """

    name = "bedrock-invoke"

    def summarize(self, system, user, max_tokens=800):
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": max_tokens,
            "system": system,
            "messages": [{"role": "user", "content": user}],
        }
        raw = self.runtime.invoke_model(
            modelId=self.model_id,
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(raw["body"].read())
        return payload["content"][0]["text"]


class CohereBackend(SummarizerBackend):
    name = "cohere"

    def __init__(self, client=None, model=None):
        self.co = client or get_cohere_client()
        self.model = model or load_settings().cohere_chat_model

    def summarize(self, system, user, max_tokens=800):
        res = self.co.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
        )
        return res.message.content[0].text


class NullBackend(SummarizerBackend):
    """Used when CI_LLM_ENABLED=0 or the builder isn't on the allow list."""

    name = "null"

    def summarize(self, system, user, max_tokens=800):
        return ""


BACKENDS = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "bedrock": BedrockBackend,
    "bedrock-invoke": BedrockInvokeBackend,
    "cohere": CohereBackend,
    "null": NullBackend,
}

_instances = {}


def get_backend(name=None):
    settings = load_settings()
    if not settings.enabled:
        name = "null"
    name = name or "anthropic"
    if name not in _instances:
        try:
            _instances[name] = BACKENDS[name]()
        except KeyError:
            log.warning("unknown LLM backend %r, falling back to null", name)
            _instances[name] = NullBackend()
    return _instances[name]
