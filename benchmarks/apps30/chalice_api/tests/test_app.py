import json
from unittest import mock

import pytest
from chalice.test import Client

import app as app_module


@pytest.fixture
def client():
    with Client(app_module.app) as c:
        yield c


def test_health(client):
    resp = client.http.get("/health")
    assert resp.status_code == 200
    assert resp.json_body["status"] == "ok"


def test_complete_passthrough(client, fake_bedrock):
    with mock.patch.object(app_module.clients, "bedrock_runtime", fake_bedrock):
        resp = client.http.post(
            "/v1/complete",
            headers={"Content-Type": "application/json"},
            body=json.dumps({"prompt": "hello"}),
        )
    assert resp.json_body["completion"] == "fake reply"


def test_summarize_rejects_short_text(client):
    resp = client.http.post(
        "/summarize", headers={"Content-Type": "application/json"}, body=json.dumps({"text": "hi"})
    )
    assert resp.status_code == 400


def test_sqs_handler_invokes_worker(client):
    with mock.patch.object(app_module.queue_worker, "process_ticket_record") as worker:
        worker.return_value = {"id": "1", "label": "bug"}
        event = client.events.generate_sqs_event(
            queue_name="support-tickets", message_bodies=[json.dumps({"id": "1", "text": "x"})]
        )
        client.lambda_.invoke("on_ticket", event)
    worker.assert_called_once()
