import asyncio
import random

from fakes import FakeOpenAI
from toolkit.synth.generator import dedupe, sample_instruction


class _AsyncWrap:
    def __init__(self, sync):
        self._sync = sync
        outer = self

        class _C:
            async def create(self, **kw):
                return outer._sync.chat.completions.create(**kw)

        self.chat = type("Chat", (), {"completions": _C()})()


def test_sample_instruction_is_deterministic():
    a = sample_instruction("intent", random.Random(1))
    b = sample_instruction("intent", random.Random(1))
    assert a == b


def test_dedupe():
    rows = [{"text": "Hello  world"}, {"text": "hello world"}, {"text": "other"}]
    assert len(dedupe(rows)) == 2


def test_generator_with_fake():
    from toolkit.synth.generator import SyntheticGenerator

    gen = SyntheticGenerator(_AsyncWrap(FakeOpenAI(replies=["one", "two", "two"])), concurrency=1)
    rows = asyncio.run(gen.generate("intent", 3))
    assert sorted(r["text"] for r in rows) == ["one", "two"]
