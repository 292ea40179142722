"""Original GPT insight helpers (openai 0.28 API).

Runs only in the legacy export venv (requirements-legacy.txt). Kept for the
monthly board pack until finance signs off on the new digest.
"""
import logging
import os
import time

import openai

log = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
openai.organization = os.getenv("OPENAI_ORG_ID")

DEFAULT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"


def _retry(fn, attempts=3, backoff=2.0):
    for i in range(attempts):
        try:
            return fn()
        except openai.error.RateLimitError:
            wait = backoff ** (i + 1)
            log.warning("rate limited, sleeping %.1fs", wait)
            time.sleep(wait)
    return fn()


def monthly_commentary(kpi_table_text, month, model=DEFAULT_MODEL):
    messages = [
        {"role": "system", "content": "You are a retail finance analyst writing board commentary."},
        {
            "role": "user",
            "content": "Write 5 bullet points of commentary for %s based on:\n%s" % (month, kpi_table_text),
        },
    ]

    def _call():
        return openai.ChatCompletion.create(model=model, messages=messages, temperature=0.4, max_tokens=600)

    resp = _retry(_call)
    usage = resp["usage"]
    log.info("commentary tokens: %s prompt / %s completion", usage["prompt_tokens"], usage["completion_tokens"])
    return resp["choices"][0]["message"]["content"]


def embed_product_titles(titles):
    out = []
    for i in range(0, len(titles), 500):
        resp = openai.Embedding.create(model=EMBED_MODEL, input=titles[i : i + 500])
        out.extend(d["embedding"] for d in resp["data"])
    return out


def classify_feedback(comments):
    """Tag customer comments as price/quality/service/availability. Not an LLM call."""
    tags = []
    for c in comments:
        lower = c.lower()
        if "price" in lower or "expensive" in lower:
            tags.append("price")
        elif "out of stock" in lower or "couldn't find" in lower:
            tags.append("availability")
        elif "staff" in lower or "queue" in lower:
            tags.append("service")
        else:
            tags.append("quality")
    return tags
