from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import func, select

from newsroom.extensions import db, queues
from newsroom.models import AiSuggestion, Article, MediaAsset, Tag

bp = Blueprint("articles", __name__)


def _article_or_404(article_id):
    article = db.session.get(Article, article_id)
    if article is None:
        abort(404)
    return article


def _serialize(article):
    return {
        "id": article.id,
        "slug": article.slug,
        "status": article.status,
        "section": article.section,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "summary": article.summary,
        "teaser": article.teaser,
        "tags": [t.slug for t in article.tags],
        "updated_at": article.updated_at.isoformat() if article.updated_at else None,
    }


@bp.get("/")
@login_required
def list_articles():
    status = request.args.get("status")
    page = max(int(request.args.get("page", 1)), 1)
    stmt = select(Article).order_by(Article.updated_at.desc())
    if status:
        stmt = stmt.where(Article.status == status)
    items = db.paginate(stmt, page=page, per_page=25)
    return jsonify(items=[_serialize(a) for a in items.items], total=items.total, page=page)


@bp.post("/")
@login_required
def create_article():
    data = request.get_json(force=True)
    article = Article.create(
        slug=data["slug"],
        headline=data["headline"],
        body=data.get("body", ""),
        section=data.get("section"),
        author_id=current_user.id,
    )
    return jsonify(_serialize(article)), 201


@bp.patch("/<int:article_id>")
@login_required
def update_article(article_id):
    article = _article_or_404(article_id)
    data = request.get_json(force=True)
    allowed = {"headline", "standfirst", "body", "section", "summary", "teaser", "seo_title", "status"}
    article.update(**{k: v for k, v in data.items() if k in allowed})
    if {"body", "headline"} & data.keys():
        # keep the embedding and tags fresh after substantial edits
        queues.enqueue("enrichment", "newsroom.tasks.enrichment.refresh_article", article.id)
    return jsonify(_serialize(article))


@bp.get("/<int:article_id>/suggestions")
@login_required
def list_suggestions(article_id):
    rows = db.session.scalars(
        select(AiSuggestion)
        .where(AiSuggestion.article_id == article_id)
        .order_by(AiSuggestion.created_at.desc())
    ).all()
    return jsonify(
        [
            {"id": s.id, "kind": s.kind, "provider": s.provider, "status": s.status, "payload": s.payload}
            for s in rows
        ]
    )


@bp.post("/suggestions/<int:suggestion_id>/<any(accept, reject):decision>")
@login_required
def decide_suggestion(suggestion_id, decision):
    suggestion = db.session.get(AiSuggestion, suggestion_id)
    if suggestion is None:
        abort(404)
    suggestion.update(status="accepted" if decision == "accept" else "rejected")
    return jsonify(id=suggestion.id, status=suggestion.status)


def completion(prefix, limit=10, kind=None):
    """Tag autocompletion for the editor's tag box, most-used first."""
    stmt = select(Tag).where(func.lower(Tag.label).like(prefix.lower() + "%"))
    if kind:
        stmt = stmt.where(Tag.kind == kind)
    return db.session.scalars(stmt.order_by(Tag.usage_count.desc()).limit(limit)).all()


@bp.get("/tags/complete")
@login_required
def complete_tags():
    q = request.args.get("q", "").strip()
    if len(q) < 2:
        return jsonify([])
    tags = completion(prefix=q, limit=int(request.args.get("limit", 10)), kind=request.args.get("kind"))
    return jsonify([{"slug": t.slug, "label": t.label, "kind": t.kind} for t in tags])


@bp.post("/<int:article_id>/media/<int:media_id>/transcribe")
@login_required
def transcribe_media(article_id, media_id):
    asset = db.session.get(MediaAsset, media_id)
    if asset is None or asset.article_id != article_id or asset.kind != "audio":
        abort(404)
    job = queues.enqueue(
        "media",
        "newsroom.tasks.media_jobs.transcribe_interview",
        asset.id,
        request.args.get("backend"),
        job_timeout=1800,
    )
    return jsonify(job_id=job.id), 202


@bp.post("/<int:article_id>/factcheck")
@login_required
def request_factcheck(article_id):
    _article_or_404(article_id)
    job = queues.enqueue(
        "enrichment", "newsroom.tasks.enrichment.run_factcheck", article_id, current_user.id, job_timeout=900
    )
    return jsonify(job_id=job.id), 202
