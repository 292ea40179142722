from unittest import mock

from conftest import load_ext
from fakes import FakeAnthropic, make_utils

RETURNS = {
    "web01": {"pkg_|-nginx_|-nginx_|-installed": {"result": False, "comment": "404"}},
    "web02": {"pkg_|-nginx_|-nginx_|-installed": {"result": True}},
}


def test_review_only_failed(inject):
    client = FakeAnthropic(text="web01: repo missing")
    mod = inject(load_ext("runners", "job_review"), __utils__=make_utils(client=client), __opts__={})
    runner = mock.MagicMock()
    runner.cmd.side_effect = [RETURNS, {"Function": "state.apply"}]
    with mock.patch.object(mod.salt.runner, "RunnerClient", return_value=runner):
        out = mod.review("20240611123456789012")
    assert out["failed"] == 1
    assert out["review"] == "web01: repo missing"


def test_failed_minions_detects_tracebacks():
    mod = load_ext("runners", "job_review")
    assert mod._failed_minions({"a": "Traceback (most recent call last)"}) == {
        "a": "Traceback (most recent call last)"
    }
