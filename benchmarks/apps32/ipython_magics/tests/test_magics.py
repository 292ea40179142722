import pytest

from nbcopilot.history import ChatHistory


def test_history_create_and_trim():
    h = ChatHistory.create(max_turns=1)
    h.add_user("a")
    h.add_assistant("b")
    h.add_user("c")
    assert len(h) == 2
    assert h.messages[-1]["content"] == "c"


@pytest.mark.usefixtures("fake_anthropic")
def test_ai_magic_uses_configured_provider(ip, fake_openai):
    from nbcopilot import load_ipython_extension

    load_ipython_extension(ip)
    ip.run_line_magic("config", 'CopilotMagics.stream = False')
    ip.run_cell_magic("ai", "", "what is 2+2?")
    assert ip.user_ns["_ai"] == "fake answer"
    assert fake_openai.chat.completions.calls


def test_claude_magic(ip, fake_openai, fake_anthropic):
    from nbcopilot import load_ipython_extension

    load_ipython_extension(ip)
    ip.run_cell_magic("claude", "--max-tokens 64", "hello")
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 64


def test_config_switches_provider(ip, fake_openai, fake_anthropic):
    from nbcopilot import load_ipython_extension
    from nbcopilot.settings import settings

    load_ipython_extension(ip)
    ip.run_line_magic("config", 'CopilotMagics.provider = "anthropic"')
    assert settings.provider == "anthropic"
    ip.run_cell_magic("ai", "", "hi")
    assert fake_anthropic.messages.calls
