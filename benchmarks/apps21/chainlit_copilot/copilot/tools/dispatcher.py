"""OpenAI function-calling loop used by the GPT profile for multi-step requests
("find Jane Doe's auto policy and quote adding her son")."""
from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable

import chainlit as cl
from openai import AsyncOpenAI

from copilot.config import settings
from copilot.tools.policy_lookup import PolicyAdminClient, format_policy_card
from copilot.tools.quote import calculate, quote_tool_schema

log = logging.getLogger(__name__)

ToolFn = Callable[..., Awaitable[Any]]

MAX_ROUNDS = 5


def _tool_schemas() -> list[dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {
                "name": "get_policy",
                "description": "Fetch a policy by number.",
                "parameters": {
                    "type": "object",
                    "properties": {"policy_number": {"type": "string"}},
                    "required": ["policy_number"],
                },
            },
        },
        {
            "type": "function",
            "function": {
                "name": "search_policies",
                "description": "Find policies by insured name.",
                "parameters": {
                    "type": "object",
                    "properties": {"insured_name": {"type": "string"}},
                    "required": ["insured_name"],
                },
            },
        },
        quote_tool_schema(),
    ]


class ToolDispatcher:
    def __init__(self, llm: AsyncOpenAI, admin: PolicyAdminClient, model: str | None = None) -> None:
        self.llm = llm
        self.admin = admin
        self.model = model or settings.openai_model
        self.tools: dict[str, ToolFn] = {
            "get_policy": self._get_policy,
            "search_policies": self._search_policies,
            "indicative_quote": self._quote,
        }

    async def _get_policy(self, policy_number: str) -> str:
        policy = await self.admin.get_policy(policy_number)
        return format_policy_card(policy) if policy else f"No policy {policy_number}"

    async def _search_policies(self, insured_name: str) -> str:
        return json.dumps(await self.admin.search_policies(insured_name))

    async def _quote(self, **kwargs: Any) -> str:
        return json.dumps(calculate(**kwargs).__dict__)

    async def run(self, messages: list[dict[str, Any]]) -> str:
        convo = list(messages)
        for _ in range(MAX_ROUNDS):
            completion = await self.llm.chat.completions.create(
                model=self.model,
                messages=convo,
                tools=_tool_schemas(),
                tool_choice="auto",
            )
            msg = completion.choices[0].message
            if not msg.tool_calls:
                return msg.content or ""
            convo.append(msg.model_dump(exclude_none=True))
            for call in msg.tool_calls:
                async with cl.Step(name=call.function.name, type="tool") as step:
                    args = json.loads(call.function.arguments or "{}")
                    step.input = args
                    fn = self.tools.get(call.function.name)
                    result = await fn(**args) if fn else f"unknown tool {call.function.name}"
                    step.output = result
                convo.append({"role": "tool", "tool_call_id": call.id, "content": result})
        return "I could not finish that request in a few steps -- try breaking it up."
