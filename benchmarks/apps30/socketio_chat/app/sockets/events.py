"""Customer widget events on the default namespace."""
from __future__ import annotations

import logging
import time

from app.features.moderation import Moderator
from app.features.translation import translate
from app.sockets.server import room_for, services, sio
from app.storage.transcripts import ChatMessage

logger = logging.getLogger(__name__)

BOT_SYSTEM = (
    "You are the first-line assistant for Acme support. Answer briefly. If the question "
    "needs account access or a refund, say a human agent will join shortly."
)


@sio.event
async def connect(sid, environ, auth):
    auth = auth or {}
    customer_id = auth.get("customer_id")
    if not customer_id:
        logger.info("rejecting anonymous connection %s", sid)
        return False
    svc = services()
    conversation_id = auth.get("conversation_id") or await svc.transcripts.open_conversation(
        customer_id, channel=auth.get("channel", "web")
    )
    await sio.save_session(sid, {
        "customer_id": customer_id,
        "conversation_id": conversation_id,
        "language": auth.get("language", "en"),
        "agent_joined": False,
        "connected_at": time.time(),
        "turns": 0,
    })
    await sio.enter_room(sid, room_for(conversation_id))
    await sio.emit("conversation", {"id": conversation_id}, to=sid)


@sio.event
async def disconnect(sid, reason=None):
    session = await sio.get_session(sid)
    logger.info("customer %s left (%s)", session.get("customer_id"), reason)


@sio.on("customer_message")
async def customer_message(sid, data):
    text = (data or {}).get("text", "").strip()
    if not text:
        return {"ok": False, "error": "empty"}
    svc = services()
    moderator: Moderator = svc.moderator
    verdict = await moderator.check(text)
    if not verdict.allowed:
        return {"ok": False, "error": "message_blocked", "categories": verdict.categories}

    async with sio.session(sid) as session:
        session["turns"] += 1
        conversation_id = session["conversation_id"]
        language = session["language"]
        first_turn = session["turns"] == 1
        agent_joined = session["agent_joined"]

    await svc.transcripts.append(ChatMessage(conversation_id, "user", verdict.redacted))
    await sio.emit(
        "message",
        {"role": "user", "text": verdict.redacted, "language": language},
        room=room_for(conversation_id),
        skip_sid=sid,
    )
    await sio.emit(
        "customer_message",
        {"conversation_id": conversation_id, "text": verdict.redacted, "language": language},
        room=room_for(conversation_id),
        namespace="/agent",
    )

    if first_turn:
        sio.start_background_task(_triage_first_message, conversation_id, verdict.redacted)
    if not agent_joined and svc.settings.enable_autoreply:
        sio.start_background_task(_bot_reply, sid, conversation_id, language)
    return {"ok": True}


async def _triage_first_message(conversation_id: str, text: str) -> None:
    svc = services()
    result = await svc.triage.classify(text)
    await svc.transcripts.set_triage(conversation_id, result.category, result.priority)
    await sio.emit("triage", result.__dict__, room=room_for(conversation_id), namespace="/agent")


async def _bot_reply(sid: str, conversation_id: str, language: str) -> None:
    svc = services()
    history = await svc.transcripts.history(conversation_id, limit=20)
    openai_client = svc.client("openai")
    await sio.emit("typing", {"who": "bot"}, to=sid)
    resp = await openai_client.chat.completions.create(
        model=svc.settings.default_chat_model,
        messages=[{"role": "system", "content": BOT_SYSTEM}, *history],
        max_tokens=300,
    )
    answer = resp.choices[0].message.content or ""
    if language != "en":
        answer = await translate(answer, target=language, source="en")
    await svc.transcripts.append(ChatMessage(conversation_id, "assistant", answer, author_id="bot"))
    await sio.emit("message", {"role": "assistant", "text": answer}, room=room_for(conversation_id))


@sio.on("typing")
async def typing(sid, data):
    session = await sio.get_session(sid)
    await sio.emit("typing", {"who": "customer"}, room=room_for(session["conversation_id"]),
                   namespace="/agent")


@sio.on("close_conversation")
async def close_conversation(sid, data=None):
    session = await sio.get_session(sid)
    await services().transcripts.close(session["conversation_id"])
    await sio.emit("closed", {}, room=room_for(session["conversation_id"]))
    await sio.disconnect(sid)


# --- rate limiting -----------------------------------------------------------

_RATE_WINDOW_S = 10
_RATE_MAX = 8


async def _rate_limited(sid: str) -> bool:
    async with sio.session(sid) as session:
        now = time.time()
        stamps = [t for t in session.get("recent", []) if now - t < _RATE_WINDOW_S]
        stamps.append(now)
        session["recent"] = stamps
        return len(stamps) > _RATE_MAX


@sio.on("voice_note")
async def voice_note(sid, data):
    """Customer sent a voice note from the mobile widget: transcribe, then treat as text."""
    if await _rate_limited(sid):
        return {"ok": False, "error": "rate_limited"}
    audio: bytes = data["audio"]
    filename = data.get("filename", "note.m4a")
    groq = services().client("groq")
    transcript = await groq.audio.transcriptions.create(
        file=(filename, audio),
        model="whisper-large-v3-turbo",
        response_format="json",
    )
    return await customer_message(sid, {"text": transcript.text})


@sio.on("attachment")
async def attachment(sid, data):
    """Screenshots etc. are stored for the agent; we keep a copy in OpenAI files for the
    vision batch job that labels bug reports overnight."""
    if await _rate_limited(sid):
        return {"ok": False, "error": "rate_limited"}
    session = await sio.get_session(sid)
    openai_client = services().client("openai")
    uploaded = await openai_client.files.create(
        file=(data.get("filename", "upload.png"), data["content"]),
        purpose="vision",
    )
    await sio.emit(
        "attachment",
        {"conversation_id": session["conversation_id"], "file_id": uploaded.id,
         "filename": data.get("filename")},
        room=room_for(session["conversation_id"]),
        namespace="/agent",
    )
    return {"ok": True, "file_id": uploaded.id}


@sio.on("rate_conversation")
async def rate_conversation(sid, data):
    session = await sio.get_session(sid)
    score = int(data.get("score", 0))
    if not 1 <= score <= 5:
        return {"ok": False, "error": "bad_score"}
    await services().transcripts.pool.execute(
        "UPDATE conversations SET csat = $2, csat_comment = $3 WHERE id = $1",
        session["conversation_id"], score, (data.get("comment") or "")[:1000],
    )
    return {"ok": True}
