"""Request handlers for the BeautifulSoup crawler."""

from __future__ import annotations

from crawlee.crawlers import BeautifulSoupCrawlingContext
from crawlee.router import Router

from product_crawler.llm.clients import get_async_openai_client
from product_crawler.models import Product
from product_crawler.state import get_services
from product_crawler.utils.retry import with_retries
from product_crawler.utils.text import breadcrumbs, clean_text, first_text, image_urls

router = Router[BeautifulSoupCrawlingContext]()

PRODUCT_LINK_SELECTORS = "a.product-card, a.product-tile__link, li.product a[href*='/p/']"
NEXT_PAGE_SELECTORS = "a[rel=next], a.pagination__next"


@router.default_handler
async def listing_handler(context: BeautifulSoupCrawlingContext) -> None:
    """Category/listing pages: enqueue products and the next page."""
    context.log.info(f"Listing {context.request.url}")
    await context.enqueue_links(selector=PRODUCT_LINK_SELECTORS, label="DETAIL")
    await context.enqueue_links(selector=NEXT_PAGE_SELECTORS, label="LISTING")


@router.handler("LISTING")
async def paginated_listing_handler(context: BeautifulSoupCrawlingContext) -> None:
    await listing_handler(context)


@router.handler("DETAIL")
async def detail_handler(context: BeautifulSoupCrawlingContext) -> None:
    soup = context.soup
    url = context.request.loaded_url or context.request.url
    title = first_text(soup, "h1.product-title", "h1[itemprop=name]", "h1") or ""
    if not title:
        context.log.warning(f"No title on {url}, skipping")
        return

    description = clean_text(soup, "#product-description, .product-description, [itemprop=description]")
    product = Product.create(
        url=url,
        title=title,
        price_text=first_text(soup, "[itemprop=price]", ".price__current", ".price"),
        breadcrumbs=breadcrumbs(soup),
        description=description,
        image_urls=image_urls(soup, url),
    )

    services = get_services()
    if context.request.user_data.get("skip_llm"):
        await context.push_data(product.to_record())
        return

    page_text = clean_text(soup)
    product.summary = await with_retries(services.summarizer.summarize, title, page_text)
    product.category = await services.classifier.classify(title, product.breadcrumbs, description)
    if services.extractor is not None:
        product.attributes = await services.extractor.extract(url, page_text)
    services.bump("detail_llm")

    await context.push_data(product.to_record())


@router.handler("REVIEWS")
async def reviews_handler(context: BeautifulSoupCrawlingContext) -> None:
    """Review pages: we only keep a sentiment digest, not the raw reviews."""
    reviews = [r.get_text(" ", strip=True) for r in context.soup.select(".review__body")][:40]
    if not reviews:
        return
    services = get_services()
    client = services.openai or get_async_openai_client()

    flagged = await client.moderations.create(model="omni-moderation-latest", input=reviews)
    clean_reviews = [r for r, res in zip(reviews, flagged.results) if not res.flagged]

    digest = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise customer sentiment in 2 sentences, then list top 3 complaints."},
            {"role": "user", "content": "\n---\n".join(clean_reviews)},
        ],
        max_tokens=200,
    )
    await context.push_data(
        {
            "url": context.request.url,
            "product_url": context.request.user_data.get("product_url"),
            "review_digest": digest.choices[0].message.content,
            "reviews_seen": len(reviews),
            "reviews_flagged": len(reviews) - len(clean_reviews),
        },
        dataset_name="reviews",
    )


@router.handler("SEARCH")
async def search_results_handler(context: BeautifulSoupCrawlingContext) -> None:
    """Site-search result pages, seeded from the keyword list. Only product links matter here."""
    keyword = context.request.user_data.get("keyword", "")
    links = context.soup.select(PRODUCT_LINK_SELECTORS)
    context.log.info(f"search '{keyword}': {len(links)} results on {context.request.url}")
    await context.enqueue_links(selector=PRODUCT_LINK_SELECTORS, label="DETAIL", user_data={"keyword": keyword})
    if len(links) >= 20:
        await context.enqueue_links(selector=NEXT_PAGE_SELECTORS, label="SEARCH", user_data={"keyword": keyword})


@router.handler("SPEC_PDF")
async def spec_pdf_handler(context: BeautifulSoupCrawlingContext) -> None:
    """Some shops only list specs in a PDF; we keep the link and let post-processing fetch it."""
    pdf_links = [a["href"] for a in context.soup.select("a[href$='.pdf']") if a.get("href")]
    await context.push_data(
        {"url": context.request.url, "spec_pdfs": pdf_links[:5]},
        dataset_name="spec-sheets",
    )
