"""Spend / usage overview, fed by the usage tracker's JSONL log."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Label, Static

from termpal.services.llm_usage_tracker import UsageLog, llm_tracker
from termpal.services.multi_model_service import TaskComplexity, multi_model_service
from termpal.widgets.token_meter import estimate_cost

if TYPE_CHECKING:
    from termpal.app import TermpalApp


def aggregate(logs: list[UsageLog]) -> dict[tuple[str, str], dict[str, float]]:
    totals: dict[tuple[str, str], dict[str, float]] = defaultdict(
        lambda: {"calls": 0, "input": 0, "output": 0, "cost": 0.0}
    )
    for entry in logs:
        row = totals[(entry.provider, entry.model)]
        row["calls"] += 1
        row["input"] += entry.input_tokens
        row["output"] += entry.output_tokens
        row["cost"] += estimate_cost(entry.model, entry.input_tokens, entry.output_tokens)
    return dict(totals)


class UsageScreen(ModalScreen[None]):
    BINDINGS = [("escape", "dismiss", "Close")]

    app: "TermpalApp"

    def compose(self) -> ComposeResult:
        yield Label("Tracked usage")
        yield DataTable(id="usage")
        yield Static(id="total")
        yield Button("Suggest savings", id="advice")
        yield Static(id="advice-text")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("provider", "model", "calls", "in", "out", "cost $")
        logs = llm_tracker.read_all()
        grand = 0.0
        for (provider, model), row in sorted(aggregate(logs).items()):
            grand += row["cost"]
            table.add_row(
                provider, model, int(row["calls"]), int(row["input"]), int(row["output"]), f"{row['cost']:.4f}"
            )
        first = min((e.started_at for e in logs), default=None)
        since = f" since {datetime.fromtimestamp(first):%Y-%m-%d}" if first else ""
        self.query_one("#total", Static).update(f"Total{since}: ${grand:.4f}")

    @on(Button.Pressed, "#advice")
    def advice(self) -> None:
        self.suggest_savings()

    @work(exclusive=True)
    async def suggest_savings(self) -> None:
        rows = aggregate(llm_tracker.read_all())
        table = "\n".join(f"{p}/{m}: {int(r['calls'])} calls, ${r['cost']:.4f}" for (p, m), r in rows.items())
        text = await multi_model_service.generate_response(
            prompt=f"Here is my LLM usage. Suggest two ways to cut cost.\n{table}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=300,
        )
        self.query_one("#advice-text", Static).update(text)
