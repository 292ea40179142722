"""Tool-using assistant: answers questions by calling the other services over NATS."""
from __future__ import annotations

import json
import logging

from svc import Service, rpc
from svc.codec import decode, encode

log = logging.getLogger(__name__)

TOOLS = [
    {
        "name": "summarise",
        "description": "Summarise a long text.",
        "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    },
    {
        "name": "translate",
        "description": "Translate text to a target language.",
        "input_schema": {
            "type": "object",
            "properties": {"text": {"type": "string"}, "target": {"type": "string"}},
            "required": ["text", "target"],
        },
    },
]
TOOL_SUBJECTS = {"summarise": "ai.summarise", "translate": "ai.translate"}
MAX_STEPS = 6


class AgentService(Service):
    name = "agent"
    version = "0.2.0"

    async def _call_tool(self, name: str, args: dict) -> str:
        reply = await self.nc.request(TOOL_SUBJECTS[name], encode(args), timeout=60)
        return json.dumps(decode(reply.data))

    @rpc("ai.agent")
    async def run(self, req: dict) -> dict:
        messages = [{"role": "user", "content": req["question"]}]
        for step in range(MAX_STEPS):
            resp = await self.anthropic.messages.create(
                model="claude-3-5-sonnet-latest",
                max_tokens=2048,
                tools=TOOLS,
                messages=messages,
            )
            if resp.stop_reason != "tool_use":
                text = "".join(b.text for b in resp.content if b.type == "text")
                return {"answer": text, "steps": step + 1}
            messages.append({"role": "assistant", "content": resp.content})
            results = []
            for block in resp.content:
                if block.type == "tool_use":
                    out = await self._call_tool(block.name, block.input)
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": out})
            messages.append({"role": "user", "content": results})
        return {"answer": None, "steps": MAX_STEPS, "error": "too many steps"}

    @rpc("ai.agent.quick")
    async def quick(self, req: dict) -> dict:
        """Single-shot answer with the Responses API (no tools)."""
        resp = await self.openai.responses.create(
            model="gpt-4o-mini",
            instructions="Answer briefly.",
            input=req["question"],
        )
        return {"answer": resp.output_text}
