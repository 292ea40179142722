"""E-mail and chat notifications. Nothing LLM-related here, despite the names."""
import logging

from .http_fallback import post_webhook

log = logging.getLogger("helpdesk.notify")


class Message:
    def __init__(self, to, subject, body):
        self.to = to
        self.subject = subject
        self.body = body

    @classmethod
    def create(cls, to, subject, body):
        return cls(to, subject, body)


class ChatChannel:
    def __init__(self, webhook_url):
        self.webhook_url = webhook_url

    def chat(self, text):
        """Post a line to the ops chat channel."""
        return post_webhook(self.webhook_url, {"text": text})

    def completion(self, ticket):
        """Announce a resolved ticket."""
        return self.chat("Ticket #%s resolved: %s" % (ticket.id, ticket.subject))


def notify_assignee(auth, ticket):
    if not ticket.assignee or auth.sender is None:
        return False
    user = auth.db.auth_user[ticket.assignee]
    msg = Message.create(
        to=user.email,
        subject="[helpdesk] #%s %s" % (ticket.id, ticket.subject),
        body="You have been assigned ticket #%s (%s)." % (ticket.id, ticket.priority),
    )
    return auth.sender.send(to=msg.to, subject=msg.subject, body=msg.body)
