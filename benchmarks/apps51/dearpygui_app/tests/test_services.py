import asyncio
from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from research_assistant.services import chat_service, summarizer, translator
from research_assistant.state import ChatTurn, state
from research_assistant.services.summarizer import PageChunk, PdfSummarizer, chunk_pages
from research_assistant.utils import ReportBuilder


def test_build_messages_includes_context():
    msgs = chat_service.build_messages([ChatTurn("user", "hi")], "next", context="note text")
    assert msgs[0]["role"] == "system"
    assert "note text" in msgs[0]["content"]
    assert msgs[-1] == {"role": "user", "content": "next"}


def test_send_records_history(monkeypatch):
    state.reset_chat()
    monkeypatch.setattr(chat_service, "dispatch", lambda provider, messages: "pong")
    session = chat_service.ChatSession("litellm")
    assert session.send("ping") == "pong"
    assert [t.role for t in state.history] == ["user", "assistant"]


def test_retitle_uses_backend(fake_openai):
    state.chat_backend = fake_openai
    fake_openai.chat.completions.reply = '"Attention Is All"'
    state.history[:] = [ChatTurn("user", "tell me about transformers")]
    assert chat_service.ChatSession("openai.fake").retitle() == "Attention Is All"
    state.chat_backend = None


class FakeModel:
    def generate_content(self, prompt):
        return SimpleNamespace(text=" Hallo Welt ")


def test_translate_gemini(monkeypatch):
    monkeypatch.setattr(translator.gemini_legacy, "get_model", lambda *a, **k: FakeModel())
    assert translator.translate("hello world", "German") == "Hallo Welt"


def test_tracked_path(monkeypatch):
    async def fake_generate_response(**kwargs):
        assert kwargs["task_type"] == "translate"
        return "Bonjour"

    monkeypatch.setattr(translator.multi_model_service, "generate_response", fake_generate_response)
    assert asyncio.run(translator.translate_tracked("hello", "French")) == "Bonjour"


def test_chunk_pages_respects_limit():
    pages = [PageChunk(i, "x" * 500) for i in range(1, 11)]
    chunks = chunk_pages(pages, max_chars=1200)
    assert len(chunks) == 5
    assert chunks[0].startswith("[p.1]")


def test_summarise_map_reduce(monkeypatch):
    claude = MagicMock()
    claude.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(text="- bullet")])
    oai = MagicMock()
    oai.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="final"))]
    )
    monkeypatch.setattr(summarizer, "read_pdf", lambda path: [PageChunk(i, "y" * 9000) for i in range(4)])
    s = PdfSummarizer(claude=claude, openai_client=oai)
    assert s.summarise("paper.pdf") == "final"
    assert claude.messages.create.call_count == 4
    oai.chat.completions.create.assert_called_once()


def test_report_builder():
    report = ReportBuilder.create("Paper", "short summary", ["n1", "n2"]).generate()
    assert report.startswith("# Paper")
    assert "## Note 2" in report


def test_citations_format_bibtex_is_mocked():
    from research_assistant.services import citations

    fake = MagicMock()
    fake.with_options.return_value.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(text="@article{x}")]
    )
    with patch.object(citations, "get_anthropic_client", return_value=fake):
        assert citations.format_bibtex([{"title": "x"}]) == "@article{x}"


def test_find_dois():
    from research_assistant.services.citations import find_dois

    text = "see 10.1145/3290605.3300233 and 10.1145/3290605.3300233 again"
    assert find_dois(text) == ["10.1145/3290605.3300233"]


def test_condense_history_short_is_noop():
    turns = [ChatTurn("user", str(i)) for i in range(3)]
    assert chat_service.condense_history(turns) is turns
