"""Assorted helpers: text chunking, token estimates, retries, embeds."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Awaitable, Callable, Iterable, Iterator, List, Sequence, Tuple, Type, TypeVar

import discord
import tiktoken

log = logging.getLogger(__name__)

T = TypeVar("T")

DISCORD_LIMIT = 2000
EMBED_DESC_LIMIT = 4096

_ENCODING = tiktoken.get_encoding("o200k_base")


def count_tokens(text: str) -> int:
    """Rough token count; good enough for deciding how much history to send."""
    return len(_ENCODING.encode(text, disallowed_special=()))


def trim_to_tokens(text: str, max_tokens: int) -> str:
    tokens = _ENCODING.encode(text, disallowed_special=())
    if len(tokens) <= max_tokens:
        return text
    return _ENCODING.decode(tokens[-max_tokens:])


def split_message(text: str, limit: int = DISCORD_LIMIT) -> List[str]:
    """Split on paragraph/line boundaries so code blocks mostly survive."""
    if len(text) <= limit:
        return [text]
    chunks: List[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if len(current) + len(line) > limit:
            if current:
                chunks.append(current)
            while len(line) > limit:
                chunks.append(line[:limit])
                line = line[limit:]
            current = line
        else:
            current += line
    if current:
        chunks.append(current)
    return chunks


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def format_transcript(messages: Iterable[discord.Message], max_chars: int = 60_000) -> str:
    lines = []
    total = 0
    for m in messages:
        if m.author.bot or not m.content:
            continue
        line = f"[{m.created_at:%H:%M}] {m.author.display_name}: {m.clean_content}"
        total += len(line)
        if total > max_chars:
            break
        lines.append(line)
    return "\n".join(lines)


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *,
    attempts: int = 3,
    base_delay: float = 1.0,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
) -> T:
    """Call ``fn()`` with exponential backoff. ``fn`` takes no arguments (use partial)."""
    for attempt in range(1, attempts + 1):
        try:
            return await fn()
        except retry_on as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 2
            log.info("attempt %d failed (%r), retrying in %.1fs", attempt, exc, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


def error_embed(title: str, description: str) -> discord.Embed:
    return discord.Embed(title=title, description=description[:EMBED_DESC_LIMIT], colour=discord.Colour.red())


def info_embed(title: str, description: str = "", **kwargs) -> discord.Embed:
    return discord.Embed(title=title, description=description[:EMBED_DESC_LIMIT], colour=0x7289DA, **kwargs)
