"""Slack + email notifications for the support team."""
import logging
import os
import smtplib
from email.message import EmailMessage

import cherrypy
from slack_sdk import WebClient

log = logging.getLogger("portal.notify")

_slack = WebClient(token=os.environ.get("SLACK_BOT_TOKEN"))


def on_llm_ready(provider_names):
    cherrypy.log("LLM clients ready: %s" % ", ".join(provider_names))
    if cherrypy.config.get("portal.environment") == "prod":
        notify_channel("#portal-ops", "Portal started with providers: %s" % ", ".join(provider_names))


def notify_channel(channel, text):
    try:
        _slack.chat_postMessage(channel=channel, text=text)
    except Exception:
        log.exception("slack notify failed")


def email_customer(to, subject, body):
    msg = EmailMessage()
    msg["From"] = os.environ.get("PORTAL_MAIL_FROM", "support@example.com")
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as smtp:
        smtp.send_message(msg)


class WeeklyReport:
    """Not an LLM thing: renders the weekly ticket digest."""

    def __init__(self, tickets):
        self.tickets = tickets

    def generate(self):
        lines = ["Weekly ticket digest", ""]
        for t in self.tickets:
            lines.append("#%s [%s] %s" % (t.id, t.status, t.subject))
        return "\n".join(lines)


def send_weekly_digest(channel, tickets):
    report = WeeklyReport(tickets)
    notify_channel(channel, report.generate())
