"""Prints an estimated LLM cost per suite from the tracker totals.

No model calls here: only token arithmetic."""
from __future__ import annotations

from app.services.llm_usage_tracker import llm_tracker
from libraries.helpers.pricing import calculate_cost


class LLMCostListener:
    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self, model: str = "gpt-4o-mini") -> None:
        self.model = model
        self._before: dict[str, int] = {}

    def start_suite(self, data, result) -> None:
        self._before[data.longname] = llm_tracker.totals()["input_tokens"]

    def end_suite(self, data, result) -> None:
        totals = llm_tracker.totals()
        cost = calculate_cost(self.model, totals["input_tokens"], totals["output_tokens"])
        result.metadata["LLM calls"] = str(totals["calls"])
        result.metadata["LLM cost (USD)"] = f"{cost:.4f}"

    def close(self) -> None:
        totals = llm_tracker.totals()
        if not totals["calls"]:
            return
        cost = calculate_cost(self.model, totals["input_tokens"], totals["output_tokens"])
        print(
            f"\n[llm-cost] {totals['calls']} tracked calls, "
            f"{totals['input_tokens']} in / {totals['output_tokens']} out tokens, "
            f"~${cost:.4f} (priced as {self.model})"
        )
        print("[llm-cost] untracked direct SDK calls are not included; see QA-412.")
