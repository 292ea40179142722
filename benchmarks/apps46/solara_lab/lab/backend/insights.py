"""Tool-using "insight finder": the model can run SQL against the catalog.

Anthropic tool-use loop. The client is injected so the tests can pass a fake.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from lab.backend.datasets import Catalog

log = logging.getLogger(__name__)

RUN_SQL_TOOL = {
    "name": "run_sql",
    "description": "Run a read-only DuckDB query against the loaded datasets and return up to 50 rows as JSON.",
    "input_schema": {
        "type": "object",
        "properties": {"sql": {"type": "string"}},
        "required": ["sql"],
    },
}


@dataclass
class InsightFinder:
    client: Any
    catalog: Catalog
    model: str = "claude-3-5-sonnet-latest"
    max_turns: int = 6
    transcript: list[dict] = field(default_factory=list)

    def _run_sql(self, sql: str) -> str:
        if not sql.lstrip().lower().startswith(("select", "with")):
            return json.dumps({"error": "only SELECT queries are allowed"})
        try:
            return self.catalog.query(sql, limit=50).to_json(orient="records", date_format="iso")
        except Exception as exc:  # noqa: BLE001
            return json.dumps({"error": str(exc)})

    def find(self, goal: str) -> str:
        schema = json.dumps(self.catalog.schema())
        self.transcript = [{"role": "user", "content": f"Schema: {schema}\n\nGoal: {goal}"}]
        for turn in range(self.max_turns):
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=1500,
                tools=[RUN_SQL_TOOL],
                messages=self.transcript,
            )
            self.transcript.append({"role": "assistant", "content": [b.model_dump() for b in msg.content]})
            if msg.stop_reason != "tool_use":
                return "".join(b.text for b in msg.content if b.type == "text")
            results = []
            for block in msg.content:
                if block.type == "tool_use" and block.name == "run_sql":
                    log.info("turn %d: run_sql %s", turn, block.input.get("sql"))
                    results.append(
                        {"type": "tool_result", "tool_use_id": block.id, "content": self._run_sql(block.input["sql"])}
                    )
            self.transcript.append({"role": "user", "content": results})
        return "Stopped after max turns."
