"""Text helpers for Mattermost posts."""
from __future__ import annotations

MM_POST_LIMIT = 16383


def thread_key(message) -> str:
    return message.reply_id or message.id


def chunk_for_mattermost(text: str, limit: int = 4000) -> list[str]:
    if len(text) <= limit:
        return [text]
    chunks, current = [], []
    size = 0
    in_code = False
    for line in text.splitlines(keepends=True):
        if line.strip().startswith("```"):
            in_code = not in_code
        if size + len(line) > limit and not in_code and current:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        chunks.append("".join(current))
    return chunks


def strip_mentions(text: str, bot_name: str) -> str:
    return text.replace(f"@{bot_name}", "").strip()


def md_table(headers: list[str], rows: list[list[object]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(out)


def quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


def truncate(text: str, limit: int = 300, suffix: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(suffix)].rstrip() + suffix


def extract_code_blocks(text: str) -> list[str]:
    blocks, current, inside = [], [], False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            if inside:
                blocks.append("\n".join(current))
                current = []
            inside = not inside
            continue
        if inside:
            current.append(line)
    return blocks
