"""Semantic search: embed, retrieve, rerank."""
from llm import *  # noqa: F403

from .models import Article


def embed(texts: list[str]) -> list[list[float]]:
    response = cohere_client.embed(  # noqa: F405
        texts=texts, model="embed-english-v3.0", input_type="search_document", embedding_types=["float"]
    )
    return response.embeddings.float_


def rerank(query: str, documents: list[str], top_n: int = 5) -> list[int]:
    response = cohere_client.rerank(  # noqa: F405
        model="rerank-english-v3.0", query=query, documents=documents, top_n=top_n
    )
    return [r.index for r in response.results]


def answer(query: str, passages: list[str]) -> str:
    context = "\n\n".join(passages)
    response = gemini.models.generate_content(  # noqa: F405
        model="gemini-2.5-flash", contents=f"Answer from the context only.\n{context}\n\nQ: {query}"
    )
    return response.text


def embed_openai(text: str) -> list[float]:
    return openai_client.embeddings.create(model="text-embedding-3-small", input=text).data[0].embedding  # noqa: F405


def search(query: str) -> list[Article]:
    ids = rerank(query, [a.body for a in Article.objects.all()[:50]])
    return [Article.objects.all()[i] for i in ids]
