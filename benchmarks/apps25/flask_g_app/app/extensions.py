"""Flask extensions.

``HireHelpLLM`` is our own small extension: it builds one client per
provider at startup and keeps them in ``app.extensions["hirehelp_llm"]``.
The clients are thread-safe so sharing them between requests is fine; the
per-request handles on ``flask.g`` (see app/llm/context.py) just point back
at these.
"""
import logging
from dataclasses import dataclass, field
from typing import Any, Optional

import anthropic
from flask import current_app
from flask_sqlalchemy import SQLAlchemy
from google import genai
from groq import Groq
from mistralai import Mistral
from openai import OpenAI

log = logging.getLogger(__name__)

db = SQLAlchemy()

EXTENSION_KEY = "hirehelp_llm"


@dataclass
class LLMClients:
    openai: Optional[OpenAI] = None
    anthropic: Optional[anthropic.Anthropic] = None
    gemini: Optional[genai.Client] = None
    mistral: Optional[Mistral] = None
    groq: Optional[Groq] = None
    openrouter: Optional[OpenAI] = None
    extra: dict = field(default_factory=dict)

    def available(self):
        return [
            name
            for name in ("openai", "anthropic", "gemini", "mistral", "groq", "openrouter")
            if getattr(self, name) is not None
        ]


class HireHelpLLM:
    """Holds the provider clients for an app."""

    def __init__(self, app=None):
        self.app = app
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        cfg = app.config
        if cfg.get("LLM_DISABLE_CLIENTS"):
            app.extensions[EXTENSION_KEY] = LLMClients()
            return

        timeout = cfg.get("LLM_TIMEOUT_SECONDS", 45)
        clients = LLMClients()

        if cfg.get("OPENAI_API_KEY"):
            clients.openai = OpenAI(
                api_key=cfg["OPENAI_API_KEY"],
                organization=cfg.get("OPENAI_ORG_ID"),
                timeout=timeout,
                max_retries=2,
            )
        if cfg.get("ANTHROPIC_API_KEY"):
            clients.anthropic = anthropic.Anthropic(
                api_key=cfg["ANTHROPIC_API_KEY"], timeout=timeout
            )
        if cfg.get("GEMINI_API_KEY"):
            clients.gemini = genai.Client(api_key=cfg["GEMINI_API_KEY"])
        if cfg.get("MISTRAL_API_KEY"):
            clients.mistral = Mistral(api_key=cfg["MISTRAL_API_KEY"])
        if cfg.get("GROQ_API_KEY"):
            clients.groq = Groq(api_key=cfg["GROQ_API_KEY"], timeout=timeout)
        if cfg.get("OPENROUTER_API_KEY"):
            clients.openrouter = OpenAI(
                api_key=cfg["OPENROUTER_API_KEY"],
                base_url=cfg["OPENROUTER_BASE_URL"],
                default_headers={
                    "HTTP-Referer": "https://hirehelp.internal",
                    "X-Title": "HireHelp",
                },
                timeout=timeout,
            )

        app.extensions[EXTENSION_KEY] = clients
        log.info("LLM clients ready: %s", ", ".join(clients.available()) or "none")

    # -- accessors ------------------------------------------------------
    @property
    def clients(self) -> LLMClients:
        return current_app.extensions[EXTENSION_KEY]

    @property
    def openai(self) -> OpenAI:
        return self.clients.openai

    @property
    def anthropic(self) -> anthropic.Anthropic:
        return self.clients.anthropic

    @property
    def gemini(self) -> genai.Client:
        return self.clients.gemini

    @property
    def mistral(self) -> Mistral:
        return self.clients.mistral

    @property
    def groq(self) -> Groq:
        return self.clients.groq

    @property
    def openrouter(self) -> OpenAI:
        return self.clients.openrouter

    def get(self, name: str) -> Any:
        return getattr(self.clients, name, None) or self.clients.extra.get(name)

    def status(self):
        try:
            return {"providers": self.clients.available()}
        except RuntimeError:
            return {"providers": []}

    def ping_groq(self) -> bool:
        """Cheap liveness probe used by the on-call dashboard.

        Groq is the fast path for triage so it is the one we probe; one token
        is cheap enough that nobody bothered routing this through tracking.
        """
        client = self.groq
        if client is None:
            return False
        try:
            client.chat.completions.create(
                model=current_app.config["GROQ_MODEL"],
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
            return True
        except Exception:  # noqa: BLE001 - probe must never raise
            log.warning("groq ping failed", exc_info=True)
            return False

    def list_openai_models(self):
        client = self.openai
        if client is None:
            return []
        return [m.id for m in client.models.list()]


llm = HireHelpLLM()
