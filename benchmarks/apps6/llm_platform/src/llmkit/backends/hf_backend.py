"""Hugging Face Inference backend (serverless / inference providers)."""
from __future__ import annotations

from typing import List, Optional, Sequence

from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.retry import retry


class HuggingFaceBackend(BaseBackend):
    name = "huggingface"

    def __init__(self, settings, client) -> None:
        super().__init__(settings, client)
        self.default_model = settings.hf_chat_model

    @retry(attempts=3, base_delay=2.0)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        out = self._client.chat_completion(
            self.to_dicts(messages),
            model=model or self.default_model,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = out.usage
        return Completion(
            text=out.choices[0].message.content or "",
            model=out.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    def complete_text(self, prompt: str, *, max_new_tokens: int = 256,
                      stop: Optional[List[str]] = None) -> str:
        """Raw completion for the code models, which have no chat template."""
        return self._client.text_generation(
            prompt,
            model=self.settings.hf_text_model,
            max_new_tokens=max_new_tokens,
            stop=stop or ["\n\n\n"],
            return_full_text=False,
        )
