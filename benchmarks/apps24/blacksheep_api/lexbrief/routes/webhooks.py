"""E-signature provider webhooks. Heavy work is pushed to background tasks."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os

from blacksheep import Application, Request, Response, json

from lexbrief.background import summarize_signed_contract
from lexbrief.clients import ProviderClients
from lexbrief.routes import router

log = logging.getLogger(__name__)

_background: set[asyncio.Task] = set()


def _verify(signature: str | None, body: bytes) -> bool:
    secret = os.environ.get("ESIGN_WEBHOOK_SECRET", "").encode()
    if not secret or not signature:
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/webhooks/esign")
async def esign_completed(request: Request, app: Application, clients: ProviderClients) -> Response:
    body = await request.read() or b""
    raw_sig = request.get_first_header(b"X-Signature")
    if not _verify(raw_sig.decode() if raw_sig else None, body):
        return json({"error": "bad signature"}, status=401)
    event = await request.json()
    if event.get("event") != "envelope.completed":
        return json({"ignored": True})
    task = asyncio.create_task(
        summarize_signed_contract(clients, event["envelope_id"], event.get("document_text", ""), app)
    )
    _background.add(task)
    task.add_done_callback(_background.discard)
    return json({"accepted": True}, status=202)
