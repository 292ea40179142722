from product_crawler.llm.extractor import parse_price
from product_crawler.llm.prompts import build_classification_prompt, truncate
from product_crawler.utils.text import SlugGenerator


def test_truncate_keeps_head_and_tail():
    text = "a" * 100 + "b" * 100
    out = truncate(text, 50)
    assert out.startswith("a") and out.endswith("b") and "[...]" in out


def test_classification_prompt_without_breadcrumbs():
    assert "Breadcrumbs: (none)" in build_classification_prompt("x", [], "y")


def test_parse_price_formats():
    assert parse_price("39,99 €") == 39.99
    assert parse_price("$1.299.00") == 1299.0
    assert parse_price(None) is None


def test_slugs_are_unique():
    gen = SlugGenerator()
    assert gen.generate("Steel Kettle") == "p-steel-kettle"
    assert gen.generate("Steel Kettle") == "p-steel-kettle-2"
