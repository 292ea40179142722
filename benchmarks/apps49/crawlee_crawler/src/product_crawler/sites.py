"""Per-shop overrides: selectors, start URLs, and which LLM features to run.

Populated by hand as we onboard shops. `SiteConfig.for_url` is used by main.py and the handlers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlparse


@dataclass(frozen=True)
class SiteConfig:
    domain: str
    product_links: str = "a.product-card"
    next_page: str = "a[rel=next]"
    title: tuple[str, ...] = ("h1",)
    price: tuple[str, ...] = ("[itemprop=price]", ".price")
    description: str = "#product-description"
    needs_browser: bool = False
    summary_provider: str | None = None
    extract_attributes: bool = True
    max_pages: int | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_url(cls, url: str) -> "SiteConfig":
        host = urlparse(url).netloc.lower().removeprefix("www.")
        return SITES.get(host, cls(domain=host))


SITES: dict[str, SiteConfig] = {
    "shop.example.com": SiteConfig(
        domain="shop.example.com",
        product_links="a.product-tile__link",
        next_page="a.pagination__next",
        title=("h1.product-title",),
        price=(".price__current",),
    ),
    "kitchenworld.example": SiteConfig(
        domain="kitchenworld.example",
        product_links="li.product a[href*='/p/']",
        description=".pdp-description",
        summary_provider="gemini",
    ),
    "gadgets.example.de": SiteConfig(
        domain="gadgets.example.de",
        needs_browser=True,
        product_links="a[data-test=product-link]",
        title=("h1[data-test=product-name]",),
        price=("[data-test=price]",),
        headers={"Accept-Language": "de-DE,de;q=0.9"},
    ),
    "outdoorsupply.example": SiteConfig(
        domain="outdoorsupply.example",
        product_links="div.grid a.card",
        extract_attributes=False,
        max_pages=40,
    ),
    "beautyhaus.example": SiteConfig(
        domain="beautyhaus.example",
        summary_provider="fireworks",
        description="section.product-info",
    ),
}


def browser_domains() -> set[str]:
    return {d for d, cfg in SITES.items() if cfg.needs_browser}


def split_by_crawler(urls: list[str]) -> tuple[list[str], list[str]]:
    """Return (http_urls, browser_urls)."""
    http_urls, browser_urls = [], []
    for u in urls:
        (browser_urls if SiteConfig.for_url(u).needs_browser else http_urls).append(u)
    return http_urls, browser_urls
