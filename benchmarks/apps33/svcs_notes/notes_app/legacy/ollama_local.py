"""Local-only helpers using the ollama package's module-level API."""

from __future__ import annotations

import ollama

DEFAULT_MODEL = "llama3.1:8b"


def local_complete(prompt: str, model: str = DEFAULT_MODEL) -> str:
    resp = ollama.generate(model=model, prompt=prompt, options={"temperature": 0.2})
    return resp["response"]


def local_chat(messages: list[dict], model: str = DEFAULT_MODEL) -> str:
    resp = ollama.chat(model=model, messages=messages)
    return resp["message"]["content"]


def installed_models() -> list[str]:
    return [m.model for m in ollama.list().models]


def ensure_model(model: str = DEFAULT_MODEL) -> None:
    if model not in installed_models():
        ollama.pull(model)
