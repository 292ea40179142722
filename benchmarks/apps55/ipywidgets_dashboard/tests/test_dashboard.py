from unittest import mock

import pytest


@pytest.fixture
def patched_clients(monkeypatch):
    for name in ("get_openai_client", "get_async_openai_client", "get_anthropic_client",
                 "get_genai_client", "get_mistral_client"):
        monkeypatch.setattr(f"dashboard.state.{name}", mock.MagicMock())


def test_backend_dropdown_updates_sql_writer(patched_clients, tmp_path):
    from dashboard import Dashboard, DashboardConfig

    cfg = DashboardConfig(data_dir=tmp_path, enable_chat_panel=False)
    dash = Dashboard(cfg)
    dash.backend_dd.value = "mistral"
    assert dash.state.services["sql"].backend_name == "mistral"


def test_chat_panel_streams(monkeypatch):
    from dashboard.widgets.chat_panel import ChatPanel

    client = mock.MagicMock()
    client.messages.stream.return_value.__enter__.return_value.text_stream = iter(["Hel", "lo"])
    monkeypatch.setattr("dashboard.widgets.chat_panel.moderate", lambda text: False)
    panel = ChatPanel(client=client, model="claude-test")
    panel.messages = [{"role": "user", "content": "hi"}]
    panel._respond()
    assert panel.messages[-1]["content"] == "Hello"
