from types import SimpleNamespace
from unittest import mock

import pytest

from saleor_ai_content.plugin import AIContentPlugin
from saleor_ai_content.plugin_config import DEFAULT_CONFIGURATION
from saleor_ai_content.utils import SlugGenerator, TextCompletion


def make_plugin(**overrides):
    configuration = [dict(item) for item in DEFAULT_CONFIGURATION]
    for item in configuration:
        if item["name"] in overrides:
            item["value"] = overrides[item["name"]]
    return AIContentPlugin(configuration=configuration, active=True, manager=mock.Mock())


@pytest.mark.django_db
def test_product_created_queues_task():
    plugin = make_plugin(generate_on_product_created=True)
    product = SimpleNamespace(pk=5, description=None)
    with mock.patch("saleor_ai_content.tasks.generate_product_descriptions_task.delay") as delay:
        assert plugin.product_created(product, "prev") == "prev"
    delay.assert_called_once_with([5], provider="openai")


def test_checkout_updated_returns_previous_value_when_disabled():
    plugin = make_plugin(checkout_upsell=False)
    assert plugin.checkout_updated(mock.Mock(), previous_value=None) is None


def test_order_created_swallows_errors(fake_anthropic):
    plugin = make_plugin(summarize_orders=True)
    plugin.__dict__["anthropic_client"] = fake_anthropic
    with mock.patch(
        "saleor_ai_content.services.order_notes.attach_warehouse_note", side_effect=RuntimeError
    ):
        assert plugin.order_created(mock.Mock(pk=1), "prev") == "prev"


def test_explain_product_uses_openai_client(fake_openai):
    plugin = make_plugin()
    plugin.__dict__["openai_client"] = fake_openai
    product = SimpleNamespace(name="Mug", description_plaintext="", category=None, pk=1)
    assert plugin.explain_product_for_support(product) == "Generated description."


def test_slug_generator_and_completion():
    assert SlugGenerator().generate("Żółta Koszulka", existing=["zota-koszulka"]) == "zota-koszulka-2"
    assert TextCompletion(["Red", "Rose", "Blue"]).completion("r") == ["Red", "Rose"]
