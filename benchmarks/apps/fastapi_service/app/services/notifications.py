"""Customer and team notifications (SMS, Slack)."""
from slack_sdk import WebClient
from twilio.rest import Client

from app.core.config import settings

client = Client(settings.twilio_account_sid, settings.twilio_auth_token)
slack = WebClient(token=settings.slack_bot_token)


def sms_customer(phone: str, text: str) -> str:
    message = client.messages.create(to=phone, from_=settings.twilio_from_number, body=text)
    return message.sid


def notify_team(channel: str, text: str) -> None:
    slack.chat_postMessage(channel=channel, text=text)


def escalate(ticket_id: str, summary: str) -> None:
    slack.chat_postMessage(channel="#support-escalations", text=f"*{ticket_id}*\n{summary}")
    client.messages.create(to="+15550100", from_=settings.twilio_from_number, body=f"Escalated {ticket_id}")
