from napari_scope_assist._captioning import caption_image
from napari_scope_assist._llm.cerebras_backend import CerebrasParamAdvisor


def test_caption_openai_uses_registry_client(patch_provider, fake_openai, plane):
    patch_provider("openai", fake_openai)
    text = caption_image(plane, "nuclei", provider="openai")
    assert text == "fake caption"
    (call,) = fake_openai.chat.completions.calls
    assert call["messages"][1]["content"][1]["type"] == "image_url"


def test_caption_gemini(patch_provider, fake_gemini, plane):
    patch_provider("gemini", fake_gemini)
    assert caption_image(plane, "nuclei", provider="gemini") == "gemini caption"


def test_caption_ollama(patch_provider, fake_ollama, plane):
    patch_provider("ollama", fake_ollama)
    assert caption_image(plane, "x", provider="ollama") == "llava says nuclei"
    fake_ollama.chat.assert_called_once()


def test_advisor_parses_json(fake_openai):
    fake_openai.chat.completions.text = '```json\n{"sigma": 2, "threshold_method": "li"}\n```'
    advisor = CerebrasParamAdvisor(fake_openai)
    assert advisor.suggest({"mean": 1.0}, "nuclei")["sigma"] == 2


def test_direct_fake_call(fake_openai):
    resp = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "fake caption"


class _FakeTrackerLog:
    input_tokens = 0
    output_tokens = 0


def test_tracked_service_records_usage(monkeypatch):
    import asyncio
    from types import SimpleNamespace

    from napari_scope_assist._llm import clients, multi_model_service as mms_mod
    from napari_scope_assist._llm.llm_usage_tracker import LLMUsageTracker

    class _AsyncCompletions:
        async def create(self, **kwargs):
            return SimpleNamespace(
                choices=[SimpleNamespace(message=SimpleNamespace(content="ok"))],
                usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
            )

    fake = SimpleNamespace(chat=SimpleNamespace(completions=_AsyncCompletions()))
    monkeypatch.setattr(clients, "get_async_cerebras_client", lambda: fake)
    tracker = LLMUsageTracker(path=__import__("pathlib").Path("/dev/null"))
    monkeypatch.setattr(mms_mod, "llm_tracker", tracker)

    out = asyncio.run(
        mms_mod.multi_model_service.generate_response(
            prompt="hi", complexity=mms_mod.TaskComplexity.SIMPLE
        )
    )
    assert out == "ok"
    assert tracker.session_totals() == {"cerebras:llama3.1-8b": 5}
