from __future__ import annotations

import logging
from typing import Iterator, List, Optional

import requests

from quill.config import get_settings
from quill.models import clients
from quill.providers import ProviderAdapter, register

log = logging.getLogger(__name__)

DEFAULT_NUM_CTX = 8192


@register("ollama")
class OllamaAdapter(ProviderAdapter):
    """Local models through an Ollama server.

    Ollama silently truncates prompts longer than ``num_ctx`` so we always send one.
    """

    def __init__(self, model):
        super().__init__(model)
        self.client = clients.ollama_client()
        self.host = get_settings().ollama_host.rstrip("/")

    def _options(self, temperature: Optional[float]) -> dict:
        options = {"num_ctx": self.settings.extra_params.get("num_ctx", DEFAULT_NUM_CTX)}
        if temperature is not None:
            options["temperature"] = temperature
        return options

    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        response = self.client.chat(
            model=self.model.name,
            messages=messages,
            options=self._options(temperature),
        )
        self.last_usage = {
            "input": response.prompt_eval_count or 0,
            "output": response.eval_count or 0,
        }
        return response.message.content or ""

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        for part in self.client.chat(
            model=self.model.name,
            messages=messages,
            stream=True,
            options=self._options(temperature),
        ):
            if part.done:
                self.last_usage = {
                    "input": part.prompt_eval_count or 0,
                    "output": part.eval_count or 0,
                }
            if part.message.content:
                yield part.message.content

    def raw_generate(self, prompt: str, system: Optional[str] = None) -> str:
        """Plain /api/generate without the chat template.

        Used for models whose chat template mangles our edit-format examples.
        """
        payload = {
            "model": self.model.name,
            "prompt": prompt,
            "raw": True,
            "stream": False,
            "options": self._options(0),
        }
        if system:
            payload["system"] = system
        resp = requests.post(f"{self.host}/api/generate", json=payload, timeout=600)
        resp.raise_for_status()
        data = resp.json()
        self.last_usage = {
            "input": data.get("prompt_eval_count", 0),
            "output": data.get("eval_count", 0),
        }
        return data.get("response", "")
