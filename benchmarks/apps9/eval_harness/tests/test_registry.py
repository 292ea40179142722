from unittest import mock

import pytest

from evalharness.adapters.registry import ADAPTERS, build_adapter, register_adapter
from evalharness.adapters.base import ModelAdapter
from evalharness.config import ModelSpec
from evalharness.types import AdapterNotFound, Completion, Prompt


@register_adapter("echo-test")
class EchoAdapter(ModelAdapter):
    def generate(self, prompt: Prompt) -> Completion:
        return Completion(text=prompt.last_user_text(), model=self.model)


def test_build_registered_adapter():
    adapter = build_adapter(ModelSpec(name="e", adapter="echo-test", model="echo"))
    assert adapter.generate(Prompt.from_text("hi")).text == "hi"


def test_unknown_adapter():
    with pytest.raises(AdapterNotFound):
        build_adapter(ModelSpec(name="x", adapter="does-not-exist", model="x"))


def test_openai_adapter_uses_shared_client():
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = mock.MagicMock(
        choices=[mock.MagicMock(message=mock.MagicMock(content="4"), finish_reason="stop")],
        usage=mock.MagicMock(prompt_tokens=3, completion_tokens=1),
        model="gpt-4o", system_fingerprint="fp",
    )
    with mock.patch("evalharness.adapters.openai_adapter.get_openai_client", return_value=fake), \
         mock.patch("evalharness.adapters.openai_adapter.get_async_openai_client"):
        cls = ADAPTERS["openai"]
        out = cls(ModelSpec(name="g", adapter="openai", model="gpt-4o")).generate(Prompt.from_text("2+2?"))
    assert out.text == "4"
    assert fake.chat.completions.create.call_args.kwargs["temperature"] == 0.0
