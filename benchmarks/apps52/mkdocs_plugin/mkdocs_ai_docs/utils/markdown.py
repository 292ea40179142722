"""Small Markdown manipulation helpers (no LLM here)."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

IMAGE_RE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.S)
CODE_FENCE_RE = re.compile(r"```.*?```", re.S)


class ImageRef(NamedTuple):
    alt: str
    src: str
    start: int
    end: int


def strip_code(markdown: str) -> str:
    return CODE_FENCE_RE.sub("", markdown)


def iter_images(markdown: str) -> Iterator[ImageRef]:
    for m in IMAGE_RE.finditer(markdown):
        yield ImageRef(m.group("alt"), m.group("src"), m.start(), m.end())


def replace_alt(markdown: str, image: ImageRef, alt: str) -> str:
    alt = alt.replace("]", "").replace("\n", " ").strip()
    new = f"![{alt}]({image.src})"
    return markdown[: image.start] + new + markdown[image.end :]


def insert_summary(markdown: str, summary: str, style: str = "admonition") -> str:
    if style == "none" or not summary:
        return markdown
    block = '!!! abstract "Summary"\n' + "\n".join("    " + line for line in summary.splitlines()) + "\n\n"
    # keep the H1 first
    lines = markdown.splitlines(keepends=True)
    if lines and lines[0].startswith("# "):
        return lines[0] + "\n" + block + "".join(lines[1:])
    return block + markdown


def first_heading(markdown: str) -> str | None:
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None
