"""Status-bar cost readout. Reads the tracker; never calls a model."""
from __future__ import annotations

from ._llm.costs import calculate_cost, image_tokens_openai
from ._llm.llm_usage_tracker import llm_tracker


def session_cost_text() -> str:
    totals = llm_tracker.session_totals()
    if not totals:
        return "LLM: no calls yet"
    usd = 0.0
    for key, tokens in totals.items():
        _, model = key.split(":", 1)
        usd += calculate_cost(model, tokens // 2, tokens - tokens // 2)
    return f"LLM: {sum(totals.values())} tok, ~${usd:.3f}"


def preview_image_cost(shape: tuple[int, ...], model: str = "gpt-4o-mini") -> float:
    h, w = shape[-2:]
    return calculate_cost(model, image_tokens_openai(w, h), 0)


def install_status(viewer) -> None:
    viewer.text_overlay.visible = True
    viewer.text_overlay.text = session_cost_text()
