"""Chat backends behind one ``chat(messages)`` interface.

Used by the refactor/docstring commands, which let the user pick a model from
a quick panel.  Each backend builds its client lazily on first use so that
users without e.g. a Groq key never touch that SDK.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from .clients import get_anthropic, get_deepseek, get_groq, get_mistral, get_openai
from .config import current

Message = Dict[str, str]


class Backend:
    name = "base"
    label = "Base"

    def __init__(self, model: Optional[str] = None):
        self.model = model
        self._client = None

    def _make_client(self):
        raise NotImplementedError

    @property
    def client(self):
        if self._client is None:
            self._client = self._make_client()
        return self._client

    def chat(self, messages: List[Message], max_tokens: int = 1024, temperature: float = 0.2) -> str:
        raise NotImplementedError


class OpenAIBackend(Backend):
    name, label = "openai", "OpenAI GPT-4o mini"

    def _make_client(self):
        return get_openai()

    def chat(self, messages, max_tokens=1024, temperature=0.2):
        resp = self.client.chat.completions.create(
            model=self.model or current().openai_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend(Backend):
    name, label = "anthropic", "Claude 3.5 Sonnet"

    def _make_client(self):
        return get_anthropic()

    def chat(self, messages, max_tokens=1024, temperature=0.2):
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        rest = [m for m in messages if m["role"] != "system"]
        msg = self.client.messages.create(
            model=self.model or current().chat_model,
            system=system,
            messages=rest,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return "".join(b.text for b in msg.content if b.type == "text")


class MistralBackend(Backend):
    name, label = "mistral", "Codestral (chat)"

    def _make_client(self):
        return get_mistral()

    def chat(self, messages, max_tokens=1024, temperature=0.2):
        resp = self.client.chat.complete(
            model=self.model or current().fim_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return resp.choices[0].message.content or ""


class GroqBackend(Backend):
    name, label = "groq", "Llama 3.1 8B (Groq, fast)"

    def _make_client(self):
        return get_groq()

    def chat(self, messages, max_tokens=1024, temperature=0.2):
        completion = self.client.chat.completions.create(
            model=self.model or current().groq_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return completion.choices[0].message.content or ""


class DeepSeekBackend(Backend):
    name, label = "deepseek", "DeepSeek V3"

    def _make_client(self):
        return get_deepseek()

    def chat(self, messages, max_tokens=1024, temperature=0.2):
        resp = self.client.chat.completions.create(
            model=self.model or current().deepseek_model, messages=messages, max_tokens=max_tokens
        )
        return resp.choices[0].message.content or ""


REGISTRY: Dict[str, Backend] = {
    b.name: b for b in (OpenAIBackend(), AnthropicBackend(), MistralBackend(), GroqBackend(), DeepSeekBackend())
}


def backend_for(name: str) -> Backend:
    return REGISTRY.get(name) or REGISTRY[current().provider]


def quick_panel_items():
    return [[b.label, b.name] for b in REGISTRY.values()]
