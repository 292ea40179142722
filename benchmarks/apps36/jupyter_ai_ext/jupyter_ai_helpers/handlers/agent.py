"""Experimental notebook agent: a tool-use loop that can read kernel state.

Behind the ``?agent=1`` flag in the frontend. Anthropic only for now; the
OpenAI path below was started during the provider refactor and only handles
single-shot planning.
"""
from __future__ import annotations

import json
import logging

import tornado
from tornado import web

from ..kernel_context import KernelContext
from ..services.llm_usage_tracker import llm_tracker
from .base import BaseAIHandler

log = logging.getLogger(__name__)

MAX_STEPS = 6

TOOLS = [
    {
        "name": "list_variables",
        "description": "List user variables in the kernel with their types and shapes.",
        "input_schema": {"type": "object", "properties": {}},
    },
    {
        "name": "run_snippet",
        "description": "Run a short, side-effect free Python snippet in the kernel and return stdout.",
        "input_schema": {
            "type": "object",
            "properties": {"code": {"type": "string"}},
            "required": ["code"],
        },
    },
]

AGENT_SYSTEM = (
    "You help with the user's notebook. Use the tools to inspect the kernel before "
    "answering. Never modify data; snippets must be read-only."
)


class AgentHandler(BaseAIHandler):
    async def _run_tool(self, ctx: KernelContext, name: str, args: dict) -> str:
        if name == "list_variables":
            return ctx.as_prompt(await ctx.variables())
        if name == "run_snippet":
            return await ctx.run_snippet(args.get("code", ""))
        return f"unknown tool {name}"

    async def _anthropic_loop(self, ctx: KernelContext, question: str):
        client = self.settings["ai_clients"]["anthropic"]
        model = self.model_for("anthropic")
        messages = [{"role": "user", "content": question}]
        steps = []
        for _ in range(MAX_STEPS):
            response = await client.messages.create(
                model=model,
                max_tokens=self.settings["ai_max_tokens"],
                system=AGENT_SYSTEM,
                tools=TOOLS,
                messages=messages,
            )
            messages.append({"role": "assistant", "content": response.content})
            if response.stop_reason != "tool_use":
                text = "".join(b.text for b in response.content if b.type == "text")
                return text, steps
            results = []
            for block in response.content:
                if block.type != "tool_use":
                    continue
                output = await self._run_tool(ctx, block.name, block.input)
                steps.append({"tool": block.name, "input": block.input})
                results.append(
                    {"type": "tool_result", "tool_use_id": block.id, "content": output}
                )
            messages.append({"role": "user", "content": results})
        return "Stopped after too many steps.", steps

    async def _openai_plan(self, ctx: KernelContext, question: str):
        # TODO: port the tool loop; for now a tracked single call with context inlined
        client = self.settings["ai_clients"]["openai"]
        model = self.model_for("openai")
        variables = ctx.as_prompt(await ctx.variables())
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="agent_plan"
        ) as usage_log:
            completion = await client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": AGENT_SYSTEM},
                    {"role": "user", "content": f"Variables:\n{variables}\n\n{question}"},
                ],
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return completion.choices[0].message.content, []

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        question = self.require(body, "question")
        kernel_id = self.require(body, "kernel_id")
        if kernel_id not in self.kernel_manager:
            raise web.HTTPError(404, f"no kernel {kernel_id}")
        ctx = KernelContext(self.kernel_manager, kernel_id)
        provider = body.get("provider", "anthropic")
        if provider == "anthropic":
            answer, steps = await self._anthropic_loop(ctx, question)
        else:
            answer, steps = await self._openai_plan(ctx, question)
        log.debug("agent finished: %s", json.dumps(steps)[:500])
        self.finish({"answer": answer, "steps": steps})
