"""Rejects obviously abusive prompts before they reach the AI endpoints."""
from masonite.configuration import config
from masonite.middleware import Middleware

MODERATED_FIELDS = ("question", "context", "text", "body")


class ContentModerationMiddleware(Middleware):
    def before(self, request, response):
        if not config("ai.features.moderate_inbound"):
            return request
        text = " ".join(str(request.input(f, "")) for f in MODERATED_FIELDS).strip()
        if not text:
            return request
        client = request.app.make("ai.openai")
        verdict = client.moderations.create(model="omni-moderation-latest", input=text)
        if verdict.results[0].flagged:
            return response.json({"error": "content rejected by moderation"}, status=400)
        return request

    def after(self, request, response):
        return request
