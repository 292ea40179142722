"""A py4web fixture that hands LLM clients to actions.

Usage::

    @action("ask", method=["POST"])
    @action.uses(db, session, auth.user, llm)
    def ask():
        reply = llm.anthropic.messages.create(...)

The clients themselves are process-wide (see ``clients.py``); the fixture only
keeps per-request bookkeeping (who asked, which ticket) so logs can be
correlated, and lets tests swap the clients out.
"""
import threading
import time

from py4web.core import Fixture

from . import clients


class LLMFixture(Fixture):
    def __init__(self, logger=None, providers=None):
        self.logger = logger
        self._local = threading.local()
        self._overrides = {}
        self.providers = providers or {
            "openai": clients.get_openai,
            "anthropic": clients.get_anthropic,
            "gemini": clients.get_genai,
            "voyage": clients.get_voyage,
            "together": clients.get_together,
        }

    # -- fixture protocol -------------------------------------------------
    def on_request(self, context):
        self._local.started = time.time()
        self._local.calls = 0

    def on_success(self, context):
        elapsed = time.time() - getattr(self._local, "started", time.time())
        if self.logger and getattr(self._local, "calls", 0):
            self.logger.info(
                "llm fixture: %s provider lookups in %.2fs",
                self._local.calls,
                elapsed,
            )

    def on_error(self, context):
        self._local.calls = 0

    # -- client access ----------------------------------------------------
    def client(self, name):
        if name in self._overrides:
            return self._overrides[name]
        self._local.calls = getattr(self._local, "calls", 0) + 1
        return self.providers[name]()

    def override(self, name, client):
        """Tests use this to install a fake."""
        self._overrides[name] = client

    def clear_overrides(self):
        self._overrides.clear()

    @property
    def openai(self):
        return self.client("openai")

    @property
    def anthropic(self):
        return self.client("anthropic")

    @property
    def gemini(self):
        return self.client("gemini")

    @property
    def voyage(self):
        return self.client("voyage")

    @property
    def together(self):
        return self.client("together")
