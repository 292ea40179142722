from unittest.mock import MagicMock, patch

from algos import summarize
from algos.summarize import summarize_documents, summarize_one


def test_single_chunk_uses_chat(fake_openai):
    out = summarize_one("short document", provider="openai")
    assert out.startswith("- point one")
    assert len(fake_openai.chat.completions.calls) == 1


def test_claude_provider(monkeypatch):
    client = MagicMock()
    client.messages.create.return_value.content = [MagicMock(text="claude summary")]
    monkeypatch.setattr(summarize, "get_anthropic_client", lambda: client)
    assert summarize_one("doc", provider="anthropic") == "claude summary"
    client.messages.create.assert_called_once()


def test_task_survives_errors(monkeypatch):
    monkeypatch.setattr(summarize, "summarize_one", MagicMock(side_effect=RuntimeError("boom")))
    out = summarize_documents([{"id": "1", "name": "a.txt", "text": "x"}], {"provider": "openai"})
    assert out[0]["summary"].startswith("[error")


@patch("algos.summarize.multi_model_service")
def test_tracked_path(mms, monkeypatch):
    monkeypatch.setattr(summarize.settings.__class__, "use_tracked_service", True, raising=False)

    async def fake_generate(**kwargs):
        return "tracked summary"

    mms.generate_response.side_effect = fake_generate
    out = summarize_documents([{"id": "1", "name": "a.txt", "text": "x"}], {"provider": "tracked"})
    assert out[0]["summary"] == "tracked summary"
