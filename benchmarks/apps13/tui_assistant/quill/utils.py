"""Small helpers: logging, paths, formatting, retry backoff."""

from __future__ import annotations

import functools
import logging
import os
import random
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional, Sequence, TypeVar

T = TypeVar("T")

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".pdf"}


def setup_logging(verbose: bool = False, logfile: Optional[str] = None) -> None:
    level = logging.DEBUG if verbose else logging.WARNING
    handlers: List[logging.Handler] = []
    if logfile:
        handlers.append(logging.FileHandler(logfile, encoding="utf-8"))
    else:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(level=level, format=LOG_FORMAT, handlers=handlers, force=True)
    # These are chatty at INFO.
    for noisy in ("httpx", "httpcore", "LiteLLM", "urllib3", "git.cmd"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def is_image_file(fname: str) -> bool:
    return Path(fname).suffix.lower() in IMAGE_EXTENSIONS


def safe_abs_path(res: str) -> str:
    return str(Path(res).resolve())


def chunked(seq: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def format_tokens(count: int) -> str:
    if count < 1000:
        return f"{count}"
    if count < 10000:
        return f"{count / 1000:.1f}k"
    return f"{round(count / 1000)}k"


def format_messages(messages: Iterable[dict], title: Optional[str] = None) -> str:
    out = []
    if title:
        out.append(title.upper() + " " + "*" * 50)
    for msg in messages:
        role = msg.get("role", "?").upper()
        content = msg.get("content")
        if isinstance(content, list):
            for part in content:
                if part.get("type") == "text":
                    out.append(f"{role} {part['text']}")
                else:
                    out.append(f"{role} [{part.get('type')}]")
        elif content:
            for line in str(content).splitlines():
                out.append(f"{role} {line}")
    return "\n".join(out)


def backoff_delays(initial: float = 0.125, maximum: float = 60.0) -> Iterator[float]:
    delay = initial
    while delay <= maximum:
        yield delay + random.uniform(0, delay / 4)
        delay *= 2


def retry_on(exc_types: tuple, tries: int = 5) -> Callable:
    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delays = backoff_delays()
            for attempt in range(tries):
                try:
                    return fn(*args, **kwargs)
                except exc_types:
                    if attempt == tries - 1:
                        raise
                    time.sleep(next(delays))
        return wrapper
    return deco


def touch_file(fname: str) -> bool:
    path = Path(fname)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        return True
    except OSError:
        return False


def env_flag(name: str, default: bool = False) -> bool:
    val = os.environ.get(name)
    if val is None:
        return default
    return val.strip().lower() in ("1", "true", "yes", "on")
