import json
from unittest import mock

from gateway.handlers import alarms, anomaly, operator_qa, similarity
from gateway.models import Alarm, SensorWindow

from tests.conftest import FakeMessage


def test_sensor_window_publishes_label(mqtt_client, userdata):
    msg = FakeMessage("site/test/sensors/ts-1/window", {"kind": "temp", "unit": "C", "values": [1, 2, 90, 3], "lo": 0, "hi": 50})
    anomaly.handle_sensor_window(mqtt_client, userdata, msg)
    topic, payload, _ = mqtt_client.published[-1]
    assert topic == "site/test/sensors/ts-1/anomaly"
    assert json.loads(payload)["label"] == "spike"
    assert userdata["store"].recent(kind="anomaly")


def test_stuck_sensor_short_circuits(mqtt_client, userdata):
    msg = FakeMessage("site/test/sensors/ts-2/window", {"values": [5.0] * 20})
    anomaly.handle_sensor_window(mqtt_client, userdata, msg)
    assert userdata["llm"]["openai"].chat.completions.calls == []
    assert json.loads(mqtt_client.published[-1][1])["label"] == "stuck"


def test_reclassify_uses_responses_api():
    fake = mock.MagicMock()
    fake.responses.create.return_value.output_text = '{"label": "drift", "severity": 2}'
    with mock.patch.object(anomaly, "get_openai_client", return_value=fake):
        out = anomaly.reclassify(SensorWindow("s", "p", "bar", [1.0, 1.1, 1.2], 0, 2))
    assert out.label == "drift"
    fake.responses.create.assert_called_once()


def test_alarm_burst_triggers_summary(mqtt_client, userdata):
    for i in range(3):
        alarms.handle_alarm(mqtt_client, userdata, FakeMessage("site/test/alarms/boiler", {"id": f"a{i}", "code": "T_HI"}))
    assert "site/test/alarms/boiler/summary" in mqtt_client.topics()
    call = userdata["llm"]["genai"].models.calls[0]
    assert "boiler" in call["contents"]


def test_summary_falls_back_to_openai(mqtt_client, userdata):
    userdata["llm"]["genai"].models.generate_content = mock.Mock(side_effect=RuntimeError("quota"))
    userdata["llm"]["openai"].chat.completions.reply = "fallback summary"
    burst = [Alarm(f"a{i}", "mixer", "VIB", "vibration high") for i in range(3)]
    alarms.summarise_and_publish(mqtt_client, userdata, "mixer", burst)
    assert mqtt_client.published[-1][1] == "fallback summary"


def test_operator_question_streams_chunks(mqtt_client, userdata):
    msg = FakeMessage(
        "site/test/operator/ask",
        {"id": "q1", "operator": "ana", "text": "x" * 200, "reply_topic": "hmi/ana/answer"},
    )
    operator_qa.on_operator_question(mqtt_client, userdata, msg)
    topics = mqtt_client.topics()
    assert topics.count("hmi/ana/answer") == 3
    assert topics[-1] == "hmi/ana/answer/done"


def test_short_question_goes_through_tracked_service(mqtt_client, userdata):
    async def fake_generate(**kwargs):
        return "42"

    with mock.patch.object(operator_qa.multi_model_service, "generate_response", side_effect=fake_generate) as gen:
        operator_qa.on_operator_question(mqtt_client, userdata, FakeMessage("site/test/operator/ask", {"text": "status?"}))
    gen.assert_called_once()
    assert mqtt_client.published[-1][1] == "42"


def test_similarity_returns_top_k(mqtt_client, userdata):
    from gateway.services.embeddings import IncidentEmbedder

    userdata["embedder"] = IncidentEmbedder(client=userdata["llm"]["voyage"])
    for i in range(5):
        userdata["store"].create("anomaly", f"s{i}", f"pressure drop {i}")
    similarity.handle_similar(mqtt_client, userdata, FakeMessage("x", {"text": "pressure", "reply_topic": "r"}))
    best = json.loads(mqtt_client.published[-1][1])
    assert len(best) == 3
