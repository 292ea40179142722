import queue
from types import SimpleNamespace
from unittest import mock

from app.config import Settings
from app.controllers.assistant_controller import AssistantController
from fakes import FakeOpenAI, FakeProvider, FakeVar


def _app():
    app = SimpleNamespace()
    app.settings = Settings(provider="openai", stream_responses=False)
    app.ui_queue = queue.Queue()
    app.handlers = {}
    app.register_handler = lambda tag, fn: app.handlers.__setitem__(tag, fn)
    app.notes = SimpleNamespace(current=None)
    app.status = SimpleNamespace(cost=FakeVar(), message=FakeVar(), busy=lambda *_: None, idle=lambda *_: None)
    app.openai_client = FakeOpenAI("and then it rained")
    return app


def _panel():
    return SimpleNamespace(include_note=FakeVar(False), add_user=mock.Mock(), start_answer=mock.Mock(),
                           add_chunk=mock.Mock(), finish_answer=mock.Mock())


def _drain(q, timeout=2):
    kind, (tag, value) = q.get(timeout=timeout)
    return kind, tag, value


def test_ask_posts_result_to_queue():
    app, panel = _app(), _panel()
    editor = mock.Mock()
    ctl = AssistantController(app, panel, editor)
    with mock.patch("app.controllers.assistant_controller.get_provider", return_value=FakeProvider()):
        ctl.ask("hello")
    kind, tag, value = _drain(app.ui_queue)
    assert (kind, tag) == ("result", "ask")
    ctl._on_answer(value)
    panel.add_chunk.assert_called_with("Hello")
    assert len(ctl.history) == 1


def test_continue_writing_uses_app_client():
    app, panel = _app(), _panel()
    editor = mock.Mock()
    editor.get_body.return_value = "Once upon a time"
    ctl = AssistantController(app, panel, editor)
    ctl.continue_writing()
    kind, tag, value = _drain(app.ui_queue)
    assert value == "and then it rained"
    sent = app.openai_client.chat.completions.calls[0]
    assert sent["messages"][-1]["content"] == "Once upon a time"


def test_rewrite_uses_anthropic_partial():
    app, panel = _app(), _panel()
    editor = mock.Mock()
    editor.get_selection.return_value = "teh cat"
    client = mock.MagicMock()
    client.messages.create.return_value.content = [SimpleNamespace(text="the cat")]
    with mock.patch("app.controllers.assistant_controller.get_anthropic_client", return_value=client):
        ctl = AssistantController(app, panel, editor)
        ctl.rewrite_selection()
        kind, tag, value = _drain(app.ui_queue)
    assert value == "the cat"
    client.messages.create.assert_called_once()
