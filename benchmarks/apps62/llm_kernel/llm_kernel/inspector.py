"""Shift-Tab inspection.  Magics get static help; anything else is looked up by a model."""
from __future__ import annotations

from typing import TYPE_CHECKING

from google.genai import types

from .magics import CELL_MAGICS, LINE_MAGICS

if TYPE_CHECKING:
    from .kernel import LLMKernel

INSPECT_MODEL = "gemini-2.0-flash"


def _token_at(code: str, pos: int) -> str:
    start = pos
    while start > 0 and (code[start - 1].isalnum() or code[start - 1] in "_.%"):
        start -= 1
    end = pos
    while end < len(code) and (code[end].isalnum() or code[end] in "_."):
        end += 1
    return code[start:end]


def inspect(kernel: "LLMKernel", code: str, cursor_pos: int, detail_level: int = 0) -> dict | None:
    token = _token_at(code, cursor_pos)
    if not token:
        return None
    bare = token.lstrip("%")
    if token.startswith("%%") and bare in CELL_MAGICS:
        return {"text/plain": CELL_MAGICS[bare]}
    if token.startswith("%") and bare in LINE_MAGICS:
        return {"text/plain": LINE_MAGICS[bare]}
    if detail_level == 0 and len(token) < 3:
        return None
    resp = kernel.genai.models.generate_content(
        model=INSPECT_MODEL,
        contents=f"In one short paragraph, what is `{token}` in Python / the PyData ecosystem?",
        config=types.GenerateContentConfig(max_output_tokens=200, temperature=0.0),
    )
    return {"text/markdown": resp.text, "text/plain": resp.text}
