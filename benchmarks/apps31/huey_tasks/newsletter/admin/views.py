"""Admin endpoints: enqueue tasks, check results, quick previews."""
import asyncio

from flask import Blueprint, Response, current_app, jsonify, request, stream_with_context

from newsletter.admin.auth import requires_auth
from newsletter.admin.forms import FormError, PreviewForm, SummarizeForm
from newsletter.config import huey
from newsletter.services.multi_model_service import TaskComplexity, multi_model_service
from newsletter.tasks import digest, maintenance, research, subject_lines, summarize, translate
from newsletter.tasks.embeddings import estimate_embed_tokens
from newsletter.utils.tokens import calculate_cost, count_tokens

bp = Blueprint("admin", __name__)


@bp.errorhandler(FormError)
def _form_error(exc):
    return jsonify(error=str(exc)), 400


@bp.post("/summarize")
@requires_auth
def enqueue_summary():
    form = SummarizeForm.from_json(request.get_json(force=True))
    result = summarize.summarize_article(form.article_id, provider=form.provider)
    return jsonify(task_id=result.id), 202


@bp.post("/digest/run")
@requires_auth
def run_digest_now():
    focus = request.json.get("focus") if request.is_json else None
    pipeline = digest.build_pipeline(focus or digest.EDITORIAL_FOCUS)
    group = huey.enqueue(pipeline)
    return jsonify(task_ids=[r.id for r in group]), 202


@bp.get("/results/<task_id>")
@requires_auth
def task_result(task_id):
    value = huey.result(task_id, preserve=True)
    return jsonify(task_id=task_id, ready=value is not None, value=value)


@bp.post("/preview")
@requires_auth
def preview_completion():
    """Synchronous prompt preview for editors tuning templates."""
    form = PreviewForm.from_json(request.get_json(force=True))
    client = current_app.extensions["llm"]["openai"]
    model = current_app.config["PREVIEW_MODEL"]
    completion = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": form.prompt}],
        max_tokens=form.max_tokens,
    )
    usage = completion.usage
    return jsonify(
        text=completion.choices[0].message.content,
        cost=calculate_cost(model, usage.prompt_tokens, usage.completion_tokens),
    )


@bp.post("/preview/tracked")
@requires_auth
def preview_tracked():
    form = PreviewForm.from_json(request.get_json(force=True))
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt=form.prompt, task_type="admin_preview", complexity=TaskComplexity.SIMPLE
        )
    )
    return jsonify(text=text)


@bp.post("/preview/research")
@requires_auth
def preview_research():
    headline = request.get_json(force=True).get("headline", "")
    pplx = current_app.extensions["llm"]["perplexity"]
    reader = research.FurtherReading(client=pplx)
    blurb, citations = reader.for_headline(headline)
    return jsonify(blurb=blurb, citations=citations)


@bp.get("/intro/<int:issue_id>/live")
@requires_auth
def live_intro(issue_id):
    gen = subject_lines.stream_intro_draft(issue_id)
    return Response(stream_with_context(gen), mimetype="text/plain")


@bp.get("/glossary")
@requires_auth
def glossary():
    term = request.args.get("term", "")
    locale = request.args.get("locale", "fr")
    return jsonify(term=term, translation=translate.glossary_check(term, locale))


@bp.post("/estimate")
@requires_auth
def estimate():
    texts = request.get_json(force=True).get("texts", [])
    return jsonify(
        openai_tokens=sum(count_tokens(t) for t in texts),
        cohere_tokens=estimate_embed_tokens(texts),
    )


@bp.get("/locks")
@requires_auth
def locks():
    return jsonify(maintenance.lock_status())


@bp.post("/moderation/test")
@requires_auth
def moderation_probe():
    text = request.get_json(force=True).get("text", "")
    client = current_app.extensions["llm"]["openai"]
    verdict = client.moderations.create(model="omni-moderation-latest", input=text)
    return jsonify(flagged=verdict.results[0].flagged)
