"""Experimental: ``??? info "What does this do?"`` blocks under long code samples.

Enabled per page with ``ai_explain_code: true`` in front matter. Not wired into
the config schema yet (see issue #41).
"""

from __future__ import annotations

import itertools
import re
from typing import Callable, Dict

from mkdocs_ai_docs.providers import clients

FENCE_RE = re.compile(r"^```(?P<lang>[\w+-]*)\n(?P<code>.*?)^```$", re.S | re.M)

_VENDOR_CLIENTS: Dict[str, Callable] = {
    "openai": clients.get_openai_client,
    "deepseek": clients.get_deepseek_client,
}
_VENDOR_MODELS = {"openai": "gpt-4o-mini", "deepseek": "deepseek-chat"}


class AnchorIdGenerator:
    """Deterministic ids for the generated blocks so links survive rebuilds."""

    def __init__(self, prefix: str = "ai-explain") -> None:
        self.prefix = prefix
        self._counter = itertools.count(1)

    def generate(self) -> str:
        return f"{self.prefix}-{next(self._counter)}"


def explain_code(code: str, lang: str, vendor: str = "openai") -> str:
    client = _VENDOR_CLIENTS[vendor]()
    resp = client.chat.completions.create(
        model=_VENDOR_MODELS[vendor],
        messages=[
            {"role": "system", "content": "Explain code samples for documentation readers in 2-4 sentences."},
            {"role": "user", "content": f"```{lang}\n{code}\n```"},
        ],
        max_tokens=200,
    )
    return resp.choices[0].message.content.strip()


def add_explanations(markdown: str, vendor: str = "openai", min_lines: int = 12) -> str:
    ids = AnchorIdGenerator()
    out: list[str] = []
    pos = 0
    for match in FENCE_RE.finditer(markdown):
        out.append(markdown[pos : match.end()])
        pos = match.end()
        code = match.group("code")
        if code.count("\n") < min_lines:
            continue
        explanation = explain_code(code, match.group("lang") or "text", vendor)
        anchor = ids.generate()
        body = "\n".join("    " + line for line in explanation.splitlines())
        out.append(f'\n\n??? info "What does this do?" {{#{anchor}}}\n{body}\n')
    out.append(markdown[pos:])
    return "".join(out)
