"""
Small wrappers over the OpenAI client that take the client as a parameter so
they can be used with the loader-cached client or the lru_cache one.
"""
import logging

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"
EMBED_MODEL = "text-embedding-3-small"


def complete(client, prompt, model=DEFAULT_MODEL, system=None, temperature=0.2, max_tokens=800):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    resp = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    log.debug("complete: %s used %s tokens", model, resp.usage.total_tokens)
    return resp.choices[0].message.content


def embed_texts(client, texts, model=EMBED_MODEL, batch_size=96):
    vectors = []
    for start in range(0, len(texts), batch_size):
        batch = texts[start : start + batch_size]
        out = client.embeddings.create(model=model, input=batch)
        vectors.extend(d.embedding for d in out.data)
    return vectors


def chunk_text(text, size=6000, overlap=200):
    """Split text into overlapping chunks (characters, not tokens)."""
    if len(text) <= size:
        return [text]
    chunks = []
    pos = 0
    while pos < len(text):
        chunks.append(text[pos : pos + size])
        pos += size - overlap
    return chunks
