# requirements:
# voyageai
# psycopg[binary]
import asyncio
from typing import List

import psycopg
import wmill

from f.common.embeddings import async_voyage_client, embed_documents, EMBED_MODEL
from f.common.resources import postgresql


def chunk(text: str, size: int = 1500, overlap: int = 200) -> List[str]:
    out, i = [], 0
    while i < len(text):
        out.append(text[i:i + size])
        i += size - overlap
    return out


async def contextual_vectors(doc_chunks: List[List[str]]) -> List[List[float]]:
    vo = async_voyage_client()
    result = await vo.contextualized_embed(inputs=doc_chunks, model="voyage-context-3",
                                           input_type="document")
    return [emb for r in result.results for emb in r.embeddings]


def main(doc_id: str, text: str, db: postgresql, contextual: bool = False):
    pieces = chunk(text)
    if contextual:
        vectors = asyncio.run(contextual_vectors([pieces]))
        model = "voyage-context-3"
    else:
        vectors = embed_documents(pieces)
        model = EMBED_MODEL
    with psycopg.connect(**{k: db[k] for k in ("host", "port", "user", "dbname", "password")}) as conn:
        with conn.cursor() as cur:
            cur.execute("DELETE FROM docs.chunks WHERE doc_id = %s", (doc_id,))
            cur.executemany(
                "INSERT INTO docs.chunks (doc_id, idx, body, embedding, model) VALUES (%s,%s,%s,%s,%s)",
                [(doc_id, i, p, v, model) for i, (p, v) in enumerate(zip(pieces, vectors))],
            )
    wmill.set_state({"last_doc": doc_id, "chunks": len(pieces)})
    return {"doc_id": doc_id, "chunks": len(pieces), "model": model}
