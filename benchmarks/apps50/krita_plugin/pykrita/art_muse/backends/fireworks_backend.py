"""Fireworks-hosted open models (OpenAI-compatible endpoint).

Cheaper than OpenAI for bulk prompt variations, used by "Variations" in the docker.
"""
from __future__ import annotations

from .. import settings
from .base import TextBackend, TextResult
from .clients import fireworks_client
from .registry import register


@register("text", "fireworks")
class FireworksTextBackend(TextBackend):
    def complete(self, system: str, prompt: str, max_tokens: int = 600) -> TextResult:
        cfg = settings.current()
        client = fireworks_client()
        resp = client.chat.completions.create(
            model=cfg.fireworks_model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            temperature=1.0,
            top_p=0.95,
        )
        return TextResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    def variations(self, prompt: str, n: int = 4) -> list[str]:
        cfg = settings.current()
        resp = fireworks_client().completions.create(
            model=cfg.fireworks_model,
            prompt=(
                "Rewrite the following image prompt in a different artistic style. "
                f"Keep the subject.\n\nPrompt: {prompt}\nRewritten:"
            ),
            max_tokens=120,
            n=n,
            temperature=1.1,
        )
        return [c.text.strip() for c in resp.choices if c.text.strip()]
