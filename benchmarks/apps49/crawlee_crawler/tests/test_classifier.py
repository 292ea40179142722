from unittest.mock import AsyncMock, MagicMock

from product_crawler.llm.classifier import ProductClassifier
from product_crawler.llm.prompts import normalise_category
from tests.fakes import FakeAsyncAnthropic


async def test_classifier_caches():
    fake = FakeAsyncAnthropic("Electronics")
    clf = ProductClassifier(client=fake)
    assert await clf.classify("TV", ["Video"], "55 inch") == "electronics"
    assert await clf.classify("TV", ["Video"], "55 inch") == "electronics"
    assert len(fake.messages.calls) == 1


async def test_classifier_with_magicmock():
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=MagicMock(content=[MagicMock(type="text", text="toys_games")])
    )
    clf = ProductClassifier(client=client)
    result = await clf.classify("Lego set", [], "bricks")
    assert result == "toys_games"
    client.messages.create.assert_awaited_once()


def test_normalise_category_unknown():
    assert normalise_category("Spaceships.") == "other"
    assert normalise_category("Home and Kitchen") == "home_and_kitchen"
