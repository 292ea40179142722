from types import SimpleNamespace
from unittest.mock import MagicMock

from docproc.services.summarizer import DocumentSummarizer


def _chat_response(text):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


def test_single_chunk_skips_reduce():
    openai_client = MagicMock()
    openai_client.chat.completions.create.return_value = _chat_response(" short summary ")
    anthropic_client = MagicMock()

    summarizer = DocumentSummarizer(openai_client=openai_client, anthropic_client=anthropic_client)
    out = summarizer.summarize_document(["only chunk"], filename="lease.pdf")

    assert out == "short summary"
    anthropic_client.messages.create.assert_not_called()


def test_reduce_uses_claude():
    openai_client = MagicMock()
    openai_client.chat.completions.create.return_value = _chat_response("part")
    anthropic_client = MagicMock()
    anthropic_client.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text="combined")], stop_reason="end_turn"
    )

    summarizer = DocumentSummarizer(openai_client=openai_client, anthropic_client=anthropic_client)
    assert summarizer.summarize_document(["a", "b"], filename="msa.pdf") == "combined"
