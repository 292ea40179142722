"""Text and token helpers (no network)."""
from __future__ import annotations

import functools
import re
import textwrap

try:
    import tiktoken
except ImportError:  # pragma: no cover
    tiktoken = None

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


def wrap_for_display(text: str, width: int = 90) -> str:
    return "\n".join(textwrap.fill(p, width) for p in text.split("\n"))


def truncate(text: str, n: int = 200) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"



@functools.lru_cache(maxsize=4)
def _encoding(model: str):
    if tiktoken is None:
        return None
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def estimate_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    enc = _encoding(model)
    if enc is None:
        return max(1, len(text) // 4)
    return len(enc.encode(text))


PRICES_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20240620": (3.00, 15.00),
    "claude-3-haiku-20240307": (0.25, 1.25),
}


def cost_estimate(model: str, n_in: int, n_out: int) -> float:
    p_in, p_out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (n_in * p_in + n_out * p_out) / 1_000_000


class ReportBuilder:
    """Assembles a markdown report from summary + notes (pure string work)."""

    def __init__(self, title: str):
        self.title = title
        self.sections: list[tuple[str, str]] = []

    def add(self, heading: str, body: str) -> "ReportBuilder":
        self.sections.append((heading, body))
        return self

    def generate(self) -> str:
        out = [f"# {self.title}", ""]
        for heading, body in self.sections:
            out += [f"## {heading}", "", wrap_for_display(body), ""]
        return "\n".join(out)

    @classmethod
    def create(cls, title: str, summary: str, notes: list[str]) -> "ReportBuilder":
        rb = cls(title).add("Summary", summary)
        for i, n in enumerate(notes, start=1):
            rb.add(f"Note {i}", n)
        return rb
