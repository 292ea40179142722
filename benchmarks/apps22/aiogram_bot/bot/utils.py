from __future__ import annotations

import asyncio
import functools
import html
import io
import logging
import random
import re
import shutil
from typing import Awaitable, Callable, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)

# --- text ---------------------------------------------------------------

TG_LIMIT = 4096
_ALLOWED = re.compile(r"</?(b|i|u|s|code|pre)>")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def sanitize_html(text: str) -> str:
    """Keep the few tags Telegram understands, escape the rest."""
    parts: list[str] = []
    pos = 0
    for match in _ALLOWED.finditer(text):
        parts.append(escape(text[pos:match.start()]))
        parts.append(match.group(0))
        pos = match.end()
    parts.append(escape(text[pos:]))
    return "".join(parts)


def split_message(text: str, limit: int = TG_LIMIT) -> list[str]:
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(text[:cut])
        text = text[cut:].lstrip("\n")
    if text:
        chunks.append(text)
    return chunks


# --- audio (ffmpeg): Telegram voice notes are OGG/Opus, Whisper is happier with mp3 ---

FFMPEG = shutil.which("ffmpeg") or "ffmpeg"


async def ogg_to_mp3(data: bytes) -> bytes:
    proc = await asyncio.create_subprocess_exec(
        FFMPEG, "-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-f", "mp3", "-ac", "1", "pipe:1",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate(data)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {err.decode(errors='ignore')[:200]}")
    return out


def buffer_bytes(buf: io.BytesIO | bytes) -> bytes:
    if isinstance(buf, bytes):
        return buf
    buf.seek(0)
    return buf.read()


# --- retry ----------------------------------------------------------------

def async_retry(attempts: int = 3, base_delay: float = 1.0, exceptions: tuple[type[BaseException], ...] = (Exception,)):
    def decorator(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    delay = base_delay * 2 ** (attempt - 1) + random.random()
                    log.warning("%s failed (%s), retry %d/%d in %.1fs", fn.__name__, exc, attempt, attempts, delay)
                    await asyncio.sleep(delay)
            raise AssertionError("unreachable")
        return wrapper
    return decorator
