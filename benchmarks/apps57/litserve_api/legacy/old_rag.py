"""The original v0 RAG handler (FastAPI route body, pre-LitServe).

Still imported by scripts/eval_answers.py for the A/B comparison. TODO(mk): delete after Q3 eval.
"""
from __future__ import annotations

import os

import anthropic
import cohere
import openai

from retrieval.store import VectorStore

openai.api_key = os.environ.get("OPENAI_API_KEY")
co = cohere.Client(os.environ.get("COHERE_API_KEY", ""))

SYSTEM = "Answer from the context. Be concise."


def embed(text: str) -> list[float]:
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding


def retrieve(store: VectorStore, question: str, k: int = 8):
    return store.search(embed(question), k=k)


def rerank(question: str, docs: list[str], top_n: int = 4) -> list[str]:
    res = co.rerank(query=question, documents=docs, top_n=top_n, model="rerank-english-v2.0")
    return [docs[r.index] for r in res.results]


def answer(store: VectorStore, question: str) -> str:
    hits = retrieve(store, question)
    docs = rerank(question, [h.doc.text for h in hits])
    context = "\n---\n".join(docs)
    completion = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"{context}\n\nQ: {question}"},
        ],
        temperature=0.2,
    )
    return completion.choices[0].message.content


def answer_claude(store: VectorStore, question: str) -> str:
    client = anthropic.Anthropic()
    hits = retrieve(store, question)
    msg = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": "\n".join(h.doc.text for h in hits) + "\n\n" + question}],
    )
    return msg.content[0].text


def answer_cohere_stream(question: str, docs: list[str]):
    for event in co.chat_stream(message=question, documents=[{"text": d} for d in docs], model="command-r"):
        if event.event_type == "text-generation":
            yield event.text


def expand_query_instruct(question: str) -> list[str]:
    """v0 multi-query expansion on the instruct model (pre-chat era prompt)."""
    resp = openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=f"Write three alternative phrasings of this search query, one per line:\n{question}\n",
        max_tokens=120,
        temperature=0.7,
    )
    return [question] + [l.strip("- ").strip() for l in resp.choices[0].text.splitlines() if l.strip()][:3]


async def answer_tracked(store: VectorStore, question: str) -> str:
    """Same as ``answer`` but billed through the tracker - the migration target for this module."""
    from services.multi_model_service import TaskComplexity, multi_model_service

    hits = retrieve(store, question)
    context = "\n---\n".join(h.doc.text for h in hits[:4])
    return await multi_model_service.generate_response(
        prompt=f"{context}\n\nQ: {question}",
        task_type="legacy_rag",
        complexity=TaskComplexity.SIMPLE,
        system=SYSTEM,
    )


def cost_of(completion) -> float:
    from utils.cost import completion_cost

    return completion_cost(completion.model, completion.usage)
