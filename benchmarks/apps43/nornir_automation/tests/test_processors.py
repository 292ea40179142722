from types import SimpleNamespace
from unittest.mock import MagicMock

from netauto.processors.summary import FailureAlertProcessor, LLMSummaryProcessor, ResultCollector
from fakes import FakeAnthropic, FakeBedrock, FakeOpenAI


def _multi(failed: bool, text: str = "boom"):
    m = MagicMock()
    m.failed = failed
    m.exception = None
    m.__getitem__.return_value = SimpleNamespace(result=text)
    m.__bool__.return_value = True
    return m


def _task(name="backup"):
    return SimpleNamespace(name=name)


def _host(name):
    return SimpleNamespace(name=name)


def test_collector_rows():
    c = ResultCollector()
    c.task_instance_completed(_task(), _host("r1"), _multi(False, "fine"))
    assert c.rows == [{"host": "r1", "task": "backup", "failed": False, "detail": "fine"}]


def test_summary_openai_responses():
    client = FakeOpenAI(reply="1 host failed: auth")
    p = LLMSummaryProcessor(client=client)
    p.task_instance_completed(_task(), _host("r1"), _multi(True))
    p.task_completed(_task(), {"r1": None})
    assert p.summary == "1 host failed: auth"
    assert client.responses.calls[0]["model"] == "gpt-4o-mini"


def test_summary_prefers_anthropic():
    p = LLMSummaryProcessor(client=FakeOpenAI(), anthropic_client=FakeAnthropic(reply="claude says"))
    p.task_instance_completed(_task(), _host("r1"), _multi(True))
    p.task_completed(_task(), {"r1": None})
    assert p.summary == "claude says"


def test_summary_all_ok_skips_llm():
    client = MagicMock()
    p = LLMSummaryProcessor(client=client)
    p.task_instance_completed(_task(), _host("r1"), _multi(False))
    p.task_completed(_task(), {"r1": None})
    client.responses.create.assert_not_called()


def test_failure_alert_streams():
    bedrock = FakeBedrock(reply="bad creds")
    p = FailureAlertProcessor(bedrock, "model-x")
    p.task_instance_completed(_task(), _host("r2"), _multi(True))
    assert p.notes == {"r2": "bad creds"}


def test_summary_swallows_llm_errors():
    client = MagicMock()
    client.responses.create.side_effect = RuntimeError("429")
    p = LLMSummaryProcessor(client=client)
    p.task_instance_completed(_task(), _host("r1"), _multi(True, "timeout"))
    p.task_completed(_task(), {"r1": None})
    assert "timeout" in p.summary


def test_collector_is_thread_safe_enough():
    import threading

    c = ResultCollector()
    threads = [
        threading.Thread(target=c.task_instance_completed, args=(_task(), _host(f"r{i}"), _multi(False)))
        for i in range(20)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(c.rows) == 20


def test_fake_openai_records_calls():
    client = FakeOpenAI(reply="hi")
    resp = client.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content == "hi"
    assert client.chat.completions.calls[0]["model"] == "gpt-test"
