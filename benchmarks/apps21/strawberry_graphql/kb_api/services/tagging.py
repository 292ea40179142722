"""Automatic tags for articles, using an open model on HF Inference."""
from __future__ import annotations

import re

from huggingface_hub import AsyncInferenceClient

from kb_api.config import get_settings
from kb_api.llm.prompts import TAGGING_PROMPT

_TAG_RE = re.compile(r"[a-z0-9][a-z0-9\-]{1,30}")


def parse_tags(raw: str, limit: int) -> list[str]:
    seen: list[str] = []
    for part in raw.lower().split(","):
        m = _TAG_RE.search(part.strip())
        if m and m.group(0) not in seen:
            seen.append(m.group(0))
    return seen[:limit]


class Tagger:
    def __init__(self, hf: AsyncInferenceClient, model: str | None = None, max_tags: int = 6) -> None:
        self.hf = hf
        self.model = model or get_settings().tagging_model
        self.max_tags = max_tags

    async def suggest(self, title: str, body: str) -> list[str]:
        prompt = TAGGING_PROMPT.format(n=self.max_tags, title=title, body=body[:4000])
        raw = await self.hf.text_generation(prompt, model=self.model, max_new_tokens=48, temperature=0.1)
        return parse_tags(raw, self.max_tags)

    async def suggest_chat(self, title: str, body: str) -> list[str]:
        out = await self.hf.chat_completion(
            messages=[
                {"role": "system", "content": f"Return at most {self.max_tags} comma-separated lowercase tags."},
                {"role": "user", "content": f"{title}\n\n{body[:4000]}"},
            ],
            model="meta-llama/Llama-3.1-8B-Instruct",
            max_tokens=48,
        )
        return parse_tags(out.choices[0].message.content or "", self.max_tags)
