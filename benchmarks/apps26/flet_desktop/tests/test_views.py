"""Light view tests: we don't spin up a Flet page, just call handlers with fakes."""
from unittest import mock

from counseldesk.state import AppState, ClientBundle
from counseldesk.views.research_view import ResearchPanel


def test_followup_uses_blocking_client(fake_page, fake_openai):
    panel = ResearchPanel(perplexity_client=None)
    panel._last = mock.Mock(question="q", answer="a")
    panel.answer.value = "a"
    with mock.patch("counseldesk.services.get_perplexity_client", return_value=fake_openai), mock.patch.object(
        ResearchPanel, "update"
    ), mock.patch.object(ResearchPanel, "page", new_callable=mock.PropertyMock, return_value=fake_page):
        panel._followup_worker("and in Delaware?")
    assert fake_openai.chat.completions.create.calls[0]["model"] == "sonar"
    assert panel.answer.value.endswith("fine")


def test_app_state_defaults(tmp_path):
    store = mock.Mock()
    state = AppState(clients=ClientBundle(), store=store)
    assert state.history == []
    assert state.clients.openai is None
