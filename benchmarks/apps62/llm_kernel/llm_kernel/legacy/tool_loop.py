"""Half-finished: let the model call tools that inspect the notebook namespace.

Started during the hackathon; only wired to %%agent in the dev branch.
"""
from __future__ import annotations

import json

from .. import backends

TOOLS = [
    {
        "name": "list_cells",
        "description": "List the execution counts and first line of every cell in this session.",
        "input_schema": {"type": "object", "properties": {}},
    },
    {
        "name": "read_cell",
        "description": "Return the full prompt and answer of one cell.",
        "input_schema": {
            "type": "object",
            "properties": {"execution_count": {"type": "integer"}},
            "required": ["execution_count"],
        },
    },
]


def _run_tool(session, name: str, args: dict) -> str:
    if name == "list_cells":
        return "\n".join(f"{t.execution_count}: {t.prompt.splitlines()[0][:60]}" for t in session.turns)
    if name == "read_cell":
        t = session.find(args["execution_count"])
        return json.dumps({"prompt": t.prompt, "response": t.response}) if t else "not found"
    return f"unknown tool {name}"


def run_agent(session, question: str, model: str = "claude-3-5-sonnet-20241022", max_steps: int = 6) -> str:
    client = backends.get_anthropic_client()
    messages = [{"role": "user", "content": question}]
    for _ in range(max_steps):
        resp = client.messages.create(model=model, max_tokens=1024, tools=TOOLS, messages=messages)
        if resp.stop_reason != "tool_use":
            return "".join(b.text for b in resp.content if b.type == "text")
        messages.append({"role": "assistant", "content": resp.content})
        results = []
        for block in resp.content:
            if block.type == "tool_use":
                results.append(
                    {"type": "tool_result", "tool_use_id": block.id, "content": _run_tool(session, block.name, block.input)}
                )
        messages.append({"role": "user", "content": results})
    return "(agent stopped after max_steps)"
