"""The single Inngest client shared by the API and every durable function."""
from __future__ import annotations

import logging

import inngest

from app.config import get_settings

_settings = get_settings()

inngest_client = inngest.Inngest(
    app_id=_settings.inngest_app_id,
    is_production=_settings.inngest_is_production,
    logger=logging.getLogger("inngest"),
)

# Event names live here so producers and consumers agree on them.
DOCUMENT_UPLOADED = "documents/uploaded"
DOCUMENT_SUMMARIZE = "documents/summarize"
DOCUMENT_EMBED = "documents/embed"
DOCUMENT_TRANSLATE = "documents/translate"
COMMENT_CREATED = "comments/created"
DIGEST_REQUESTED = "digest/requested"
IMAGE_REQUESTED = "images/requested"
