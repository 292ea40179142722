import asyncio
from unittest.mock import AsyncMock, MagicMock

import pytest

import vision


def test_is_nothing():
    assert vision.is_nothing("NOTHING.")
    assert not vision.is_nothing("A man with a parcel")


def test_describe_ollama_passes_image():
    aclient = MagicMock()
    aclient.chat = AsyncMock(return_value={"message": {"content": " A cat on the fence "}})
    text = asyncio.run(vision.describe_ollama(aclient, b"\xff\xd8jpeg"))
    assert text == "A cat on the fence"
    kwargs = aclient.chat.call_args.kwargs
    assert kwargs["messages"][0]["images"] == [b"\xff\xd8jpeg"]


def test_describe_openai_uses_responses_api():
    aclient = MagicMock()
    aclient.responses.create = AsyncMock(return_value=MagicMock(output_text="Car in driveway"))
    text = asyncio.run(vision.describe_openai(aclient, b"img"))
    assert text == "Car in driveway"
    assert aclient.responses.create.await_count == 1


@pytest.mark.parametrize("reply,expected", [('{"intent": "control"}', "control"), ("garbage", "smalltalk")])
def test_classify(monkeypatch, reply, expected):
    import intent_handler

    monkeypatch.setattr(intent_handler, "make_async_groq_client", lambda key=None: MagicMock())
    from fakes import FakeHub

    app = intent_handler.VoiceIntentHandler(args={}, apps={"llm_hub": FakeHub()})
    app.initialize()
    completion = MagicMock()
    completion.choices[0].message.content = reply
    app.router.chat.completions.create = AsyncMock(return_value=completion)
    assert asyncio.run(app.classify("turn on the lights")) == expected
