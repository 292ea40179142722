"""Expands rough notes into full image prompts."""
from __future__ import annotations

import asyncio
import logging

from .. import prompt_templates, settings
from ..backends import get_text_backend, openai_client
from ..services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class PromptWriter:
    """Two paths:

    * ``write`` — the tracked path through multi_model_service (default);
    * ``quick`` — old low-latency path used by the "⚡" button, talks to the
      OpenAI client directly because the service adds ~300ms. TODO(mara): move to
      the service once it supports per-call temperature.
    """

    def __init__(self, client=None) -> None:
        self.client = client or openai_client()

    def write(self, note: str, style_hint: str = "") -> str:
        prompt = note if not style_hint else f"{note}\n\nStyle: {style_hint}"
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="prompt_writing",
                complexity=TaskComplexity.SIMPLE,
                system=prompt_templates.PROMPT_WRITER_SYSTEM,
            )
        )

    def quick(self, note: str) -> str:
        cfg = settings.current()
        resp = self.client.chat.completions.create(
            model=cfg.openai_chat_model,
            messages=[
                {"role": "system", "content": prompt_templates.PROMPT_WRITER_SYSTEM},
                {"role": "user", "content": note},
            ],
            temperature=1.0,
            max_tokens=160,
        )
        return resp.choices[0].message.content.strip()

    def translate(self, note: str, target: str = "English") -> str:
        """Notes are often written in the artist's language; image models prefer English."""
        resp = self.client.responses.create(
            model=settings.current().openai_chat_model,
            instructions=f"Translate the user's text to {target}. Output only the translation.",
            input=note,
        )
        return resp.output_text.strip()

    def negative_prompt(self, prompt: str) -> str:
        backend = get_text_backend(settings.current().text_provider)
        return backend.complete(prompt_templates.NEGATIVE_WRITER_SYSTEM, prompt, max_tokens=80).text

    def title(self, description: str) -> str:
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=description,
                task_type="title",
                system=prompt_templates.TITLE_SYSTEM,
                max_tokens=24,
            )
        ).strip().strip('"')
