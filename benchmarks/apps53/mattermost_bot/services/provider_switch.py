"""Pick a vendor per request.

`ask` supports `ask@claude ...`, `ask@gemini ...` etc.; everything funnels into
`ProviderSwitch.complete()`, which returns plain text.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Optional

import litellm
from google.genai import types as genai_types

from config import BotConfig
from services import clients

logger = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def _split_system(messages: list[dict]) -> tuple[Optional[str], list[dict]]:
    system = None
    rest = []
    for m in messages:
        if m["role"] == "system":
            system = (system + "\n\n" if system else "") + m["content"]
        else:
            rest.append(m)
    return system, rest


class ProviderSwitch:
    """Maps provider aliases to completion functions."""

    ALIASES = {
        "gpt": "openai",
        "openai": "openai",
        "claude": "anthropic",
        "anthropic": "anthropic",
        "gemini": "google",
        "google": "google",
        "pplx": "perplexity",
        "perplexity": "perplexity",
        "any": "litellm",
    }

    def __init__(self, config: BotConfig) -> None:
        self.config = config
        self._handlers: dict[str, Callable[[list[dict], int], Completion]] = {
            "openai": self._openai,
            "anthropic": self._anthropic,
            "google": self._google,
            "perplexity": self._perplexity,
            "litellm": self._litellm,
        }

    def resolve(self, alias: Optional[str]) -> str:
        if not alias:
            return self.config.default_provider
        return self.ALIASES.get(alias.lower(), self.config.default_provider)

    def available(self) -> list[str]:
        return sorted(self._handlers)

    def complete(self, messages: list[dict], provider: Optional[str] = None, max_tokens: int = 700) -> Completion:
        name = self.resolve(provider)
        handler = self._handlers[name]
        logger.debug("provider switch -> %s (%d messages)", name, len(messages))
        return handler(messages, max_tokens)

    # -- handlers -----------------------------------------------------------------

    def _openai(self, messages: list[dict], max_tokens: int) -> Completion:
        resp = clients.get_openai_client().chat.completions.create(
            model=self.config.openai_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=0.3,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider="openai",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    def _anthropic(self, messages: list[dict], max_tokens: int) -> Completion:
        system, rest = _split_system(messages)
        client = clients.get_anthropic_client()
        kwargs = {"system": system} if system else {}
        msg = client.messages.create(
            model=self.config.anthropic_model,
            max_tokens=max_tokens,
            messages=rest,
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, "anthropic", msg.model, msg.usage.input_tokens, msg.usage.output_tokens)

    def _google(self, messages: list[dict], max_tokens: int) -> Completion:
        system, rest = _split_system(messages)
        contents = [
            genai_types.Content(
                role="model" if m["role"] == "assistant" else "user",
                parts=[genai_types.Part.from_text(text=m["content"])],
            )
            for m in rest
        ]
        result = clients.get_genai_client().models.generate_content(
            model=self.config.gemini_model,
            contents=contents,
            config=genai_types.GenerateContentConfig(
                system_instruction=system, max_output_tokens=max_tokens, temperature=0.3
            ),
        )
        meta = result.usage_metadata
        return Completion(
            result.text or "",
            "google",
            self.config.gemini_model,
            meta.prompt_token_count if meta else 0,
            meta.candidates_token_count if meta else 0,
        )

    def _perplexity(self, messages: list[dict], max_tokens: int) -> Completion:
        pplx = clients.get_perplexity_client()
        resp = pplx.chat.completions.create(model=self.config.perplexity_model, messages=messages, max_tokens=max_tokens)
        return Completion(resp.choices[0].message.content or "", "perplexity", resp.model)

    def _litellm(self, messages: list[dict], max_tokens: int) -> Completion:
        resp = litellm.completion(
            model=self.config.litellm_model,
            messages=messages,
            max_tokens=max_tokens,
            fallbacks=[f"anthropic/{self.config.anthropic_model}"],
        )
        usage = resp.usage
        return Completion(resp.choices[0].message.content, "litellm", resp.model, usage.prompt_tokens, usage.completion_tokens)
