import pytest

from services.transcriber import Transcriber


@pytest.mark.asyncio
async def test_falls_back_to_next_backend():
    t = Transcriber()

    async def broken(audio, name):
        raise ConnectionError("429")

    async def works(audio, name):
        return f"{len(audio)} bytes"

    t.register("groq", broken)
    t.register("openai", works)
    assert await t.transcribe(b"abcd") == "4 bytes"


def test_prefer_reorders():
    t = Transcriber()
    t.register("a", None)
    t.register("b", None)
    t.prefer("b")
    assert t.order == ["b", "a"]
