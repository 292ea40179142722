"""`investigate ...`: a small tool-using loop on Claude.

The model may call Prometheus queries and look up firing alerts before it
answers.  Capped at MAX_STEPS round trips.
"""
import json
import logging

import aiohttp

from skills.common.prompts import ASK_SYSTEM

_LOGGER = logging.getLogger(__name__)

MAX_STEPS = 5
PROM_URL = "http://prometheus.monitoring:9090"

TOOLS = [
    {
        "name": "promql",
        "description": "Run an instant PromQL query and return the result vector.",
        "input_schema": {
            "type": "object",
            "properties": {"query": {"type": "string"}},
            "required": ["query"],
        },
    },
    {
        "name": "firing_alerts",
        "description": "List currently firing alerts, optionally filtered by service label.",
        "input_schema": {
            "type": "object",
            "properties": {"service": {"type": "string"}},
        },
    },
]


async def _promql(query):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{PROM_URL}/api/v1/query", params={"query": query}) as resp:
            data = await resp.json()
    return data.get("data", {}).get("result", [])[:20]


class Investigator:
    def __init__(self, anthropic, alertmanager=None, model="claude-sonnet-4-20250514"):
        self.anthropic = anthropic
        self.alertmanager = alertmanager
        self.model = model

    async def _run_tool(self, name, args):
        if name == "promql":
            return await _promql(args["query"])
        if name == "firing_alerts" and self.alertmanager is not None:
            alerts = await self.alertmanager.firing()
            service = args.get("service")
            if service:
                alerts = [a for a in alerts if a.get("labels", {}).get("service") == service]
            return [{"name": a["labels"].get("alertname"), "labels": a["labels"]} for a in alerts]
        return {"error": f"unknown tool {name}"}

    async def run(self, question):
        messages = [{"role": "user", "content": question}]
        for step in range(MAX_STEPS):
            response = await self.anthropic.messages.create(
                model=self.model,
                max_tokens=1500,
                system=ASK_SYSTEM + " You can use tools to look at live metrics.",
                tools=TOOLS,
                messages=messages,
            )
            if response.stop_reason != "tool_use":
                return "".join(b.text for b in response.content if b.type == "text")
            messages.append({"role": "assistant", "content": response.content})
            results = []
            for block in response.content:
                if block.type != "tool_use":
                    continue
                _LOGGER.info("investigate step %s: %s(%s)", step, block.name, block.input)
                try:
                    output = await self._run_tool(block.name, block.input)
                except Exception as exc:  # noqa: BLE001
                    output = {"error": str(exc)}
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": json.dumps(output, default=str)[:8000],
                    }
                )
            messages.append({"role": "user", "content": results})
        return "I ran out of steps before reaching an answer; try a narrower question."
