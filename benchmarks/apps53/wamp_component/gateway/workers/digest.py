"""Daily channel digest."""
from __future__ import annotations

from datetime import datetime, timezone

DIGEST_PROMPT = """Write a digest of today's discussion in channel {channel}.
Group by topic, mention who decided what, list open questions at the end."""


def _format(messages: list[dict]) -> str:
    lines = []
    for m in messages:
        ts = datetime.fromtimestamp(m["ts"], tz=timezone.utc).strftime("%H:%M")
        lines.append(f"[{ts}] {m['author']}: {m['text']}")
    return "\n".join(lines)


async def build_digest(claude, channel_id: str, messages: list[dict]) -> str:
    if not messages:
        return "Nothing happened today."
    chunks: list[str] = []
    async with claude.messages.stream(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        system=DIGEST_PROMPT.format(channel=channel_id),
        messages=[{"role": "user", "content": _format(messages)}],
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
        final = await stream.get_final_message()
    return "".join(chunks) or final.content[0].text
