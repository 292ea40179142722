"""Prompt builders. Keep these pure so they are easy to unit test."""
from typing import Iterable, List, Optional

DESCRIPTION_SYSTEM_PROMPT = (
    "You are a copywriter for an online store. Write accurate, concise product "
    "descriptions. Never invent specifications that are not in the input."
)

SEO_SYSTEM_PROMPT = (
    "You write SEO titles (max 60 chars) and meta descriptions (max 155 chars). "
    "Answer as JSON with keys seo_title and seo_description."
)


def _attributes_block(attributes: Iterable[tuple]) -> str:
    lines = []
    for name, values in attributes:
        if not values:
            continue
        lines.append(f"- {name}: {', '.join(str(v) for v in values)}")
    return "\n".join(lines) or "- (no attributes)"


def product_facts(product) -> dict:
    attributes = []
    for assigned in getattr(product, "attributes", []) or []:
        attribute = getattr(assigned, "attribute", None)
        values = [getattr(v, "name", v) for v in getattr(assigned, "values", [])]
        if attribute is not None:
            attributes.append((attribute.name, values))
    category = getattr(product, "category", None)
    return {
        "name": product.name,
        "category": getattr(category, "name", "") if category else "",
        "product_type": getattr(getattr(product, "product_type", None), "name", ""),
        "attributes": attributes,
    }


def build_description_messages(
    product, language_code: str = "en", tone: str = "friendly", max_words: int = 120
) -> List[dict]:
    facts = product_facts(product)
    user = (
        f"Product: {facts['name']}\n"
        f"Category: {facts['category']}\n"
        f"Type: {facts['product_type']}\n"
        f"Attributes:\n{_attributes_block(facts['attributes'])}\n\n"
        f"Write a {tone} description of at most {max_words} words in language "
        f"'{language_code}'."
    )
    return [
        {"role": "system", "content": DESCRIPTION_SYSTEM_PROMPT},
        {"role": "user", "content": user},
    ]


def build_seo_prompt(product, description: Optional[str] = None) -> str:
    facts = product_facts(product)
    return (
        f"Product name: {facts['name']}\n"
        f"Category: {facts['category']}\n"
        f"Description: {description or '(none)'}\n"
        "Return the JSON now."
    )


def build_order_note_prompt(order) -> str:
    lines = []
    for line in order.lines.all():
        lines.append(f"{line.quantity} x {line.product_name} ({line.variant_name})")
    note = getattr(order, "customer_note", "") or ""
    return (
        "Summarize this order for the warehouse team in two sentences. Flag any "
        "customer note that asks for special handling.\n\n"
        f"Lines:\n" + "\n".join(lines) + f"\n\nCustomer note: {note or '(none)'}"
    )


def build_checkout_upsell_prompt(checkout_lines: List[dict], candidates: List[str]) -> str:
    cart = "\n".join(f"- {l['quantity']} x {l['name']}" for l in checkout_lines)
    options = "\n".join(f"{i}. {name}" for i, name in enumerate(candidates, 1))
    return (
        "A shopper has this cart:\n"
        f"{cart}\n\n"
        "Pick at most two complementary products from this list and answer with "
        "their numbers separated by commas, nothing else.\n"
        f"{options}"
    )


def to_anthropic(messages: List[dict]):
    """Split an OpenAI style message list into (system, messages)."""
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest
