from types import SimpleNamespace
from unittest import mock

from research_assistant.research.pipeline import ResearchPipeline
from tests.fakes import FakeOpenAI


def _planner(reply='["a?", "b?"]'):
    planner = mock.MagicMock()
    planner.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(text=reply)])
    return planner


def test_pipeline_without_web():
    writer = mock.MagicMock()
    writer.responses.create.return_value = SimpleNamespace(output_text="REPORT")
    steps = []
    p = ResearchPipeline(_planner(), writer, web=None, on_step=lambda n, d: steps.append(n))
    assert p.run("why?") == "REPORT"
    assert steps[0] == "plan"
    writer.responses.create.assert_called_once()


def test_pipeline_with_web_uses_grok():
    web = FakeOpenAI("news")
    writer = mock.MagicMock()
    writer.responses.create.return_value = SimpleNamespace(output_text="R")
    ResearchPipeline(_planner(), writer, web=web).run("q")
    assert len(web.chat.completions.calls) == 2
    # sanity: the fake itself behaves like the SDK
    direct = web.chat.completions.create(model="grok-3", messages=[])
    assert direct.choices[0].message.content == "news"
