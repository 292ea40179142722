"""Knowledge-base search: embeddings + cosine similarity over article chunks."""
import logging
import math

from portal import models
from portal.llm import get_embedding_client, get_client
from portal.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("portal.kb")

EMBED_MODEL = "text-embedding-3-small"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def chunk_text(text, size=800, overlap=100):
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks


class KnowledgeBase:
    def __init__(self, db_session, embedder=None):
        self.db = db_session
        self.embedder = embedder or get_embedding_client()

    def embed(self, texts):
        result = self.embedder.embeddings.create(model=EMBED_MODEL, input=list(texts))
        return [item.embedding for item in result.data]

    def index_article(self, article):
        pieces = chunk_text(article.body)
        vectors = self.embed(pieces)
        for i, (piece, vec) in enumerate(zip(pieces, vectors)):
            models.ArticleChunk.create(
                self.db, article_id=article.id, position=i, text=piece, vector=vec
            )
        self.db.commit()
        return len(pieces)

    def search(self, query, limit=5):
        [qvec] = self.embed([query])
        scored = []
        for chunk in self.db.query(models.ArticleChunk).all():
            scored.append((_cosine(qvec, chunk.vector), chunk))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return [chunk for _, chunk in scored[:limit]]


class HFSimilarity:
    """Open-weights similarity used for the 'related articles' sidebar."""

    def __init__(self, model="sentence-transformers/all-MiniLM-L6-v2"):
        self.model = model

    def related(self, title, candidates):
        hf = get_client("hf")
        scores = hf.sentence_similarity(title, other_sentences=candidates, model=self.model)
        return sorted(zip(candidates, scores), key=lambda p: p[1], reverse=True)

    def vector(self, text):
        return get_client("hf").feature_extraction(text, model=self.model).tolist()


async def summarize_article(article, model="meta-llama/Llama-3.1-8B-Instruct"):
    """TL;DR shown above long KB articles (tracked)."""
    hf = get_client("hf")
    async with llm_tracker.track_llm_call(
        provider="huggingface", model=model, feature_context="kb_tldr"
    ) as usage_log:
        out = hf.chat_completion(
            messages=[
                {"role": "system", "content": "Summarize the help article in two sentences."},
                {"role": "user", "content": article.body[:12000]},
            ],
            model=model,
            max_tokens=160,
        )
        usage_log.input_tokens = out.usage.prompt_tokens
        usage_log.output_tokens = out.usage.completion_tokens
    return out.choices[0].message.content
