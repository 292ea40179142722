"""Tool-using support agent (Claude tool_use loop)."""
from __future__ import annotations

import json
import logging
from typing import Any, Callable, Dict, List, Optional

from bot.config import get_settings
from bot.errors import ToolError
from bot.llm import get_anthropic
from bot.llm.prompts import SUPPORT_SYSTEM_PROMPT
from bot.models import Ticket

log = logging.getLogger(__name__)

MAX_TOOL_ROUNDS = 6

TOOLS: List[Dict[str, Any]] = [
    {
        "name": "search_help_center",
        "description": "Search Acme Cloud help-center articles. Use for any how-to or policy question.",
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Search query in English"},
                "top_k": {"type": "integer", "minimum": 1, "maximum": 8},
            },
            "required": ["query"],
        },
    },
    {
        "name": "get_account_status",
        "description": "Look up plan, seat count and billing status for a workspace.",
        "input_schema": {
            "type": "object",
            "properties": {"workspace_id": {"type": "string"}},
            "required": ["workspace_id"],
        },
    },
    {
        "name": "open_ticket",
        "description": "Open a Zendesk ticket for a human agent. Use when you cannot resolve the issue.",
        "input_schema": {
            "type": "object",
            "properties": {
                "subject": {"type": "string"},
                "description": {"type": "string"},
                "priority": {"type": "string", "enum": ["low", "normal", "high", "urgent"]},
            },
            "required": ["subject", "description"],
        },
    },
]


class ToolRegistry:
    def __init__(self) -> None:
        self._impls: Dict[str, Callable[..., Any]] = {}

    def register(self, name: str, fn: Callable[..., Any]) -> None:
        self._impls[name] = fn

    def run(self, name: str, arguments: Dict[str, Any]) -> str:
        fn = self._impls.get(name)
        if fn is None:
            raise ToolError(f"unknown tool {name!r}")
        try:
            result = fn(**arguments)
        except TypeError as exc:
            raise ToolError(f"bad arguments for {name}: {exc}") from exc
        log.info("tool %s ok", name)
        return result if isinstance(result, str) else json.dumps(result, default=str)


def build_registry(faq_index, accounts, ticketing) -> ToolRegistry:
    registry = ToolRegistry()

    def search_help_center(query: str, top_k: int = 4) -> List[Dict[str, Any]]:
        return [
            {"title": h.doc.title, "url": h.doc.url, "excerpt": h.doc.body[:1200], "score": round(h.score, 3)}
            for h in faq_index.search(query, top_k=top_k)
        ]

    def get_account_status(workspace_id: str) -> Dict[str, Any]:
        return accounts.lookup(workspace_id)

    def open_ticket(subject: str, description: str, priority: str = "normal") -> Dict[str, Any]:
        ticket_id = ticketing.create_ticket(Ticket(subject=subject, description=description, priority=priority))
        return {"ticket_id": ticket_id}

    registry.register("search_help_center", search_help_center)
    registry.register("get_account_status", get_account_status)
    registry.register("open_ticket", open_ticket)
    return registry


class SupportAgent:
    def __init__(self, registry: ToolRegistry, client=None, model: Optional[str] = None) -> None:
        self.client = client or get_anthropic()
        self.registry = registry
        self.model = model or get_settings().answer_model

    def run(self, history: List[Dict[str, Any]], user_message: str) -> str:
        messages: List[Dict[str, Any]] = list(history) + [{"role": "user", "content": user_message}]
        rounds = 0
        while True:
            response = self.client.messages.create(
                model=self.model,
                max_tokens=1500,
                system=SUPPORT_SYSTEM_PROMPT,
                tools=TOOLS,
                messages=messages,
            )
            if response.stop_reason != "tool_use":
                break
            rounds += 1
            if rounds > MAX_TOOL_ROUNDS:
                log.warning("agent hit tool round limit")
                break

            messages.append({"role": "assistant", "content": response.content})
            results = []
            for block in response.content:
                if block.type != "tool_use":
                    continue
                try:
                    output = self.registry.run(block.name, dict(block.input))
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": output})
                except ToolError as exc:
                    results.append(
                        {"type": "tool_result", "tool_use_id": block.id, "content": str(exc), "is_error": True}
                    )
            messages.append({"role": "user", "content": results})

        text = "".join(b.text for b in response.content if b.type == "text").strip()
        return text or "I couldn't find an answer to that. Want me to open a ticket?"
