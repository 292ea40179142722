"""Output helpers built on print_formatted_text, plus the bottom toolbar."""
from __future__ import annotations

from collections.abc import AsyncIterator

from prompt_toolkit import print_formatted_text
from prompt_toolkit.formatted_text import FormattedText, HTML
from prompt_toolkit.styles import Style

from ptk_repl.services.llm_usage_tracker import llm_tracker
from ptk_repl.services.pricing import estimate_cost, format_cost

STYLE = Style.from_dict(
    {
        "assistant": "#9cdcfe",
        "user": "#ce9178 bold",
        "dim": "#6a6a6a",
        "error": "#f44747 bold",
        "info": "#4ec9b0",
        "citation": "#6a9955 underline",
        "bottom-toolbar": "bg:#1e1e1e #d4d4d4",
        "toolbar.provider": "bg:#1e1e1e #4ec9b0 bold",
    }
)


def info(text: str) -> None:
    print_formatted_text(FormattedText([("class:info", text)]), style=STYLE)


def error(text: str) -> None:
    print_formatted_text(FormattedText([("class:error", f"error: {text}")]), style=STYLE)


def dim(text: str) -> None:
    print_formatted_text(FormattedText([("class:dim", text)]), style=STYLE)


def answer(text: str) -> None:
    print_formatted_text(FormattedText([("class:assistant", text)]), style=STYLE)


def citations(urls: list[str]) -> None:
    for i, url in enumerate(urls, 1):
        print_formatted_text(HTML(f"<dim>[{i}]</dim> <citation>{url}</citation>"), style=STYLE)


async def stream_to_terminal(chunks: AsyncIterator[str]) -> str:
    """Print streamed deltas as they arrive; return the full text."""
    parts: list[str] = []
    async for delta in chunks:
        parts.append(delta)
        print_formatted_text(FormattedText([("class:assistant", delta)]), style=STYLE, end="", flush=True)
    print_formatted_text("")
    return "".join(parts)


def make_bottom_toolbar(state):
    """Return a callable for PromptSession(bottom_toolbar=...)."""

    def toolbar() -> FormattedText:
        provider = state.registry.active()
        totals = llm_tracker.session_totals
        cost = estimate_cost(provider.model, totals["input"], totals["output"])
        mode = "vi" if state.config.vi_mode else "emacs"
        return FormattedText(
            [
                ("class:toolbar.provider", f" {provider.describe()} "),
                ("class:bottom-toolbar", f" | {mode} | tokens in/out {totals['input']}/{totals['output']}"),
                ("class:bottom-toolbar", f" | {format_cost(cost)} | ^T tldr  ^X^E explain  ^O fullscreen "),
            ]
        )

    return toolbar
