# requirements:
# voyageai
# openai
# psycopg[binary]
import psycopg
import wmill

from f.common.embeddings import voyage_client, RERANK_MODEL
from f.common.llm import chat_text, get_openai_client


def main(question: str, top_k: int = 5, answer: bool = True):
    vo = voyage_client()
    q = vo.embed([question], model="voyage-3.5", input_type="query").embeddings[0]

    db = wmill.get_resource("f/ops/analytics_db")
    with psycopg.connect(host=db["host"], port=db["port"], user=db["user"],
                         dbname=db["dbname"], password=db["password"]) as conn:
        rows = conn.execute(
            "SELECT doc_id, body FROM docs.chunks ORDER BY embedding <=> %s::vector LIMIT 40",
            (q,),
        ).fetchall()
    if not rows:
        return {"answer": None, "sources": []}

    reranked = vo.rerank(question, [r[1] for r in rows], model=RERANK_MODEL, top_k=top_k)
    sources = [{"doc_id": rows[r.index][0], "score": r.relevance_score, "text": r.document}
               for r in reranked.results]
    if not answer:
        return {"sources": sources}

    context = "\n\n".join(f"[{i}] {s['text']}" for i, s in enumerate(sources))
    reply = chat_text(
        get_openai_client(),
        system="Answer only from the numbered context. Cite like [0].",
        user=f"Context:\n{context}\n\nQuestion: {question}",
    )
    return {"answer": reply, "sources": sources}
