"""Explanations shown after the answer is revealed (Claude by default)."""
from __future__ import annotations

import logging
from typing import Callable, Iterator, Optional

from ..core import get_anthropic_client, prompts
from ..core.cache import cached
from ..core.config import ModelSettings, get

log = logging.getLogger(__name__)


@cached("explain")
def explain_card(front: str, back: str, level: str = "") -> str:
    settings = ModelSettings.from_config("anthropic")
    client = get_anthropic_client()
    message = client.messages.create(
        model=settings.model,
        max_tokens=400,
        system=prompts.SYSTEM_EXPLAINER,
        messages=[{"role": "user", "content": prompts.explain_prompt(front, back, level)}],
    )
    return message.content[0].text


def stream_explanation(front: str, back: str, on_delta: Callable[[str], None]) -> str:
    """Streams text into the reviewer as it arrives."""
    settings = ModelSettings.from_config("anthropic")
    chunks = []
    with get_anthropic_client().messages.stream(
        model=settings.model,
        max_tokens=400,
        system=prompts.SYSTEM_EXPLAINER,
        messages=[{"role": "user", "content": prompts.explain_prompt(front, back)}],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
            on_delta(text)
    return "".join(chunks)


def mnemonic_for(front: str, back: str, client=None) -> str:
    client = client or get_anthropic_client()
    reply = client.messages.create(
        model=get("anthropic_model", "claude-3-5-haiku-20241022"),
        max_tokens=120,
        messages=[{"role": "user", "content": prompts.MNEMONIC.substitute(front=front, back=back)}],
    )
    return reply.content[0].text.strip()


def iter_followups(front: str, back: str, questions: list) -> Iterator[str]:
    client = get_anthropic_client()
    history = [
        {"role": "user", "content": prompts.explain_prompt(front, back)},
    ]
    for q in questions:
        history.append({"role": "user", "content": q})
        resp = client.messages.create(
            model=get("anthropic_model"), max_tokens=300, messages=history
        )
        answer = resp.content[0].text
        history.append({"role": "assistant", "content": answer})
        yield answer
