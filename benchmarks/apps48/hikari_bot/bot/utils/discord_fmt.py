from __future__ import annotations

import hikari

MAX_MESSAGE = 2000
MAX_EMBED_DESC = 4096


def chunk_text(text: str, size: int = MAX_MESSAGE - 10) -> list[str]:
    """Split on paragraph/line boundaries so code blocks mostly survive."""
    if len(text) <= size:
        return [text]
    chunks: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if len(current) + len(line) > size:
            if current:
                chunks.append(current)
            while len(line) > size:
                chunks.append(line[:size])
                line = line[size:]
            current = line
        else:
            current += line
    if current:
        chunks.append(current)
    return chunks


def answer_embed(title: str, body: str, *, footer: str | None = None, colour: int = 0x5865F2) -> hikari.Embed:
    embed = hikari.Embed(title=title[:256], description=body[:MAX_EMBED_DESC], colour=colour)
    if footer:
        embed.set_footer(footer)
    return embed


def error_embed(message: str) -> hikari.Embed:
    return hikari.Embed(title="Something went wrong", description=message, colour=0xED4245)


def strip_mentions(content: str) -> str:
    import re

    return re.sub(r"<@[!&]?\d+>", "", content).strip()
