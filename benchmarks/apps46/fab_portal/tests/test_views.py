from unittest import mock


def test_assistant_requires_login(client):
    resp = client.get("/assistant/ask")
    assert resp.status_code in (302, 401)


def test_stream_answer_uses_fake(app, client):
    with mock.patch("app.api.get_openai_client") as getter:
        getter.return_value.chat.completions.create.return_value = iter([])
        with mock.patch("flask_appbuilder.api.BaseApi.response_401", return_value=("", 401)):
            resp = client.post("/api/v1/kb/stream-answer", json={"q": "hello"})
    assert resp.status_code in (200, 401)


def test_costs_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["ai", "costs", "--days", "1"])
    assert result.exit_code == 0
    assert "calls" in result.output
