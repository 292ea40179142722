"""Prompt construction.  No network here -- keep it testable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional

SYSTEM_EXPLAIN = (
    "You are a senior engineer embedded in the user's editor. Explain the selected "
    "code concisely. Use Markdown, no preamble, at most 12 bullet points."
)

SYSTEM_REFACTOR = (
    "You rewrite code. Reply with the rewritten code only, in a single fenced block, "
    "preserving indentation and behaviour unless told otherwise."
)

SYSTEM_COMMIT = (
    "Write a conventional commit message (type(scope): subject, blank line, body) "
    "for the following staged diff. Subject under 72 characters."
)

FENCE = "```"


@dataclass
class FimContext:
    prefix: str
    suffix: str
    language: str
    path: Optional[str] = None

    def truncated(self, max_prefix: int = 6000, max_suffix: int = 2000) -> "FimContext":
        return FimContext(
            prefix=self.prefix[-max_prefix:],
            suffix=self.suffix[:max_suffix],
            language=self.language,
            path=self.path,
        )


def build_fim_context(text: str, cursor: int, language: str, path: str = None) -> FimContext:
    return FimContext(prefix=text[:cursor], suffix=text[cursor:], language=language, path=path).truncated()


def build_explain_prompt(code: str, language: str, path: str = None) -> str:
    header = "File: %s\n" % path if path else ""
    return "%sLanguage: %s\n\n%s%s\n%s\n%s" % (header, language, FENCE, language, code, FENCE)


def build_refactor_messages(code: str, instruction: str, language: str) -> List[Dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM_REFACTOR},
        {
            "role": "user",
            "content": "Instruction: %s\n\n%s%s\n%s\n%s" % (instruction, FENCE, language, code, FENCE),
        },
    ]


def build_chat_fill_messages(ctx: FimContext) -> List[Dict[str, str]]:
    """Chat models without a FIM endpoint get the hole marked inline."""
    return [
        {
            "role": "system",
            "content": "Fill in <HOLE>. Reply with the missing code only, no fences.",
        },
        {"role": "user", "content": "%s<HOLE>%s" % (ctx.prefix, ctx.suffix)},
    ]


def strip_fences(text: str) -> str:
    text = (text or "").strip()
    if text.startswith(FENCE):
        first_nl = text.find("\n")
        text = text[first_nl + 1 :] if first_nl != -1 else ""
        if text.rstrip().endswith(FENCE):
            text = text.rstrip()[: -len(FENCE)]
    return text.rstrip("\n")
