from __future__ import annotations

from dataclasses import dataclass, field

_TENANTS: dict[str, "Tenant"] = {}


@dataclass
class Tenant:
    slug: str
    plan: str = "standard"
    byo_openai_key: str | None = None
    monthly_budget_usd: float = 200.0
    features: set[str] = field(default_factory=set)


async def lookup_tenant(slug: str) -> Tenant:
    # TODO(DP-377): read from postgres once the tenants table lands
    return _TENANTS.setdefault(slug, Tenant(slug=slug))
