"""Handlers for the classic Notebook nbextension."""
from __future__ import annotations

import tornado
from jupyter_server.base.handlers import APIHandler

from .completer import legacy_complete
from .llm import LegacyLLM

_SESSIONS = {}


class LegacyCompleteHandler(APIHandler):
    @tornado.web.authenticated
    async def post(self):
        body = self.get_json_body()
        text = await legacy_complete(body["prefix"])
        self.finish({"completion": text})


class LegacyChatHandler(APIHandler):
    @tornado.web.authenticated
    def post(self):
        body = self.get_json_body()
        session = _SESSIONS.setdefault(body.get("session", "default"), LegacyLLM())
        self.finish({"reply": session.chat(body["message"])})
