"""Draft a reply to the message on the clipboard (email / chat)."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from tray import services, settings
from tray.clipboard import read_clipboard
from tray.llm import get_async_anthropic
from tray.workers import handler

log = logging.getLogger(__name__)

STYLES = {
    "short": "Reply in two or three sentences.",
    "detailed": "Reply thoroughly, addressing each point.",
    "decline": "Politely decline.",
}


@dataclass
class DraftGenerator:
    """Builds the prompt; the model call lives in the functions below."""

    style: str = "short"
    signature: str = ""

    def generate(self, message: str) -> str:
        instruction = STYLES.get(self.style, STYLES["short"])
        sig = f"\nSign off as {self.signature}." if self.signature else ""
        return f"{instruction}{sig}\n\nMessage to reply to:\n{message}"


async def _draft_claude(prompt: str, variants: int) -> list[str]:
    client = get_async_anthropic()
    model = settings.load().models.claude

    async def one(temp: float) -> str:
        msg = await client.messages.create(
            model=model,
            max_tokens=700,
            temperature=temp,
            messages=[{"role": "user", "content": prompt}],
        )
        return "".join(b.text for b in msg.content if b.type == "text")

    return list(await asyncio.gather(*(one(0.3 + 0.3 * i) for i in range(variants))))


def _draft_open_model(prompt: str) -> str:
    model = settings.load().models.hf_chat
    return services.hf_client.text_generation(
        f"<|user|>\n{prompt}\n<|assistant|>\n", model=model, max_new_tokens=400
    )


@handler("reply_draft")
def reply_draft(style: str = "short", variants: int = 2, open_model: bool = False) -> list[str]:
    message = read_clipboard()
    prompt = DraftGenerator(style=style).generate(message)
    if open_model or services.anthropic_client is None:
        return [_draft_open_model(prompt)]
    return asyncio.run(_draft_claude(prompt, variants))
