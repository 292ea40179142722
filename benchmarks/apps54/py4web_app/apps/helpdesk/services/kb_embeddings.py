"""Embed knowledge-base articles for retrieval.

Primary embedder is Voyage (``voyage-3``). The Together m2-bert model is kept
for the on-prem mirror which cannot reach Voyage.
"""
import datetime
import logging

from .. import settings
from ..llm.clients import get_together, get_voyage

log = logging.getLogger("helpdesk.kb")

BATCH = 64


def chunk_text(text, size=None, overlap=None):
    size = size or settings.KB_CHUNK_SIZE
    overlap = overlap or settings.KB_CHUNK_OVERLAP
    text = (text or "").strip()
    if not text:
        return []
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        # try not to cut words in half
        if end < len(text):
            space = text.rfind(" ", start, end)
            if space > start + size // 2:
                end = space
        chunks.append(text[start:end].strip())
        if end >= len(text):
            break
        start = end - overlap
    return chunks


class VoyageEmbedder:
    name = "voyage"

    def __init__(self, client=None, model=None):
        self.client = client or get_voyage()
        self.model = model or settings.VOYAGE_EMBED_MODEL

    def embed_documents(self, texts):
        vectors = []
        for i in range(0, len(texts), BATCH):
            result = self.client.embed(
                texts[i : i + BATCH],
                model=self.model,
                input_type="document",
            )
            vectors.extend(result.embeddings)
        return vectors

    def embed_query(self, text):
        return self.client.embed([text], model=self.model, input_type="query").embeddings[0]


class TogetherEmbedder:
    name = "together"

    def __init__(self, client=None, model=None):
        self.client = client or get_together()
        self.model = model or settings.TOGETHER_EMBED_MODEL

    def embed_documents(self, texts):
        resp = self.client.embeddings.create(model=self.model, input=texts)
        return [d.embedding for d in resp.data]

    def embed_query(self, text):
        return self.embed_documents([text])[0]


EMBEDDERS = {"voyage": VoyageEmbedder, "together": TogetherEmbedder}


def get_embedder(name="voyage"):
    return EMBEDDERS[name]()


def embed_article(db, article_id, embedder=None):
    embedder = embedder or get_embedder()
    article = db.kb_article[article_id]
    if article is None:
        return 0
    chunks = chunk_text("%s\n\n%s" % (article.title, article.body))
    if not chunks:
        return 0
    vectors = embedder.embed_documents(chunks)
    db(db.kb_chunk.article == article_id).delete()
    for pos, (text, vec) in enumerate(zip(chunks, vectors)):
        db.kb_chunk.insert(
            article=article_id,
            position=pos,
            text=text,
            embedding=vec,
            embed_model="%s:%s" % (embedder.name, embedder.model),
        )
    article.update_record(embedded_on=datetime.datetime.utcnow())
    db.commit()
    log.info("embedded article %s (%s chunks)", article_id, len(chunks))
    return len(chunks)
