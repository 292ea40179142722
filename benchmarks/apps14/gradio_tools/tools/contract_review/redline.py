"""Version comparison ("what changed in their redline?") on the OpenAI Responses API."""
from __future__ import annotations

import difflib
from typing import Iterator

from common.clients import get_openai
from common.prompts import REDLINE_INSTRUCTIONS

REDLINE_MODEL = "gpt-4.1"


def _unified_diff(old: str, new: str) -> str:
    diff = difflib.unified_diff(
        old.splitlines(), new.splitlines(), fromfile="ours", tofile="theirs", lineterm="", n=2
    )
    return "\n".join(diff)


def compare_versions(ours: str, theirs: str) -> str:
    diff = _unified_diff(ours, theirs)
    if not diff:
        return "No textual differences found."
    response = get_openai().responses.create(
        model=REDLINE_MODEL,
        instructions=REDLINE_INSTRUCTIONS,
        input=f"Unified diff between our paper and the counterparty's redline:\n\n{diff}",
        temperature=0,
    )
    return response.output_text


def stream_comparison(ours: str, theirs: str) -> Iterator[str]:
    """Same as compare_versions but streamed into the Markdown component."""
    diff = _unified_diff(ours, theirs)
    if not diff:
        yield "No textual differences found."
        return
    text = ""
    events = get_openai().responses.create(
        model=REDLINE_MODEL,
        instructions=REDLINE_INSTRUCTIONS,
        input=f"Unified diff between our paper and the counterparty's redline:\n\n{diff}",
        stream=True,
    )
    for event in events:
        if event.type == "response.output_text.delta":
            text += event.delta
            yield text
        elif event.type == "response.failed":
            yield text + "\n\n_Comparison failed part-way, please retry._"
            return
