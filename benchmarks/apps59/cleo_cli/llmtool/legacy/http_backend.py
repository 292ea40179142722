"""Raw HTTP / v1 backends from before we adopted the current SDKs. TODO(marta): migrate."""
from __future__ import annotations

import os

import cohere
import httpx

from llmtool.config import get_settings
from llmtool.services.glossary import Glossary

TOGETHER_CHAT_URL = "https://api.together.xyz/v1/chat/completions"


class TogetherHTTPBackend:
    def __init__(self, api_key: str | None = None, timeout: float = 120.0) -> None:
        self._http = httpx.Client(
            headers={"Authorization": f"Bearer {api_key or os.environ['TOGETHER_API_KEY']}"},
            timeout=timeout,
        )

    def complete(self, model: str, prompt: str, max_tokens: int = 1024) -> str:
        r = self._http.post(
            TOGETHER_CHAT_URL,
            json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens},
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def health(self) -> bool:
        return self._http.get("https://api.together.xyz/v1/models").status_code == 200

    def close(self) -> None:
        self._http.close()


def extract_terms(text: str, lang: str, glossary: Glossary) -> Glossary:
    co = cohere.Client(api_key=get_settings().cohere_api_key)
    response = co.chat(
        message=(
            "List product-specific terms in this text, one per line, as 'term => translation' "
            f"for language {lang}:\n\n{text}"
        ),
        model="command-r",
        temperature=0,
    )
    for line in response.text.splitlines():
        if "=>" in line:
            src, tgt = (part.strip() for part in line.split("=>", 1))
            glossary.create(src, tgt, lang, note="auto-extracted")
    return glossary
