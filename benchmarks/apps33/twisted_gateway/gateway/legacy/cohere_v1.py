"""Cohere v1 API usage from the first release. Only `/legacy/keywords` uses it."""
import cohere
from twisted.internet import threads

from gateway.config import get_settings

_co = None


def _client():
    global _co
    if _co is None:
        _co = cohere.Client(get_settings().cohere_api_key)
    return _co


def extract_keywords(text, n=8):
    prompt = "Extract %d keywords from the text, comma separated.\n\nText: %s\nKeywords:" % (n, text)
    resp = _client().generate(model="command", prompt=prompt, max_tokens=60, temperature=0.1)
    return [k.strip() for k in resp.generations[0].text.split(",") if k.strip()]


def extract_keywords_deferred(text, n=8):
    return threads.deferToThread(extract_keywords, text, n)


def classify_intent(text, examples):
    # v1 classify endpoint; examples are cohere.ClassifyExample objects
    resp = _client().classify(inputs=[text], examples=examples)
    return resp.classifications[0].prediction
