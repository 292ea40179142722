from unittest import mock

from conftest import load_ext
from fakes import FakeOpenAI, make_utils


def test_summary_file_test_mode(inject, tmp_path):
    src = tmp_path / "nginx.conf"
    src.write_text("worker_processes auto;\n")
    summarize = mock.MagicMock(return_value="summary")
    mod = inject(
        load_ext("states", "llm_docs"),
        __salt__={"llm.summarize": summarize},
        __opts__={"test": True},
    )
    ret = mod.summary_file(str(tmp_path / "out.md"), str(src))
    assert ret["result"] is None
    summarize.assert_not_called()


def test_summary_file_writes(inject, tmp_path):
    src = tmp_path / "nginx.conf"
    src.write_text("worker_processes auto;\n")
    out = tmp_path / "out.md"
    mod = inject(
        load_ext("states", "llm_docs"),
        __salt__={"llm.summarize": lambda text, **kw: "- auto workers"},
        __opts__={"test": False},
    )
    ret = mod.summary_file(str(out), str(src))
    assert ret["result"] is True
    assert "auto workers" in out.read_text()
    # second run is a no-op
    assert mod.summary_file(str(out), str(src))["changes"] == {}


def test_readme(inject, tmp_path):
    (tmp_path / "init.sls").write_text("nginx:\n  pkg.installed: []\n")
    client = FakeOpenAI(text="# nginx formula")
    mod = inject(
        load_ext("states", "llm_docs"),
        __salt__={"llm.summarize": None},
        __opts__={"test": False},
        __utils__=make_utils(client=client),
    )
    ret = mod.readme(str(tmp_path / "README.md"), str(tmp_path))
    assert ret["changes"] == {"regenerated": True}
    assert client.chat.completions.calls
