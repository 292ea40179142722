import pytest

from app.services import summarizer as summarizer_mod
from app.services.summarizer import DocumentSummarizer, chunk_text
from tests.fakes import FakeAnthropic


def test_chunking_keeps_paragraphs():
    text = "\n\n".join("p" * 3000 for _ in range(5))
    chunks = chunk_text(text, size=7000)
    assert len(chunks) == 3


def test_short_doc_single_call():
    fake = FakeAnthropic(reply="short")
    s = DocumentSummarizer(fake, {"ANTHROPIC_MODEL": "m"})
    assert s.summarize("tiny") == "short"
    assert len(fake.messages.calls) == 1


def test_long_doc_map_reduce(monkeypatch):
    monkeypatch.setattr(summarizer_mod, "CHUNK_CHARS", 10)
    fake = FakeAnthropic(reply="part")
    s = DocumentSummarizer(fake, {"ANTHROPIC_MODEL": "m"}, max_workers=1)
    s.summarize("aaaa\n\nbbbbbbbbbbbb\n\ncccccccccccc")
    assert len(fake.messages.calls) >= 3


@pytest.mark.asyncio
async def test_moderation_escalates(monkeypatch):
    from app.services import moderation_service as ms
    from tests.fakes import FakeOpenAI

    async def fake_generate(**kwargs):
        return "block"

    monkeypatch.setattr(ms.multi_model_service, "generate_response", fake_generate)
    verdict = await ms.ModerationService(FakeOpenAI(top=0.5)).check("hmm")
    assert verdict.escalated and verdict.flagged


def test_cost_calculator_completion_is_pure():
    from decimal import Decimal

    from app.services.cost import CostCalculator

    calc = CostCalculator({"m": (Decimal("1"), Decimal("2"))})
    row = {"model": "m", "input_tokens": 1_000_000, "output_tokens": 500_000}
    assert calc.completion(row) == Decimal("2")


def test_estimate_tokens_uses_fake():
    fake = FakeAnthropic()
    s = DocumentSummarizer(fake, {"ANTHROPIC_MODEL": "m"})
    assert s.estimate_input_tokens("whatever") == 42
