"""Local models through Ollama.

Used for the "offline mode" toggle and for quick title suggestions, which
don't justify a paid call.
"""
from __future__ import annotations

import logging

import ollama

from minutes_mate.services.clients import get_ollama_client

log = logging.getLogger(__name__)

RECOMMENDED = ["llama3.1:8b", "qwen2.5:7b", "nomic-embed-text"]


def installed_models() -> list[str]:
    try:
        listing = get_ollama_client().list()
    except Exception:  # server not running
        return []
    return [m.model for m in listing.models]


def ensure_model(name: str, progress=None) -> None:
    if name in installed_models():
        return
    for status in ollama.pull(name, stream=True):
        if progress and status.get("total"):
            progress(status["completed"] / status["total"])


def model_info(name: str) -> dict:
    return dict(get_ollama_client().show(name))


def suggest_title(transcript: str, model: str = "llama3.1:8b") -> str:
    resp = ollama.generate(
        model=model,
        prompt="Give a short title (max 6 words) for this meeting. Reply with the title only.\n\n"
        + transcript[:4000],
        options={"temperature": 0.2},
    )
    return resp["response"].strip().strip('"')


class OfflineAssistant:
    """Chat with the transcript without leaving the machine."""

    def __init__(self, client: ollama.AsyncClient, model: str):
        self.client = client
        self.model = model
        self.history: list[dict] = []

    async def ask(self, transcript: str, question: str) -> str:
        if not self.history:
            self.history.append(
                {"role": "system", "content": "Answer questions about this meeting transcript:\n" + transcript}
            )
        self.history.append({"role": "user", "content": question})
        reply = await self.client.chat(model=self.model, messages=self.history)
        self.history.append({"role": "assistant", "content": reply.message.content})
        return reply.message.content

    async def ask_streaming(self, question: str, on_delta) -> str:
        self.history.append({"role": "user", "content": question})
        parts = []
        async for part in await self.client.chat(model=self.model, messages=self.history, stream=True):
            parts.append(part["message"]["content"])
            on_delta(part["message"]["content"])
        text = "".join(parts)
        self.history.append({"role": "assistant", "content": text})
        return text
