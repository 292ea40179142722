"""Desk chat tab: ``pn.chat.ChatInterface`` with a provider picker.

The callback is an async generator so tokens stream into the message bubble.
"""
from __future__ import annotations

import logging

import panel as pn

from deskassist.clients import get_client, get_genai_client, make_async_openai_client
from deskassist.prompts import DESK_SYSTEM
from deskassist.services.multi_model_service import TaskComplexity, multi_model_service
from deskassist.settings import settings

log = logging.getLogger(__name__)

PROVIDERS = ["OpenAI", "Claude", "Gemini", "Cohere", "Bedrock", "Tracked (FinOps)"]


def _history(instance: pn.chat.ChatInterface, limit: int = 12) -> list[dict]:
    msgs = []
    for m in instance.serialize(custom_serializer=str)[-limit:]:
        role = "assistant" if m["role"] == "assistant" else "user"
        msgs.append({"role": role, "content": m["content"]})
    return msgs


async def _stream_openai(messages):
    client = pn.state.as_cached("chat-openai-async", make_async_openai_client)
    stream = await client.chat.completions.create(
        model=settings.chat_model,
        messages=[{"role": "system", "content": DESK_SYSTEM}, *messages],
        stream=True,
        temperature=settings.temperature,
    )
    text = ""
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
            yield text


def _reply_claude(messages) -> str:
    client = get_client("anthropic")
    msg = client.messages.create(
        model=settings.brief_model,
        max_tokens=settings.max_output_tokens,
        system=DESK_SYSTEM,
        messages=[m for m in messages if m["content"]],
    )
    return "".join(b.text for b in msg.content if b.type == "text")


def _reply_gemini(messages) -> str:
    client = get_genai_client()
    session_key = f"gemini-chat-{id(pn.state.curdoc)}"
    chat = pn.state.cache.get(session_key)
    if chat is None:
        chat = client.chats.create(model=settings.gemini_model)
        pn.state.cache[session_key] = chat
    response = chat.send_message(messages[-1]["content"])
    return response.text


def _reply_cohere(messages) -> str:
    co = get_client("cohere")
    res = co.chat(
        model=settings.cohere_chat_model,
        messages=[{"role": "system", "content": DESK_SYSTEM}, *messages],
    )
    return res.message.content[0].text


def _stream_bedrock(messages):
    runtime = get_client("bedrock")
    response = runtime.converse_stream(
        modelId=settings.bedrock_model_id,
        messages=[{"role": m["role"], "content": [{"text": m["content"]}]} for m in messages],
        system=[{"text": DESK_SYSTEM}],
        inferenceConfig={"maxTokens": settings.max_output_tokens},
    )
    text = ""
    for event in response["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            text += delta["text"]
            yield text


SLASH_HELP = """**Commands**
- `/curve HUB` - latest forward curve as a table
- `/storage` - EU gas storage
- `/cost` - token spend for this session
"""


def _slash(contents: str) -> str | None:
    """Local commands that never hit a model."""
    from deskassist.services import market_data
    from deskassist.services.llm_usage_tracker import llm_tracker

    parts = contents.strip().split()
    cmd = parts[0].lower()
    if cmd == "/help":
        return SLASH_HELP
    if cmd == "/curve":
        hub = parts[1].upper() if len(parts) > 1 else "TTF"
        snap = market_data.load_curve(hub)
        return snap.to_frame().to_markdown(index=False)
    if cmd == "/storage":
        return market_data.fundamentals_summary("TTF")
    if cmd == "/cost":
        rows = llm_tracker.summary_by_feature().get("chat", {})
        return f"chat calls: {rows.get('calls', 0)}, spend ${rows.get('cost_usd', 0.0):.4f}"
    return f"Unknown command `{cmd}`.\n\n{SLASH_HELP}"


async def respond(contents: str, user: str, instance: pn.chat.ChatInterface):
    if contents.startswith("/"):
        yield _slash(contents)
        return
    provider = instance.provider_select.value  # type: ignore[attr-defined]
    messages = _history(instance)
    if provider == "OpenAI":
        async for partial in _stream_openai(messages):
            yield partial
    elif provider == "Claude":
        yield _reply_claude(messages)
    elif provider == "Gemini":
        yield _reply_gemini(messages)
    elif provider == "Cohere":
        yield _reply_cohere(messages)
    elif provider == "Bedrock":
        for partial in _stream_bedrock(messages):
            yield partial
    else:
        yield await multi_model_service.generate_response(
            prompt=contents,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            user=pn.state.user,
        )


def build_chat() -> pn.Column:
    provider_select = pn.widgets.RadioButtonGroup(options=PROVIDERS, value="OpenAI", button_type="light")
    chat = pn.chat.ChatInterface(
        callback=respond,
        callback_user="Desk Assistant",
        show_rerun=False,
        placeholder_text="Thinking...",
        sizing_mode="stretch_both",
    )
    chat.provider_select = provider_select
    chat.send(
        "Ask about fundamentals, curves or the news. Pick a model above.",
        user="System",
        respond=False,
    )
    return pn.Column(provider_select, chat, sizing_mode="stretch_both")
