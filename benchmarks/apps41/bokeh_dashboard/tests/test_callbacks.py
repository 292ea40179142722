from concurrent.futures import Future
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import state
from config import settings
from tests.fakes import FakeDoc


class ImmediateExecutor:
    def submit(self, fn, *args, **kwargs):
        fut = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001
            fut.set_exception(exc)
        return fut


@pytest.fixture
def callbacks(fake_clients, frame, monkeypatch):
    from bokeh.models import ColumnDataSource

    import ui.callbacks as cb_mod
    import workers
    from ui.widgets import build_controls

    monkeypatch.setattr(workers, "get_executor", lambda: ImmediateExecutor())
    monkeypatch.setattr(cb_mod, "get_executor", lambda: ImmediateExecutor())
    monkeypatch.setattr(cb_mod, "CLIENTS", fake_clients)
    monkeypatch.setattr(settings.__class__, "use_tracked_service", False, raising=False)
    controls = build_controls()
    source = ColumnDataSource(data={c: frame[c].values for c in frame.columns})
    metrics = SimpleNamespace(fetch=lambda *a, **k: frame)
    obj = cb_mod.DashboardCallbacks(FakeDoc(), controls, source, metrics, "s1")
    state.SESSIONS["s1"] = state.SessionInfo("s1")
    return obj


def test_explain_openai_updates_div(callbacks, fake_clients):
    callbacks.c.provider.value = "OpenAI"
    callbacks.c.stream_toggle.active = []
    callbacks.on_explain()
    assert "looks fine" in callbacks.c.narrative.text
    assert state.SESSIONS["s1"].explanations == 1


def test_ask_appends_history(callbacks):
    callbacks.c.question.value = "why?"
    callbacks.on_ask()
    assert callbacks.history[-1]["role"] == "assistant"


def test_series_change_reloads(callbacks, frame):
    callbacks.on_series_change("value", "a", "b")
    assert len(pd.DataFrame(callbacks.source.data)) == len(frame)
