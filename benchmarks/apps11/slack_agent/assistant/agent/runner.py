"""Glue between Slack events, memory, intent routing and the agent loops."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from assistant import db
from assistant.agent.intent import classify
from assistant.agent.loop import AgentLoop, AgentResult
from assistant.agent.responses_loop import ResponsesAgent
from assistant.config import get_settings
from assistant.llm import clients
from assistant.memory.store import ConversationStore, Turn, get_store
from assistant.memory.summarizer import compact_thread
from assistant.tools import ToolContext, enabled_tools

log = logging.getLogger(__name__)

SMALLTALK_SYSTEM = (
    "You are Otto, a friendly internal Slack bot. Reply in one short sentence, "
    "optionally with one emoji. Never make promises about doing work."
)


@dataclass
class Reply:
    text: str
    attachments: List[Dict[str, Any]]
    intent: str


class AgentRunner:
    def __init__(self, store: Optional[ConversationStore] = None) -> None:
        settings = get_settings()
        self.settings = settings
        self.store = store or get_store()
        tools = enabled_tools(settings.enabled_tools)
        self.claude_agent = AgentLoop(clients.async_anthropic_client(), tools)
        self.responses_agent = ResponsesAgent(tools) if settings.use_responses_agent else None
        self._groq = clients.async_groq_client()

    async def handle(self, ctx: ToolContext, text: str) -> Reply:
        intent = await classify(text)
        log.info("intent=%s conf=%.2f src=%s", intent.label, intent.confidence, intent.source)

        if intent.label == "unsafe":
            return Reply("I can't help with that one. If this is about a credential leak, ping #security.", [], intent.label)
        if intent.label == "feedback":
            db.record_feedback(ctx.slack_user, ctx.channel, text)
            return Reply("Thanks, I passed that on to the Otto team :bow:", [], intent.label)
        if not intent.needs_agent:
            return Reply(await self._smalltalk(text), [], intent.label)

        thread_ts = ctx.thread_ts or ""
        await compact_thread(self.store, ctx.channel, thread_ts)
        turns = await self.store.history(ctx.channel, thread_ts)
        summary = await self.store.get_summary(ctx.channel, thread_ts)

        if self.responses_agent is not None:
            result = await self._run_responses(ctx, text, turns, summary)
        else:
            result = await self.claude_agent.run(ctx, [t.to_message() for t in turns], text, summary)
            await self.store.append(
                ctx.channel,
                thread_ts,
                *(Turn(role=m["role"], content=m["content"], user=ctx.slack_user) for m in result.new_turns),
            )
        log.info(
            "agent done steps=%d tools=%s in=%d out=%d",
            result.steps,
            ",".join(result.tool_calls) or "-",
            result.input_tokens,
            result.output_tokens,
        )
        return Reply(result.text, result.attachments, intent.label)

    async def _run_responses(
        self, ctx: ToolContext, text: str, turns: List[Turn], summary: Optional[str]
    ) -> AgentResult:
        # TODO(AST-377): store the response id in its own key instead of as a meta turn
        previous = None
        for t in reversed(turns):
            if t.role == "meta" and isinstance(t.content, dict):
                previous = t.content.get("response_id")
                break
        assert self.responses_agent is not None
        result = await self.responses_agent.run(ctx, text, previous_response_id=previous, summary=summary)
        await self.store.append(
            ctx.channel, ctx.thread_ts or "", Turn(role="meta", content=result.new_turns[0]["content"])
        )
        return result

    async def _smalltalk(self, text: str) -> str:
        resp = await self._groq.chat.completions.create(
            model=self.settings.models.intent_model,
            messages=[
                {"role": "system", "content": SMALLTALK_SYSTEM},
                {"role": "user", "content": text},
            ],
            temperature=0.8,
            max_tokens=60,
        )
        return resp.choices[0].message.content or ":wave:"


_runner: Optional[AgentRunner] = None


def get_runner() -> AgentRunner:
    global _runner
    if _runner is None:
        _runner = AgentRunner()
    return _runner
