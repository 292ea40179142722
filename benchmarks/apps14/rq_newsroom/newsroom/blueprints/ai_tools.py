"""Synchronous AI endpoints used by the editor sidebar.

Anything that may take longer than a few seconds belongs in a worker job.
"""
import asyncio
import json
import logging

from flask import Blueprint, Response, abort, current_app, jsonify, request, stream_with_context
from flask_login import current_user, login_required

from newsroom import ai_utils
from newsroom.ai.clients import bedrock_runtime
from newsroom.ai.ext import ai
from newsroom.ai.prompts import EXPAND_SYSTEM, HEADLINE_SYSTEM, SEO_SYSTEM, headline_user_prompt
from newsroom.extensions import db, queues
from newsroom.models import Article
from newsroom.services import require_feature, summaries
from newsroom.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

bp = Blueprint("ai_tools", __name__)


def _article(article_id):
    article = db.session.get(Article, article_id)
    if article is None:
        abort(404)
    return article


def _sse(event, data):
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


@bp.post("/articles/<int:article_id>/headlines")
@login_required
def queue_headlines(article_id):
    require_feature("headlines")
    _article(article_id)
    provider = request.args.get("provider")
    job = queues.enqueue(
        "enrichment",
        "newsroom.tasks.enrichment.headline_job",
        article_id,
        provider,
        current_user.id,
    )
    return jsonify(job_id=job.id), 202


@bp.get("/articles/<int:article_id>/headlines/live")
@login_required
def live_headlines(article_id):
    """Brainstorm mode: stream headline ideas into the sidebar as they are written."""
    require_feature("headlines")
    article = _article(article_id)
    model = current_app.config["OPENAI_CHAT_MODEL"]
    prompt = headline_user_prompt(article, 8, truncate=True)

    def generate():
        stream = ai.openai.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": HEADLINE_SYSTEM.split("Reply with JSON")[0] + "One headline per line."},
                {"role": "user", "content": prompt},
            ],
            temperature=0.9,
            stream=True,
        )
        buffer = ""
        for chunk in stream:
            if not chunk.choices:
                continue
            buffer += chunk.choices[0].delta.content or ""
            while "\n" in buffer:
                line, buffer = buffer.split("\n", 1)
                if line.strip():
                    yield _sse("headline", {"text": line.strip(" -•\t")})
        if buffer.strip():
            yield _sse("headline", {"text": buffer.strip(" -•\t")})
        yield _sse("done", {})

    return Response(stream_with_context(generate()), mimetype="text/event-stream")


@bp.get("/articles/<int:article_id>/headlines/night-desk")
@login_required
def night_desk_headlines(article_id):
    """The night desk's red-top variants (legacy prompt, kept at their request)."""
    require_feature("headlines")
    article = _article(article_id)
    return jsonify(headlines=ai_utils.tabloid_headlines(article.body, n=int(request.args.get("n", 5))))


@bp.post("/articles/<int:article_id>/summary")
@login_required
def summary(article_id):
    require_feature("summaries")
    article = _article(article_id)
    style = request.args.get("style", "standard")
    text = summaries.summarize_article(article, style=style)
    return jsonify(summary=text, style=style)


@bp.post("/seo-title")
@login_required
def seo_title():
    headline = (request.get_json(force=True).get("headline") or "").strip()
    if not headline:
        abort(400)
    groq = current_app.extensions["ai"].groq
    resp = groq.chat.completions.create(
        model=current_app.config["GROQ_MODEL"],
        messages=[{"role": "system", "content": SEO_SYSTEM}, {"role": "user", "content": headline}],
        max_tokens=40,
        temperature=0.3,
    )
    title = resp.choices[0].message.content.strip().strip('"')
    return jsonify(seo_title=title[:60], truncated=len(title) > 60)


@bp.post("/expand")
@login_required
def expand_bullets():
    """Turn reporter's bullet notes into draft paragraphs (streamed)."""
    bullets = request.get_json(force=True).get("bullets") or []
    if not bullets:
        abort(400)
    notes = "\n".join(f"- {b}" for b in bullets)
    runtime = bedrock_runtime()
    model_id = current_app.config["BEDROCK_WRITER_MODEL"]

    @stream_with_context
    def generate():
        response = runtime.converse_stream(
            modelId=model_id,
            system=[{"text": EXPAND_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": notes}]}],
            inferenceConfig={"maxTokens": 1200, "temperature": 0.4},
        )
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")
            elif "metadata" in event:
                usage = event["metadata"].get("usage", {})
                log.info("expand: %s in / %s out", usage.get("inputTokens"), usage.get("outputTokens"))

    return Response(generate(), mimetype="text/plain")


@bp.post("/explain")
@login_required
def explain_term():
    """Plain-English explainer for jargon, used by the 'Explain' hover in the editor."""
    term = (request.get_json(force=True).get("term") or "").strip()
    if not term:
        abort(400)
    answer = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Explain '{term}' in two sentences for a general news reader.",
            task_type="explainer",
            complexity=TaskComplexity.SIMPLE,
        )
    )
    return jsonify(term=term, explanation=answer)
