"""Reply drafting nodes (callable class instances) and the QA gate that checks the draft.

The QA gate runs on Cerebras because it is ~10x faster than the rest of the pipeline.
"""
from __future__ import annotations

import logging
from typing import Any

import anthropic
from langgraph.runtime import Runtime

from app.agents.prompts import QA_SYSTEM, RESPONDER_SYSTEM, render_kb
from app.config import settings
from app.graphs.state import AgentContext, TicketState
from app.providers import get_async_cerebras_client

logger = logging.getLogger(__name__)

_MAX_INPUT_TOKENS = 12_000


class DraftResponder:
    """Sync node: `builder.add_node("draft", DraftResponder(client, model))`."""

    def __init__(self, client: anthropic.Anthropic, model: str, brand: str = "Northwind", max_tokens: int = 800):
        self.client = client
        self.model = model
        self.brand = brand
        self.max_tokens = max_tokens

    def _system(self, state: TicketState) -> str:
        system = RESPONDER_SYSTEM.format(brand=self.brand, language=state.get("language", "English"))
        system += "\n\nKNOWLEDGE BASE:\n" + render_kb(state.get("kb_hits", []))
        if state.get("research_notes"):
            system += "\n\nRESEARCH NOTES:\n" + state["research_notes"]
        return system

    def _messages(self, state: TicketState) -> list[dict[str, Any]]:
        return [{"role": m["role"], "content": m["content"]} for m in state["messages"] if m["role"] != "system"]

    def _fits_budget(self, system: str, messages: list[dict[str, Any]]) -> bool:
        count = self.client.messages.count_tokens(model=self.model, system=system, messages=messages)
        return count.input_tokens <= _MAX_INPUT_TOKENS

    def __call__(self, state: TicketState) -> dict:
        system = self._system(state)
        messages = self._messages(state)
        if not self._fits_budget(system, messages):
            logger.info("ticket %s over budget, trimming history", state.get("ticket_id"))
            messages = messages[-4:]

        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system,
            messages=messages,
            temperature=0.3,
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return {
            "draft": text,
            "messages": [{"role": "assistant", "content": text}],
        }


class StreamingDraftResponder(DraftResponder):
    """Async variant used by the SSE endpoint; pushes tokens to a queue as they arrive."""

    def __init__(self, client: anthropic.AsyncAnthropic, model: str, sink=None, **kwargs):
        super().__init__(client, model, **kwargs)  # type: ignore[arg-type]
        self.sink = sink

    async def __call__(self, state: TicketState) -> dict:  # type: ignore[override]
        system = self._system(state)
        chunks: list[str] = []
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system,
            messages=self._messages(state),
        ) as stream:
            async for text in stream.text_stream:
                chunks.append(text)
                if self.sink is not None:
                    await self.sink.put(text)
        draft = "".join(chunks)
        return {"draft": draft, "messages": [{"role": "assistant", "content": draft}]}


# --------------------------------------------------------------------------- QA gate

def _parse_verdict(text: str) -> tuple[bool, str]:
    first, _, rest = (text or "").strip().partition("\n")
    return first.strip().upper().startswith("PASS"), rest.strip()


def qa_check(state: TicketState, runtime: Runtime[AgentContext]) -> dict:
    draft = state.get("draft", "")
    if not draft:
        return {"qa_passed": False, "qa_reason": "empty draft"}
    completion = runtime.context.cerebras.chat.completions.create(
        model=settings.fast_model,
        messages=[
            {"role": "system", "content": QA_SYSTEM},
            {"role": "user", "content": draft},
        ],
        max_completion_tokens=80,
        temperature=0,
    )
    passed, reason = _parse_verdict(completion.choices[0].message.content)
    return {"qa_passed": passed, "qa_reason": reason}


async def aqa_check(state: TicketState) -> dict:
    client = get_async_cerebras_client()
    completion = await client.chat.completions.create(
        model=settings.fast_model,
        messages=[
            {"role": "system", "content": QA_SYSTEM},
            {"role": "user", "content": state.get("draft", "")},
        ],
        max_completion_tokens=80,
    )
    passed, reason = _parse_verdict(completion.choices[0].message.content)
    return {"qa_passed": passed, "qa_reason": reason}


def route_after_qa(state: TicketState) -> str:
    if state.get("qa_passed"):
        return "summarize"
    if state.get("attempts", 0) >= 2:
        return "escalate"
    return "draft"
