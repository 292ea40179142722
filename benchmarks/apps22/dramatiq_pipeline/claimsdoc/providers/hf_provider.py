from __future__ import annotations

from claimsdoc import clients
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings


@register("huggingface")
class HuggingFaceProvider(BaseProvider):
    def __init__(self) -> None:
        self.hf = clients.get_hf()

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        msgs = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": prompt}
        ]
        out = self.hf.chat_completion(
            messages=msgs,
            model=settings.hf_summary_model,
            max_tokens=max_tokens,
            temperature=0.1,
        )
        usage = out.usage
        return Completion(
            out.choices[0].message.content or "",
            settings.hf_summary_model,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
            out,
        )

