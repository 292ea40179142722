import pytest

from services.costs import estimate_cost
from services.notify import ProgressTracker, ReportBuilder
from services.prompts import build_messages, chunk_text, render_prompt, to_anthropic
from services.registry import PROVIDERS, get_provider
from tests.fakes import FakeOpenAI



def test_all_providers_registered():
    assert {"openai", "anthropic", "gemini", "together", "fireworks"} <= set(PROVIDERS)


def test_unknown_provider():
    with pytest.raises(ValueError):
        get_provider("nope")


@pytest.mark.asyncio
async def test_openai_provider_uses_default_model(fake_openai):
    out = await get_provider("openai")([{"role": "user", "content": "hi"}])
    assert out == "fake answer"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


@pytest.mark.asyncio
async def test_anthropic_provider_splits_system(fake_anthropic):
    await get_provider("anthropic")(
        [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi"}]
    )
    call = fake_anthropic.messages.calls[0]
    assert call["system"] == "be nice"
    assert call["messages"] == [{"role": "user", "content": "hi"}]


@pytest.mark.asyncio
async def test_fake_client_records_direct_calls():
    fake = FakeOpenAI("x")
    resp = await fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"
    assert len(fake.chat.completions.calls) == 1


def test_render_prompt_substitutes():
    assert "Spanish" in render_prompt("translate", language="Spanish")


def test_chunking_overlap():
    chunks = chunk_text("a" * 13000, size=6000, overlap=200)
    assert len(chunks) == 3


def test_to_anthropic_roundtrip():
    system, rest = to_anthropic(build_messages("sys", "hello"))
    assert system == "sys"
    assert rest == [{"role": "user", "content": "hello"}]


def test_cost():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_progress_completion():
    p = ProgressTracker(total=4)
    p.advance(2)
    assert p.completion() == 0.5


def test_report_generate():
    text = ReportBuilder("R").add("A", "b").generate()
    assert text.startswith("# R")


@pytest.mark.asyncio
async def test_gemini_provider_flattens_messages(monkeypatch):
    from tests.fakes import FakeGenai

    fake = FakeGenai("hola")
    monkeypatch.setattr("services.registry.get_genai", lambda: fake)
    out = await get_provider("gemini")(
        [{"role": "system", "content": "s"}, {"role": "user", "content": "hello"}]
    )
    assert out == "hola"
    assert "user: hello" in fake.aio.models.calls[0]["contents"]


@pytest.mark.asyncio
async def test_multi_model_service_records_usage(monkeypatch, fake_openai):
    from services import multi_model_service as mms
    from services.llm_usage_tracker import llm_tracker

    monkeypatch.setattr(mms, "get_openai", lambda: fake_openai)
    before = len(llm_tracker.recent(1000))
    out = await mms.multi_model_service.generate_response("hi", task_type="test")
    assert out == "fake answer"
    assert len(llm_tracker.recent(1000)) == before + 1
    assert llm_tracker.recent(1)[0].input_tokens == 10
