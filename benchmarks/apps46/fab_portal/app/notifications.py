"""SMS / Slack notifications for escalated tickets. No AI in here."""
import logging

from flask import current_app
from slack_sdk import WebClient
from twilio.rest import Client as TwilioClient

log = logging.getLogger(__name__)


def _twilio():
    cfg = current_app.config
    return TwilioClient(cfg["TWILIO_ACCOUNT_SID"], cfg["TWILIO_AUTH_TOKEN"])


def sms_requester(ticket, body):
    if not ticket.requester_phone:
        return None
    client = _twilio()
    message = client.messages.create(
        to=ticket.requester_phone,
        from_=current_app.config["TWILIO_FROM_NUMBER"],
        body=body[:1500],
    )
    return message.sid


def notify_slack(channel, text):
    slack = WebClient(token=current_app.config.get("SLACK_BOT_TOKEN"))
    return slack.chat_postMessage(channel=channel, text=text)
