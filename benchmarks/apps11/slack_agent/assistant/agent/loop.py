"""The Claude tool-use loop (the original agent, still the default).

Each Slack message starts a loop: send the conversation plus tool specs, run any tool_use
blocks the model asks for, append the tool_result blocks, repeat until the model answers
with text only or we hit MAX_STEPS.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from assistant.config import get_settings
from assistant.errors import AgentLoopExceeded, ToolError
from assistant.llm.tokens import trim_history
from assistant.tools import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

MAX_STEPS = 8
HISTORY_TOKEN_BUDGET = 60_000
TOOL_TIMEOUT_S = 45

SYSTEM_PROMPT = """You are Otto, the internal assistant at Acme. You live in Slack.
- Answer in Slack mrkdwn (use *bold*, `code`, bullet lists). Keep answers short unless asked.
- Use the tools when you need company data; never invent ticket numbers or links.
- If a tool fails, say so plainly and suggest what the user can do instead.
- Today is {today}. The user is <@{user}> in channel <#{channel}>.
{summary}"""


@dataclass
class AgentResult:
    text: str
    steps: int
    tool_calls: List[str] = field(default_factory=list)
    new_turns: List[Dict[str, Any]] = field(default_factory=list)
    attachments: List[Dict[str, Any]] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0


class AgentLoop:
    def __init__(self, client, tools: List[Tool], model: Optional[str] = None, max_tokens: Optional[int] = None):
        settings = get_settings()
        self._client = client
        self._tools = {t.name: t for t in tools}
        self._tool_specs = [t.anthropic_spec() for t in tools]
        self._model = model or settings.models.agent_model
        self._max_tokens = max_tokens or settings.models.agent_max_tokens

    def _system(self, ctx: ToolContext, summary: Optional[str]) -> str:
        return SYSTEM_PROMPT.format(
            today=time.strftime("%A %d %B %Y"),
            user=ctx.slack_user,
            channel=ctx.channel,
            summary=f"\nEarlier in this thread (summary):\n{summary}" if summary else "",
        )

    async def run(
        self,
        ctx: ToolContext,
        history: List[Dict[str, Any]],
        user_text: str,
        summary: Optional[str] = None,
    ) -> AgentResult:
        messages = trim_history(history, HISTORY_TOKEN_BUDGET)
        messages.append({"role": "user", "content": user_text})
        new_turns: List[Dict[str, Any]] = [messages[-1]]
        result = AgentResult(text="", steps=0)
        system = self._system(ctx, summary)

        for step in range(1, MAX_STEPS + 1):
            result.steps = step
            response = await self._client.messages.create(
                model=self._model,
                max_tokens=self._max_tokens,
                system=system,
                tools=self._tool_specs,
                messages=messages,
            )
            result.input_tokens += response.usage.input_tokens
            result.output_tokens += response.usage.output_tokens

            assistant_turn = {"role": "assistant", "content": [b.model_dump() for b in response.content]}
            messages.append(assistant_turn)
            new_turns.append(assistant_turn)

            if response.stop_reason != "tool_use":
                result.text = "".join(b.text for b in response.content if b.type == "text").strip()
                result.new_turns = new_turns
                return result

            tool_results = await asyncio.gather(
                *(self._run_tool(ctx, block, result) for block in response.content if block.type == "tool_use")
            )
            tool_turn = {"role": "user", "content": list(tool_results)}
            messages.append(tool_turn)
            new_turns.append(tool_turn)

        log.warning("agent hit MAX_STEPS for %s in %s", ctx.slack_user, ctx.channel)
        result.text = await self._wrap_up(system, messages)
        result.new_turns = new_turns
        if not result.text:
            raise AgentLoopExceeded(f"{MAX_STEPS} steps without an answer")
        return result

    async def _wrap_up(self, system: str, messages: List[Dict[str, Any]]) -> str:
        """Out of steps: ask for a best-effort answer with tools disabled."""
        messages = messages + [
            {
                "role": "user",
                "content": "Stop using tools now and answer with what you have found so far.",
            }
        ]
        response = await self._client.messages.create(
            model=self._model,
            max_tokens=1024,
            system=system,
            messages=messages,
        )
        return "".join(b.text for b in response.content if b.type == "text").strip()

    async def _run_tool(self, ctx: ToolContext, block: Any, result: AgentResult) -> Dict[str, Any]:
        tool = self._tools.get(block.name)
        result.tool_calls.append(block.name)
        if tool is None:
            out = ToolResult.error(f"Unknown tool {block.name}")
        else:
            try:
                out = await asyncio.wait_for(tool.run(ctx, **(block.input or {})), TOOL_TIMEOUT_S)
            except asyncio.TimeoutError:
                out = ToolResult.error(f"{block.name} timed out")
            except ToolError as exc:
                out = ToolResult.error(exc.user_message)
            except Exception:
                log.exception("tool %s crashed", block.name)
                out = ToolResult.error(f"{block.name} failed unexpectedly")
        if out.attachments:
            result.attachments.append(out.attachments)
        log.info("tool %s -> %s (%d chars)", block.name, "error" if out.is_error else "ok", len(out.content))
        return {
            "type": "tool_result",
            "tool_use_id": block.id,
            "content": out.content if isinstance(out.content, str) else json.dumps(out.content),
            "is_error": out.is_error,
        }
