"""Offline mode: everything runs on a local Ollama model.

The offline tutor is deliberately simpler: no streaming, no grammar JSON,
just conversation and quick corrections.
"""
import logging

import ollama

from tutor.services.clients import get_ollama_client

log = logging.getLogger(__name__)


def ollama_available():
    try:
        get_ollama_client().list()
        return True
    except Exception:
        return False


def installed_models():
    try:
        return [m.model for m in get_ollama_client().list().models]
    except Exception:
        log.info("ollama not reachable")
        return []


class OfflineTutor:
    def __init__(self, config, client=None):
        self.config = config
        self.client = client or get_ollama_client()

    def reply(self, history, user_text):
        messages = [
            {"role": "system", "content": f"Reply in simple {self.config.language_name}."},
            *history,
            {"role": "user", "content": user_text},
        ]
        resp = self.client.chat(model=self.config.offline_model, messages=messages)
        return resp["message"]["content"]

    def correct(self, sentence):
        resp = self.client.generate(
            model=self.config.offline_model,
            prompt=f"Correct this {self.config.language_name} sentence, output only the fix:\n{sentence}",
            options={"temperature": 0},
        )
        return resp["response"].strip()


def quick_translate(text, model="llama3.2:3b"):
    """Used by the flashcard importer when we're offline."""
    resp = ollama.chat(
        model=model,
        messages=[{"role": "user", "content": f"Translate to English, output only the translation: {text}"}],
    )
    return resp["message"]["content"].strip()


def pull_default_model(model="llama3.2:3b", progress=None):
    for status in ollama.pull(model, stream=True):
        if progress:
            progress(status.get("completed", 0), status.get("total", 0))


class OfflineSession:
    """A chat session with a local model that keeps its own history.

    Used by the chat screen when ``App.offline`` is set; replies are streamed
    so the bubble fills in as the model generates (local models are slow on
    older laptops).
    """

    def __init__(self, tutor, max_turns=12):
        self.tutor = tutor
        self.history = []
        self.max_turns = max_turns

    def stream(self, user_text, on_delta):
        self.history.append({"role": "user", "content": user_text})
        parts = []
        for chunk in self.tutor.client.chat(
            model=self.tutor.config.offline_model,
            messages=self.history[-self.max_turns:],
            stream=True,
        ):
            piece = chunk["message"]["content"]
            parts.append(piece)
            on_delta(piece)
        text = "".join(parts)
        self.history.append({"role": "assistant", "content": text})
        return text

    def clear(self):
        self.history.clear()


def embed_offline(words, model="nomic-embed-text"):
    """Local embeddings for the vocabulary index when there is no network."""
    return get_ollama_client().embed(model=model, input=list(words))["embeddings"]
