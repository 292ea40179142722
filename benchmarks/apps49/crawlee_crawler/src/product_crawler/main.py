"""Builds the crawler, wires the LLM services and runs the crawl."""

from __future__ import annotations

import logging
from datetime import timedelta

from crawlee import ConcurrencySettings, Request
from crawlee.crawlers import BeautifulSoupCrawler, PlaywrightCrawler
from openai import AsyncOpenAI

from product_crawler.config import Settings, get_settings
from product_crawler.llm import get_fireworks_client, get_genai_client
from product_crawler.llm.classifier import ProductClassifier
from product_crawler.llm.extractor import AttributeExtractor
from product_crawler.llm.fireworks import FireworksClassifier
from product_crawler.llm.gemini import GeminiSummarizer
from product_crawler.llm.summarizer import FallbackSummarizer, PageSummarizer
from product_crawler.sites import SiteConfig, split_by_crawler
from product_crawler.state import LLMServices, set_services

logger = logging.getLogger(__name__)


def build_services(settings: Settings) -> LLMServices:
    if not settings.enable_llm_in_crawl:
        fallback = FallbackSummarizer()
        return LLMServices(summarizer=fallback, classifier=_NoopClassifier())

    openai_client = AsyncOpenAI(api_key=settings.openai_api_key, max_retries=4)

    if settings.summary_provider == "gemini":
        summarizer = GeminiSummarizer(get_genai_client(), settings.gemini_model)
    else:
        summarizer = PageSummarizer(client=openai_client, model=settings.summary_model)

    if settings.classifier_model.startswith("accounts/fireworks"):
        classifier = FireworksClassifier(get_fireworks_client(), settings.classifier_model)
    else:
        classifier = ProductClassifier(model=settings.classifier_model)

    return LLMServices(
        summarizer=summarizer,
        classifier=classifier,
        extractor=AttributeExtractor(settings.extraction_model),
        openai=openai_client,
        gemini=get_genai_client(),
    )


class _NoopClassifier:
    async def classify(self, title: str, breadcrumbs: list[str], description: str) -> str:
        return "other"


def build_crawler(settings: Settings, *, browser: bool = False):
    concurrency = ConcurrencySettings(max_concurrency=settings.max_concurrency, desired_concurrency=4)
    if browser:
        from product_crawler.playwright_routes import router as pw_router

        return PlaywrightCrawler(
            request_handler=pw_router,
            headless=settings.headless,
            browser_type="chromium",
            max_requests_per_crawl=settings.max_requests_per_crawl,
            concurrency_settings=concurrency,
            request_handler_timeout=timedelta(seconds=120),
        )

    from product_crawler.routes import router

    return BeautifulSoupCrawler(
        request_handler=router,
        max_requests_per_crawl=settings.max_requests_per_crawl,
        concurrency_settings=concurrency,
        max_request_retries=2,
        request_handler_timeout=timedelta(seconds=90),
    )


async def main(start_urls: list[str] | None = None, *, browser: bool = False, skip_llm: bool = False) -> None:
    settings = get_settings()
    set_services(build_services(settings))

    crawler = build_crawler(settings, browser=browser)
    urls = start_urls or settings.start_urls
    requests = [Request.from_url(u, user_data={"skip_llm": skip_llm}) for u in urls]

    stats = await crawler.run(requests)
    logger.info("crawl finished: %s", stats)
    await crawler.export_data(f"{settings.dataset_name}.json")


def search_requests(base_url: str, keywords: list[str]) -> list[Request]:
    """Seed SEARCH requests from the merchandising keyword list."""
    from urllib.parse import quote_plus

    reqs = []
    for kw in keywords:
        url = f"{base_url.rstrip('/')}/search?q={quote_plus(kw)}"
        reqs.append(Request.from_url(url, label="SEARCH", user_data={"keyword": kw}, unique_key=f"search:{kw}"))
    return reqs


async def run_mixed(urls: list[str], *, skip_llm: bool = False) -> None:
    """Run both crawlers, routing each start URL by its SiteConfig."""
    settings = get_settings()
    set_services(build_services(settings))
    http_urls, browser_urls = split_by_crawler(urls)
    for u in urls:
        cfg = SiteConfig.for_url(u)
        logger.info("%s -> %s (provider=%s)", u, "browser" if cfg.needs_browser else "http", cfg.summary_provider)

    if http_urls:
        crawler = build_crawler(settings, browser=False)
        await crawler.run([Request.from_url(u, user_data={"skip_llm": skip_llm}) for u in http_urls])
    if browser_urls:
        crawler = build_crawler(settings, browser=True)
        await crawler.run([Request.from_url(u, user_data={"skip_llm": skip_llm}) for u in browser_urls])
