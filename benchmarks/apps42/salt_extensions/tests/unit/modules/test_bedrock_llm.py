from conftest import load_ext
from fakes import FakeBedrock, make_utils


def test_converse(inject):
    brt = FakeBedrock(text="hello")
    mod = inject(load_ext("modules", "bedrock_llm"), __utils__=make_utils(bedrock=brt))
    assert mod.converse("hi") == "hello"
    assert brt.calls[0]["modelId"] == mod.CLAUDE_HAIKU
