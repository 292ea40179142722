from __future__ import annotations

from robyn import Request, Response, SubRouter

from supportdesk.repositories.kb_articles import KBArticleRepository
from supportdesk.schemas import KBArticle
from supportdesk.services.kb_search import KBSearchService
from supportdesk.services.multi_model_service import TaskComplexity, multi_model_service

router = SubRouter(__file__, prefix="/kb")
router.inject(articles=KBArticleRepository())


@router.get("/search")
async def search(request: Request, global_dependencies, router_dependencies):
    query = request.query_params.get("q", "")
    if not query:
        return Response(status_code=400, headers={}, description="missing q")
    svc = KBSearchService(global_dependencies["voyage"], global_dependencies["cohere"],
                          router_dependencies["articles"])
    hits = svc.search(query, top_k=int(request.query_params.get("k", "5")))
    return [{"id": h.article_id, "title": h.title, "score": h.score} for h in hits]


@router.post("/articles")
async def add_article(request: Request, global_dependencies, router_dependencies):
    data = request.json()
    vo = global_dependencies["voyage"]
    emb = vo.embed([f"{data['title']}\n{data['body']}"], model="voyage-3", input_type="document")
    article = KBArticle(id=int(data["id"]), title=data["title"], body=data["body"],
                        url=data.get("url", ""), embedding=emb.embeddings[0])
    router_dependencies["articles"].upsert(article)
    return {"id": article.id, "tokens": emb.total_tokens}


@router.post("/answer")
async def answer(request: Request, global_dependencies, router_dependencies):
    """Self-service answer box on the help center."""
    question = request.json()["question"]
    svc = KBSearchService(global_dependencies["voyage"], global_dependencies["cohere"],
                          router_dependencies["articles"])
    hits = svc.search(question, top_k=3)
    context = "\n\n".join(f"{h.title}: {h.snippet}" for h in hits)
    text = await multi_model_service.generate_response(
        prompt=f"Answer using only this context:\n{context}\n\nQuestion: {question}",
        task_type="kb_answer",
        complexity=TaskComplexity.STANDARD,
    )
    return {"answer": text, "sources": [h.article_id for h in hits]}


@router.post("/rerank-debug")
async def rerank_debug(request: Request, global_dependencies):
    data = request.json()
    co = global_dependencies["cohere"]
    res = co.rerank(model="rerank-v3.5", query=data["query"], documents=data["documents"], top_n=5)
    return [{"index": r.index, "score": r.relevance_score} for r in res.results]
