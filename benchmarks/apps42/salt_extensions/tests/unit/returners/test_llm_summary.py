import json
from unittest import mock

from conftest import load_ext
from fakes import FakeOpenAI, make_utils


def test_returner_writes_summary(inject, tmp_path):
    client = FakeOpenAI(text="nginx failed: port in use")
    fire = mock.MagicMock()
    mod = inject(
        load_ext("returners", "llm_summary"),
        __utils__=make_utils(client=client),
        __salt__={"event.fire_master": fire},
        __opts__={},
    )
    opts = {"dir": str(tmp_path), "only_failures": True, "model": "gpt-4o-mini", "profile": None}
    with mock.patch.object(mod, "_get_options", return_value=opts):
        mod.returner({"id": "web01", "jid": "1", "fun": "state.apply", "success": False, "return": {}})
    data = json.loads((tmp_path / "1_web01.json").read_text())
    assert data["summary"] == "nginx failed: port in use"
    assert data["cost"]["input_tokens"] == 10
    fire.assert_called_once()


def test_returner_skips_success(inject, tmp_path):
    client = mock.MagicMock()
    mod = inject(load_ext("returners", "llm_summary"), __utils__=make_utils(client=client), __opts__={})
    opts = {"dir": str(tmp_path), "only_failures": True, "model": "m", "profile": None}
    with mock.patch.object(mod, "_get_options", return_value=opts):
        mod.returner({"id": "web01", "jid": "2", "success": True, "retcode": 0, "return": {}})
    client.chat.completions.create.assert_not_called()
