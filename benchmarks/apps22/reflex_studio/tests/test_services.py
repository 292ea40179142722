import pytest

from studio.backend.services.brand_voice import BrandVoiceWriter, CopyRequest
from studio.backend.services.image_gen import ImageService
from studio.backend.services.seo_service import TitleIdeas, clamp_meta
from studio.backend.services.translation import Localizer


@pytest.mark.asyncio
async def test_write_splits_variants(fake_anthropic):
    writer = BrandVoiceWriter(fake_anthropic, model="claude-test")
    variants = await writer.write(CopyRequest(topic="webinars", variants=2))
    assert variants == ["Draft one", "Draft two"]
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"


@pytest.mark.asyncio
async def test_stream_yields_text(fake_anthropic):
    writer = BrandVoiceWriter(fake_anthropic)
    out = "".join([piece async for piece in writer.stream(CopyRequest(topic="x"))])
    assert "Draft" in out


@pytest.mark.asyncio
async def test_localizer_uses_injected_client(fake_openai):
    loc = Localizer(fake_openai, model="fw-test")
    result = await loc.translate_all("Hello", ["de", "fr"])
    assert set(result) == {"de", "fr"}
    assert all(c["model"] == "fw-test" for c in fake_openai.completions.calls)


@pytest.mark.asyncio
async def test_fake_client_direct(fake_openai):
    resp = await fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "Hello there"


@pytest.mark.asyncio
async def test_image_service_preview(fake_replicate):
    svc = ImageService(client=fake_replicate, model="owner/model")
    urls = await svc.generate_now("a cat", "landscape", n=2)
    assert len(urls) == 2
    assert fake_replicate.runs[0][1]["aspect_ratio"] == "16:9"


def test_image_service_job(fake_replicate):
    svc = ImageService(client=fake_replicate, model="owner/model")
    job = svc.start_job("a dog")
    assert job.prediction_id == "p_123"
    assert svc.poll(job.prediction_id).urls == ["https://x/1.webp"]
    assert svc.describe_model()["owner"] == "owner"


def test_clamp_meta():
    assert clamp_meta("  a   b  ") == "a b"
    assert len(clamp_meta("word " * 100)) <= 155


def test_title_ideas_generate_is_templated():
    ideas = TitleIdeas(n=3).generate("ABM")
    assert ideas[0] == "How to ABM in 2025"
