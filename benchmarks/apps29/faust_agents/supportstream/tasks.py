"""One-shot startup tasks."""
from __future__ import annotations

import logging

from supportstream.app import app
from supportstream.config import settings
from supportstream.services import multi_model_service

log = logging.getLogger(__name__)

CANNED_INTENTS = [
    "I was charged twice this month",
    "I can't log in after resetting my password",
    "How do I export my data to CSV?",
    "Your API is returning 500 errors",
]

intent_vectors: dict[str, list[float]] = {}


@app.task
async def bind_services():
    multi_model_service.bind(app.clients)


@app.task
async def warm_up_models():
    """List models so a misconfigured key shows in the logs early."""
    if app.clients.openai is None:
        log.warning("clients not ready at warm-up")
        return
    models = await app.clients.openai.models.list()
    log.info("openai models visible: %d", len(models.data))
    mistral_models = await app.clients.mistral.models.list_async()
    log.info("mistral models visible: %d", len(mistral_models.data or []))


@app.task
async def prime_intent_vectors():
    """Embed the canned intents once; the router compares new tickets against them."""
    if app.clients.mistral is None:
        return
    resp = await app.clients.mistral.embeddings.create_async(
        model="mistral-embed",
        inputs=CANNED_INTENTS,
    )
    for text, item in zip(CANNED_INTENTS, resp.data):
        intent_vectors[text] = item.embedding
    log.info("primed %d intent vectors (%s)", len(intent_vectors), settings.mistral_model)
