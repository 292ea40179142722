"""The Model object the coders talk to.

A Model bundles the registry settings for one model name with its weak/editor
companions and knows how to send a chat request for it. Native providers are
handled by ``quill.providers``; anything else goes through litellm.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from typing import Any, Dict, List, Optional

import httpx

from quill.llm import litellm
from quill.models import clients
from quill.models.registry import ModelSettings, get_model_settings, resolve_alias

log = logging.getLogger(__name__)

ANTHROPIC_COUNT_URL = "https://api.anthropic.com/v1/messages/count_tokens"


class Model:
    def __init__(
        self,
        name: str,
        weak_model: Optional[str] = None,
        editor_model: Optional[str] = None,
        editor_edit_format: Optional[str] = None,
        verbose: bool = False,
    ):
        self.name = resolve_alias(name)
        self.settings: ModelSettings = get_model_settings(self.name)
        self.verbose = verbose
        self.max_chat_history_tokens = min(max(self.settings.context_window / 16, 1024), 8192)

        self.weak_model: Model = self
        self.editor_model: Model = self
        self.editor_edit_format = editor_edit_format or self.settings.editor_edit_format

        if weak_model is not False:
            self._set_weak_model(weak_model or self.settings.weak_model_name)
        if editor_model is not False:
            self._set_editor_model(editor_model or self.settings.editor_model_name)

    # ------------------------------------------------------------------ setup

    def _set_weak_model(self, name: Optional[str]) -> None:
        if not name or resolve_alias(name) == self.name:
            self.weak_model = self
            return
        self.weak_model = Model(name, weak_model=False, editor_model=False)

    def _set_editor_model(self, name: Optional[str]) -> None:
        if not name or resolve_alias(name) == self.name:
            self.editor_model = self
            return
        self.editor_model = Model(name, weak_model=False, editor_model=False)

    def __repr__(self) -> str:
        return f"Model({self.name!r}, provider={self.provider!r})"

    @property
    def provider(self) -> str:
        return self.settings.provider

    @property
    def edit_format(self) -> str:
        return self.settings.edit_format

    @property
    def litellm_name(self) -> str:
        prefix = {
            "anthropic": "anthropic/",
            "deepseek": "deepseek/",
            "gemini": "gemini/",
            "groq": "groq/",
            "ollama": "ollama_chat/",
        }.get(self.provider, "")
        return prefix + self.name

    @property
    def is_native(self) -> bool:
        return self.provider != "litellm"

    @property
    def client(self) -> Any:
        return clients.get_client(self.provider)

    # ---------------------------------------------------------- info/tokens

    def info(self) -> Dict[str, Any]:
        try:
            return litellm.get_model_info(self.litellm_name)
        except Exception:
            return {}

    def validate_environment(self) -> Dict[str, Any]:
        if self.provider == "ollama":
            return {"keys_in_environment": True, "missing_keys": []}
        return litellm.validate_environment(self.litellm_name)

    def token_count(self, messages) -> int:
        if isinstance(messages, str):
            messages = [{"role": "user", "content": messages}]
        if self.provider == "anthropic" and os.environ.get("QUILL_EXACT_TOKENS"):
            return self._anthropic_token_count(messages)
        try:
            return litellm.token_counter(model=self.litellm_name, messages=messages)
        except Exception as err:
            log.debug("token_counter failed for %s: %s", self.name, err)
            return sum(len(json.dumps(m)) for m in messages) // 4

    def _anthropic_token_count(self, messages: List[dict]) -> int:
        system = [m["content"] for m in messages if m["role"] == "system"]
        rest = [m for m in messages if m["role"] != "system"]
        body: Dict[str, Any] = {"model": self.name, "messages": rest}
        if system:
            body["system"] = "\n\n".join(system)
        resp = httpx.post(
            ANTHROPIC_COUNT_URL,
            headers={
                "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json=body,
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["input_tokens"]

    # --------------------------------------------------------------- sending

    def _litellm_kwargs(
        self,
        messages: List[dict],
        functions: Optional[List[dict]],
        stream: bool,
        temperature: Optional[float],
    ) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = dict(model=self.litellm_name, messages=messages, stream=stream)
        if temperature is not None and self.settings.use_temperature:
            kwargs["temperature"] = temperature
        if functions:
            fn = functions[0]
            kwargs["tools"] = [dict(type="function", function=fn)]
            kwargs["tool_choice"] = {"type": "function", "function": {"name": fn["name"]}}
        if self.settings.extra_params:
            kwargs.update(self.settings.extra_params)
        if self.provider == "ollama" and "num_ctx" not in kwargs:
            kwargs["num_ctx"] = int(self.token_count(messages) * 1.25) + 8192
        return kwargs

    def send_completion(
        self,
        messages: List[dict],
        functions: Optional[List[dict]] = None,
        stream: bool = True,
        temperature: Optional[float] = None,
    ):
        """Send ``messages`` and return ``(hash, response)``.

        Native providers go through their adapter; the rest through litellm.
        """
        if self.is_native and not functions:
            from quill.providers import get_adapter

            adapter = get_adapter(self)
            return adapter.hash_for(messages), adapter.send(messages, stream=stream, temperature=temperature)

        kwargs = self._litellm_kwargs(messages, functions, stream, temperature)
        key = json.dumps(kwargs, sort_keys=True).encode()
        hash_object = hashlib.sha1(key)
        if self.verbose:
            log.debug("litellm.completion(%s)", kwargs["model"])
        res = litellm.completion(**kwargs)
        return hash_object, res

    async def asend_completion(
        self,
        messages: List[dict],
        stream: bool = True,
        temperature: Optional[float] = None,
    ):
        kwargs = self._litellm_kwargs(messages, None, stream, temperature)
        return await litellm.acompletion(**kwargs)

    def simple_send(self, messages: List[dict]) -> Optional[str]:
        """Non-streaming send that returns just the text, or None on failure."""
        from quill.sendchat import simple_send_with_retries

        return simple_send_with_retries(self, messages)
