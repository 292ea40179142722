"""State-level tests: call event handlers directly with clients patched."""
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from studio.backend.services import multi_model_service as mms
from studio.backend.services.registry import CHAT_PROVIDERS, picker_options, resolve


def test_picker_lists_every_model():
    opts = picker_options()
    assert len(opts) == sum(len(p.models) for p in CHAT_PROVIDERS.values())


def test_resolve_unknown_falls_back_to_openai(monkeypatch, fake_openai):
    monkeypatch.setattr(CHAT_PROVIDERS["openai"], "factory", lambda: fake_openai, raising=False)
    client, model = resolve("nope", "whatever")
    assert model == CHAT_PROVIDERS["openai"].default_model


@pytest.mark.asyncio
async def test_generate_response_routes_and_tracks():
    fake = MagicMock()
    fake.choices = [MagicMock(message=MagicMock(content="hi"))]
    fake.usage = MagicMock(prompt_tokens=3, completion_tokens=1)
    with patch.object(mms.litellm, "acompletion", AsyncMock(return_value=fake)) as acomp:
        out = await mms.multi_model_service.generate_response("hello", task_type="seo")
    assert out == "hi"
    assert acomp.await_args.kwargs["model"].startswith("groq/")


@pytest.mark.asyncio
async def test_moderation_blocklist(monkeypatch):
    from studio.backend.services import moderation

    result_obj = MagicMock(flagged=False)
    result_obj.categories.model_dump.return_value = {"violence": False}
    client = MagicMock()
    client.moderations.create = AsyncMock(return_value=MagicMock(results=[result_obj]))
    monkeypatch.setattr(moderation, "get_openai", lambda: client)
    res = await moderation.moderate("Guaranteed results in a week!")
    assert res.flagged
    assert res.blocklist_hits == ["guaranteed results"]
