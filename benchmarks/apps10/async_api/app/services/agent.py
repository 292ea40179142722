"""Investigation agent: looks up the customer's account and recent errors before a human
picks the ticket up. Tool-use loop on Claude."""
from __future__ import annotations

import json
from typing import Any, Awaitable, Callable, Dict, List

import httpx

from app.clients import get_clients
from app.config import settings
from app.logging_config import get_logger

log = get_logger(__name__)

INTERNAL_API = "http://account-service.internal:8080"
MAX_TURNS = 6

TOOLS = [
    {
        "name": "get_account",
        "description": "Look up the customer's plan, seats and billing status.",
        "input_schema": {
            "type": "object",
            "properties": {"customer_id": {"type": "string"}},
            "required": ["customer_id"],
        },
    },
    {
        "name": "recent_errors",
        "description": "Last 20 application errors logged for the customer's workspace.",
        "input_schema": {
            "type": "object",
            "properties": {"customer_id": {"type": "string"}, "hours": {"type": "integer"}},
            "required": ["customer_id"],
        },
    },
]


async def _get_account(http: httpx.AsyncClient, customer_id: str) -> Dict[str, Any]:
    resp = await http.get(f"{INTERNAL_API}/accounts/{customer_id}")
    resp.raise_for_status()
    return resp.json()


async def _recent_errors(http: httpx.AsyncClient, customer_id: str, hours: int = 24) -> List[dict]:
    resp = await http.post(f"{INTERNAL_API}/errors/search", json={"customer_id": customer_id, "hours": hours})
    resp.raise_for_status()
    return resp.json()["errors"][:20]


class InvestigationAgent:
    def __init__(self, client=None, model: str = settings.agent_model):
        self._client = client or get_clients().anthropic
        self._model = model

    async def investigate(self, customer_id: str, subject: str, body: str) -> str:
        history: List[dict] = [
            {
                "role": "user",
                "content": f"Customer {customer_id} wrote:\nSubject: {subject}\n\n{body}\n\n"
                "Investigate and write a short internal note for the agent.",
            }
        ]
        async with httpx.AsyncClient(timeout=10) as http:
            handlers: Dict[str, Callable[..., Awaitable[Any]]] = {
                "get_account": lambda **kw: _get_account(http, **kw),
                "recent_errors": lambda **kw: _recent_errors(http, **kw),
            }
            for turn in range(MAX_TURNS):
                response = await self._client.messages.create(
                    model=self._model,
                    max_tokens=1500,
                    system="You are a support engineer. Use the tools; do not guess account details.",
                    tools=TOOLS,
                    messages=history,
                )
                history.append({"role": "assistant", "content": response.content})
                if response.stop_reason != "tool_use":
                    return "".join(b.text for b in response.content if b.type == "text")

                results = []
                for block in response.content:
                    if block.type != "tool_use":
                        continue
                    try:
                        output = await handlers[block.name](**block.input)
                        content = json.dumps(output, default=str)[:8000]
                    except Exception as exc:  # noqa: BLE001
                        content = f"tool error: {exc}"
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": content})
                history.append({"role": "user", "content": results})
                log.debug("agent_turn", turn=turn, tools=len(results))

        return "Investigation stopped after the maximum number of steps."
