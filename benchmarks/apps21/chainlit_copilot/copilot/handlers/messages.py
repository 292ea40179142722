"""The main ``on_message`` handler."""
from __future__ import annotations

import logging

import chainlit as cl

from copilot import session
from copilot.config import settings
from copilot.history import maybe_compact
from copilot.legacy.old_chain import explain_coverage
from copilot.providers import ChatBackend, get_openai
from copilot.retrieval import answer as rag_answer
from copilot.services.fallback import FALLBACK_MODEL, fallback_router
from copilot.services.moderation import is_flagged, scrub_pii
from copilot.services.titles import make_title
from copilot.steps import classify_intent, rewrite_query, show_sources, smalltalk_reply
from copilot.tools import PolicyAdminClient, ToolDispatcher, format_policy_card

log = logging.getLogger(__name__)


async def _slash_command(text: str) -> bool:
    cmd, _, arg = text.partition(" ")
    admin: PolicyAdminClient = cl.user_session.get("policy_admin")
    if cmd == "/policy" and arg:
        policy = await admin.get_policy(arg.strip())
        if not policy:
            await cl.Message(content=f"No policy `{arg}` found.").send()
            return True
        session.set_active_policy(policy)
        await cl.Message(
            content=format_policy_card(policy),
            actions=[
                cl.Action(name="summarize_claim", payload={"claim_id": c["id"]}, label=f"Summarize claim {c['id']}")
                for c in policy.get("open_claims", [])
            ]
            + [
                cl.Action(name="draft_email", payload={"policy": policy["number"]}, label="Draft email"),
                cl.Action(name="underwriting_check", payload={"policy": policy["number"]}, label="UW check"),
            ],
        ).send()
        return True
    if cmd == "/explain" and arg:
        form = (session.get_active_policy() or {}).get("form", "HO-3")
        text = await cl.make_async(explain_coverage)(arg, form)
        await cl.Message(content=text).send()
        return True
    return False


async def _stream_answer(backend: ChatBackend, history: list[dict]) -> str:
    chat_settings = session.get_chat_settings()
    msg = cl.Message(content="")
    async for token in backend.stream(history, temperature=chat_settings.get("temperature", settings.default_temperature)):
        await msg.stream_token(token)
    await msg.send()
    return msg.content


@cl.on_message
async def on_message(message: cl.Message) -> None:
    text = message.content.strip()
    if text.startswith("/") and await _slash_command(text):
        return

    if await is_flagged(text):
        await cl.Message(content="I can't help with that request.").send()
        return
    text = scrub_pii(text)

    history = session.get_history()
    if len(history) == 1:
        title = await make_title(text, session_id=session.session_id())
        cl.user_session.set("thread_title", title)

    intent = await classify_intent(text)
    chat_settings = session.get_chat_settings()
    backend = session.get_backend()

    if intent == "smalltalk":
        reply = await smalltalk_reply(text)
        await cl.Message(content=reply).send()
        session.append_turn("user", text)
        session.append_turn("assistant", reply)
        return

    if intent == "coverage_question" and chat_settings.get("use_manuals", True):
        query = await rewrite_query(text, history)
        result = await rag_answer(query, llm=get_openai(), model=settings.openai_model, extra_messages=history[:1])
        await show_sources(result.sources)
        await cl.Message(content=result.text).send()
        session.append_turn("user", text)
        session.append_turn("assistant", result.text)
        return

    policy = session.get_active_policy()
    if policy:
        text = f"(Active policy: {policy['number']}, {policy['line']}, insured {policy['insured']['name']})\n{text}"
    session.append_turn("user", text)
    history = await maybe_compact(session.get_history(), session_id=session.session_id())

    if backend.provider == "openai" and chat_settings.get("use_tools", True) and intent in ("policy_lookup", "quote"):
        dispatcher = ToolDispatcher(backend.client, cl.user_session.get("policy_admin"), model=backend.model)
        reply = await dispatcher.run(history)
        await cl.Message(content=reply).send()
    else:
        try:
            reply = await _stream_answer(backend, history)
        except Exception:
            log.exception("backend %s failed, using fallback router", backend.provider)
            response = await fallback_router.acompletion(model=FALLBACK_MODEL, messages=history, max_tokens=800)
            reply = response.choices[0].message.content or ""
            await cl.Message(content=reply, author="Copilot (fallback)").send()
    session.append_turn("assistant", reply)
