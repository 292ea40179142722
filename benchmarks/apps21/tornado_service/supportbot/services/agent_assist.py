"""Agent-assist: tool-using Claude loop that can look things up for an agent,
plus structured field extraction from free-text tickets (OpenAI)."""
import json
import logging
from typing import List, Optional

from pydantic import BaseModel

log = logging.getLogger(__name__)

MAX_TURNS = 4

TOOLS = [
    {
        "name": "search_kb",
        "description": "Search the knowledge base for articles relevant to a query.",
        "input_schema": {
            "type": "object",
            "properties": {"query": {"type": "string"}},
            "required": ["query"],
        },
    },
    {
        "name": "get_order",
        "description": "Look up an order by its number.",
        "input_schema": {
            "type": "object",
            "properties": {"order_number": {"type": "string"}},
            "required": ["order_number"],
        },
    },
]


class TicketFields(BaseModel):
    order_number: Optional[str] = None
    product: Optional[str] = None
    error_codes: List[str] = []
    wants_refund: bool = False


class AgentAssist:
    def __init__(self, anthropic_client, model, kb, orders):
        self.client = anthropic_client
        self.model = model
        self.kb = kb
        self.orders = orders

    async def _run_tool(self, tenant_id, name, args):
        if name == "search_kb":
            hits = await self.kb.retrieve(tenant_id, args["query"], top_n=3)
            return json.dumps([{"title": h["title"], "text": h["text"][:800]} for h in hits])
        if name == "get_order":
            order = await self.orders.lookup(tenant_id, args["order_number"])
            return json.dumps(order or {"error": "not found"}, default=str)
        return json.dumps({"error": "unknown tool"})

    async def suggest(self, tenant_id, question):
        messages = [{"role": "user", "content": question}]
        for _ in range(MAX_TURNS):
            resp = await self.client.messages.create(
                model=self.model,
                max_tokens=1024,
                tools=TOOLS,
                messages=messages,
            )
            if resp.stop_reason != "tool_use":
                return "".join(b.text for b in resp.content if b.type == "text")
            messages.append({"role": "assistant", "content": resp.content})
            results = []
            for block in resp.content:
                if block.type == "tool_use":
                    out = await self._run_tool(tenant_id, block.name, block.input)
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": out})
            messages.append({"role": "user", "content": results})
        log.warning("agent assist hit MAX_TURNS for tenant %s", tenant_id)
        return None


async def extract_fields(openai_client, model, ticket_body):
    completion = await openai_client.beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": "Extract structured fields from the support ticket."},
            {"role": "user", "content": ticket_body},
        ],
        response_format=TicketFields,
    )
    return completion.choices[0].message.parsed


async def propose_macro(co, message, existing_titles):
    """When no existing macro fits, ask Command for a new macro title + body."""
    resp = await co.chat(
        model="command-r-08-2024",
        messages=[
            {"role": "system", "content": "You write reusable support macros. "
                                          "Return 'TITLE: ...' on the first line, then the body."},
            {"role": "user", "content": "Existing macros: %s\n\nCustomer message:\n%s"
             % (", ".join(existing_titles), message)},
        ],
        temperature=0.3,
    )
    text = resp.message.content[0].text
    title, _, body = text.partition("\n")
    return {"title": title.replace("TITLE:", "").strip(), "body": body.strip()}
