from fakes import FakeAnthropic, FakeHub, FakeOpenAI

from history_summarizer import HistorySummarizer


class _Boom:
    def create(self, **kwargs):
        raise TimeoutError("APITimeoutError")


def _make_app(hub, history):
    app = HistorySummarizer(
        args={"sensors": ["sensor.living_room_temperature"], "notify_target": "mobile_app_test"},
        apps={"llm_hub": hub},
        history={"sensor.living_room_temperature": history},
    )
    app.initialize()
    return app


def test_summary_uses_openai_and_notifies(history_points):
    hub = FakeHub(openai=FakeOpenAI("Warm and quiet day."))
    app = _make_app(hub, history_points)
    app.summarize({})
    assert app.services[0][0] == "notify/mobile_app_test"
    assert app.services[0][1]["message"] == "Warm and quiet day."
    sent = hub.openai.chat.completions.calls[0]
    assert sent["model"] == "gpt-4o-mini"
    assert "living_room_temperature" in sent["messages"][1]["content"]


def test_falls_back_to_anthropic(history_points):
    openai = FakeOpenAI()
    openai.chat.completions = _Boom()
    hub = FakeHub(openai=openai, anthropic=FakeAnthropic("From Claude."))
    app = _make_app(hub, history_points)
    app.summarize({})
    assert app.services[0][1]["message"] == "From Claude."
    assert len(hub.anthropic.messages.calls) == 1


def test_no_history_no_call():
    hub = FakeHub()
    app = _make_app(hub, [])
    app.summarize({})
    assert app.services == []
    assert hub.openai.chat.completions.calls == []
