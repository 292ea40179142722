"""Provider registry: a small uniform interface over the SDKs.

NOTE(kz): this predates multi_model_service and does not record usage yet.
The plan is to move callers over to generate_response(); see #142.
"""
from __future__ import annotations

import dataclasses
import json
import logging
from typing import Protocol

from netbox.plugins import get_plugin_config

from . import clients

logger = logging.getLogger("netbox.plugins.netbox_ai_assist")


@dataclasses.dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ChatBackend(Protocol):
    name: str

    def complete(self, messages: list[dict], system: str | None = None, max_tokens: int = 1024) -> Completion:
        ...


class OpenAICompatibleBackend:
    def __init__(self, name: str, client, model: str):
        self.name = name
        self.client = client
        self.model = model

    def complete(self, messages, system=None, max_tokens=1024):
        payload = ([{"role": "system", "content": system}] if system else []) + list(messages)
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=payload,
            max_tokens=max_tokens,
            temperature=0.2,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, client, model: str):
        self._client = client
        self.model = model

    def complete(self, messages, system=None, max_tokens=1024):
        msg = self._client.messages.create(
            model=self.model,
            system=system or "",
            max_tokens=max_tokens,
            messages=messages,
        )
        text = "".join(b.text for b in msg.content if getattr(b, "type", "") == "text")
        return Completion(text, self.name, self.model, msg.usage.input_tokens, msg.usage.output_tokens)


class BedrockBackend:
    name = "bedrock"

    def __init__(self, runtime, model_id: str):
        self.runtime = runtime
        self.model_id = model_id

    def complete(self, messages, system=None, max_tokens=1024):
        # Claude-on-Bedrock via the native messages body; converse() was flaky
        # with our VPC endpoint on older botocore.
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": max_tokens,
            "messages": messages,
        }
        if system:
            body["system"] = system
        raw = self.runtime.invoke_model(
            modelId=self.model_id,
            contentType="application/json",
            accept="application/json",
            body=json.dumps(body),
        )
        data = json.loads(raw["body"].read())
        return Completion(
            text=data["content"][0]["text"],
            provider=self.name,
            model=self.model_id,
            input_tokens=data["usage"]["input_tokens"],
            output_tokens=data["usage"]["output_tokens"],
        )


class CohereBackend:
    name = "cohere"

    def __init__(self, client, model: str = "command-r-plus"):
        self.client = client
        self.model = model

    def complete(self, messages, system=None, max_tokens=1024):
        payload = ([{"role": "system", "content": system}] if system else []) + list(messages)
        res = self.client.chat(model=self.model, messages=payload, max_tokens=max_tokens)
        billed = res.usage.billed_units
        return Completion(
            text=res.message.content[0].text,
            provider=self.name,
            model=self.model,
            input_tokens=int(billed.input_tokens or 0),
            output_tokens=int(billed.output_tokens or 0),
        )


_REGISTRY: dict[str, ChatBackend] = {}


def _build(name: str) -> ChatBackend:
    if name in ("openai", "azure", "openrouter"):
        return OpenAICompatibleBackend(name, clients.get_chat_client(name), clients.chat_model_for(name))
    if name == "anthropic":
        return AnthropicBackend(clients.get_anthropic_client(), get_plugin_config("netbox_ai_assist", "anthropic_model"))
    if name == "bedrock":
        return BedrockBackend(clients.get_bedrock_runtime(), get_plugin_config("netbox_ai_assist", "bedrock_model_id"))
    if name == "cohere":
        return CohereBackend(clients.get_cohere_client())
    raise KeyError(f"Unknown provider {name!r}")


def get_backend(name: str | None = None) -> ChatBackend:
    name = name or get_plugin_config("netbox_ai_assist", "default_provider")
    if name not in _REGISTRY:
        _REGISTRY[name] = _build(name)
    return _REGISTRY[name]


def register_backend(name: str, backend: ChatBackend):
    _REGISTRY[name] = backend


def available_backends() -> list[str]:
    return ["openai", "azure", "anthropic", "bedrock", "cohere", "openrouter"]
