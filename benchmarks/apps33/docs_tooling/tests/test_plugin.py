from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock, patch

import pytest

from mkdocs_ai_summaries.plugin import AISummariesPlugin


@pytest.fixture
def plugin(tmp_path, fake_openai):
    p = AISummariesPlugin()
    p.load_config({"cache_dir": str(tmp_path / "cache"), "alt_text": False, "llms_txt": False})
    with patch("mkdocs_ai_summaries.plugin.get_openai_client", return_value=fake_openai):
        p.on_config({"docs_dir": str(tmp_path), "site_dir": str(tmp_path / "site"), "site_name": "t"})
    return p


def _page(src="guide/index.md", title="Guide"):
    return SimpleNamespace(
        url="guide/", title=title, meta={}, file=SimpleNamespace(src_uri=src, name="index")
    )


def test_page_gets_description(plugin):
    page = _page()
    plugin.on_page_markdown("# Guide\n\nSome text", page=page, config={}, files=[])
    assert page.meta["description"] == "A short summary."


def test_excluded_pages_untouched(plugin):
    plugin.config.exclude = ["changelog/*"]
    page = _page(src="changelog/2024.md")
    plugin.on_page_markdown("text", page=page, config={}, files=[])
    assert "description" not in page.meta


def test_keywords_use_chat_completions(plugin):
    plugin.config.keywords = True
    plugin.client = MagicMock()
    plugin.client.chat.completions.create.return_value.choices = [
        SimpleNamespace(message=SimpleNamespace(content='{"keywords": ["a", "b"]}'))
    ]
    page = _page()
    page.meta["description"] = "already there"
    plugin.on_page_markdown("text", page=page, config={}, files=[])
    assert page.meta["keywords"] == ["a", "b"]
    plugin.client.chat.completions.create.assert_called_once()


def test_gateway_mode(plugin):
    plugin.config.use_gateway = True

    async def fake_generate(**kwargs):
        return "from gateway"

    with patch("mkdocs_ai_summaries.plugin.multi_model_service") as svc:
        svc.generate_response.side_effect = fake_generate
        page = _page()
        plugin.on_page_markdown("text", page=page, config={}, files=[])
    assert page.meta["description"] == "from gateway"
