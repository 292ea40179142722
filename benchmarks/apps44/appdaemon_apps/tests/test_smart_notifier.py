import asyncio
from unittest.mock import MagicMock, patch

from fakes import FakeHub, FakeOpenAI

import smart_notifier


class AsyncFakeHass:
    """SmartNotifier is an async app; wrap the fake so awaits work."""


def _app(hub):
    app = smart_notifier.SmartNotifier(args={"doors": ["binary_sensor.front_door"], "notify_target": "t"},
                                       apps={"llm_hub": hub})
    return app


def test_write_records_usage():
    hub = FakeHub(groq=FakeOpenAI("The front door is open!"))
    app = _app(hub)
    app.hub = hub
    recorded = []

    class FakeLog:
        input_tokens = 0
        output_tokens = 0

    class FakeTracker:
        def track_llm_call(self, **kwargs):
            recorded.append(kwargs)
            log = FakeLog()

            class _Ctx:
                async def __aenter__(self_inner):
                    return log

                async def __aexit__(self_inner, *exc):
                    recorded.append((log.input_tokens, log.output_tokens))
                    return False

            return _Ctx()

    with patch.object(smart_notifier, "llm_tracker", FakeTracker()):
        text = asyncio.run(app._write("door open"))
    assert text == "The front door is open!"
    assert recorded[0]["provider"] == "groq"
    assert recorded[1] == (10, 5)
    assert hub.groq.chat.completions.calls[0]["max_tokens"] == 60


def test_laundry_uses_hub_chat():
    import laundry_watcher

    hub = FakeHub()
    app = laundry_watcher.LaundryWatcher(args={"power_sensor": "sensor.washer_power", "notify_target": "t"},
                                         apps={"llm_hub": hub})
    app.initialize()
    app.power_changed("sensor.washer_power", None, "0", "150", {})
    app.power_changed("sensor.washer_power", None, "150", "1", {})
    app.announce_done({})
    assert hub.chat_calls and app.services[0][1]["message"] == "fake reply"


def test_mocked_groq_client_not_called_when_quiet():
    groq = MagicMock()
    hub = FakeHub(groq=groq)
    app = _app(hub)
    assert not groq.chat.completions.create.called
