from types import SimpleNamespace

from explainer import CHUNK_CHARS, PRExplainer, risk_flags, split_diff
from fakes import FakeMistral
from github_client import parse_pr_url


def _pr(diff):
    return SimpleNamespace(number=42, title="Bump timeouts", author="ana", body="Fixes P1ABC23", diff=diff)


def test_parse_pr_url():
    assert parse_pr_url("see https://github.com/example/api/pull/42 pls") == ("example", "api", 42)
    assert parse_pr_url("nothing here") is None


def test_risk_flags():
    assert "changes a timeout" in risk_flags("- timeout: 5\n+ timeout: 30")


def test_split_diff_chunks_large_diffs():
    diff = "\ndiff --git ".join(["a" * (CHUNK_CHARS // 2)] * 5)
    assert len(split_diff(diff)) >= 2


def test_explain_small_diff_single_call():
    fake = FakeMistral(reply="Raises timeouts")
    out = PRExplainer(client=fake).explain(_pr("+ timeout: 30"))
    assert out == "Raises timeouts"
    assert len(fake.calls) == 1


def test_explain_large_diff_map_reduce():
    fake = FakeMistral(reply="bullet")
    big = "\ndiff --git ".join(["x" * (CHUNK_CHARS - 10)] * 3)
    PRExplainer(client=fake).explain(_pr(big))
    assert len(fake.calls) == 4
