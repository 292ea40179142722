"""Name -> provider dispatch for the agent-console "try another model" button.

Agents can re-run a draft on a different model. Added before multi_model_service
existed; the plan is to route these through it once it supports per-call
model overrides (SUP-530).
"""
from __future__ import annotations

from collections.abc import Callable

from injector import inject, singleton

from supportbot.keys import DeepSeekClient, FastIntentClient, GraniteChat

ChatFn = Callable[[list[dict]], str]


@singleton
class ProviderRegistry:
    @inject
    def __init__(self, deepseek: DeepSeekClient, cerebras: FastIntentClient, granite: GraniteChat) -> None:
        self._deepseek = deepseek
        self._cerebras = cerebras
        self._granite = granite
        self._fns: dict[str, ChatFn] = {
            "deepseek-chat": self._deepseek_chat,
            "llama-3.3-70b": self._cerebras_chat,
            "granite": lambda messages: self._granite.chat(messages=messages)["choices"][0]["message"]["content"],
        }

    def names(self) -> list[str]:
        return sorted(self._fns)

    def _deepseek_chat(self, messages: list[dict]) -> str:
        resp = self._deepseek.chat.completions.create(model="deepseek-chat", messages=messages, max_tokens=700)
        return resp.choices[0].message.content

    def _cerebras_chat(self, messages: list[dict]) -> str:
        resp = self._cerebras.chat.completions.create(model="llama-3.3-70b", messages=messages)
        return resp.choices[0].message.content

    def chat(self, name: str, messages: list[dict]) -> str:
        try:
            fn = self._fns[name]
        except KeyError:
            raise ValueError(f"unknown model {name!r}; choose from {self.names()}") from None
        return fn(messages)
