"""Original QA implementation (2023), before the LlamaIndex migration.

Still used by the Slack bot until it is ported. Pinned to openai==0.28 in the
bot's own image.
"""
import logging
import os

import httpx
import numpy as np
import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

EMBED_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-3.5-turbo"

ANTHROPIC_API = "https://api.anthropic.com/v1/messages"
COHERE_RERANK_URL = "https://api.cohere.com/v2/rerank"


def embed(texts):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    return np.array([row["embedding"] for row in resp["data"]])


def top_k(query_vec, doc_vecs, k=4):
    sims = doc_vecs @ query_vec / (np.linalg.norm(doc_vecs, axis=1) * np.linalg.norm(query_vec) + 1e-9)
    return list(np.argsort(-sims)[:k])


def answer(question, docs, doc_vecs=None):
    if doc_vecs is None:
        doc_vecs = embed(docs)
    qvec = embed([question])[0]
    context = "\n\n".join(docs[i] for i in top_k(qvec, doc_vecs))
    resp = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        temperature=0,
        messages=[
            {"role": "system", "content": "Answer using the context. Say 'I don't know' otherwise."},
            {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
        ],
    )
    logger.info("old_qa tokens: %s", resp["usage"]["total_tokens"])
    return resp["choices"][0]["message"]["content"]


# --- HTTP-only clients (from when the SDKs were not allowed in the bot image) ---


def claude_complete(prompt: str, model: str = "claude-3-haiku-20240307", max_tokens: int = 512) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    r = requests.post(ANTHROPIC_API, headers=headers, json=payload, timeout=60)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


async def cohere_rerank(query: str, documents: list, top_n: int = 5) -> list:
    async with httpx.AsyncClient(timeout=30) as http:
        resp = await http.post(
            COHERE_RERANK_URL,
            headers={"Authorization": f"Bearer {os.environ['COHERE_API_KEY']}"},
            json={"model": "rerank-english-v3.0", "query": query, "documents": documents, "top_n": top_n},
        )
        resp.raise_for_status()
        return resp.json()["results"]


def post_to_slack(webhook_url: str, text: str) -> None:
    # not an LLM call: plain Slack incoming webhook
    requests.post(webhook_url, json={"text": text}, timeout=10)
