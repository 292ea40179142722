import argparse

from llmctl.commands.prompt import PromptCompare, PromptRun, PromptStream


def _args(**kw):
    base = dict(prompt=["hi", "{{name}}"], prompt_file=None, var=["name=bob"], system=None,
                model=None, temperature=0.0, max_tokens=16, routed=False, providers=None,
                width=40, deepseek=False)
    base.update(kw)
    return argparse.Namespace(**base)


def test_prompt_run_renders_template(app):
    cmd = PromptRun(app, None)
    assert cmd.take_action(_args()) == 0
    sent = app.openai_client.chat.completions.calls[0]
    assert sent["messages"][-1]["content"] == "hi bob"
    assert "hello world" in app.stdout.getvalue()


def test_prompt_compare_lists_each_provider(app):
    cmd = PromptCompare(app, None)
    cols, rows = cmd.take_action(_args(providers="openai,deepseek"))
    assert [r[0] for r in rows] == ["openai", "deepseek"]
    assert rows[1][-1].startswith("deepseek says")


def test_prompt_stream_deepseek(app):
    PromptStream(app, None).take_action(_args(deepseek=True))
    assert app.stdout.getvalue().strip() == "deepseeksayshi"
    assert app.deepseek_client.chat.completions.calls[0]["stream"] is True


def test_fake_client_directly(app):
    resp = app.openai_client.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content == "hello world"
