"""Handlers for the PlaywrightCrawler variant (JS-rendered shops)."""

from __future__ import annotations

from crawlee.crawlers import PlaywrightCrawlingContext
from crawlee.router import Router
from google.genai import types

from product_crawler.config import get_settings
from product_crawler.llm.gemini import describe_screenshot
from product_crawler.models import Product
from product_crawler.state import get_services

router = Router[PlaywrightCrawlingContext]()


@router.default_handler
async def listing_handler(context: PlaywrightCrawlingContext) -> None:
    await context.page.wait_for_selector("a.product-card", timeout=15_000)
    await context.enqueue_links(selector="a.product-card", label="DETAIL")
    next_button = await context.page.query_selector("button.load-more")
    if next_button:
        await next_button.click()
        await context.page.wait_for_load_state("networkidle")
        await context.enqueue_links(selector="a.product-card", label="DETAIL")


@router.handler("DETAIL")
async def detail_handler(context: PlaywrightCrawlingContext) -> None:
    page = context.page
    title = (await page.locator("h1").first.inner_text()).strip()
    description = ""
    if await page.locator("#description").count():
        description = await page.locator("#description").inner_text()

    product = Product.create(url=context.request.url, title=title, description=description)
    services = get_services()

    if len(description) < 80:
        # Thin pages: let Gemini look at the rendered page instead.
        screenshot = await page.screenshot(full_page=False, type="png")
        product.description = await describe_screenshot(screenshot, title)

    product.summary = await services.summarizer.summarize(title, product.description)
    product.category = await services.classifier.classify(title, [], product.description)

    if services.gemini is not None and context.request.user_data.get("want_tags"):
        tag_resp = await services.gemini.aio.models.generate_content(
            model=get_settings().gemini_model,
            contents=f"Give 5 comma-separated search tags for: {title}\n{product.description[:2000]}",
            config=types.GenerateContentConfig(temperature=0.4, max_output_tokens=64),
        )
        tags = [t.strip() for t in (tag_resp.text or "").split(",") if t.strip()]
        await context.push_data({**product.to_record(), "tags": tags})
        return

    await context.push_data(product.to_record())
