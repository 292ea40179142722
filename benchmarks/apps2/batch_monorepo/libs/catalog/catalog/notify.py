"""Operational notifications for the catalogue team."""

from __future__ import annotations

import logging
import os

from twilio.rest import Client as TwilioClient

logger = logging.getLogger(__name__)


class OnCallNotifier:
    def __init__(self, to_number: str | None = None) -> None:
        self._twilio = TwilioClient(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
        self._from = os.environ["TWILIO_FROM_NUMBER"]
        self._to = to_number or os.environ["CATALOG_ONCALL_NUMBER"]

    def job_failed(self, job: str, error: str) -> None:
        body = f"[catalog-ml] {job} failed: {error[:300]}"
        message = self._twilio.messages.create(body=body, from_=self._from, to=self._to)
        logger.info("paged on-call (sid=%s)", message.sid)
