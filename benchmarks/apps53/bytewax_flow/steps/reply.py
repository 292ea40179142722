"""Reply drafting.

Default drafter is Grok via the native xai_sdk; HF-hosted Llama is the fallback; the tracked
``multi_model_service`` path is used for P1 tickets (finance asked for exact costs there).
"""
from __future__ import annotations

import asyncio
import logging

from xai_sdk.chat import system, user

from app.services.multi_model_service import TaskComplexity, multi_model_service
from clients.registry import get_client
from clients.worker_cache import get_worker_clients
from common.config import get_settings
from common.prompts import REPLY_SYSTEM, reply_user_prompt
from common.schema import ReplyDraft, Triage

log = logging.getLogger(__name__)


def _kb_snippets(triage: Triage) -> list[str]:
    # Imported lazily: the embed module pulls in httpx + every SDK.
    from steps.embed import search_kb

    try:
        return search_kb(triage.message.body, k=3)
    except Exception:  # noqa: BLE001
        log.warning("kb search failed for %s", triage.message.message_id)
        return []


def draft_with_grok(triage: Triage, summary: str | None = None) -> ReplyDraft:
    settings = get_settings()
    xai = get_client("xai")
    chat = xai.chat.create(model=settings.models.reply_model, messages=[system(REPLY_SYSTEM)], temperature=0.4)
    chat.append(user(reply_user_prompt(summary, triage.message.body, _kb_snippets(triage))))
    response = chat.sample()
    return ReplyDraft(
        conversation_id=triage.message.conversation_id,
        message_id=triage.message.message_id,
        body=response.content,
        model=settings.models.reply_model,
    )


def stream_grok(triage: Triage, summary: str | None = None):
    """Generator used by the agent-assist websocket; yields text chunks."""
    xai = get_worker_clients().xai
    chat = xai.chat.create(model=get_settings().models.reply_model)
    chat.append(system(REPLY_SYSTEM))
    chat.append(user(reply_user_prompt(summary, triage.message.body, [])))
    for _response, chunk in chat.stream():
        if chunk.content:
            yield chunk.content


def draft_with_hf(triage: Triage, summary: str | None = None) -> ReplyDraft:
    settings = get_settings()
    hf = get_worker_clients().hf
    out = hf.chat_completion(
        messages=[
            {"role": "system", "content": REPLY_SYSTEM},
            {"role": "user", "content": reply_user_prompt(summary, triage.message.body, [])},
        ],
        max_tokens=500,
        temperature=0.4,
    )
    return ReplyDraft(
        conversation_id=triage.message.conversation_id,
        message_id=triage.message.message_id,
        body=out.choices[0].message.content,
        model=settings.models.hf_chat_model,
        confidence=0.35,
    )


def draft_tracked(triage: Triage, summary: str | None = None) -> ReplyDraft:
    prompt = reply_user_prompt(summary, triage.message.body, _kb_snippets(triage))
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="reply",
            complexity=TaskComplexity.AGENTIC,
            system=REPLY_SYSTEM,
        )
    )
    return ReplyDraft(
        conversation_id=triage.message.conversation_id,
        message_id=triage.message.message_id,
        body=text,
        model=multi_model_service.pick_model("reply", TaskComplexity.AGENTIC),
        confidence=0.7,
    )


def draft_reply(item: tuple[Triage, str | None]) -> ReplyDraft | None:
    """``op.filter_map`` step: returns None for tickets we must not auto-draft."""
    triage, summary = item
    if triage.flagged or triage.category == "abuse":
        return None
    if triage.priority == "p1":
        return draft_tracked(triage, summary)
    try:
        return draft_with_grok(triage, summary)
    except Exception:  # noqa: BLE001
        log.exception("grok draft failed, falling back to HF for %s", triage.message.message_id)
        return draft_with_hf(triage, summary)
