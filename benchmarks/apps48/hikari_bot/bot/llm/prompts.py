from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True)
class Message:
    role: str
    content: str

    @classmethod
    def user(cls, content: str) -> "Message":
        return cls("user", content)

    @classmethod
    def assistant(cls, content: str) -> "Message":
        return cls("assistant", content)


ASK_SYSTEM = (
    "You are Hikari, a friendly assistant in a Discord community. "
    "Answer concisely (under 1500 characters), use Discord markdown, and say when you are unsure."
)

SUMMARY_SYSTEM = (
    "You summarise Discord threads. Produce a short TL;DR line followed by up to 6 bullet points. "
    "Mention users by display name, never by ID. Keep open questions in a separate section."
)

MODERATION_SYSTEM = (
    "You are a content moderation classifier. Reply with exactly one word: "
    "SAFE, SPAM, HARASSMENT, NSFW or OTHER."
)

TRANSLATE_TEMPLATE = Template("Translate the following message to $lang. Only output the translation.\n\n$text")

IMAGE_PROMPT_REWRITE = Template(
    "Rewrite this image request into a detailed prompt for an image model. Keep it safe for work.\n\n$request"
)

DIGEST_TEMPLATE = Template(
    "Here are the most active conversations in #$channel today:\n\n$transcript\n\n"
    "Write a cheerful daily digest of at most 8 bullet points."
)


def render_transcript(lines: list[tuple[str, str]], limit_chars: int = 12_000) -> str:
    out: list[str] = []
    total = 0
    for author, content in lines:
        line = f"{author}: {content}"
        total += len(line) + 1
        if total > limit_chars:
            out.append("[...truncated...]")
            break
        out.append(line)
    return "\n".join(out)
