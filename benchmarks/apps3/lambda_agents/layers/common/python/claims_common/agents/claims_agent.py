"""Tool-using triage agent built on the Anthropic Messages API."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from claims_common.agents.tools import TOOL_SPECS, dispatch_tool
from claims_common.config import settings
from claims_common.deps import Deps
from claims_common.observability import tracer
from claims_common.prompts import COMPACTION_PROMPT, TRIAGE_SYSTEM_PROMPT, render_claim

logger = logging.getLogger(__name__)


class AgentLoopExceeded(RuntimeError):
    """The agent did not reach a final answer within its turn budget."""


@dataclass
class AgentResult:
    recommendation: str
    turns: int
    tool_calls: int
    input_tokens: int = 0
    output_tokens: int = 0
    tools_used: list[str] = field(default_factory=list)


class ClaimsAgent:
    def __init__(
        self,
        deps: Deps,
        *,
        model: str | None = None,
        max_turns: int = 8,
        context_budget: int = 60_000,
    ) -> None:
        self.deps = deps
        self.client = deps.anthropic
        self.model = model or settings.anthropic_model
        self.max_turns = max_turns
        self.context_budget = context_budget

    @tracer.capture_method
    def run(self, claim: dict[str, Any]) -> AgentResult:
        messages: list[dict[str, Any]] = [{"role": "user", "content": render_claim(claim)}]
        result = AgentResult(recommendation="", turns=0, tool_calls=0)

        while True:
            result.turns += 1
            if result.turns > self.max_turns:
                raise AgentLoopExceeded(f"no answer after {self.max_turns} turns")
            if result.turns > 1 and self._context_tokens(messages) > self.context_budget:
                messages = self._compact(messages)

            resp = self.client.messages.create(
                model=self.model,
                max_tokens=2048,
                system=TRIAGE_SYSTEM_PROMPT,
                tools=TOOL_SPECS,
                messages=messages,
            )
            result.input_tokens += resp.usage.input_tokens
            result.output_tokens += resp.usage.output_tokens
            messages.append({"role": "assistant", "content": resp.content})

            if resp.stop_reason != "tool_use":
                break

            tool_results = []
            for block in resp.content:
                if block.type != "tool_use":
                    continue
                result.tool_calls += 1
                result.tools_used.append(block.name)
                output = dispatch_tool(block.name, dict(block.input), self.deps)
                tool_results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": json.dumps(output, default=str),
                        "is_error": "error" in output,
                    }
                )
            messages.append({"role": "user", "content": tool_results})

        result.recommendation = "".join(b.text for b in resp.content if b.type == "text")
        logger.info(
            "triage finished",
            extra={"turns": result.turns, "tool_calls": result.tool_calls},
        )
        return result

    def _context_tokens(self, messages: list[dict[str, Any]]) -> int:
        counted = self.client.messages.count_tokens(
            model=self.model,
            system=TRIAGE_SYSTEM_PROMPT,
            tools=TOOL_SPECS,
            messages=messages,
        )
        return counted.input_tokens

    def _compact(self, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        transcript = json.dumps(messages[1:], default=lambda o: getattr(o, "model_dump", lambda: str(o))())
        summary = self.client.messages.create(
            model=settings.anthropic_small_model,
            max_tokens=1200,
            system=COMPACTION_PROMPT,
            messages=[{"role": "user", "content": transcript}],
        )
        notes = "".join(b.text for b in summary.content if b.type == "text")
        original = messages[0]["content"]
        return [{"role": "user", "content": f"{original}\n\nFindings so far:\n{notes}"}]
