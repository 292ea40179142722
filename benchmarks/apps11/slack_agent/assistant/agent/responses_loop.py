"""Agent loop on the OpenAI Responses API (AST-377, behind USE_RESPONSES_AGENT).

This is meant to replace loop.AgentLoop eventually. It keeps state server-side through
``previous_response_id`` so we only send the new input each turn. Not at feature parity
yet: no attachments, and the thread summary is only injected on the first turn.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, AsyncIterator, Dict, List, Optional

from assistant.agent.loop import MAX_STEPS, SYSTEM_PROMPT, AgentResult
from assistant.config import get_settings
from assistant.errors import AgentLoopExceeded
from assistant.llm.clients import async_openai_client
from assistant.tools import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)


class ResponsesAgent:
    def __init__(self, tools: List[Tool], client=None, model: Optional[str] = None) -> None:
        self.client = client or async_openai_client()
        self.model = model or get_settings().models.responses_model
        self.tools = {t.name: t for t in tools}
        self.tool_specs = [t.openai_spec() for t in tools]

    def _instructions(self, ctx: ToolContext, summary: Optional[str]) -> str:
        import time

        return SYSTEM_PROMPT.format(
            today=time.strftime("%A %d %B %Y"),
            user=ctx.slack_user,
            channel=ctx.channel,
            summary=f"\nEarlier in this thread (summary):\n{summary}" if summary else "",
        )

    async def run(
        self,
        ctx: ToolContext,
        user_text: str,
        previous_response_id: Optional[str] = None,
        summary: Optional[str] = None,
    ) -> AgentResult:
        result = AgentResult(text="", steps=0)
        pending_input: List[Dict[str, Any]] = [{"role": "user", "content": user_text}]
        last_id = previous_response_id

        for step in range(1, MAX_STEPS + 1):
            result.steps = step
            response = await self.client.responses.create(
                model=self.model,
                instructions=self._instructions(ctx, summary),
                input=pending_input,
                tools=self.tool_specs,
                previous_response_id=last_id,
                user=ctx.slack_user,
                store=True,
            )
            last_id = response.id
            if response.usage:
                result.input_tokens += response.usage.input_tokens
                result.output_tokens += response.usage.output_tokens

            calls = [item for item in response.output if item.type == "function_call"]
            if not calls:
                result.text = response.output_text.strip()
                # callers persist this id on the thread instead of the full turn list
                result.new_turns = [{"role": "meta", "content": {"response_id": last_id}}]
                return result

            outputs = await asyncio.gather(*(self._call_tool(ctx, c, result) for c in calls))
            pending_input = list(outputs)

        raise AgentLoopExceeded(f"responses agent: {MAX_STEPS} steps")

    async def _call_tool(self, ctx: ToolContext, call: Any, result: AgentResult) -> Dict[str, Any]:
        result.tool_calls.append(call.name)
        tool = self.tools.get(call.name)
        try:
            args = json.loads(call.arguments or "{}")
        except json.JSONDecodeError:
            args = {}
        if tool is None:
            out = ToolResult.error(f"Unknown tool {call.name}")
        else:
            try:
                out = await tool.run(ctx, **args)
            except Exception as exc:  # noqa: BLE001 - reported back to the model
                log.exception("tool %s failed", call.name)
                out = ToolResult.error(str(exc))
        return {"type": "function_call_output", "call_id": call.call_id, "output": out.content}

    async def stream_text(
        self, ctx: ToolContext, user_text: str, previous_response_id: Optional[str] = None
    ) -> AsyncIterator[str]:
        """Tool-less streaming answer, used for follow-ups that don't need tools."""
        async with self.client.responses.stream(
            model=self.model,
            instructions=self._instructions(ctx, None),
            input=user_text,
            previous_response_id=previous_response_id,
        ) as stream:
            async for event in stream:
                if event.type == "response.output_text.delta":
                    yield event.delta
