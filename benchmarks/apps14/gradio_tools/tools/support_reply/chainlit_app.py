"""Support reply helper (Chainlit).

Run with: chainlit run tools/support_reply/chainlit_app.py
Agents paste a customer message; we retrieve KB articles, draft a reply with
Mistral, translate it to the customer's language and flag escalations.
"""
from __future__ import annotations

from typing import Dict, Optional

import chainlit as cl

from common.clients import get_mistral
from common.logging_setup import get_logger
from common.prompts import SUPPORT_SYSTEM, render_kb_context
from common.settings import get_settings

from . import escalation, kb
from .translator import detect_language, translate

log = get_logger(__name__)


@cl.header_auth_callback
def header_auth_callback(headers: Dict) -> Optional[cl.User]:
    email = headers.get(get_settings().sso_header.lower())
    if not email:
        return None
    return cl.User(identifier=email, metadata={"role": "agent", "provider": "sso"})


@cl.on_chat_start
async def on_chat_start():
    cl.user_session.set("mistral", get_mistral())
    cl.user_session.set("history", [])
    await cl.Message(
        content="Paste the customer's message. I'll draft a reply from the help centre."
    ).send()


@cl.on_message
async def on_message(message: cl.Message):
    client = cl.user_session.get("mistral")
    history = cl.user_session.get("history")
    agent = cl.user_session.get("user")

    async with cl.Step(name="Knowledge base", type="retrieval") as step:
        chunks = await cl.make_async(kb.search)(message.content, k=5)
        step.output = "\n".join(f"- {c['title']} ({c['score']:.2f})" for c in chunks) or "nothing"

    language = await detect_language(message.content)

    messages = [
        {"role": "system", "content": SUPPORT_SYSTEM},
        *history[-6:],
        {"role": "user", "content": f"KB excerpts:\n{render_kb_context(chunks)}\n\n"
                                    f"Customer message:\n{message.content}"},
    ]

    reply = cl.Message(content="")
    draft = ""
    stream = await client.chat.stream_async(
        model=get_settings().support_model,
        messages=messages,
        temperature=0.3,
    )
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            draft += delta
            await reply.stream_token(delta)
    await reply.send()

    if language != "English":
        translated = await translate(draft, language)
        await cl.Message(content=f"**{language} version:**\n\n{translated}").send()

    decision = await cl.make_async(escalation.classify)(message.content)
    if decision.escalate:
        escalation.notify_slack(decision, ticket_id=message.id,
                                agent=agent.identifier if agent else None)
        await cl.Message(
            content=f"⚠️ Suggest escalating to **{decision.team}**: {decision.reason}"
        ).send()

    history.extend([{"role": "user", "content": message.content},
                    {"role": "assistant", "content": draft}])
    cl.user_session.set("history", history)
