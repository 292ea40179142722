"""Common base class for all model wrappers.

Every wrapper instantiated from ``conf/model/*.yaml`` must subclass :class:`BaseModel`
and implement :meth:`generate`. Batch generation defaults to a thread pool, which is
fine for all the HTTP-backed providers we use.
"""
from __future__ import annotations

import abc
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

log = logging.getLogger(__name__)


@dataclass
class GenerationResult:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    finish_reason: str | None = None
    raw: Any = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "latency_s": round(self.latency_s, 4),
            "finish_reason": self.finish_reason,
        }


Message = dict[str, str]


class BaseModel(abc.ABC):
    """Abstract wrapper. Subclasses talk to exactly one provider."""

    provider: str = "unknown"

    def __init__(
        self,
        model_name: str,
        temperature: float = 0.0,
        max_tokens: int = 1024,
        system_prompt: str | None = None,
        max_retries: int = 3,
    ) -> None:
        self.model_name = model_name
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.system_prompt = system_prompt
        self.max_retries = max_retries

    # ------------------------------------------------------------------ helpers
    def build_messages(self, prompt: str | Sequence[Message]) -> list[Message]:
        if isinstance(prompt, str):
            messages: list[Message] = [{"role": "user", "content": prompt}]
        else:
            messages = list(prompt)
        if self.system_prompt and not any(m["role"] == "system" for m in messages):
            messages.insert(0, {"role": "system", "content": self.system_prompt})
        return messages

    def _with_retries(self, fn, *args, **kwargs):
        delay = 2.0
        for attempt in range(1, self.max_retries + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - provider errors differ per SDK
                if attempt == self.max_retries:
                    raise
                log.warning("%s attempt %d failed: %s; retrying in %.1fs", self.name, attempt, exc, delay)
                time.sleep(delay)
                delay *= 2

    @property
    def name(self) -> str:
        return f"{self.provider}/{self.model_name}"

    # ---------------------------------------------------------------- interface
    @abc.abstractmethod
    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        """Return a single completion for ``prompt``."""

    def generate_json(self, prompt: str | Sequence[Message], retries: int = 2, **kwargs: Any) -> Any:
        """Generate and parse a JSON object; re-asks with the parse error on failure."""
        import json

        messages = self.build_messages(prompt)
        last_err: Exception | None = None
        for _ in range(retries + 1):
            text = self.generate(messages, **kwargs).text.strip()
            if text.startswith("```"):
                text = text.strip("`")
                text = text[text.find("\n") + 1:] if "\n" in text else text
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                last_err = exc
                messages = messages + [
                    {"role": "assistant", "content": text},
                    {"role": "user", "content": f"That was not valid JSON ({exc}). Reply with JSON only."},
                ]
        raise ValueError(f"{self.name} did not return valid JSON") from last_err

    def generate_batch(
        self, prompts: Iterable[str | Sequence[Message]], num_workers: int = 8, **kwargs: Any
    ) -> list[GenerationResult]:
        prompts = list(prompts)
        with ThreadPoolExecutor(max_workers=num_workers) as pool:
            return list(pool.map(lambda p: self.generate(p, **kwargs), prompts))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model_name={self.model_name!r}, temperature={self.temperature})"
