"""
Cohere execution module: rerank and embeddings for the runbook search.

CLI examples::

    salt-call cohere_llm.rerank "nginx 502" '["runbook A", "runbook B"]'
"""
import logging

try:
    import saltext_llm

    HAS_LIB = True
except ImportError:
    HAS_LIB = False

log = logging.getLogger(__name__)

__virtualname__ = "cohere_llm"

RERANK_MODEL = "rerank-english-v3.0"
EMBED_MODEL = "embed-english-v3.0"


def __virtual__():
    if not HAS_LIB:
        return (False, "cohere_llm: saltext_llm library is not installed")
    return __virtualname__


def rerank(query, documents, top_n=3):
    """
    Rerank documents against query, return the top ``top_n`` with scores.
    """
    co = saltext_llm.get_cohere()
    result = co.rerank(model=RERANK_MODEL, query=query, documents=list(documents), top_n=top_n)
    return [
        {"index": r.index, "score": r.relevance_score, "document": documents[r.index]}
        for r in result.results
    ]


def embed(texts, input_type="search_document"):
    co = saltext_llm.get_cohere()
    resp = co.embed(
        texts=list(texts),
        model=EMBED_MODEL,
        input_type=input_type,
        embedding_types=["float"],
    )
    return resp.embeddings.float_


def chat(message, model="command-r-plus-08-2024"):
    resp = saltext_llm.get_cohere().chat(
        model=model,
        messages=[{"role": "user", "content": message}],
    )
    return resp.message.content[0].text


def tokenize(text, model="command-r-plus-08-2024"):
    """
    Tokenize locally via the API's tokenizer (not billed).
    """
    return saltext_llm.get_cohere().tokenize(text=text, model=model).tokens
