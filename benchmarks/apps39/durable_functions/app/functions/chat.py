"""Background chat replies for long-running assistant conversations.

The HTTP layer enqueues `chat/message.received`; this function produces the reply
with the provider named in the event, then optionally fans out a "second opinion".
"""
from __future__ import annotations

import inngest

from app.functions.toolkit import toolkit
from app.inngest_client import inngest_client
from services.registry import PROVIDERS, get_provider

CHAT_MESSAGE = "chat/message.received"


async def _second_opinion(messages: list[dict]) -> str:
    kit = toolkit()
    completion = await kit.together.chat.completions.create(
        model="Qwen/Qwen2.5-72B-Instruct-Turbo",
        messages=messages
        + [{"role": "user", "content": "Critique the previous answer in two sentences."}],
    )
    return completion.choices[0].message.content


async def _gemini_chat(history: list[dict], user_text: str) -> str:
    gemini = toolkit().gemini
    chat = gemini.aio.chats.create(
        model="gemini-2.0-flash",
        history=[
            {"role": "model" if t["role"] == "assistant" else "user", "parts": [{"text": t["content"]}]}
            for t in history
            if t["role"] != "system"
        ],
    )
    reply = await chat.send_message(user_text)
    return reply.text or ""


@inngest_client.create_function(
    fn_id="chat-reply",
    trigger=inngest.TriggerEvent(event=CHAT_MESSAGE),
    concurrency=[inngest.Concurrency(limit=1, key="event.data.conversation_id")],
)
async def chat_reply(ctx: inngest.Context, step: inngest.Step) -> dict:
    data = ctx.event.data
    messages: list[dict] = data["messages"]
    provider = data.get("provider", "openai")

    if provider == "gemini-chat":
        answer = await step.run("gemini-chat", _gemini_chat, messages[:-1], messages[-1]["content"])
    elif provider in PROVIDERS:
        answer = await step.run(f"reply-{provider}", get_provider(provider), messages)
    else:
        raise inngest.NonRetriableError(f"unsupported provider {provider}")

    result = {"conversation_id": data.get("conversation_id"), "answer": answer}
    if data.get("second_opinion"):
        convo = messages + [{"role": "assistant", "content": answer}]
        result["critique"] = await step.run("second-opinion", _second_opinion, convo)
    return result
