"""Provider-agnostic chat backends.

Started as the replacement for the per-feature client code (see services/legacy_tutor.py);
the role-play and "explain" features use it. New features should prefer
``multi_model_service`` which also records usage.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from google.genai import types

from tutorbot.config import get_settings
from tutorbot.llm import clients

log = logging.getLogger(__name__)

Message = Dict[str, str]


@dataclass
class BackendReply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class OpenAIBackend:
    name = "openai"

    def __init__(self, model: Optional[str] = None) -> None:
        self._client = clients.get_openai_client()
        self.model = model or get_settings().default_chat_model

    async def complete(
        self, system: str, messages: List[Message], *, max_tokens: int = 400, temperature: float = 0.7
    ) -> BackendReply:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = resp.usage
        return BackendReply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )


class DeepSeekBackend:
    name = "deepseek"

    def __init__(self, model: Optional[str] = None) -> None:
        self._client = clients.get_deepseek_client()
        self.model = model or get_settings().deepseek_model

    async def complete(
        self, system: str, messages: List[Message], *, max_tokens: int = 400, temperature: float = 1.0
    ) -> BackendReply:
        # deepseek-reasoner ignores temperature and rejects a trailing assistant turn
        if messages and messages[-1]["role"] == "assistant":
            messages = messages[:-1]
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        msg = resp.choices[0].message
        # reasoning_content (if any) is never shown to learners
        usage = resp.usage
        return BackendReply(
            text=(msg.content or "").strip(),
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, model: Optional[str] = None) -> None:
        self._client = clients.get_anthropic_client()
        self.model = model or get_settings().claude_model

    async def complete(
        self, system: str, messages: List[Message], *, max_tokens: int = 400, temperature: float = 0.7
    ) -> BackendReply:
        # Claude wants the conversation to start with a user turn
        while messages and messages[0]["role"] != "user":
            messages = messages[1:]
        resp = await self._client.messages.create(
            model=self.model,
            system=system,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(block.text for block in resp.content if block.type == "text")
        return BackendReply(
            text=text,
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )


def _to_gemini_contents(messages: List[Message]) -> List[types.Content]:
    return [
        types.Content(
            role="model" if m["role"] == "assistant" else "user",
            parts=[types.Part.from_text(text=m["content"])],
        )
        for m in messages
    ]


class GeminiBackend:
    name = "gemini"

    def __init__(self, model: Optional[str] = None) -> None:
        self._client = clients.get_gemini_client()
        self.model = model or get_settings().gemini_model

    async def complete(
        self, system: str, messages: List[Message], *, max_tokens: int = 400, temperature: float = 0.7
    ) -> BackendReply:
        resp = await self._client.aio.models.generate_content(
            model=self.model,
            contents=_to_gemini_contents(messages),
            config=types.GenerateContentConfig(
                system_instruction=system,
                max_output_tokens=max_tokens,
                temperature=temperature,
            ),
        )
        meta = resp.usage_metadata
        return BackendReply(
            text=resp.text or "",
            model=self.model,
            input_tokens=(meta.prompt_token_count or 0) if meta else 0,
            output_tokens=(meta.candidates_token_count or 0) if meta else 0,
        )


_REGISTRY: Dict[str, Callable[[], object]] = {
    "openai": OpenAIBackend,
    "deepseek": DeepSeekBackend,
    "anthropic": AnthropicBackend,
    "gemini": GeminiBackend,
}
_instances: Dict[str, object] = {}


def get_backend(name: str):
    """Return a shared backend instance; unknown names fall back to OpenAI."""
    if name not in _REGISTRY:
        log.warning("unknown backend %r, falling back to openai", name)
        name = "openai"
    if name not in _instances:
        _instances[name] = _REGISTRY[name]()
    return _instances[name]


def available_backends() -> List[str]:
    return sorted(_REGISTRY)
