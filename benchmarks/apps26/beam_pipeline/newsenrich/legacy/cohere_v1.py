"""Cohere v1 client usage from the original worker."""
import os

import cohere

co = cohere.Client(os.environ.get("CO_API_KEY", ""), timeout=60)

GENERATE_MODEL = "command"
EMBED_MODEL = "embed-english-v2.0"


def generate_blurb(text, max_tokens=60):
    response = co.generate(
        model=GENERATE_MODEL,
        prompt="Write a one-line teaser for this article:\n\n" + text[:3000],
        max_tokens=max_tokens,
        temperature=0.6,
    )
    return response.generations[0].text.strip()


def embed(texts):
    return co.embed(texts=texts, model=EMBED_MODEL, input_type="search_document").embeddings


def token_length(text):
    # tokenize is free; used to decide whether to chunk
    return len(co.tokenize(text=text, model=GENERATE_MODEL).tokens)
