"""Rendering helpers for answers in the notebook front end."""
from __future__ import annotations

import html
import re
from typing import Iterable

from IPython.display import HTML, Code, Markdown, clear_output, display, update_display

from .cost import estimate_cost, format_cost
from .providers.base import Completion

_CODE_BLOCK = re.compile(r"```(?:python|py)?\n(.*?)```", re.S)


def show_markdown(text: str) -> None:
    display(Markdown(text))


def show_completion(c: Completion, show_cost: bool = True) -> None:
    display(Markdown(c.text))
    if show_cost and (c.input_tokens or c.output_tokens):
        cost = estimate_cost(c.model, c.input_tokens, c.output_tokens)
        footer = (
            f"<small style='color:#888'>{html.escape(c.provider)} · {html.escape(c.model)} · "
            f"{c.input_tokens}→{c.output_tokens} tokens · {format_cost(cost)}</small>"
        )
        display(HTML(footer))


def stream_markdown(chunks: Iterable[str], display_id: str = "nbcopilot-stream") -> str:
    """Re-render a Markdown output as chunks arrive. Returns the full text."""
    buf = []
    handle = display(Markdown(""), display_id=display_id)
    for i, chunk in enumerate(chunks):
        buf.append(chunk)
        if i % 4 == 0:
            update_display(Markdown("".join(buf)), display_id=display_id)
    text = "".join(buf)
    update_display(Markdown(text), display_id=display_id)
    return text if handle is not None or text else text


def extract_code(text: str) -> str | None:
    m = _CODE_BLOCK.search(text)
    return m.group(1).rstrip() if m else None


def show_code(source: str) -> None:
    display(Code(source, language="python"))


def show_error(message: str) -> None:
    display(HTML(f"<pre style='color:#b00'>{html.escape(message)}</pre>"))


def clear() -> None:
    clear_output(wait=True)
