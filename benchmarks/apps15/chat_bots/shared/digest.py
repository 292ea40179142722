"""Daily/weekly channel digests.

Platform code collects the raw messages (Slack conversations.history, Discord
channel.history) and hands them over as `DigestInput`. We summarise with Grok via
the native SDK (it handles the long inputs better than the compat endpoint did) and
fall back to Together when xAI is unavailable.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List, Optional

from xai_sdk.chat import system, user

from shared.clients import get_grok_native, get_together
from shared.config import DEFAULT_TOGETHER_MODEL
from shared.tokens import truncate

log = logging.getLogger(__name__)

DIGEST_MODEL = "grok-3-mini"
MAX_INPUT_TOKENS = 24_000

DIGEST_PROMPT = """You write the community digest for the channel #{channel}.
Summarise the conversation below into:
  * 3-6 bullet points of what was discussed (who asked, what was decided)
  * open questions nobody answered yet
  * links worth keeping
Be neutral, skip greetings and small talk, never invent facts.
"""


@dataclass
class DigestInput:
    channel: str
    period: str
    lines: List[str] = field(default_factory=list)

    def transcript(self) -> str:
        return truncate("\n".join(self.lines), MAX_INPUT_TOKENS)


@dataclass
class Digest:
    channel: str
    period: str
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


async def _grok_digest(data: DigestInput) -> Digest:
    grok = get_grok_native()
    chat = grok.chat.create(
        model=DIGEST_MODEL,
        messages=[system(DIGEST_PROMPT.format(channel=data.channel))],
        temperature=0.2,
        max_tokens=900,
    )
    chat.append(user(f"Period: {data.period}\n\n{data.transcript()}"))
    response = await chat.sample()
    return Digest(
        channel=data.channel,
        period=data.period,
        text=response.content,
        model=DIGEST_MODEL,
        input_tokens=response.usage.prompt_tokens,
        output_tokens=response.usage.completion_tokens,
    )


async def _together_digest(data: DigestInput) -> Digest:
    resp = await get_together().chat.completions.create(
        model=DEFAULT_TOGETHER_MODEL,
        messages=[
            {"role": "system", "content": DIGEST_PROMPT.format(channel=data.channel)},
            {"role": "user", "content": f"Period: {data.period}\n\n{data.transcript()}"},
        ],
        temperature=0.2,
        max_tokens=900,
    )
    return Digest(
        channel=data.channel,
        period=data.period,
        text=resp.choices[0].message.content or "",
        model=DEFAULT_TOGETHER_MODEL,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
    )


async def build_digest(data: DigestInput) -> Optional[Digest]:
    if len(data.lines) < 5:
        log.info("skipping digest for %s: only %d messages", data.channel, len(data.lines))
        return None
    try:
        return await _grok_digest(data)
    except Exception:
        log.exception("grok digest failed for %s, falling back to together", data.channel)
        return await _together_digest(data)
