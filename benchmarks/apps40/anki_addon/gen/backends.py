"""One small class per provider with a common ``complete`` method.

The UI only talks to ``get_backend(name).complete(system, user)``.
"""
from __future__ import annotations

import logging
from typing import Callable, Dict, Optional

from google.genai import types

from ..core import clients
from ..core.config import ModelSettings

log = logging.getLogger(__name__)


class Backend:
    name = "base"

    def __init__(self, settings: Optional[ModelSettings] = None) -> None:
        self.settings = settings or ModelSettings.from_config(self.name)

    def complete(self, system: str, user: str, **kw) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, settings=None, client=None) -> None:
        super().__init__(settings)
        self._client = client or clients.get_openai_client()

    def complete(self, system: str, user: str, **kw) -> str:
        resp = self._client.chat.completions.create(
            model=self.settings.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            temperature=kw.get("temperature", self.settings.temperature),
            max_tokens=kw.get("max_tokens", self.settings.max_tokens),
        )
        return resp.choices[0].message.content or ""


class DeepSeekBackend(OpenAIBackend):
    name = "deepseek"

    def __init__(self, settings=None) -> None:
        super().__init__(settings, client=clients.get_deepseek_client())


class AnthropicBackend(Backend):
    name = "anthropic"

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self.client = clients.get_anthropic_client()

    def complete(self, system: str, user: str, **kw) -> str:
        msg = self.client.messages.create(
            model=self.settings.model,
            system=system,
            max_tokens=kw.get("max_tokens", self.settings.max_tokens),
            messages=[{"role": "user", "content": user}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class GeminiBackend(Backend):
    name = "gemini"

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self.client = clients.CLIENTS["gemini"]

    def complete(self, system: str, user: str, **kw) -> str:
        resp = self.client.models.generate_content(
            model=self.settings.model,
            contents=user,
            config=types.GenerateContentConfig(
                system_instruction=system,
                temperature=kw.get("temperature", self.settings.temperature),
                max_output_tokens=kw.get("max_tokens", self.settings.max_tokens),
            ),
        )
        return resp.text or ""


BACKENDS: Dict[str, Callable[[], Backend]] = {
    "openai": OpenAIBackend,
    "deepseek": DeepSeekBackend,
    "anthropic": AnthropicBackend,
    "gemini": GeminiBackend,
}

_instances: Dict[str, Backend] = {}


def get_backend(name: Optional[str] = None) -> Backend:
    name = name or ModelSettings.from_config().provider
    if name not in _instances:
        _instances[name] = BACKENDS[name]()
    return _instances[name]


def clear_backends() -> None:
    _instances.clear()
