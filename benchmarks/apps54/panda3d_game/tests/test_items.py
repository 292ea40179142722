from unittest import mock

from game import items


def test_item_create_default_name():
    item = items.Item.create("eel_oil", kind="consumable")
    assert item.name == "Eel Oil"


def test_describe_is_cached(tmp_path, monkeypatch):
    monkeypatch.setattr(items, "DESC_CACHE", tmp_path / "d.json")
    fake = mock.MagicMock()
    fake.models.generate_content.return_value.text = "  Smells of the lake.  "
    monkeypatch.setattr(items, "get_genai_client", lambda: fake)
    describer = items.ItemDescriber()
    item = items.Item.create("eel_oil", kind="consumable")
    assert describer.describe(item) == "Smells of the lake."
    assert describer.describe(item) == "Smells of the lake."
    assert fake.models.generate_content.call_count == 1
