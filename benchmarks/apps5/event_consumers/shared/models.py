"""Event payload models shared across consumers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, List, Optional


def _parse_ts(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass
class LineItem:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "LineItem":
        return cls(
            sku=data.get("sku", ""),
            description=data.get("description", ""),
            quantity=int(data.get("quantity", 1)),
            unit_price=Decimal(str(data.get("unit_price", "0"))),
        )


@dataclass
class InvoiceCreated:
    invoice_id: str
    customer_id: str
    currency: str
    items: List[LineItem]
    issued_at: Optional[datetime] = None

    @classmethod
    def from_event(cls, payload: Dict[str, Any]) -> "InvoiceCreated":
        return cls(
            invoice_id=payload["invoice_id"],
            customer_id=payload["customer_id"],
            currency=payload.get("currency", "EUR"),
            items=[LineItem.from_dict(i) for i in payload.get("items", [])],
            issued_at=_parse_ts(payload.get("issued_at")),
        )

    @property
    def total(self) -> Decimal:
        return sum((i.unit_price * i.quantity for i in self.items), Decimal("0"))


@dataclass
class Ticket:
    ticket_id: str
    customer_id: str
    subject: str
    body: str
    priority: str = "normal"
    tags: List[str] = field(default_factory=list)
    history: List[Dict[str, str]] = field(default_factory=list)

    @classmethod
    def from_event(cls, payload: Dict[str, Any]) -> "Ticket":
        return cls(
            ticket_id=payload["ticket_id"],
            customer_id=payload.get("customer_id", ""),
            subject=payload.get("subject", ""),
            body=payload.get("body", ""),
            priority=payload.get("priority", "normal"),
            tags=list(payload.get("tags", [])),
            history=list(payload.get("history", [])),
        )


@dataclass
class Product:
    product_id: str
    title: str
    description: str
    locale: str = "en"
    attributes: Dict[str, str] = field(default_factory=dict)

    def search_text(self) -> str:
        attrs = "; ".join(f"{k}: {v}" for k, v in sorted(self.attributes.items()))
        return f"{self.title}\n{self.description}\n{attrs}".strip()


@dataclass
class Order:
    order_id: str
    customer_id: str
    email: str
    amount: Decimal
    country: str
    shipping_address: str
    billing_address: str
    notes: str = ""
