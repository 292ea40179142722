"""Order / escalation persistence. Plain SQLAlchemy, no LLMs in here."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

from app.config import settings

_engine = create_engine(settings.database_url, future=True)
SessionLocal = sessionmaker(bind=_engine, expire_on_commit=False)


@dataclass
class Order:
    id: str
    status: str
    carrier: str
    eta: date | None
    total_cents: int


@dataclass
class QueueItem:
    id: str
    ticket_id: str
    note: str
    priority: str
    created_at: datetime


class OrderRepository:
    def get(self, order_id: str) -> Order | None:
        with SessionLocal() as session:
            row = session.execute(
                text("SELECT id, status, carrier, eta, total_cents FROM orders WHERE id = :id"), {"id": order_id}
            ).first()
        return Order(*row) if row else None

    def recent_for_ticket(self, ticket_id: str, limit: int = 5) -> list[Order]:
        with SessionLocal() as session:
            rows = session.execute(
                text(
                    "SELECT o.id, o.status, o.carrier, o.eta, o.total_cents FROM orders o "
                    "JOIN tickets t ON t.customer_id = o.customer_id WHERE t.id = :tid "
                    "ORDER BY o.created_at DESC LIMIT :n"
                ),
                {"tid": ticket_id, "n": limit},
            ).all()
        return [Order(*r) for r in rows]

    def create(self, customer_id: str, total_cents: int, carrier: str = "dhl") -> Order:
        order = Order(str(uuid.uuid4()), "created", carrier, None, total_cents)
        with SessionLocal.begin() as session:
            session.execute(
                text("INSERT INTO orders (id, customer_id, status, carrier, total_cents) VALUES (:id, :c, :s, :cr, :t)"),
                {"id": order.id, "c": customer_id, "s": order.status, "cr": carrier, "t": total_cents},
            )
        return order

    def create_refund(self, order_id: str, amount_cents: int) -> str:
        refund_id = str(uuid.uuid4())
        with SessionLocal.begin() as session:
            session.execute(
                text("INSERT INTO refunds (id, order_id, amount_cents) VALUES (:id, :o, :a)"),
                {"id": refund_id, "o": order_id, "a": amount_cents},
            )
        return refund_id


class EscalationQueue:
    def create(self, ticket_id: str, note: str, priority: str, created_at: datetime) -> QueueItem:
        item = QueueItem(str(uuid.uuid4()), ticket_id, note, priority, created_at)
        with SessionLocal.begin() as session:
            session.execute(
                text(
                    "INSERT INTO escalations (id, ticket_id, note, priority, created_at) "
                    "VALUES (:id, :t, :n, :p, :c)"
                ),
                {"id": item.id, "t": ticket_id, "n": note, "p": priority, "c": created_at},
            )
        return item
