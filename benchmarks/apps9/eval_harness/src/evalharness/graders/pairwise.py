"""Pairwise preference grading with Claude as the judge (used for the A/B reports)."""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from typing import Optional

from evalharness.clients import get_anthropic_client

logger = logging.getLogger(__name__)

DEFAULT_JUDGE = "claude-sonnet-4-5"

RECORD_PREFERENCE = {
    "name": "record_preference",
    "description": "Record which of the two responses better answers the user's request.",
    "input_schema": {
        "type": "object",
        "properties": {
            "winner": {"type": "string", "enum": ["A", "B", "tie"]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "rationale": {"type": "string"},
        },
        "required": ["winner", "rationale"],
    },
}


@dataclass
class PairwiseResult:
    sample_id: str
    winner: str  # "first" | "second" | "tie"
    confidence: Optional[float]
    rationale: str
    swapped: bool


class PairwiseJudge:
    def __init__(self, model: str = DEFAULT_JUDGE, seed: int = 0):
        self.model = model
        self.client = get_anthropic_client()
        self._rng = random.Random(seed)

    def compare(self, sample_id: str, question: str, first: str, second: str) -> PairwiseResult:
        # randomise position to wash out the judge's position bias
        swapped = self._rng.random() < 0.5
        a, b = (second, first) if swapped else (first, second)
        message = self.client.messages.create(
            model=self.model,
            max_tokens=1024,
            tools=[RECORD_PREFERENCE],
            tool_choice={"type": "tool", "name": "record_preference"},
            messages=[
                {
                    "role": "user",
                    "content": (
                        f"<question>\n{question}\n</question>\n\n"
                        f"<response_A>\n{a}\n</response_A>\n\n"
                        f"<response_B>\n{b}\n</response_B>\n\n"
                        "Which response is better? Use the record_preference tool."
                    ),
                }
            ],
        )
        tool_input = next(
            (block.input for block in message.content if block.type == "tool_use"), None
        )
        if tool_input is None:
            logger.warning("judge did not call the tool for %s", sample_id)
            return PairwiseResult(sample_id, "tie", None, "no verdict", swapped)

        label = tool_input["winner"]
        if label == "tie":
            winner = "tie"
        else:
            picked_a = label == "A"
            winner = "second" if picked_a == swapped else "first"
        return PairwiseResult(
            sample_id=sample_id,
            winner=winner,
            confidence=tool_input.get("confidence"),
            rationale=tool_input.get("rationale", ""),
            swapped=swapped,
        )
