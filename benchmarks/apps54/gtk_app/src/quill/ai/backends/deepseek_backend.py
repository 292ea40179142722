from __future__ import annotations

from quill.ai.backends.base import Completion
from quill.ai.backends.openai_backend import OpenAIBackend
from quill.ai.clients import get_deepseek_client


class DeepSeekBackend(OpenAIBackend):
    """DeepSeek via its OpenAI-compatible endpoint.

    Inherits streaming from OpenAIBackend; only ``complete`` differs because the
    reasoner model returns ``reasoning_content`` that we want to drop.
    """

    name = "deepseek"
    default_model = "deepseek-chat"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model, client=get_deepseek_client())

    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        kwargs = {}
        if self.model != "deepseek-reasoner":
            kwargs["temperature"] = temperature
        resp = self.client.chat.completions.create(
            model=self.model, messages=self._messages(prompt, system), **kwargs
        )
        message = resp.choices[0].message
        return Completion(
            text=message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def available_models(self) -> list[str]:
        return ["deepseek-chat", "deepseek-reasoner"]
