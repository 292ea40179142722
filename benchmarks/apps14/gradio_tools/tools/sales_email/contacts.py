"""Contact autocomplete for the prospect dropdown."""
from __future__ import annotations

from functools import lru_cache
from typing import List

from .crm import HubSpot


@lru_cache(maxsize=1)
def _hubspot() -> HubSpot:
    return HubSpot()


@lru_cache(maxsize=512)
def completion(prefix: str, limit: int = 8) -> List[str]:
    """Return 'First Last — Company <email>' strings that start with prefix."""
    prefix = prefix.strip()
    if len(prefix) < 2:
        return []
    out = []
    for c in _hubspot().search_contacts(prefix, limit=limit):
        name = f"{c.get('firstname') or ''} {c.get('lastname') or ''}".strip()
        out.append(f"{name} — {c.get('company') or '?'} <{c.get('email')}>")
    return out


def parse_choice(choice: str) -> dict:
    name, _, rest = choice.partition(" — ")
    company, _, email = rest.partition(" <")
    first, _, last = name.partition(" ")
    return {"firstname": first, "lastname": last, "company": company, "email": email.rstrip(">")}
