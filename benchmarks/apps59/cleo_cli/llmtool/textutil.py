from __future__ import annotations

import re
from pathlib import Path

FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
HEADING_RE = re.compile(r"^#{1,3} ", re.MULTILINE)


def strip_front_matter(text: str) -> str:
    return FRONT_MATTER_RE.sub("", text, count=1)


def split_markdown(text: str, max_chars: int = 6000) -> list[str]:
    """Split on headings, then pack sections into chunks of at most max_chars."""
    positions = [m.start() for m in HEADING_RE.finditer(text)] or [0]
    if positions[0] != 0:
        positions.insert(0, 0)
    sections = [text[a:b] for a, b in zip(positions, positions[1:] + [len(text)])]
    chunks: list[str] = []
    current = ""
    for section in sections:
        if len(current) + len(section) > max_chars and current:
            chunks.append(current.rstrip())
            current = ""
        while len(section) > max_chars:
            chunks.append(section[:max_chars])
            section = section[max_chars:]
        current += section
    if current.strip():
        chunks.append(current.rstrip())
    return chunks


def iter_markdown_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.md") if "node_modules" not in p.parts)


def approx_tokens(text: str) -> int:
    return max(1, len(text) // 4)


# --- readability metrics (ported from the old vale plugin) -------------------

_SENTENCE_RE = re.compile(r"[.!?]+(?:\s|$)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CODE_FENCE_RE = re.compile(r"```.*?```", re.DOTALL)


def _syllables(word: str) -> int:
    word = word.lower().strip("'")
    vowels = "aeiouy"
    count = 0
    prev = False
    for ch in word:
        is_vowel = ch in vowels
        if is_vowel and not prev:
            count += 1
        prev = is_vowel
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


def prose_only(text: str) -> str:
    text = strip_front_matter(text)
    text = _CODE_FENCE_RE.sub("", text)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("|", "<", "    ")))


def flesch_reading_ease(text: str) -> float:
    prose = prose_only(text)
    words = _WORD_RE.findall(prose)
    sentences = max(1, len(_SENTENCE_RE.findall(prose)))
    if not words:
        return 100.0
    syllables = sum(_syllables(w) for w in words)
    return 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (syllables / len(words))


class Completion:
    """How complete a page is relative to its template (headings present)."""

    REQUIRED = ("## Prerequisites", "## Steps", "## Next steps")

    def __init__(self, text: str) -> None:
        self.text = text

    def missing(self) -> list[str]:
        return [h for h in self.REQUIRED if h not in self.text]

    def completion(self) -> float:
        return 1 - len(self.missing()) / len(self.REQUIRED)
