"""Helpers that turn model answers into Jupyter display data."""
from __future__ import annotations

import base64
import html
from dataclasses import dataclass


@dataclass
class ResponseCard:
    markdown: str
    footer: str = ""

    @classmethod
    def create(cls, text: str, provider: str, model: str, tokens: tuple[int, int] | None = None) -> "ResponseCard":
        footer = f"{provider} · {model}"
        if tokens:
            footer += f" · {tokens[0]}→{tokens[1]} tokens"
        return cls(markdown=text, footer=footer)

    def to_bundle(self) -> dict[str, str]:
        md = self.markdown
        if self.footer:
            md += f"\n\n<sub>{html.escape(self.footer)}</sub>"
        return {"text/markdown": md, "text/plain": self.markdown}


def image_bundle(b64_png: str, alt: str = "") -> dict[str, str]:
    # validate early so a broken payload shows a readable error instead of a blank cell
    base64.b64decode(b64_png[:64] + "=" * (-len(b64_png[:64]) % 4))
    return {"image/png": b64_png, "text/plain": alt or "<image>"}


def table_bundle(rows: list[tuple], headers: list[str]) -> dict[str, str]:
    head = "| " + " | ".join(headers) + " |\n|" + "---|" * len(headers)
    body = "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in rows)
    return {"text/markdown": head + "\n" + body, "text/plain": body}


def error_bundle(exc: BaseException) -> dict[str, str]:
    return {"text/plain": f"{type(exc).__name__}: {exc}"}
