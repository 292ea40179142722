"""Slack event handlers: @-mentions in support channels and direct messages."""
from __future__ import annotations

import logging
import time

from bot import llm
from bot.app import app
from bot.config import get_settings
from bot.errors import ModerationBlocked, SupportBotError
from bot.adapters.slack_format import answer_blocks
from bot.llm.clients import get_openai
from bot.llm.local import local_chat_fallback
from bot.llm.prompts import SUPPORT_SYSTEM_PROMPT, faq_context_block
from bot.models import Conversation, Platform
from bot.services.faq_index import get_faq_index
from bot.services.memory import get_memory
from bot.services.moderation import check_message
from bot.services.storage import ConversationRepository
from bot.services.triage import SentimentScorer
from bot.services.voice import transcribe
from bot.utils import strip_mentions

log = logging.getLogger(__name__)

UPDATE_EVERY_SECONDS = 1.2
THINKING = ":hourglass_flowing_sand: Looking into it…"

conversations = ConversationRepository()
sentiment = SentimentScorer()


def _conversation(event: dict) -> Conversation:
    thread_ts = event.get("thread_ts") or event["ts"]
    key = f"slack:{event['channel']}:{thread_ts}"
    memory = get_memory()
    convo = memory.get(key)
    if convo is None:
        convo = Conversation(
            platform=Platform.SLACK, channel_id=event["channel"], thread_id=thread_ts, user_id=event.get("user", "")
        )
        memory.put(convo)
    return convo


@app.event("app_mention")
def handle_mention(event, say, client, logger):
    question = strip_mentions(event.get("text", ""))
    if not question:
        say(text="Hi! Ask me anything about Acme Cloud.", thread_ts=event["ts"])
        return

    convo = _conversation(event)
    try:
        check_message(question)
    except ModerationBlocked as exc:
        say(text=exc.user_message, thread_ts=convo.thread_id)
        return

    memory = get_memory()
    hits = get_faq_index().search(question, top_k=4)
    user_content = question
    if hits:
        user_content = f"Help-center excerpts:\n{faq_context_block(hits)}\n\nQuestion: {question}"

    placeholder = say(text=THINKING, thread_ts=convo.thread_id)
    channel, ts = placeholder["channel"], placeholder["ts"]

    settings = get_settings()
    buffer, last_update = "", 0.0
    try:
        with llm.anthropic_client.messages.stream(
            model=settings.answer_model,
            max_tokens=1024,
            system=SUPPORT_SYSTEM_PROMPT,
            messages=memory.history(convo) + [{"role": "user", "content": user_content}],
        ) as stream:
            for text in stream.text_stream:
                buffer += text
                now = time.monotonic()
                if now - last_update >= UPDATE_EVERY_SECONDS:
                    client.chat_update(channel=channel, ts=ts, text=buffer + " ▍")
                    last_update = now
            final = stream.get_final_message()
    except Exception:
        logger.exception("answer stream failed")
        fallback = ""
        if settings.use_local_models:
            fallback = local_chat_fallback(memory.history(convo) + [{"role": "user", "content": user_content}])
        client.chat_update(channel=channel, ts=ts, text=fallback or SupportBotError.user_message)
        return

    frustration = sentiment.score(question)
    show_escalate = bool(frustration and frustration >= 7) or not hits
    client.chat_update(channel=channel, ts=ts, text=buffer, blocks=answer_blocks(buffer, show_escalate))
    log.info(
        "answered mention in %s (%d in / %d out tokens)",
        channel,
        final.usage.input_tokens,
        final.usage.output_tokens,
    )
    memory.append(convo, "user", question)
    memory.append(convo, "assistant", buffer)
    conversations.upsert(convo)


@app.event("message")
def handle_direct_message(event, say, client, logger):
    if event.get("channel_type") != "im" or event.get("bot_id"):
        return
    if event.get("subtype") not in (None, "file_share"):
        return

    text = event.get("text", "")
    for f in event.get("files", []):
        spoken = transcribe(f)
        if spoken:
            text = f"{text}\n{spoken}".strip()
    if not text:
        return

    try:
        check_message(text)
    except ModerationBlocked as exc:
        say(text=exc.user_message)
        return

    convo = _conversation(event)
    memory = get_memory()
    messages = [{"role": "system", "content": SUPPORT_SYSTEM_PROMPT}] + memory.history(convo)
    messages.append({"role": "user", "content": text})

    placeholder = say(text=THINKING)
    openai_client = get_openai()
    stream = openai_client.chat.completions.create(
        model=get_settings().openai_chat_model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    reply, last_update = "", time.monotonic()
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            reply += chunk.choices[0].delta.content
        if time.monotonic() - last_update > UPDATE_EVERY_SECONDS and reply:
            client.chat_update(channel=placeholder["channel"], ts=placeholder["ts"], text=reply + " ▍")
            last_update = time.monotonic()
        if chunk.usage:
            logger.debug("dm usage: %s", chunk.usage)
    client.chat_update(channel=placeholder["channel"], ts=placeholder["ts"], text=reply or "…")

    memory.append(convo, "user", text)
    memory.append(convo, "assistant", reply)
    conversations.upsert(convo)
