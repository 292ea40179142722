from unittest import mock

from cement import TestApp

from opsbot.main import OpsBotTest


def test_opsbot():
    # test opsbot without any subcommands or arguments
    with OpsBotTest() as app:
        app.run()
        assert app.exit_code == 0


def test_opsbot_debug():
    # test that debug mode is functional
    argv = ["--debug"]
    with OpsBotTest(argv=argv) as app:
        app.run()
        assert app.debug is True


def test_logs_summarize(make_app, fake_llm, logfile):
    app = make_app(["logs", "summarize", str(logfile)])
    with mock.patch.object(app, "render") as render:
        app.run()
    assert fake_llm.openai.calls, "expected one completion call"
    _, kwargs = fake_llm.openai.calls[0]
    assert kwargs["model"] == "gpt-4o-mini"
    data = render.call_args[0][0]
    assert data["summary"] == "ok"
    app.close()


def test_incident_explain(make_app, fake_llm, tmp_path):
    inc = tmp_path / "inc.json"
    inc.write_text('{"id": 7, "title": "API 500s", "timeline": [{"at": "10:00", "text": "alerts fire"}]}')
    app = make_app(["incident", "explain", str(inc)])
    with mock.patch.object(app, "render"):
        app.run()
    assert fake_llm.bedrock.calls[0]["modelId"].startswith("anthropic.")
    app.close()


def test_fake_client_shape(fake_llm):
    resp = fake_llm.openai.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content == "ok"


def test_bare_testapp():
    with TestApp(argv=[]) as app:
        app.run()
