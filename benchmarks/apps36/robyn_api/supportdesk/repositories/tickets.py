from __future__ import annotations

from datetime import datetime

from supportdesk.repositories.db import connection, transaction
from supportdesk.schemas import Category, Draft, Priority, Ticket


def _row_to_ticket(row) -> Ticket:
    return Ticket(
        id=row["id"],
        customer_email=row["customer_email"],
        subject=row["subject"],
        body=row["body"],
        priority=Priority(row["priority"]),
        category=Category(row["category"]),
        status=row["status"],
        tags=[t for t in row["tags"].split(",") if t],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


class TicketRepository:
    def create(self, ticket: Ticket) -> Ticket:
        with transaction() as cur:
            cur.execute(
                "INSERT INTO tickets (customer_email, subject, body, priority, category, status, tags, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ticket.customer_email,
                    ticket.subject,
                    ticket.body,
                    ticket.priority.value,
                    ticket.category.value,
                    ticket.status,
                    ",".join(ticket.tags),
                    ticket.created_at.isoformat(),
                ),
            )
            ticket.id = cur.lastrowid
        return ticket

    def get(self, ticket_id: int) -> Ticket | None:
        row = connection().execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        return _row_to_ticket(row) if row else None

    def list_open(self, limit: int = 50) -> list[Ticket]:
        rows = connection().execute(
            "SELECT * FROM tickets WHERE status = 'open' ORDER BY created_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [_row_to_ticket(r) for r in rows]

    def list_untriaged(self, limit: int = 100) -> list[Ticket]:
        rows = connection().execute(
            "SELECT * FROM tickets WHERE category = 'other' AND status = 'open' LIMIT ?", (limit,)
        ).fetchall()
        return [_row_to_ticket(r) for r in rows]

    def update_triage(self, ticket_id: int, category: Category, priority: Priority) -> None:
        with transaction() as cur:
            cur.execute(
                "UPDATE tickets SET category = ?, priority = ? WHERE id = ?",
                (category.value, priority.value, ticket_id),
            )

    def add_tags(self, ticket_id: int, tags: list[str]) -> None:
        ticket = self.get(ticket_id)
        if ticket is None:
            return
        merged = sorted(set(ticket.tags) | set(tags))
        with transaction() as cur:
            cur.execute("UPDATE tickets SET tags = ? WHERE id = ?", (",".join(merged), ticket_id))

    def close(self, ticket_id: int) -> None:
        with transaction() as cur:
            cur.execute("UPDATE tickets SET status = 'closed' WHERE id = ?", (ticket_id,))



class DraftRepository:
    def create(self, draft: Draft) -> int:
        with transaction() as cur:
            cur.execute(
                "INSERT INTO drafts (ticket_id, text, model, sources, approved) VALUES (?, ?, ?, ?, ?)",
                (
                    draft.ticket_id,
                    draft.text,
                    draft.model,
                    ",".join(str(s) for s in draft.sources),
                    int(draft.approved),
                ),
            )
            return cur.lastrowid

    def for_ticket(self, ticket_id: int) -> list[Draft]:
        rows = connection().execute(
            "SELECT * FROM drafts WHERE ticket_id = ? ORDER BY id DESC", (ticket_id,)
        ).fetchall()
        return [
            Draft(
                ticket_id=r["ticket_id"],
                text=r["text"],
                model=r["model"],
                sources=[int(s) for s in r["sources"].split(",") if s],
                approved=bool(r["approved"]),
            )
            for r in rows
        ]

    def approve(self, draft_id: int) -> None:
        with transaction() as cur:
            cur.execute("UPDATE drafts SET approved = 1 WHERE id = ?", (draft_id,))
