"""Explain a code snippet from the clipboard (Grok by default)."""
from __future__ import annotations

import functools
import logging
from typing import Callable

from openai import OpenAI

from tray import settings
from tray.clipboard import read_clipboard
from tray.llm import clients, prompts
from tray.workers import handler

log = logging.getLogger(__name__)

# which SDK client to use for which code backend; openai-compatible only
_CLIENT_FACTORIES: dict[str, Callable[[], OpenAI]] = {
    "grok": clients.get_xai_client,
    "openai": clients.make_openai_client,
}

EXTENSIONS = {"py": "Python", "js": "JavaScript", "ts": "TypeScript", "rs": "Rust", "go": "Go"}


def guess_language(code: str) -> str:
    if "def " in code and ":" in code:
        return "Python"
    if "fn " in code and "->" in code:
        return "Rust"
    if "func " in code:
        return "Go"
    return "unknown"


@handler("explain_code")
def explain_code(code: str | None = None) -> str:
    code = code or read_clipboard()
    language = guess_language(code)
    client = _CLIENT_FACTORIES["grok"]()
    resp = client.chat.completions.create(
        model="grok-code-fast-1",
        messages=[
            {"role": "system", "content": prompts.EXPLAIN_CODE.system},
            {"role": "user", "content": prompts.EXPLAIN_CODE.render(language=language, code=code)},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content or ""


def review_files(paths: list[str]) -> dict[str, str]:
    """Batch explain (scripts/ + the "Explain files..." dialog)."""
    client = clients.get_xai_client()
    explain = functools.partial(
        client.chat.completions.create,
        model=settings.load().models.grok,
        temperature=0.0,
    )
    out: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            code = fh.read()[:20_000]
        language = EXTENSIONS.get(path.rsplit(".", 1)[-1], "unknown")
        resp = explain(
            messages=[
                {"role": "system", "content": prompts.EXPLAIN_CODE.system},
                {"role": "user", "content": prompts.EXPLAIN_CODE.render(language=language, code=code)},
            ]
        )
        out[path] = resp.choices[0].message.content or ""
    return out
