from libraries import TestDataLibrary as td_module
from tests.fakes import FakeBuiltIn


class _Llm:
    def __init__(self, client, anthropic):
        self.client = client
        self.anthropic = anthropic
        self.default_model = "gpt-test"

    def chat(self, messages, **kwargs):
        return "a\n\nb\nc"


def test_generate_records_uses_llm_library(tmp_path, monkeypatch, fake_openai, fake_anthropic):
    fake = FakeBuiltIn({"LLMLibrary": _Llm(fake_openai, fake_anthropic)}, {"${OUTPUT_DIR}": str(tmp_path)})
    monkeypatch.setattr(td_module, "BuiltIn", lambda: fake)
    lib = td_module.TestDataLibrary(cache=True)
    records = lib.generate_test_records("customer", "name", count=1)
    assert records == [{"name": "Ada"}]
    # second call served from cache
    assert lib.generate_test_records("customer", "name", count=1) == records
    assert len(fake_openai.chat.completions.calls) == 1


def test_edge_cases_split_lines(tmp_path, monkeypatch, fake_openai, fake_anthropic):
    fake = FakeBuiltIn({"LLMLibrary": _Llm(fake_openai, fake_anthropic)}, {"${OUTPUT_DIR}": str(tmp_path)})
    monkeypatch.setattr(td_module, "BuiltIn", lambda: fake)
    assert td_module.TestDataLibrary().generate_edge_case_strings("name", 2) == ["a", "b"]


def test_static_record_is_deterministic():
    lib = td_module.TestDataLibrary(cache=False)
    assert lib.create_static_record("customer")["id"] == 1000
