from decimal import Decimal
from unittest import mock

import pytest
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector

from pricewatch.items import ProductItem
from pricewatch.pipelines.validation import ValidationPipeline
from pricewatch.utils import completion, loads_model_json, parse_price


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("1.299,00 €", Decimal("1299.00")),
        ("$1,299.00", Decimal("1299.00")),
        ("19,99", Decimal("19.99")),
        (12, Decimal("12")),
        ("call for price", None),
    ],
)
def test_parse_price(raw, expected):
    assert parse_price(raw) == expected


def test_loads_model_json_strips_fences():
    assert loads_model_json('```json\n{"category": "tv"}\n```') == {"category": "tv"}


def test_completion_ratio():
    assert completion(5, 10) == 0.5
    assert completion(0, 0) == 1.0


def _pipeline():
    crawler = mock.Mock()
    return ValidationPipeline(MemoryStatsCollector(crawler))


def test_validation_drops_incomplete_items():
    with pytest.raises(DropItem):
        _pipeline().process_item(ProductItem(retailer="acme", url="https://x"), spider=None)


def test_validation_normalises_price():
    item = ProductItem(retailer="acme", sku="1", url="https://x", title="  TV  55\" ", price="€ 499,00", currency="eur")
    out = _pipeline().process_item(item, spider=None)
    assert out["price"] == Decimal("499.00")
    assert out["currency"] == "EUR"
    assert out["title"] == 'TV 55"'
