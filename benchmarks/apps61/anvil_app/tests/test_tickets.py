import datetime
from unittest import mock

from tests.fakes import FakeAnthropic, FakeOpenAI

from server_code import tickets
from server_code.llm import clients


def _ticket(app_tables, body="printer on fire", summary=None):
    return app_tables.tickets.add_row(
        ticket_id="T-000001",
        subject="help",
        body=body,
        priority="high",
        summary=summary,
        customer_email="a@b.c",
        updated=datetime.datetime(2024, 5, 1),
    )


def test_cached_summary_is_returned(app_tables):
    _ticket(app_tables, summary="already done")
    assert tickets.summarise_ticket("T-000001") == "already done"


def test_one_line_subject_uses_openai(app_tables):
    _ticket(app_tables)
    fake = FakeOpenAI(reply='"Printer fire in office 3"')
    with mock.patch.object(tickets, "get_openai_client", return_value=fake):
        assert tickets.one_line_subject("T-000001") == "Printer fire in office 3"
    sent = fake.chat.completions.calls[0]
    assert sent["model"] == "gpt-4o-mini"
    assert sent["max_tokens"] == 30


def test_fake_client_direct():
    fake = FakeOpenAI(reply="ok")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "ok"


def test_short_thread_goes_through_multi_model_service(app_tables):
    _ticket(app_tables)
    with mock.patch.object(tickets, "run_sync", return_value="- bullet") as run, \
            mock.patch.object(tickets.ticket_store, "thread_for", return_value=[]):
        assert tickets.summarise_ticket("T-000001", refresh=True) == "- bullet"
    assert run.called


def test_claude_fake_records_calls():
    claude = FakeAnthropic("hi")
    claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[])
    assert claude.messages.calls[0]["max_tokens"] == 5


def teardown_module(module):
    clients.reset_clients()
