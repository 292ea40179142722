"""Knowledge-base answer pipeline: embed -> vector search -> rerank -> answer."""
import logging

from supportbot.clients import chat_model_name
from supportbot.utils.prompts import SUPPORT_SYSTEM, render_kb_context
from supportbot.utils.retry import with_retries
from supportbot.utils.tokens import trim_history

log = logging.getLogger(__name__)


class KnowledgeBase:
    def __init__(self, embedder, kb_store, reranker, llm):
        self.embedder = embedder
        self.store = kb_store
        self.reranker = reranker
        self.llm = llm

    async def retrieve(self, tenant_id, question, top_n=5):
        vector = await self.embedder.embed_query(question)
        candidates = await self.store.nearest(tenant_id, vector, limit=25)
        return await self.reranker(question, candidates, top_n=top_n)

    async def answer(self, tenant_id, question, history=None, company="our company"):
        passages = await self.retrieve(tenant_id, question)
        messages = [
            {"role": "system", "content": SUPPORT_SYSTEM.format(company=company)},
            *(history or []),
            {"role": "user", "content": "Knowledge base:\n%s\n\nQuestion: %s"
             % (render_kb_context(passages), question)},
        ]
        messages = trim_history(messages, budget=12000)
        resp = await with_retries(
            self.llm.chat.completions.create,
            model=chat_model_name(),
            messages=messages,
            temperature=0.2,
            attempts=2,
        )
        return {
            "answer": resp.choices[0].message.content,
            "sources": [p["id"] for p in passages],
        }


    async def reindex_article(self, article_id, title, body, chunk_size=1200, overlap=150):
        """Split an article into overlapping chunks and embed them."""
        chunks = []
        start = 0
        while start < len(body):
            end = min(len(body), start + chunk_size)
            # try not to cut mid-sentence
            cut = body.rfind(". ", start, end)
            if cut > start + chunk_size // 2 and end < len(body):
                end = cut + 1
            chunks.append(body[start:end].strip())
            if end >= len(body):
                break
            start = max(end - overlap, start + 1)
        vectors = await self.embedder.embed_documents(["%s\n%s" % (title, c) for c in chunks])
        log.info("article %s -> %d chunks", article_id, len(chunks))
        return list(zip(chunks, vectors))
