from __future__ import annotations

import time
from typing import Any, Sequence

from huggingface_hub import InferenceClient

from .base import BaseModel, GenerationResult, Message
from .clients import get_hf_client


class HFInferenceModel(BaseModel):
    """Hugging Face Inference Providers.

    ``use_chat=False`` falls back to raw ``text_generation`` for base models that have
    no chat template on the hub.
    """

    provider = "huggingface"

    def __init__(self, model_name: str, provider: str = "hf-inference", use_chat: bool = True,
                 **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.hf_provider = provider
        self.use_chat = use_chat
        self.client: InferenceClient = get_hf_client(model_name, provider)

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        start = time.perf_counter()
        max_tokens = kwargs.get("max_tokens", self.max_tokens)
        if self.use_chat:
            out = self.client.chat_completion(
                messages=self.build_messages(prompt),
                max_tokens=max_tokens,
                temperature=kwargs.get("temperature", self.temperature),
            )
            return GenerationResult(
                text=out.choices[0].message.content or "",
                model=self.model_name,
                input_tokens=out.usage.prompt_tokens if out.usage else 0,
                output_tokens=out.usage.completion_tokens if out.usage else 0,
                latency_s=time.perf_counter() - start,
                finish_reason=out.choices[0].finish_reason,
            )
        if not isinstance(prompt, str):
            prompt = "\n".join(m["content"] for m in prompt)
        details = self.client.text_generation(
            prompt,
            max_new_tokens=max_tokens,
            temperature=max(kwargs.get("temperature", self.temperature), 0.01),
            details=True,
        )
        return GenerationResult(
            text=details.generated_text,
            model=self.model_name,
            output_tokens=details.details.generated_tokens if details.details else 0,
            latency_s=time.perf_counter() - start,
            finish_reason=str(details.details.finish_reason) if details.details else None,
        )
