import json

from jupyter_ai_helpers.services.multi_model_service import multi_model_service


async def test_chat_openai(jp_fetch, fake_clients):
    resp = await jp_fetch(
        "ai-helpers",
        "chat",
        method="POST",
        body=json.dumps({"message": "hi", "provider": "openai"}),
    )
    data = json.loads(resp.body)
    assert data["reply"] == "fake answer"
    assert fake_clients["openai"].chat.completions.calls[0]["messages"][-1]["content"] == "hi"


async def test_explain_uses_anthropic(jp_fetch):
    resp = await jp_fetch(
        "ai-helpers",
        "explain",
        method="POST",
        body=json.dumps({"source": "df.groupby('a').sum()"}),
    )
    assert json.loads(resp.body)["explanation"] == "fake claude"


async def test_fix_goes_through_service(jp_fetch, monkeypatch):
    seen = {}

    async def fake_generate_response(prompt, **kwargs):
        seen.update(kwargs)
        return "```python\nprint(1)\n```"

    monkeypatch.setattr(multi_model_service, "generate_response", fake_generate_response)
    resp = await jp_fetch(
        "ai-helpers",
        "fix",
        method="POST",
        body=json.dumps({"source": "print(1", "traceback": ["SyntaxError"], "ename": "SyntaxError"}),
    )
    assert json.loads(resp.body)["fixed_source"] == "print(1)"
    assert seen["task_type"] == "fix_error"


async def test_direct_fake_call(fake_clients):
    out = await fake_clients["openrouter"].chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content == "router"


async def test_usage_endpoint_disabled(jp_fetch, jp_serverapp):
    ext = jp_serverapp.extension_manager.extension_apps["jupyter_ai_helpers"]
    ext_app = next(iter(ext))
    ext_app.settings["ai_tracker"] = None
    resp = await jp_fetch("ai-helpers", "usage", method="GET")
    assert json.loads(resp.body) == {"enabled": False, "rows": []}


async def test_token_count_heuristic(jp_fetch):
    resp = await jp_fetch(
        "ai-helpers",
        "tokens",
        method="POST",
        body=json.dumps({"text": "x" * 40, "provider": "ollama"}),
    )
    assert json.loads(resp.body)["tokens"] == 10
