"""Models served on our own boxes: vLLM (OpenAI-compatible server) and Ollama."""
from __future__ import annotations

import logging
import time
from typing import Any, Sequence

import requests
from openai import OpenAI

from .base import BaseModel, GenerationResult, Message
from .clients import get_ollama_client

log = logging.getLogger(__name__)


class VLLMModel(BaseModel):
    provider = "vllm"

    def __init__(self, model_name: str, host: str = "localhost", port: int = 8000, **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.base_url = f"http://{host}:{port}/v1"
        self.client = OpenAI(api_key="EMPTY", base_url=self.base_url, timeout=600)

    def wait_until_ready(self, timeout_s: float = 300.0) -> None:
        """Poll /health; vLLM takes a while to load weights."""
        deadline = time.time() + timeout_s
        health = self.base_url.rsplit("/v1", 1)[0] + "/health"
        while time.time() < deadline:
            try:
                if requests.get(health, timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(5)
        raise TimeoutError(f"vLLM server at {self.base_url} not ready after {timeout_s}s")

    def served_models(self) -> list[str]:
        return [m.id for m in self.client.models.list()]

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        start = time.perf_counter()
        resp = self.client.chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            temperature=kwargs.get("temperature", self.temperature),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            extra_body={"top_k": kwargs.get("top_k", -1)},
        )
        return GenerationResult(
            text=resp.choices[0].message.content or "",
            model=self.model_name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_s=time.perf_counter() - start,
            finish_reason=resp.choices[0].finish_reason,
        )


class OllamaModel(BaseModel):
    provider = "ollama"

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        start = time.perf_counter()
        resp = get_ollama_client().chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            temperature=kwargs.get("temperature", self.temperature),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
        )
        usage = resp.usage
        return GenerationResult(
            text=resp.choices[0].message.content or "",
            model=self.model_name,
            input_tokens=getattr(usage, "prompt_tokens", 0),
            output_tokens=getattr(usage, "completion_tokens", 0),
            latency_s=time.perf_counter() - start,
        )
