"""Local models through Ollama. Used for the chat panel and offline fallbacks."""

import logging

import ollama

log = logging.getLogger(__name__)

_DEFAULT_HOST = "http://127.0.0.1:11434"


class LocalChat:
    """Keeps the conversation for the chat panel. Lives on the window manager."""

    def __init__(self, client, model, system=None):
        self.client = client
        self.model = model
        self.history = []
        if system:
            self.history.append({"role": "system", "content": system})

    def send(self, text, on_token=None):
        self.history.append({"role": "user", "content": text})
        parts = []
        for chunk in self.client.chat(model=self.model, messages=self.history, stream=True):
            token = chunk["message"]["content"]
            parts.append(token)
            if on_token:
                on_token(token)
        answer = "".join(parts)
        self.history.append({"role": "assistant", "content": answer})
        return answer

    def reset(self):
        self.history = [m for m in self.history if m["role"] == "system"]


def quick_answer(prompt, model="llama3.1:8b"):
    """Module-level convenience used by scripts; uses the default local client."""
    result = ollama.generate(model=model, prompt=prompt)
    return result["response"]


def installed_models(host=_DEFAULT_HOST):
    listing = ollama.Client(host=host).list()
    return [m["model"] for m in listing["models"]]


def ensure_model(client, model):
    names = {m["model"] for m in client.list()["models"]}
    if model not in names:
        log.info("pulling %s, this can take a while", model)
        client.pull(model)
