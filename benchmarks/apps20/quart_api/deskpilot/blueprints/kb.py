from __future__ import annotations

from quart import Blueprint, current_app, jsonify, request

from ..clients import together_client
from ..repositories import ArticleRepository
from ..services import EmbeddingService
from ..services.images import ImageService
from ..services.knowledge import KnowledgeBase

bp = Blueprint("kb", __name__)


def _kb() -> KnowledgeBase:
    embedder = EmbeddingService(
        openai_client=current_app.openai_client,
        cohere_client=current_app.extensions["cohere"],
    )
    return KnowledgeBase(ArticleRepository(current_app.extensions["db_pool"]), embedder)


@bp.get("/search")
async def search():
    q = request.args.get("q", "")
    hits = await _kb().search(q)
    return jsonify([h.__dict__ for h in hits])


@bp.post("/answer")
async def answer():
    data = await request.get_json()
    return jsonify(await _kb().answer(data["question"]))


@bp.post("/articles")
async def create_article():
    data = await request.get_json()
    embedder = EmbeddingService(cohere_client=current_app.extensions["cohere"])
    [vec] = await embedder.embed([data["body"]])
    article = await ArticleRepository(current_app.extensions["db_pool"]).create(
        data["title"], data["body"], vec
    )
    return jsonify(article.__dict__), 201


@bp.post("/articles/<article_id>/illustration")
async def illustrate(article_id: str):
    data = await request.get_json()
    svc = ImageService(together_client(), current_app.config["TOGETHER_IMAGE_MODEL"],
                       openai=current_app.openai_client)
    if data.get("hd"):
        return jsonify({"url": await svc.illustrate_hd(data["title"])})
    png = await svc.illustrate(data["title"])
    return png, 200, {"Content-Type": "image/png"}


@bp.post("/related")
async def related():
    """Related-articles widget: rerank by title only, cheap."""
    data = await request.get_json()
    client = together_client()
    result = await client.rerank.create(
        model="Salesforce/Llama-Rank-V1",
        query=data["title"],
        documents=data["candidates"],
        top_n=3,
    )
    return jsonify([{"index": r.index, "score": r.relevance_score} for r in result.results])
