from unittest import mock

import pytest

from tests.conftest import FakeZendesk, chat_reply


def test_summarize_ticket_posts_note(wm, fake_openai, monkeypatch):
    from f.support import summarize_ticket

    desk = FakeZendesk()
    monkeypatch.setattr(summarize_ticket.Zendesk, "from_resource", classmethod(lambda cls, r: desk))
    monkeypatch.setattr(summarize_ticket, "get_openai_client", lambda: fake_openai)

    out = summarize_ticket.main(7, {"subdomain": "x", "email": "a@b.c", "token": "t"})

    assert out["summary"].startswith("- user cannot log in")
    assert desk.notes and desk.notes[0][0] == 7
    sent = fake_openai.completions.calls[0]
    assert sent["messages"][0]["role"] == "system"
    assert sent["temperature"] == 0.1


def test_summarize_ticket_without_note(wm, fake_openai, monkeypatch):
    from f.support import summarize_ticket

    desk = FakeZendesk()
    monkeypatch.setattr(summarize_ticket.Zendesk, "from_resource", classmethod(lambda cls, r: desk))
    monkeypatch.setattr(summarize_ticket, "get_openai_client", lambda: fake_openai)
    summarize_ticket.main(7, {"subdomain": "x", "email": "a@b.c", "token": "t"}, post_note=False)
    assert desk.notes == []


def test_triage_parses_json_and_counts(wm):
    from f.support import triage_ticket

    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = chat_reply('{"category": "billing", "urgency": 9}')
    with mock.patch.object(triage_ticket, "Groq", return_value=fake):
        out = triage_ticket.main("Refund", "I was charged twice", {"api_key": "gsk_test"})
        out2 = triage_ticket.main("Refund", "again", {"api_key": "gsk_test"})

    assert out == {"category": "billing", "urgency": 5}
    assert out2["category"] == "billing"
    assert wm.state == {"billing": 2}
    fake.chat.completions.create.assert_called()


def test_triage_bad_json_falls_back(wm):
    from f.support import triage_ticket

    assert triage_ticket._parse("not json")["category"] == "other"
    assert triage_ticket._parse('{"category": "weird", "urgency": 0}') == {
        "category": "other", "urgency": 1}


def test_fake_client_records_calls(fake_openai):
    # sanity check for the fake itself
    fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert fake_openai.completions.calls == [{"model": "gpt-4o-mini", "messages": []}]


@pytest.mark.parametrize("provider", ["openai", "groq"])
def test_route_provider_enrich_chat_providers(provider, monkeypatch):
    from f.crm import route_provider_enrich

    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = chat_reply('{"industry": "logistics"}')
    monkeypatch.setattr(route_provider_enrich, "client_for", lambda p: fake)
    out = route_provider_enrich.main({"name": "Acme"}, provider=provider)
    assert out["data"] == {"industry": "logistics"}


class _FakeStream:
    def __init__(self, pieces):
        self.text_stream = iter(pieces)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_suggest_reply_streams(wm):
    from f.support import suggest_reply

    client = mock.MagicMock()
    client.messages.stream.return_value = _FakeStream(["Hi ", "there", "!"])
    draft = suggest_reply.stream_reply(client, "thread", "claude-test", "formal")
    assert draft == "Hi there!"
    kwargs = client.messages.stream.call_args.kwargs
    assert "Tone: formal." in kwargs["system"]


def test_ticket_sentiment_tracks_usage(monkeypatch):
    import asyncio

    from f.support import ticket_sentiment
    from tests.conftest import FakeAnthropic

    persisted = []

    async def fake_persist(self, log):
        persisted.append(log)

    async def fake_generate(**kwargs):
        return "slow response times"

    inner = FakeAnthropic("7")

    class AsyncFake:
        class messages:  # noqa: N801 - mimic SDK attribute
            @staticmethod
            async def create(**kw):
                return inner.messages.create(**kw)

    monkeypatch.setattr(ticket_sentiment.llm_tracker.__class__, "_persist", fake_persist)
    monkeypatch.setattr(ticket_sentiment, "get_async_anthropic", lambda: AsyncFake())
    monkeypatch.setattr(ticket_sentiment.multi_model_service, "generate_response", fake_generate)

    out = asyncio.run(ticket_sentiment.score(["it is broken", "still broken"]))
    assert out == {"frustration": 7, "rationale": "slow response times"}
    assert persisted[0].feature_context == "ticket_sentiment"
    assert persisted[0].output_tokens == 7


def test_keyword_rules_short_circuit(wm):
    from f.support import triage_ticket

    with mock.patch.object(triage_ticket, "Groq") as groq_cls:
        out = triage_ticket.main("Refund please", "I was charged twice, need a refund",
                                 {"api_key": "gsk_test"})
    assert out["source"] == "rules"
    groq_cls.assert_not_called()
