from unittest import mock

from mitmproxy.test import taddons, tflow

from addons import llm_redactor
from tests.fakes import FakeOpenAI


def _addon_with(fake):
    addon = llm_redactor.LLMRedactor()
    with mock.patch.object(llm_redactor.registry, "get", return_value=fake), \
            mock.patch.object(llm_redactor, "make_openai_client", return_value=FakeOpenAI()):
        return addon


def test_redacts_literals_returned_by_model():
    fake = FakeOpenAI(reply='{"category": "auth", "risk": "high", "sensitive": ["hunter22"]}')
    addon = llm_redactor.LLMRedactor()
    with mock.patch.object(llm_redactor.registry, "get", return_value=fake), \
            mock.patch.object(llm_redactor, "make_openai_client", return_value=FakeOpenAI()):
        with taddons.context(addon) as tctx:
            tctx.configure(addon, llmredact_enabled=True)
            f = tflow.tflow(resp=True)
            f.response.set_text("password=hunter22")
            addon.response(f)
    assert "hunter22" not in f.response.get_text()
    assert f.metadata["llm_category"] == "auth"
    assert fake.calls[0]["temperature"] == 0


def test_skips_llm_hosts():
    fake = FakeOpenAI()
    addon = llm_redactor.LLMRedactor()
    with mock.patch.object(llm_redactor.registry, "get", return_value=fake), \
            mock.patch.object(llm_redactor, "make_openai_client", return_value=FakeOpenAI()):
        with taddons.context(addon) as tctx:
            tctx.configure(addon, llmredact_enabled=True)
            f = tflow.tflow(resp=True)
            f.request.host = "api.openai.com"
            addon.response(f)
    assert fake.calls == []


def test_fake_shape_matches_sdk():
    fake = FakeOpenAI(reply="ok")
    out = fake.chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content == "ok"


def test_moderation_marks_flow():
    addon = llm_redactor.LLMRedactor()
    with mock.patch.object(llm_redactor.registry, "get", return_value=FakeOpenAI()), \
            mock.patch.object(llm_redactor, "make_openai_client", return_value=FakeOpenAI(flagged=True)):
        with taddons.context(addon) as tctx:
            tctx.configure(addon, llmredact_enabled=True, llmredact_openai_key="sk-x")
            f = tflow.tflow()
            f.request.method = "POST"
            f.request.headers["content-type"] = "application/x-www-form-urlencoded"
            f.request.set_text("comment=something nasty")
            addon.request(f)
    assert f.marked
