"""falcon.before / falcon.after hooks shared by the resources."""
from __future__ import annotations

import logging

import falcon

from recruit_api.services.cost import rough_token_count

log = logging.getLogger(__name__)


def require_fields(*fields: str):
    async def hook(req, resp, resource, params):
        body = await req.get_media(default_when_empty={})
        missing = [f for f in fields if not body.get(f)]
        if missing:
            raise falcon.HTTPBadRequest(
                title="Missing fields", description=", ".join(sorted(missing))
            )
        req.context.body = body

    return hook


def max_input_tokens(limit: int, field: str = "cv_text"):
    async def hook(req, resp, resource, params):
        body = getattr(req.context, "body", None) or await req.get_media(default_when_empty={})
        text = body.get(field) or ""
        if rough_token_count(text) > limit:
            raise falcon.HTTPPayloadTooLarge(
                title="Input too long", description=f"{field} exceeds {limit} tokens"
            )

    return hook


async def moderate_recruiter_input(req, resp, resource, params):
    """Block abusive / discriminatory instructions in free-text outreach hints.

    Runs on the async OpenAI client that ClientsMiddleware attached.
    """
    settings = req.context.settings
    if not settings.moderate_outreach:
        return
    body = getattr(req.context, "body", None) or await req.get_media(default_when_empty={})
    text = " ".join(str(body.get(k, "")) for k in ("fit_reason", "highlights", "tone"))
    if not text.strip():
        return
    result = await req.context.clients.async_openai.moderations.create(
        model="omni-moderation-latest", input=text
    )
    if result.results[0].flagged:
        log.warning("moderation blocked outreach request tenant=%s", req.context.tenant_id)
        raise falcon.HTTPUnprocessableEntity(
            title="Request rejected", description="Outreach hints failed content policy."
        )


async def no_store(req, resp, resource, *args):
    resp.cache_control = ["no-store"]
