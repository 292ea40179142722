"""Client factory kept in ``current_app.config["LLM_CLIENT_FACTORY"]``.

Started as the place for Azure OpenAI (which needs per-deployment settings
and could not live in the extension without a lot of ifs).  The plan was to
move every provider here and retire ``HireHelpLLM`` - only Azure and the
OpenRouter helper made it so far.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Optional

from openai import AzureOpenAI, OpenAI

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AzureSettings:
    endpoint: Optional[str]
    api_key: Optional[str]
    api_version: str
    chat_deployment: str
    embed_deployment: str


class ClientFactory:
    def __init__(self, azure: AzureSettings, openrouter_key=None, openrouter_url=None, timeout=45.0):
        self._azure_settings = azure
        self._openrouter_key = openrouter_key
        self._openrouter_url = openrouter_url
        self._timeout = timeout
        self._lock = threading.Lock()
        self._azure: Optional[AzureOpenAI] = None

    @classmethod
    def from_config(cls, config) -> "ClientFactory":
        return cls(
            azure=AzureSettings(
                endpoint=config.get("AZURE_OPENAI_ENDPOINT"),
                api_key=config.get("AZURE_OPENAI_API_KEY"),
                api_version=config.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
                chat_deployment=config.get("AZURE_OPENAI_DEPLOYMENT", "hr-gpt4o"),
                embed_deployment=config.get("AZURE_OPENAI_EMBED_DEPLOYMENT", "hr-embed-3"),
            ),
            openrouter_key=config.get("OPENROUTER_API_KEY"),
            openrouter_url=config.get("OPENROUTER_BASE_URL"),
            timeout=config.get("LLM_TIMEOUT_SECONDS", 45.0),
        )

    @property
    def chat_deployment(self) -> str:
        return self._azure_settings.chat_deployment

    @property
    def embed_deployment(self) -> str:
        return self._azure_settings.embed_deployment

    def azure(self) -> AzureOpenAI:
        """Shared Azure OpenAI client (created on first use)."""
        if self._azure is None:
            with self._lock:
                if self._azure is None:
                    s = self._azure_settings
                    self._azure = AzureOpenAI(
                        azure_endpoint=s.endpoint,
                        api_key=s.api_key,
                        api_version=s.api_version,
                        timeout=self._timeout,
                    )
        return self._azure

    def openrouter(self, **headers) -> OpenAI:
        """A fresh OpenRouter client; callers may add attribution headers."""
        return OpenAI(
            api_key=self._openrouter_key,
            base_url=self._openrouter_url or "https://openrouter.ai/api/v1",
            default_headers={"X-Title": "HireHelp", **headers},
            timeout=self._timeout,
        )

    def azure_quick_answer(self, question: str, max_tokens: int = 200) -> str:
        """One-shot helper used by the Slack bridge (legacy, see #188)."""
        resp = self.azure().chat.completions.create(
            model=self.chat_deployment,
            messages=[
                {"role": "system", "content": "You answer HR questions in two sentences."},
                {"role": "user", "content": question},
            ],
            max_tokens=max_tokens,
            temperature=0.2,
        )
        return resp.choices[0].message.content or ""
