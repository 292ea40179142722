"""HTTP endpoints for the inbound email provider."""
import hmac
import logging

import anvil.secrets
import anvil.server

from .ticket_store import TicketFactory
from .http_fallback import claude_complete

log = logging.getLogger(__name__)

_factory = TicketFactory()


def _verify(signature, body):
    secret = anvil.secrets.get_secret("inbound_webhook_secret").encode()
    expected = hmac.new(secret, body, "sha256").hexdigest()
    return hmac.compare_digest(expected, signature or "")


@anvil.server.http_endpoint("/inbound-email", methods=["POST"])
def inbound_email(**params):
    req = anvil.server.request
    raw = req.body.get_bytes()
    if not _verify(req.headers.get("x-signature"), raw):
        return anvil.server.HttpResponse(401, "bad signature")
    payload = req.body_json
    subject = payload.get("subject") or ""
    if len(subject.strip()) < 4:
        # old auto-subject path; see tickets.one_line_subject for the new one
        subject = claude_complete(
            "Write a 6-word subject line for this email:\n\n" + payload.get("text", "")[:3000],
            max_tokens=20,
        ).strip()
    row = _factory.create(
        subject=subject,
        body=payload.get("text", ""),
        customer_email=payload.get("from", ""),
    )
    anvil.server.launch_background_task("classify_backlog", 1)
    return {"ticket_id": row["ticket_id"]}
