import json

from mitmproxy.test import taddons, tflow

from addons.cost_meter import CostMeter, completion_cost


def test_completion_cost_table():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert completion_cost("unknown-model", 10, 10) == 0.0


def test_meters_openai_response():
    addon = CostMeter()
    with taddons.context(addon):
        f = tflow.tflow(resp=True)
        f.request.host = "api.openai.com"
        f.request.path = "/v1/chat/completions"
        f.response.set_text(json.dumps({
            "model": "gpt-4o",
            "usage": {"prompt_tokens": 1000, "completion_tokens": 100},
        }))
        addon.response(f)
    assert addon.tokens[("gpt-4o", "in")] == 1000
    assert addon.cost > 0
    assert "gpt-4o" in f.comment


def test_ignores_other_hosts():
    addon = CostMeter()
    with taddons.context(addon):
        f = tflow.tflow(resp=True)
        addon.response(f)
    assert addon.cost == 0.0
