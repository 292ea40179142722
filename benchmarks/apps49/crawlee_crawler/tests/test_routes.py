from bs4 import BeautifulSoup

from product_crawler.routes import detail_handler, listing_handler, reviews_handler
from tests.fakes import FakeContext

DETAIL_HTML = """
<html><body>
<nav class="breadcrumb"><a>Home</a><a>Kitchen</a><a>Kettles</a></nav>
<h1 class="product-title">  Steel   Kettle 1.7L </h1>
<span itemprop="price">39,99 €</span>
<div id="product-description">Brushed steel kettle. Boils 1.7 litres in 4 minutes.</div>
</body></html>
"""


async def test_listing_enqueues_details():
    ctx = FakeContext(BeautifulSoup("<html></html>", "html.parser"), "https://shop.example.com/c/1")
    await listing_handler(ctx)
    assert ctx.enqueued[0]["label"] == "DETAIL"
    assert ctx.enqueued[1]["label"] == "LISTING"


async def test_detail_pushes_enriched_product(services, fake_openai, fake_anthropic):
    ctx = FakeContext(BeautifulSoup(DETAIL_HTML, "html.parser"), "https://shop.example.com/p/kettle")
    await detail_handler(ctx)
    record = ctx.pushed[0]
    assert record["title"] == "Steel Kettle 1.7L"
    assert record["summary"] == "A sturdy kettle."
    assert record["category"] == "home_and_kitchen"
    assert record["breadcrumbs"] == ["Kitchen", "Kettles"]
    assert len(fake_openai.chat.completions.calls) == 1


async def test_detail_skip_llm(services, fake_openai):
    ctx = FakeContext(
        BeautifulSoup(DETAIL_HTML, "html.parser"), "https://shop.example.com/p/kettle", {"skip_llm": True}
    )
    await detail_handler(ctx)
    assert "summary" not in ctx.pushed[0]
    assert fake_openai.chat.completions.calls == []


async def test_reviews_digest(services, fake_openai):
    html = "<div class='review__body'>Great</div><div class='review__body'>Leaks</div>"
    ctx = FakeContext(BeautifulSoup(html, "html.parser"), "https://shop.example.com/p/kettle/reviews")
    await reviews_handler(ctx)
    assert ctx.pushed[0]["reviews_seen"] == 2


async def test_search_handler_passes_keyword(services):
    html = "".join(f"<a class='product-card' href='/p/{i}'>x</a>" for i in range(3))
    ctx = FakeContext(
        BeautifulSoup(html, "html.parser"), "https://shop.example.com/search?q=kettle", {"keyword": "kettle"}
    )
    from product_crawler.routes import search_results_handler

    await search_results_handler(ctx)
    assert ctx.enqueued == [
        {"selector": ctx.enqueued[0]["selector"], "label": "DETAIL", "user_data": {"keyword": "kettle"}}
    ]


def test_site_config_routing():
    from product_crawler.sites import SiteConfig, split_by_crawler

    assert SiteConfig.for_url("https://www.gadgets.example.de/x").needs_browser
    http_urls, browser_urls = split_by_crawler(["https://shop.example.com/c", "https://gadgets.example.de/c"])
    assert http_urls == ["https://shop.example.com/c"]
    assert browser_urls == ["https://gadgets.example.de/c"]


def test_legacy_pipeline_uses_backend(monkeypatch):
    from product_crawler.legacy import old_summarizer

    monkeypatch.setitem(old_summarizer.BACKENDS, "openai", lambda text: "stub summary")
    monkeypatch.setattr(old_summarizer, "one_line_blurb", lambda title: "stub blurb")
    pipe = old_summarizer.LegacySummaryPipeline(min_chars=5)
    item = pipe.process_item({"title": "Kettle", "description": "A long enough description"})
    assert item["summary"] == "stub summary" and item["blurb"] == "stub blurb"
