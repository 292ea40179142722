"""Chat backends behind a common ``complete()`` / ``stream()`` interface.

Commands pick a backend by name (``--backend``) through :mod:`kestrel.providers.registry`.
"""
from __future__ import annotations

import logging
from typing import Iterator, List, Optional, Sequence

import litellm
from xai_sdk.chat import system as xai_system
from xai_sdk.chat import user as xai_user
from xai_sdk.chat import assistant as xai_assistant

from kestrel.config import get_settings
from kestrel.errors import ProviderError
from kestrel.models import ChatMessage, Completion
from kestrel.providers.clients import hf_client, ollama_client, together_client, xai_client

log = logging.getLogger(__name__)


class Backend:
    name = "base"

    def complete(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        raise NotImplementedError

    def stream(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
               max_tokens: int = 1024) -> Iterator[str]:
        # default: no real streaming, yield the whole answer once
        yield self.complete(messages, model=model, max_tokens=max_tokens).text


class TogetherBackend(Backend):
    name = "together"

    def __init__(self) -> None:
        self._client = together_client()
        self._default_model = get_settings().providers.chat_model

    def complete(self, messages, *, model=None, max_tokens=1024, temperature=0.2):
        model = model or self._default_model
        try:
            resp = self._client.chat.completions.create(
                model=model,
                messages=[m.as_dict() for m in messages],
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except Exception as exc:  # together raises its own APIError subclasses
            raise ProviderError(self.name, str(exc), retryable=True) from exc
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            model=model,
            backend=self.name,
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, messages, *, model=None, max_tokens=1024):
        chunks = self._client.chat.completions.create(
            model=model or self._default_model,
            messages=[m.as_dict() for m in messages],
            max_tokens=max_tokens,
            stream=True,
        )
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class OllamaBackend(Backend):
    name = "ollama"

    def __init__(self) -> None:
        self._client = ollama_client()
        self._default_model = get_settings().providers.ollama_model

    def complete(self, messages, *, model=None, max_tokens=1024, temperature=0.2):
        model = model or self._default_model
        resp = self._client.chat(
            model=model,
            messages=[m.as_dict() for m in messages],
            options={"num_predict": max_tokens, "temperature": temperature},
        )
        return Completion(
            text=resp["message"]["content"],
            model=model,
            backend=self.name,
            prompt_tokens=resp.get("prompt_eval_count") or 0,
            completion_tokens=resp.get("eval_count") or 0,
            raw=resp,
        )


class HuggingFaceBackend(Backend):
    name = "hf"

    def __init__(self) -> None:
        self._client = hf_client()
        self._default_model = get_settings().providers.hf_model

    def complete(self, messages, *, model=None, max_tokens=1024, temperature=0.2):
        model = model or self._default_model
        out = self._client.chat_completion(
            [m.as_dict() for m in messages],
            model=model,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=out.choices[0].message.content or "",
            model=model,
            backend=self.name,
            prompt_tokens=out.usage.prompt_tokens if out.usage else 0,
            completion_tokens=out.usage.completion_tokens if out.usage else 0,
            raw=out,
        )


_XAI_ROLES = {"system": xai_system, "user": xai_user, "assistant": xai_assistant}


class XaiBackend(Backend):
    name = "xai"

    def __init__(self) -> None:
        self._client = xai_client()
        self._default_model = get_settings().providers.xai_model

    def _conversation(self, messages: Sequence[ChatMessage], model: str, max_tokens: int):
        return self._client.chat.create(
            model=model,
            messages=[_XAI_ROLES[m.role](m.content) for m in messages],
            max_tokens=max_tokens,
        )

    def complete(self, messages, *, model=None, max_tokens=1024, temperature=0.2):
        model = model or self._default_model
        chat = self._conversation(messages, model, max_tokens)
        response = chat.sample()
        return Completion(
            text=response.content,
            model=model,
            backend=self.name,
            prompt_tokens=response.usage.prompt_tokens,
            completion_tokens=response.usage.completion_tokens,
            raw=response,
        )


class LiteLLMBackend(Backend):
    """Anything litellm can route to; ``model`` uses litellm's ``provider/model`` syntax."""

    name = "litellm"

    def __init__(self) -> None:
        self._default_model = get_settings().providers.litellm_model

    def complete(self, messages, *, model=None, max_tokens=1024, temperature=0.2):
        model = model or self._default_model
        resp = litellm.completion(
            model=model,
            messages=[m.as_dict() for m in messages],
            max_tokens=max_tokens,
            temperature=temperature,
            num_retries=2,
        )
        try:
            cost = litellm.completion_cost(completion_response=resp)
            log.debug("litellm call to %s cost $%.5f", model, cost)
        except Exception:
            pass
        return Completion(
            text=resp.choices[0].message.content or "",
            model=model,
            backend=self.name,
            prompt_tokens=resp.usage.prompt_tokens,
            completion_tokens=resp.usage.completion_tokens,
            raw=resp,
        )


BUILTIN_BACKENDS: List[type] = [TogetherBackend, OllamaBackend, HuggingFaceBackend, XaiBackend, LiteLLMBackend]
