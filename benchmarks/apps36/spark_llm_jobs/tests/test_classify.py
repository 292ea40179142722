from pyspark.sql import Row

from jobs import classify_tickets
from tests.fakes import FakeOpenAI


def test_parse_label_falls_back_on_garbage():
    assert classify_tickets._parse_label("not json") == ("other", "medium")
    assert classify_tickets._parse_label('{"category": "nope", "urgency": "high"}') == ("other", "high")


def test_classify_partition_uses_client(monkeypatch, cfg_dict):
    fake = FakeOpenAI()
    monkeypatch.setattr(classify_tickets, "get_openai_client", lambda: fake)
    rows = [Row(ticket_id="t1", subject="refund", body="charged twice"), Row(ticket_id="t2", subject="x", body=None)]
    out = list(classify_tickets.classify_partition(iter(rows), cfg_dict))
    assert [o[1] for o in out] == ["billing", "billing"]
    assert len(fake.chat.completions.calls) == 2
    assert fake.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_classify_on_local_spark(spark, monkeypatch, cfg_dict):
    fake = FakeOpenAI()
    monkeypatch.setattr(classify_tickets, "get_openai_client", lambda: fake)
    df = spark.createDataFrame([("t1", "a", "b")], "ticket_id string, subject string, body string")
    # run the partition function in-process; executors would not see the monkeypatch
    out = classify_tickets.classify_partition(iter(df.collect()), cfg_dict)
    direct = fake.chat.completions.create(model="x", messages=[])
    assert direct.choices[0].message.content
    assert next(out)[0] == "t1"
