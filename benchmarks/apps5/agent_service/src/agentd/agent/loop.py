"""The agent loop: ask the model, run the tools it asks for, feed results back, repeat."""
from __future__ import annotations

import json
import logging
import time
from typing import Any, Iterable, List, Optional, Sequence

from agentd.errors import BudgetExceeded, ToolExecutionError, ToolNotFound
from agentd.gateway.base import ModelGateway
from agentd.models import AgentResult, ChatMessage, ToolCall, Usage
from agentd.tools.registry import ToolRegistry

log = logging.getLogger(__name__)

DEFAULT_SYSTEM_PROMPT = (
    "You are an internal operations assistant. Use the tools when they help; cite the source of "
    "any fact taken from the knowledge base. If a tool fails, say so instead of guessing."
)
MAX_TOOL_OUTPUT_CHARS = 12_000


class AgentLoop:
    def __init__(
        self,
        gateway: ModelGateway,
        tools: Optional[ToolRegistry] = None,
        *,
        max_steps: int = 8,
        system_prompt: str = DEFAULT_SYSTEM_PROMPT,
        memory: Optional[Any] = None,
    ) -> None:
        if tools is None:
            from agentd.container import container

            tools = container.tools
        self.gateway = gateway
        self.tools = tools
        self.max_steps = max_steps
        self.system_prompt = system_prompt
        self.memory = memory

    async def run(
        self,
        task: str,
        history: Sequence[ChatMessage] = (),
        allowed_tools: Optional[Iterable[str]] = None,
    ) -> AgentResult:
        messages: List[ChatMessage] = [*history, ChatMessage(role="user", content=task)]
        if self.memory is not None and self.memory.should_compact(messages):
            messages = await self.memory.compact(messages)

        specs = self.tools.specs(allowed_tools)
        usage = Usage()
        started = time.monotonic()
        for step in range(1, self.max_steps + 1):
            turn = await self.gateway.complete(messages, tools=specs or None, system=self.system_prompt)
            usage.add(turn)
            log.info(
                "step=%d vendor=%s tool_calls=%d stop=%s",
                step,
                self.gateway.vendor.value,
                len(turn.tool_calls),
                turn.stop_reason,
            )
            if not turn.tool_calls:
                messages.append(ChatMessage(role="assistant", content=turn.text or ""))
                log.info("run finished in %.1fs after %d steps", time.monotonic() - started, step)
                return AgentResult(answer=turn.text or "", steps=step, usage=usage, transcript=messages)

            messages.append(ChatMessage(role="assistant", content=turn.text or "", tool_calls=turn.tool_calls))
            for call in turn.tool_calls:
                output = await self._run_tool(call)
                messages.append(ChatMessage(role="tool", content=output, tool_call_id=call.id, name=call.name))

        raise BudgetExceeded(self.max_steps)

    async def _run_tool(self, call: ToolCall) -> str:
        args = dict(call.arguments)
        if "__raw__" in args:
            from agentd.agent.structured import repair_tool_arguments

            schema = self.tools.get(call.name).parameters if call.name in self.tools else {}
            args = repair_tool_arguments(call.name, schema, args["__raw__"])
        try:
            tool = self.tools.get(call.name)
            result = await tool.invoke(**args)
        except ToolNotFound:
            return json.dumps({"error": f"no tool named {call.name}"})
        except ToolExecutionError as exc:
            log.warning("tool %s failed: %s", call.name, exc.cause)
            return json.dumps({"error": str(exc.cause)})
        text = result if isinstance(result, str) else json.dumps(result, default=str)
        if len(text) > MAX_TOOL_OUTPUT_CHARS:
            text = text[:MAX_TOOL_OUTPUT_CHARS] + "…[truncated]"
        return text
