"""order.placed -> fraud pre-screen + address normalisation."""
from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any, Dict

from core.consumer import HandlerError, LLMConsumer, Message
from core.retry import with_backoff
from core.services import Services
from core.settings import settings
from llm.mistral_client import get_mistral
from shared.models import Order

logger = logging.getLogger(__name__)

FRAUD_PROMPT = """Rate the fraud risk of this order from 0 (none) to 100 (certain) and give the
main reason. Respond as JSON {"score": int, "reason": str}.

{order}"""

REVIEW_THRESHOLD = 70


@with_backoff(attempts=4, base_delay=1.0)
def _score_order(order: Order) -> Dict[str, Any]:
    raw = Services.llm.chat.completions.with_raw_response.create(
        model=settings.llm.chat_model,
        messages=[{"role": "user", "content": FRAUD_PROMPT.format(order=json.dumps(order.__dict__, default=str))}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    remaining = raw.headers.get("x-ratelimit-remaining-requests")
    if remaining is not None and int(remaining) < 50:
        logger.warning("OpenAI request budget low: %s remaining", remaining)
    completion = raw.parse()
    return json.loads(completion.choices[0].message.content or "{}")


def normalise_address(address: str, country: str) -> str:
    res = get_mistral().chat.complete(
        model=settings.mistral.small_model,
        messages=[
            {
                "role": "user",
                "content": f"Normalise this postal address for {country}. Output the address only.\n{address}",
            }
        ],
        temperature=0,
    )
    return (res.choices[0].message.content or address).strip()


class OrderPlacedHandler(LLMConsumer):
    topic = "order.placed"

    def handle(self, message: Message) -> None:
        v = message.value
        try:
            order = Order(
                order_id=v["order_id"],
                customer_id=v["customer_id"],
                email=v["email"],
                amount=Decimal(str(v["amount"])),
                country=v.get("country", "DE"),
                shipping_address=v.get("shipping_address", ""),
                billing_address=v.get("billing_address", ""),
                notes=v.get("notes", ""),
            )
        except (KeyError, ArithmeticError) as exc:
            raise HandlerError(f"malformed order event: {exc}") from exc

        shipping = normalise_address(order.shipping_address, order.country)
        verdict = _score_order(order) if order.amount > 150 else {"score": 0, "reason": "below threshold"}
        Services.jobs.submit(
            "orders.apply_screening",
            {"order_id": order.order_id, "shipping": shipping, **verdict},
        )
        if verdict.get("score", 0) >= REVIEW_THRESHOLD:
            Services.jobs.submit("orders.manual_review", {"order_id": order.order_id}, delay_seconds=0)
