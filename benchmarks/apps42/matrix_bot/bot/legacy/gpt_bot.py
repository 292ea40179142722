"""Original single-file GPT helper from v0.3. Kept because tasks/digest.py and the
weekly report script still import `ask_gpt` / `quick_complete`.

DEPRECATED: use bot.services.multi_model_service instead.
"""
import logging
import os

import openai
from litellm import completion
from openai import OpenAI

log = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
client = OpenAI()

DEFAULT_MODEL = os.getenv("LEGACY_MODEL", "gpt-3.5-turbo")


def ask_gpt(prompt, system="You are a helpful assistant.", model=DEFAULT_MODEL, temperature=0.7):
    try:
        response = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            temperature=temperature,
        )
    except openai.RateLimitError:
        log.warning("rate limited, retrying once with the module client")
        response = openai.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        )
    return response.choices[0].message.content


def quick_complete(prompt, model="gpt-4o-mini"):
    resp = completion(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=256)
    return resp["choices"][0]["message"]["content"]


def ask_with_legacy_completions(prompt):
    # instruct models only, used by the !haiku easter egg that was removed in 0.7
    resp = client.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=64)
    return resp.choices[0].text


def embed_texts(texts, model="text-embedding-ada-002"):
    """Used by the old FAQ matcher."""
    out = []
    for i in range(0, len(texts), 100):
        resp = client.embeddings.create(model=model, input=texts[i:i + 100])
        out.extend(d.embedding for d in resp.data)
    return out


class FaqMatcher:
    """Matches a question against a fixed FAQ list. Pre-dates !recall."""

    def __init__(self, faq):
        self.faq = faq
        self.vectors = embed_texts([q for q, _ in faq])

    def match(self, question, threshold=0.85):
        [v] = embed_texts([question])
        best, best_score = None, 0.0
        for (q, a), w in zip(self.faq, self.vectors):
            score = sum(x * y for x, y in zip(v, w))
            if score > best_score:
                best, best_score = a, score
        return best if best_score >= threshold else None
