import types
from unittest import mock

from mitmproxy.test import taddons, tflow

from addons import explain
from tests.fakes import FakeOpenAI


class FakeGenai:
    def __init__(self, text="it fetches a user"):
        self.models = types.SimpleNamespace(generate_content=mock.Mock(
            return_value=types.SimpleNamespace(text=text)))


def test_explain_sets_comment():
    fake = FakeOpenAI(reply="This is a profile lookup.")
    addon = explain.Explain()
    with mock.patch.object(explain, "make_deepseek_client", return_value=fake), \
            mock.patch.object(explain, "make_genai_client", return_value=FakeGenai()):
        with taddons.context(addon) as tctx:
            tctx.master.commands.call = mock.Mock()
            f = tflow.tflow(resp=True)
            addon.explain([f])
    assert f.comment == "This is a profile lookup."
    assert fake.calls[0]["model"] == "deepseek-chat"


def test_explain_gemini():
    g = FakeGenai("gemini says hi")
    addon = explain.Explain()
    with mock.patch.object(explain, "make_deepseek_client", return_value=FakeOpenAI()), \
            mock.patch.object(explain, "make_genai_client", return_value=g):
        with taddons.context(addon):
            f = tflow.tflow(resp=True)
            addon.explain_gemini([f])
    assert f.comment == "gemini says hi"
    g.models.generate_content.assert_called_once()


def test_profiles_expand():
    from shared.profiles import expand

    args = expand("mobile", {"flush_interval": 5})
    assert "flush_interval=5" in args
    assert "wsinspect_enabled=true" in args
