"""Old tagger kept for the 'classic tags' option. Uses its own client."""
import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


def classic_tags(text):
    res = _client.chat.complete(
        model="open-mistral-nemo",
        messages=[{"role": "user", "content": "Comma separated tags for:\n" + text[:3000]}],
    )
    return [t.strip().lower() for t in res.choices[0].message.content.split(",") if t.strip()]


def stream_tags(text):
    out = []
    for event in _client.chat.stream(
        model="open-mistral-nemo",
        messages=[{"role": "user", "content": "Comma separated tags for:\n" + text[:3000]}],
    ):
        delta = event.data.choices[0].delta.content
        if delta:
            out.append(delta)
    return "".join(out).split(",")


def embed_old(texts):
    resp = _client.embeddings.create(model="mistral-embed", inputs=texts)
    return [d.embedding for d in resp.data]
