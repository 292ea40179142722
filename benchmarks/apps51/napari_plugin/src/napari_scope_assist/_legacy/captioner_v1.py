"""v1 captioner (2023). Predates the registry and the usage tracker.

Still used by scripts/caption_folder.py and the 'classic' menu item.
"""
from __future__ import annotations

import base64
import os

import openai
from anthropic import Anthropic

openai.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_PROMPT = "Describe this microscopy image in one sentence."


def _b64(path: str) -> str:
    with open(path, "rb") as fh:
        return base64.b64encode(fh.read()).decode()


def caption_file(path: str, prompt: str = DEFAULT_PROMPT, model: str = "gpt-4o") -> str:
    result = openai.chat.completions.create(
        model=model,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": prompt},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{_b64(path)}"}},
                ],
            }
        ],
    )
    return result.choices[0].message.content


def moderate(text: str) -> bool:
    """Captions are shared in lab Slack; keep them clean."""
    return openai.moderations.create(input=text).results[0].flagged


class LegacyCaptioner:
    def __init__(self):
        self.anthropic = Anthropic()
        self.history: list[str] = []

    def caption(self, path: str, prompt: str = DEFAULT_PROMPT) -> str:
        resp = self.anthropic.messages.create(
            model="claude-3-haiku-20240307",
            max_tokens=256,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": _b64(path)}},
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        text = resp.content[0].text
        self.history.append(text)
        return text
