"""Provider router used by ad-hoc "generic" tasks and by the admin tooling.

Each adapter takes the toolbox and a normalised request and returns a normalised reply,
so callers do not need to know which SDK shape a provider uses.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

from google.genai import types as genai_types

from agent_workers.toolbox import Toolbox

log = logging.getLogger(__name__)


@dataclass
class ChatRequest:
    prompt: str
    system: str | None = None
    model: str | None = None
    max_tokens: int = 1024
    temperature: float = 0.2


@dataclass
class ChatReply:
    text: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int


Adapter = Callable[[Toolbox, ChatRequest], Awaitable[ChatReply]]
ADAPTERS: dict[str, Adapter] = {}


def adapter(name: str) -> Callable[[Adapter], Adapter]:
    def deco(fn: Adapter) -> Adapter:
        ADAPTERS[name] = fn
        return fn

    return deco


@adapter("openai")
async def _openai(box: Toolbox, req: ChatRequest) -> ChatReply:
    model = req.model or "gpt-4.1-mini"
    resp = await box.openai.responses.create(
        model=model,
        instructions=req.system,
        input=req.prompt,
        max_output_tokens=req.max_tokens,
        temperature=req.temperature,
    )
    return ChatReply(resp.output_text, "openai", model, resp.usage.input_tokens, resp.usage.output_tokens)


@adapter("anthropic")
async def _anthropic(box: Toolbox, req: ChatRequest) -> ChatReply:
    model = req.model or "claude-3-5-haiku-latest"
    kwargs = {"system": req.system} if req.system else {}
    msg = await box.anthropic.messages.create(
        model=model,
        max_tokens=req.max_tokens,
        temperature=req.temperature,
        messages=[{"role": "user", "content": req.prompt}],
        **kwargs,
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    return ChatReply(text, "anthropic", model, msg.usage.input_tokens, msg.usage.output_tokens)


@adapter("google")
async def _google(box: Toolbox, req: ChatRequest) -> ChatReply:
    model = req.model or "gemini-2.0-flash"
    resp = await box.genai.aio.models.generate_content(
        model=model,
        contents=req.prompt,
        config=genai_types.GenerateContentConfig(
            system_instruction=req.system, max_output_tokens=req.max_tokens, temperature=req.temperature
        ),
    )
    meta = resp.usage_metadata
    return ChatReply(resp.text or "", "google", model, meta.prompt_token_count or 0, meta.candidates_token_count or 0)


def _messages(req: ChatRequest) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": req.system}] if req.system else []
    msgs.append({"role": "user", "content": req.prompt})
    return msgs


@adapter("together")
async def _together(box: Toolbox, req: ChatRequest) -> ChatReply:
    model = req.model or "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    out = await box.together.chat.completions.create(
        model=model, messages=_messages(req), max_tokens=req.max_tokens, temperature=req.temperature
    )
    return ChatReply(out.choices[0].message.content, "together", model, out.usage.prompt_tokens, out.usage.completion_tokens)


@adapter("xai")
async def _xai(box: Toolbox, req: ChatRequest) -> ChatReply:
    model = req.model or "grok-3-mini"
    client = box.client_for("xai")
    out = await client.chat.completions.create(
        model=model, messages=_messages(req), max_tokens=req.max_tokens, temperature=req.temperature
    )
    return ChatReply(out.choices[0].message.content, "xai", model, out.usage.prompt_tokens, out.usage.completion_tokens)


async def route(box: Toolbox, provider: str, req: ChatRequest, *, track: bool | None = None) -> ChatReply:
    try:
        fn = ADAPTERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; have {sorted(ADAPTERS)}") from None
    if track is None:
        track = box.settings.track_usage
    if not track:
        return await fn(box, req)
    async with box.tracker.track_llm_call(
        provider=provider, model=req.model or "default", feature_context="router"
    ) as usage_log:
        reply = await fn(box, req)
        usage_log.input_tokens = reply.input_tokens
        usage_log.output_tokens = reply.output_tokens
    return reply
