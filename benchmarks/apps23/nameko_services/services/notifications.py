"""Outbound notifications: SMS to claimants, Slack to the SIU channel."""
import logging
import os
from string import Template
from typing import Any, Dict

from nameko.events import event_handler
from nameko.extensions import DependencyProvider
from slack_sdk import WebClient
from twilio.rest import Client as TwilioClient

log = logging.getLogger(__name__)

SIU_CHANNEL = os.environ.get("SIU_SLACK_CHANNEL", "#siu-alerts")
SMS_FROM = os.environ.get("TWILIO_FROM_NUMBER", "+15005550006")


class Twilio(DependencyProvider):
    def setup(self):
        self.client = TwilioClient(os.environ.get("TWILIO_ACCOUNT_SID"), os.environ.get("TWILIO_AUTH_TOKEN"))

    def get_dependency(self, worker_ctx):
        return self.client


class Slack(DependencyProvider):
    def setup(self):
        self.client = WebClient(token=os.environ.get("SLACK_BOT_TOKEN"))

    def get_dependency(self, worker_ctx):
        return self.client


class MessageTemplates:
    TEMPLATES = {
        "claim_received": Template("We received your claim $claim_number. An adjuster will contact you within $sla."),
        "claim_triaged": Template("Claim $claim_number is now with our $queue team."),
    }

    def generate(self, name: str, **context) -> str:
        return self.TEMPLATES[name].safe_substitute(**context)


templates = MessageTemplates()


class NotificationService:
    name = "notifications"

    sms = Twilio()
    slack = Slack()

    @event_handler("claim_intake", "claim_submitted")
    def claim_received(self, claim: Dict[str, Any]):
        phone = claim.get("claimant_phone")
        if not phone:
            return
        body = templates.generate("claim_received", claim_number=claim["claim_number"], sla="1 business day")
        self.sms.messages.create(body=body, from_=SMS_FROM, to=phone)

    @event_handler("triage", "claim_triaged")
    def claim_triaged(self, payload: Dict[str, Any]):
        log.info("claim %s triaged to %s", payload["claim_number"], payload["queue"])

    @event_handler("fraud_detection", "fraud_flagged")
    def fraud_flagged(self, payload: Dict[str, Any]):
        opinion = payload.get("opinion") or {}
        self.slack.chat_postMessage(
            channel=SIU_CHANNEL,
            text=":rotating_light: Claim %s scored %.2f. %s"
            % (payload["claim_number"], payload["score"], opinion.get("recommendation", "")),
        )
