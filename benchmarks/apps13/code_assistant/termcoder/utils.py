import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}


def is_image_file(fname) -> bool:
    return Path(str(fname)).suffix.lower() in IMAGE_EXTENSIONS


def safe_abs_path(res) -> str:
    return str(Path(res).resolve())


def chunked(seq: Sequence[T], size: int) -> Iterator[List[T]]:
    for i in range(0, len(seq), size):
        yield list(seq[i : i + size])


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="replace")).hexdigest()


def format_tokens(count: int) -> str:
    if count < 1000:
        return f"{count}"
    if count < 10000:
        return f"{count / 1000:.1f}k"
    return f"{round(count / 1000)}k"


def format_messages(messages: Iterable[dict], title: str = "") -> str:
    out = []
    if title:
        out.append(title.upper() + " " + "*" * 50)
    for msg in messages:
        role = msg.get("role", "?").upper()
        content = msg.get("content")
        if isinstance(content, list):
            content = "\n".join(
                part.get("text", "[image]") for part in content if isinstance(part, dict)
            )
        out.append(f"{role} {content}")
    return "\n".join(out)


def split_system(messages: List[dict]):
    """Anthropic and Gemini want the system prompt outside the message list."""
    system_parts = [m["content"] for m in messages if m.get("role") == "system"]
    rest = [m for m in messages if m.get("role") != "system"]
    return "\n\n".join(system_parts), rest


def run_cmd(cmd: List[str], cwd=None, timeout: int = 120):
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        encoding=sys.stdout.encoding or "utf-8",
        errors="replace",
    )
    return proc.returncode, proc.stdout + proc.stderr


class Spinner:
    chars = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

    def __init__(self, text: str):
        self.text = text
        self.start = time.time()
        self.last = 0.0
        self.i = 0
        self.visible = sys.stdout.isatty() and not os.environ.get("TERMCODER_NO_SPINNER")

    def step(self):
        if not self.visible:
            return
        now = time.time()
        if now - self.start < 0.5 or now - self.last < 0.1:
            return
        self.last = now
        print(f"\r{self.chars[self.i % len(self.chars)]} {self.text}", end="", flush=True)
        self.i += 1

    def end(self):
        if self.visible:
            print("\r" + " " * (len(self.text) + 3) + "\r", end="", flush=True)
