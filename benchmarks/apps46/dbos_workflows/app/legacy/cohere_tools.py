"""Old Cohere helpers (pre ClientV2 migration). Half of this moved to app.search.retriever."""
from __future__ import annotations

import functools
import os

import cohere
import httpx
from tenacity import retry, stop_after_attempt, wait_exponential

COHERE_CHAT_URL = "https://api.cohere.com/v2/chat"

_co = cohere.Client(os.environ.get("COHERE_API_KEY", ""))


def keywords(text: str) -> list[str]:
    resp = _co.chat(
        message=f"List 10 keywords for this document, comma separated:\n\n{text[:8000]}",
        model="command-r",
        temperature=0.0,
    )
    return [k.strip() for k in resp.text.split(",") if k.strip()]


_classify_call = functools.partial(_co.chat, model="command-r", temperature=0.0)


def yes_no(question: str, text: str) -> bool:
    resp = _classify_call(message=f"{question}\nAnswer yes or no.\n\n{text[:6000]}")
    return resp.text.strip().lower().startswith("yes")


def tokenize(text: str) -> list[int]:
    return _co.tokenize(text=text, model="command-r").tokens


@retry(stop=stop_after_attempt(4), wait=wait_exponential(min=1, max=20))
def raw_chat(prompt: str, model: str = "command-r-plus") -> str:
    with httpx.Client(timeout=60) as http:
        r = http.post(
            COHERE_CHAT_URL,
            headers={"Authorization": f"Bearer {os.environ['COHERE_API_KEY']}"},
            json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        )
        r.raise_for_status()
        return r.json()["message"]["content"][0]["text"]
