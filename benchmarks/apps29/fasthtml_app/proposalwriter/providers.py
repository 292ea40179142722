"""Provider adapters with one `chat(messages)` signature.

Started as part of the "compare models" feature (see /drafts/compare). The plan was to
move the writers onto these too; only the compare route uses them so far.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from xai_sdk.chat import assistant as xai_assistant
from xai_sdk.chat import system as xai_system
from xai_sdk.chat import user as xai_user

from .services import AppServices, get_cerebras, services

log = logging.getLogger(__name__)


@dataclass
class ChatResult:
    provider: str
    model: str
    text: str
    input_tokens: int = 0
    output_tokens: int = 0


class BaseAdapter:
    provider = "base"

    def __init__(self, client, model: str) -> None:
        self.client = client
        self.model = model

    def chat(self, messages: list[dict], max_tokens: int = 800) -> ChatResult:
        raise NotImplementedError


class OpenAIAdapter(BaseAdapter):
    provider = "openai"

    def chat(self, messages, max_tokens=800):
        resp = self.client.chat.completions.create(model=self.model, messages=messages, max_tokens=max_tokens)
        return ChatResult(self.provider, self.model, resp.choices[0].message.content or "",
                          resp.usage.prompt_tokens, resp.usage.completion_tokens)


class PerplexityAdapter(OpenAIAdapter):
    provider = "perplexity"


class CerebrasAdapter(BaseAdapter):
    provider = "cerebras"

    def chat(self, messages, max_tokens=800):
        resp = self.client.chat.completions.create(
            model=self.model, messages=messages, max_completion_tokens=max_tokens
        )
        return ChatResult(self.provider, self.model, resp.choices[0].message.content or "",
                          resp.usage.prompt_tokens, resp.usage.completion_tokens)


class AnthropicAdapter(BaseAdapter):
    provider = "anthropic"

    def chat(self, messages, max_tokens=800):
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        rest = [m for m in messages if m["role"] != "system"]
        kwargs = {"system": system} if system else {}
        resp = self.client.messages.create(model=self.model, max_tokens=max_tokens, messages=rest, **kwargs)
        return ChatResult(self.provider, self.model, resp.content[0].text,
                          resp.usage.input_tokens, resp.usage.output_tokens)


class GeminiAdapter(BaseAdapter):
    provider = "google"

    def chat(self, messages, max_tokens=800):
        prompt = "\n\n".join(f"{m['role'].upper()}: {m['content']}" for m in messages)
        resp = self.client.models.generate_content(
            model=self.model, contents=prompt, config={"max_output_tokens": max_tokens}
        )
        meta = resp.usage_metadata
        return ChatResult(self.provider, self.model, resp.text or "",
                          meta.prompt_token_count or 0, meta.candidates_token_count or 0)


class GrokAdapter(BaseAdapter):
    provider = "xai"
    _roles = {"system": xai_system, "user": xai_user, "assistant": xai_assistant}

    def chat(self, messages, max_tokens=800):
        convo = self.client.chat.create(model=self.model, max_tokens=max_tokens)
        for m in messages:
            convo.append(self._roles[m["role"]](m["content"]))
        resp = convo.sample()
        return ChatResult(self.provider, self.model, resp.content,
                          resp.usage.prompt_tokens, resp.usage.completion_tokens)


def build_adapters(svc: AppServices = services) -> dict[str, BaseAdapter]:
    m = svc.settings.models
    return {
        "openai": OpenAIAdapter(svc.openai, m.quick),
        "anthropic": AnthropicAdapter(svc.anthropic, m.review_fast),
        "google": GeminiAdapter(svc.genai, m.gemini),
        "xai": GrokAdapter(svc.xai, m.grok),
        "perplexity": PerplexityAdapter(svc.perplexity, m.research),
        "cerebras": CerebrasAdapter(get_cerebras(), m.cerebras),
    }


_adapters: dict[str, BaseAdapter] | None = None


def get_adapter(name: str) -> BaseAdapter:
    global _adapters
    if _adapters is None:
        _adapters = build_adapters()
    return _adapters[name]
