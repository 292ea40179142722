"""Per-session context object.

Started as the place to keep per-user clients (we thought we'd need per-user keys);
now it mostly just wraps the shared ones. Half of the components still fetch clients
from the registry directly -- migrate them here when touched.
"""
from __future__ import annotations

import param
import panel as pn

from deskassist.clients import get_client


class SessionContext(param.Parameterized):
    user = param.String(default="anonymous")
    openai = param.Parameter(default=None, precedence=-1)
    anthropic = param.Parameter(default=None, precedence=-1)
    gemini = param.Parameter(default=None, precedence=-1)

    def __init__(self, **params):
        super().__init__(**params)
        self.openai = self.openai or get_client("openai-async")
        self.anthropic = self.anthropic or get_client("anthropic")
        self.gemini = self.gemini or get_client("gemini")

    @classmethod
    def current(cls) -> "SessionContext":
        """One context per Bokeh document."""
        key = ("session-ctx", id(pn.state.curdoc))
        ctx = pn.state.cache.get(key)
        if ctx is None:
            ctx = cls(user=pn.state.user or "anonymous")
            pn.state.cache[key] = ctx
        return ctx
