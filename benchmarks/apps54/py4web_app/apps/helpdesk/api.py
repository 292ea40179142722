"""JSON / SSE endpoints used by the Vue front-end and the Slack bridge."""
import asyncio
import json
import logging

from py4web import abort, action, request, response

from . import settings
from .common import auth, db, llm, session
from .llm import get_async_anthropic, get_async_openai, llm_tracker
from .llm.prompts import DRAFT_SYSTEM, draft_user_prompt
from .services.drafting import make_drafter
from .services.search import find_snippets, rerank, vector_search
from .services.summarizer import summarize_text

log = logging.getLogger("helpdesk.api")


def _sse(gen):
    for piece in gen:
        yield "data: %s\n\n" % json.dumps({"delta": piece})
    yield "data: [DONE]\n\n"


@action("api/draft_stream/<ticket_id:int>", method=["GET"])
@action.uses(db, session, auth.user, llm)
def draft_stream(ticket_id):
    t = db.ticket[ticket_id] or abort(404)
    response.headers["Content-Type"] = "text/event-stream"
    response.headers["Cache-Control"] = "no-cache"
    drafter = make_drafter(llm, request.query.get("provider"))
    snippets = find_snippets(db, t.subject)
    return _sse(drafter.stream_draft(t.as_dict(), snippets))


@action("api/search", method=["GET"])
@action.uses(db, auth.user)
def search():
    q = request.query.get("q", "").strip()
    if not q:
        return dict(results=[])
    candidates = vector_search(db, q, k=25)
    top = rerank(q, candidates, top_k=int(request.query.get("k", 5)))
    return dict(results=[{"article": c["article"], "text": c["text"][:300], "score": c["rerank_score"]} for c in top])


@action("api/slack/summary", method=["POST"])
@action.uses(db)
def slack_summary():
    payload = request.json or {}
    text = payload.get("text", "")
    return dict(summary=summarize_text(text))


async def _compare(ticket, snippets):
    """Run two providers side by side for the A/B panel, tracked."""
    prompt = draft_user_prompt(ticket, snippets)
    oai = get_async_openai()
    ant = get_async_anthropic()

    async def _openai():
        async with llm_tracker.track_llm_call(
            provider="openai", model=settings.OPENAI_MODEL, feature_context="ab_compare"
        ) as usage_log:
            r = await oai.chat.completions.create(
                model=settings.OPENAI_MODEL,
                messages=[
                    {"role": "system", "content": DRAFT_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
            )
            usage_log.input_tokens = r.usage.prompt_tokens
            usage_log.output_tokens = r.usage.completion_tokens
            return r.choices[0].message.content

    async def _anthropic():
        r = await ant.messages.create(
            model=settings.ANTHROPIC_MODEL,
            max_tokens=900,
            system=DRAFT_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        return r.content[0].text

    a, b = await asyncio.gather(_openai(), _anthropic())
    return {"openai": a, "anthropic": b}


@action("api/compare/<ticket_id:int>", method=["POST"])
@action.uses(db, session, auth.user)
def compare(ticket_id):
    t = db.ticket[ticket_id] or abort(404)
    snippets = find_snippets(db, t.subject)
    return asyncio.run(_compare(t.as_dict(), snippets))


@action("api/gemini_chat", method=["POST"])
@action.uses(db, session, auth.user, llm)
def gemini_chat():
    """Experimental: Gemini with the full ticket history as a multi-turn conversation."""
    from google.genai import types

    payload = request.json or {}
    history = payload.get("history", [])
    contents = [
        types.Content(role="model" if h["role"] == "assistant" else "user", parts=[types.Part(text=h["text"])])
        for h in history
    ]
    contents.append(types.Content(role="user", parts=[types.Part(text=payload.get("message", ""))]))
    gemini = llm.gemini
    resp = gemini.models.generate_content(model=settings.GEMINI_MODEL, contents=contents)
    return dict(reply=resp.text)
