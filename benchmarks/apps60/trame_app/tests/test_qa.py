import pytest

from assistant.features import qa
from assistant.llm import registry
from assistant.llm.base import Completion


class EchoProvider:
    name = "echo"
    default_model = "echo-1"

    def __init__(self):
        self.seen = []

    def complete(self, messages, **kwargs):
        self.seen.append(messages)
        return Completion(text=messages[-1].content[-20:], model="echo-1", provider="echo")

    def stream(self, messages, **kwargs):
        yield "x"


@pytest.mark.asyncio
async def test_answer_uses_registry(dataset):
    echo = EchoProvider()
    registry.override("echo", echo)
    answerer = qa.QuestionAnswerer(provider_name="echo")
    text = await answerer.answer("what is temp?", dataset, history=[])
    assert text
    assert "temp" in echo.seen[0][-1].content
