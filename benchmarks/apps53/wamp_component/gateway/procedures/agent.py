"""``com.app.agent.run``: a small tool-using assistant.

The tools are themselves WAMP procedures (search, vectors, tickets), so the
agent just forwards tool calls to the router with ``session.call``.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from autobahn.wamp.exception import ApplicationError

log = logging.getLogger(__name__)

MAX_STEPS = 6

TOOLS: list[dict[str, Any]] = [
    {
        "name": "search_docs",
        "procedure": "com.app.search_fts",
        "description": "Full-text search over help-centre articles.",
        "parameters": {
            "type": "object",
            "properties": {"query": {"type": "string"}, "limit": {"type": "integer", "default": 5}},
            "required": ["query"],
        },
    },
    {
        "name": "get_ticket",
        "procedure": "com.app.tickets.get",
        "description": "Fetch a support ticket by id.",
        "parameters": {
            "type": "object",
            "properties": {"ticket_id": {"type": "string"}},
            "required": ["ticket_id"],
        },
    },
    {
        "name": "create_ticket",
        "procedure": "com.app.tickets.create",
        "description": "Open a new support ticket for a human agent.",
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "body": {"type": "string"}},
            "required": ["title", "body"],
        },
    },
]

_BY_NAME = {t["name"]: t for t in TOOLS}


def openai_tools() -> list[dict]:
    return [
        {"type": "function", "function": {"name": t["name"], "description": t["description"], "parameters": t["parameters"]}}
        for t in TOOLS
    ]


def anthropic_tools() -> list[dict]:
    return [{"name": t["name"], "description": t["description"], "input_schema": t["parameters"]} for t in TOOLS]


class TicketClient:
    """Thin wrapper over the ticket service's WAMP API.  Its ``create`` is a
    ticket, not a model call."""

    def __init__(self, session) -> None:
        self.session = session

    async def create(self, title: str, body: str) -> dict:
        return await self.session.call("com.app.tickets.create", title=title, body=body)


class Agent:
    def __init__(self, session, openai_client, anthropic_client, model: str = "gpt-4o") -> None:
        self.session = session
        self.openai = openai_client
        self.anthropic = anthropic_client
        self.model = model
        self.tickets = TicketClient(session)

    async def _dispatch(self, name: str, args: dict) -> Any:
        tool = _BY_NAME.get(name)
        if tool is None:
            return {"error": f"unknown tool {name}"}
        if name == "create_ticket":
            return await self.tickets.create(**args)
        try:
            return await self.session.call(tool["procedure"], **args)
        except ApplicationError as exc:
            return {"error": exc.error}

    async def run_openai(self, question: str) -> dict:
        messages: list[dict] = [
            {"role": "system", "content": "You are a support agent. Use the tools; open a ticket if you cannot help."},
            {"role": "user", "content": question},
        ]
        for step in range(MAX_STEPS):
            resp = await self.openai.chat.completions.create(
                model=self.model,
                messages=messages,
                tools=openai_tools(),
                tool_choice="auto",
            )
            msg = resp.choices[0].message
            if not msg.tool_calls:
                return {"answer": msg.content, "steps": step + 1}
            messages.append(msg.model_dump(exclude_none=True))
            for call in msg.tool_calls:
                args = json.loads(call.function.arguments or "{}")
                result = await self._dispatch(call.function.name, args)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result, default=str)})
        return {"answer": None, "steps": MAX_STEPS, "error": "step limit"}

    async def run_claude(self, question: str, model: str = "claude-3-5-sonnet-20241022") -> dict:
        messages: list[dict] = [{"role": "user", "content": question}]
        for step in range(MAX_STEPS):
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=1024,
                system="You are a support agent. Use the tools; open a ticket if you cannot help.",
                tools=anthropic_tools(),
                messages=messages,
            )
            if msg.stop_reason != "tool_use":
                text = "".join(b.text for b in msg.content if b.type == "text")
                return {"answer": text, "steps": step + 1}
            messages.append({"role": "assistant", "content": [b.model_dump() for b in msg.content]})
            results = []
            for block in msg.content:
                if block.type == "tool_use":
                    out = await self._dispatch(block.name, dict(block.input))
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": json.dumps(out, default=str)})
            messages.append({"role": "user", "content": results})
        return {"answer": None, "steps": MAX_STEPS, "error": "step limit"}
