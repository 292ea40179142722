import pytest

from assistant.slack.commands import completion
from assistant.tools import enabled_tools, get_tool
from assistant.tools.base import ToolContext


def test_registry_discovers_builtin_tools():
    names = {t.name for t in enabled_tools()}
    assert {"jira_search", "translate", "search_docs", "review_code"} <= names


def test_enabled_tools_filters():
    names = [t.name for t in enabled_tools(["translate"])]
    assert names == ["translate"]


def test_slash_completion():
    assert completion("tr", ["translate", "jira_search", "tree"]) == ["translate", "tree"]


@pytest.mark.asyncio
async def test_translate_uses_groq(monkeypatch):
    class _Msg:
        content = "Hallo"

    class _Choice:
        message = _Msg()

    class _Resp:
        choices = [_Choice()]

    class _Completions:
        def create(self, **kwargs):
            assert kwargs["messages"][-1]["content"] == "Hello"
            return _Resp()

    class _Groq:
        class chat:
            completions = _Completions()

    monkeypatch.setattr(ToolContext, "groq", property(lambda self: _Groq()))
    tool = get_tool("translate")
    out = await tool.run(ToolContext(slack_user="U1", channel="C1"), text="Hello", target_language="German")
    assert out.content == "Hallo"
