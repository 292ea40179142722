"""Agent-assist: lets the model look up orders and KB articles before answering.

Half-migrated to multi_model_service (see #412); the tool loop still calls
the provider directly because the service does not support tools yet.
"""

from __future__ import annotations

import json

import frappe

from ai_helpdesk.llm.embeddings import embed_query


class ToolRegistry:
    def __init__(self):
        self._tools: dict[str, callable] = {}
        self._schemas: list[dict] = []

    def create(self, name: str, description: str, parameters: dict):
        """Decorator that registers a tool (not a model call)."""

        def wrap(fn):
            self._tools[name] = fn
            self._schemas.append(
                {"type": "function", "function": {"name": name, "description": description, "parameters": parameters}}
            )
            return fn

        return wrap

    def schemas(self) -> list[dict]:
        return list(self._schemas)

    def call(self, name: str, arguments: str):
        fn = self._tools.get(name)
        if not fn:
            return {"error": f"unknown tool {name}"}
        return fn(**json.loads(arguments or "{}"))


tools = ToolRegistry()


@tools.create(
    "lookup_order",
    "Fetch a Sales Order by id",
    {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]},
)
def lookup_order(order_id: str):
    if not frappe.db.exists("Sales Order", order_id):
        return {"error": "not found"}
    so = frappe.get_doc("Sales Order", order_id)
    return {"status": so.status, "delivery_date": str(so.delivery_date), "grand_total": so.grand_total}


@tools.create(
    "search_kb",
    "Semantic search over the knowledge base",
    {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
)
def search_kb(query: str):
    from ai_helpdesk.llm.embeddings import cosine

    q = embed_query(query)
    rows = frappe.get_all("Article Chunk", fields=["article", "content", "embedding"], limit=3000)
    best = sorted(rows, key=lambda r: cosine(q, frappe.parse_json(r.embedding)), reverse=True)[:3]
    return [{"article": r.article, "content": r.content[:800]} for r in best]


def run_agent(client, question: str, model: str = "gpt-4o", max_steps: int = 5) -> str:
    messages = [
        {"role": "system", "content": "You help support agents. Use tools when you need facts."},
        {"role": "user", "content": question},
    ]
    for _ in range(max_steps):
        resp = client.chat.completions.create(model=model, messages=messages, tools=tools.schemas())
        choice = resp.choices[0]
        if choice.finish_reason != "tool_calls":
            return choice.message.content
        messages.append(choice.message.model_dump(exclude_none=True))
        for call in choice.message.tool_calls:
            result = tools.call(call.function.name, call.function.arguments)
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result, default=str)})
    return "I could not finish in time; please check manually."


@frappe.whitelist()
def ask_agent(question: str):
    from ai_helpdesk.llm import get_openai_client

    return run_agent(get_openai_client(), question)
