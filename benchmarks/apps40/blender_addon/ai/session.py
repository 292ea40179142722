"""A per-operation bundle of clients and model names.

Built on the main thread (where reading preferences is safe) and handed to a
worker thread, which must not touch bpy.
"""

from dataclasses import dataclass, field

from .clients import (
    get_anthropic_client,
    get_genai_client,
    get_ollama_client,
    get_openai_client,
    get_replicate_client,
)


@dataclass
class AISession:
    openai_model: str
    anthropic_model: str
    gemini_model: str
    ollama_model: str
    texture_model: str
    use_tracking_service: bool = False
    _clients: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_prefs(cls, prefs):
        session = cls(
            openai_model=prefs.openai_model,
            anthropic_model=prefs.anthropic_model,
            gemini_model=prefs.gemini_model,
            ollama_model=prefs.ollama_model,
            texture_model=prefs.texture_model,
            use_tracking_service=prefs.use_tracking_service,
        )
        # resolve lazily-built clients now, preferences are not thread safe
        if prefs.openai_api_key:
            session._clients["openai"] = get_openai_client(prefs)
        if prefs.anthropic_api_key:
            session._clients["anthropic"] = get_anthropic_client(prefs)
        if prefs.google_api_key:
            session._clients["google"] = get_genai_client(prefs)
        if prefs.replicate_api_token:
            session._clients["replicate"] = get_replicate_client(prefs)
        session._clients["ollama"] = get_ollama_client(prefs)
        return session

    @property
    def openai(self):
        return self._clients["openai"]

    @property
    def anthropic(self):
        return self._clients["anthropic"]

    @property
    def gemini(self):
        return self._clients["google"]

    @property
    def replicate(self):
        return self._clients["replicate"]

    @property
    def ollama(self):
        return self._clients["ollama"]

    def has(self, provider):
        return provider in self._clients
