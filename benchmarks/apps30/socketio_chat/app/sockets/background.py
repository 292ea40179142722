"""Long-running background tasks started with sio.start_background_task."""
from __future__ import annotations

import asyncio
import logging

import litellm

from app.features.sentiment import score_conversation
from app.providers.clients import get_openai_sync
from app.sockets.server import room_for, services, sio

logger = logging.getLogger(__name__)


async def summary_loop() -> None:
    svc = services()
    interval = svc.settings.summary_interval_s
    while True:
        await sio.sleep(interval)
        try:
            for conv_id in await svc.transcripts.stale_open_conversations(interval):
                summary = await svc.summarizer.summarize(conv_id)
                await sio.emit("summary", {"conversation_id": conv_id, "summary": summary},
                               room=room_for(conv_id), namespace="/agent")
        except Exception:  # noqa: BLE001
            logger.exception("summary loop iteration failed")


async def escalation_watch() -> None:
    svc = services()
    while True:
        await sio.sleep(60)
        for conv_id in await svc.transcripts.stale_open_conversations(60):
            history = await svc.transcripts.history(conv_id, limit=40)
            verdict = await score_conversation(history)
            if verdict.get("escalate"):
                await sio.emit("escalation", {"conversation_id": conv_id, **verdict},
                               namespace="/agent")


async def title_for(conversation_id: str) -> str:
    history = await services().transcripts.history(conversation_id, limit=6)
    resp = await litellm.acompletion(
        model="groq/llama-3.1-8b-instant",
        messages=[{"role": "system", "content": "Give this chat a 5-word title."}, *history],
        max_tokens=20,
    )
    return resp.choices[0].message.content.strip().strip('"')


async def embed_closed_transcript(conversation_id: str) -> list[float]:
    """Embeds the closed transcript for the similar-tickets index (sync SDK in a thread)."""
    history = await services().transcripts.history(conversation_id, limit=200)
    text = "\n".join(m["content"] for m in history)[:24000]
    res = await asyncio.to_thread(
        get_openai_sync().embeddings.create,
        model=services().settings.embed_model,
        input=text,
    )
    return res.data[0].embedding


def start_all() -> None:
    sio.start_background_task(summary_loop)
    sio.start_background_task(escalation_watch)
    sio.start_background_task(daily_digest)


async def daily_digest(team_room: str = "supervisors") -> None:
    """Once a day: a short digest of the last 24h of conversations for supervisors."""
    from app.providers.clients import get_mistral

    svc = services()
    while True:
        await sio.sleep(24 * 3600)
        stats = await svc.transcripts.stats()
        recent = await svc.transcripts.search("", limit=40)
        lines = [f"- [{r.get('category') or '?'}] {r.get('summary') or ''}" for r in recent]
        res = await get_mistral().chat.complete_async(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": "Write a 5-line digest of today's support themes."},
                {"role": "user", "content": f"Stats: {stats}\n" + "\n".join(lines)},
            ],
        )
        await sio.emit("digest", {"text": res.choices[0].message.content, "stats": stats},
                       room=team_room, namespace="/agent")
