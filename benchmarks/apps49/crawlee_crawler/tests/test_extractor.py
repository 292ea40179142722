from types import SimpleNamespace
from unittest.mock import AsyncMock, patch

from product_crawler.llm.extractor import AttributeExtractor
from product_crawler.models import ProductAttributes


async def test_extract_returns_parsed_model():
    parsed = ProductAttributes(brand="Acme", price=39.99, currency="EUR")
    completion = SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(refusal=None, parsed=parsed))])
    with patch("product_crawler.llm.extractor.get_async_openai_client") as getter:
        getter.return_value.chat.completions.parse = AsyncMock(return_value=completion)
        extractor = AttributeExtractor()
        got = await extractor.extract("https://shop.example.com/p/1", "Acme kettle 39,99 EUR")
    assert got.brand == "Acme"
    assert got.price == 39.99


async def test_extract_refusal_returns_none():
    completion = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(refusal="no", parsed=None))]
    )
    with patch("product_crawler.llm.extractor.get_async_openai_client") as getter:
        getter.return_value.chat.completions.parse = AsyncMock(return_value=completion)
        assert await AttributeExtractor().extract("u", "t") is None


def test_extraction_cache_roundtrip(tmp_path):
    from product_crawler.llm.extractor import ExtractionCache

    path = tmp_path / "cache.json"
    cache = ExtractionCache(str(path))
    cache.put("u", "t", {"brand": "Acme"})
    cache.flush()
    again = ExtractionCache(str(path))
    assert again.get("u", "t") == {"brand": "Acme"}
    assert again.get("u", "other") is None
