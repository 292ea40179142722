from unittest import mock

import pytest

from mkdocs_ai_docs.config import AiDocsConfig
from mkdocs_ai_docs.plugin import AiDocsPlugin
from tests.fakes import FakeBackend


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    p = AiDocsPlugin()
    errors, warnings = p.load_config(
        {"provider": "openai", "summaries": True, "cache_dir": str(tmp_path / "c"), "exclude": ["changelog.md"]}
    )
    assert errors == []
    monkeypatch.setattr("mkdocs_ai_docs.plugin.get_backend", lambda *a, **k: FakeBackend())
    monkeypatch.setattr("mkdocs_ai_docs.plugin.clients.get_openai_client", lambda *a, **k: mock.MagicMock())
    return p


def _mkdocs_config(tmp_path):
    cfg = mock.MagicMock()
    cfg.config_file_path = str(tmp_path / "mkdocs.yml")
    cfg.docs_dir = str(tmp_path / "docs")
    return cfg


def test_config_schema_defaults():
    cfg = AiDocsConfig()
    errors, _ = cfg.load_dict({})
    assert cfg.validate() == ([], [])
    assert cfg["provider"] == "openai"


def test_page_gets_summary(plugin, tmp_path, monkeypatch):
    plugin.on_config(_mkdocs_config(tmp_path))
    monkeypatch.setattr(plugin.summarizer, "summarize", lambda md, uri: "Sum.")
    page = mock.MagicMock()
    page.meta = {}
    page.file.src_uri = "index.md"
    out = plugin.on_page_markdown("# Title\n\nBody", page, None, None)
    assert '!!! abstract "Summary"' in out
    assert "Sum." in out


def test_excluded_page_untouched(plugin, tmp_path):
    plugin.on_config(_mkdocs_config(tmp_path))
    page = mock.MagicMock()
    page.meta = {}
    page.file.src_uri = "changelog.md"
    assert plugin.on_page_markdown("# Changes", page, None, None) == "# Changes"


def test_llms_txt_written(plugin, tmp_path):
    plugin.on_config(_mkdocs_config(tmp_path))
    plugin._clients["openai"].responses.create.return_value.output_text = "Intro."
    plugin._summaries = {"index.md": "Home page."}
    cfg = mock.MagicMock(site_name="Site", site_url="https://x.example/")
    plugin._write_llms_txt(cfg, tmp_path)
    assert "Intro." in (tmp_path / "llms.txt").read_text()
    plugin._clients["openai"].responses.create.assert_called_once()
