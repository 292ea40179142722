"""Flask extension exposing the provider clients as ``current_app.extensions['ai']``.

Views and jobs can use the ``ai`` proxy::

    from newsroom.ai.ext import ai
    ai.openai.chat...
"""
from flask import current_app
from werkzeug.local import LocalProxy

from newsroom.ai import clients


class AIClients:
    def __init__(self, app=None):
        self.app = app
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        app.config.setdefault("AI_FEATURES", {})
        app.extensions["ai"] = self

    def enabled(self, feature):
        return bool(current_app.config["AI_FEATURES"].get(feature))

    @property
    def openai(self):
        return clients.openai_client()

    @property
    def anthropic(self):
        return clients.anthropic_client()

    @property
    def groq(self):
        return clients.groq_client()

    @property
    def together(self):
        return clients.together_client()

    @property
    def bedrock(self):
        return clients.bedrock_runtime()

    @property
    def hf(self):
        return clients.hf_client()


def _get_ai():
    return current_app.extensions["ai"]


ai = LocalProxy(_get_ai)
