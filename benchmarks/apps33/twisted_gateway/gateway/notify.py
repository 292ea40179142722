"""Outbound notifications (email + team chat)."""
from email.mime.text import MIMEText

from twisted.mail.smtp import sendmail
from twisted.python import log

SMTP_HOST = "smtp.internal"
FROM_ADDR = "llm-gateway@internal"


class Mailer(object):

    def create(self, recipients, subject, body):
        msg = MIMEText(body)
        msg["Subject"] = subject
        msg["From"] = FROM_ADDR
        msg["To"] = ", ".join(recipients)
        return sendmail(SMTP_HOST, FROM_ADDR, recipients, msg.as_bytes())


class TeamChat(object):
    """Posts to our Mattermost incoming webhook."""

    def __init__(self, webhook_url, agent=None):
        self.webhook_url = webhook_url
        self.agent = agent

    def chat(self, text, channel="llm-gateway-alerts"):
        import treq
        return treq.post(self.webhook_url, json={"channel": channel, "text": text})

    def completion(self, job_name, ok=True):
        return self.chat(":white_check_mark: %s done" % job_name if ok
                         else ":x: %s failed" % job_name)


def alert(text):
    log.msg("ALERT: %s" % text)


class DailyReport(object):
    """Builds the usage summary message for TeamChat (no model calls)."""

    def __init__(self, tracker, chat):
        self.tracker = tracker
        self.chat = chat

    def render(self):
        lines = ["LLM usage since last flush:"]
        for (provider, model), (tin, tout) in sorted(self.tracker.totals().items()):
            lines.append("  %-10s %-32s in=%-8d out=%d" % (provider, model, tin, tout))
        return "\n".join(lines)

    def send(self):
        return self.chat.chat(self.render(), channel="finops")
