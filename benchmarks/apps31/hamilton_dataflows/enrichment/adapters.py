"""Lifecycle adapters passed to ``driver.Builder().with_adapters(...)``."""
from __future__ import annotations

import logging
import time
import traceback
from typing import Any, Optional

from hamilton.lifecycle import GraphExecutionHook, NodeExecutionHook

from enrichment.clients import get_openai

logger = logging.getLogger(__name__)


class NodeTimer(NodeExecutionHook):
    """Logs wall time per node; paid nodes (tag cost=paid) at INFO."""

    def __init__(self) -> None:
        self._starts: dict[str, float] = {}
        self.timings: dict[str, float] = {}

    def run_before_node_execution(self, *, node_name: str, node_tags: dict, **future_kwargs: Any) -> None:
        self._starts[node_name] = time.perf_counter()

    def run_after_node_execution(
        self, *, node_name: str, node_tags: dict, success: bool, error: Optional[Exception], **future_kwargs: Any
    ) -> None:
        elapsed = time.perf_counter() - self._starts.pop(node_name, time.perf_counter())
        self.timings[node_name] = elapsed
        level = logging.INFO if node_tags.get("cost") == "paid" else logging.DEBUG
        logger.log(level, "node %s took %.2fs (ok=%s)", node_name, elapsed, success)


class FailureTriage(GraphExecutionHook):
    """On a failed run, ask a model for a two-line explanation for the on-call channel.

    Written during the March incident; nobody has moved it onto the tracker yet.
    """

    def __init__(self, model: str = "gpt-4o-mini", enabled: bool = True) -> None:
        self.model = model
        self.enabled = enabled
        self.last_explanation: str | None = None

    def run_before_graph_execution(self, **future_kwargs: Any) -> None:
        self.last_explanation = None

    def run_after_graph_execution(self, *, success: bool, error: Optional[Exception], **future_kwargs: Any) -> None:
        if success or not self.enabled or error is None:
            return
        tb = "".join(traceback.format_exception(type(error), error, error.__traceback__))[-6000:]
        try:
            resp = get_openai().chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": "Explain this pipeline failure in two lines for an on-call engineer."},
                    {"role": "user", "content": tb},
                ],
                max_tokens=120,
            )
            self.last_explanation = resp.choices[0].message.content
        except Exception:  # noqa: BLE001 - triage must never mask the real error
            logger.exception("failure triage itself failed")
            return
        logger.error("run failed: %s", self.last_explanation)


class ConfigEcho(GraphExecutionHook):
    def run_before_graph_execution(self, *, inputs: dict, overrides: dict, **future_kwargs: Any) -> None:
        safe = {k: v for k, v in (inputs or {}).items() if "key" not in k and "token" not in k}
        logger.info("inputs: %s", safe)

    def run_after_graph_execution(self, **future_kwargs: Any) -> None:
        pass


class PaidNodeBudget(NodeExecutionHook):
    """Refuses to run paid nodes once a per-run call budget is spent.

    Counts node executions, not tokens: real spend comes from llm_usage_logs.
    """

    def __init__(self, max_paid_nodes: int = 50) -> None:
        self.max_paid_nodes = max_paid_nodes
        self.paid_nodes_run = 0

    def run_before_node_execution(self, *, node_name: str, node_tags: dict, **future_kwargs: Any) -> None:
        if node_tags.get("cost") != "paid":
            return
        if self.paid_nodes_run >= self.max_paid_nodes:
            raise RuntimeError(f"paid node budget exhausted before {node_name}")
        self.paid_nodes_run += 1

    def run_after_node_execution(self, **future_kwargs: Any) -> None:
        pass
