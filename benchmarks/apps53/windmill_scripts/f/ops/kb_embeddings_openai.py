"""OLD search index on OpenAI embeddings; kept until docs search fully moves to Voyage."""
from f.common.llm import get_openai_client
from f.common.retry import retrying


@retrying(attempts=3)
def embed_batch(texts: list[str]) -> list[list[float]]:
    resp = get_openai_client().embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


def main(articles: list[dict]):
    texts = [f"{a['title']}\n{a['body']}" for a in articles]
    vectors = []
    for i in range(0, len(texts), 100):
        vectors.extend(embed_batch(texts[i:i + 100]))
    return [{"id": a["id"], "dims": len(v)} for a, v in zip(articles, vectors)]
