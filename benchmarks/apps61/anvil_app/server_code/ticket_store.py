"""Data-table access for tickets. Keep app_tables usage in here where possible."""
import datetime

import anvil.server
import anvil.tables as tables
import anvil.tables.query as q
from anvil.tables import app_tables


class TicketNotFound(Exception):
    pass


def get_ticket(ticket_id):
    row = app_tables.tickets.get(ticket_id=ticket_id)
    if row is None:
        raise TicketNotFound(ticket_id)
    return row


def thread_for(ticket_row):
    return list(
        app_tables.messages.search(tables.order_by("sent", ascending=True), ticket=ticket_row)
    )


def latest_customer_message(ticket_row):
    for m in reversed(thread_for(ticket_row)):
        if m["author"] != "agent":
            return m["body"]
    return ticket_row["body"]


def open_tickets(since=None):
    if since is None:
        return app_tables.tickets.search(status=q.any_of("open", "pending"))
    return app_tables.tickets.search(
        status=q.any_of("open", "pending"), updated=q.greater_than(since)
    )


@tables.in_transaction
def save_summary(ticket_row, summary):
    ticket_row["summary"] = summary
    ticket_row["updated"] = datetime.datetime.now(datetime.timezone.utc)


@tables.in_transaction
def save_sentiment(ticket_row, label):
    ticket_row["sentiment"] = label


class TicketFactory:
    """Builds ticket rows from inbound email webhooks."""

    def __init__(self, default_priority="normal"):
        self.default_priority = default_priority

    def create(self, subject, body, customer_email, priority=None):
        now = datetime.datetime.now(datetime.timezone.utc)
        return app_tables.tickets.add_row(
            ticket_id=_next_ticket_id(),
            subject=subject,
            body=body,
            customer_email=customer_email,
            status="open",
            priority=priority or self.default_priority,
            created=now,
            updated=now,
        )


def _next_ticket_id():
    n = len(app_tables.tickets.search()) + 1
    return f"T-{n:06d}"


@anvil.server.callable
def list_open_tickets():
    return [
        {
            "ticket_id": r["ticket_id"],
            "subject": r["subject"],
            "priority": r["priority"],
            "sentiment": r["sentiment"],
            "updated": r["updated"],
        }
        for r in open_tickets()
    ]
