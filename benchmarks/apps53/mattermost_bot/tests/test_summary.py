from plugins.summary import SummaryPlugin
from tests.fakes import make_message


def _plugin(fake_anthropic, config, driver):
    plugin = SummaryPlugin(fake_anthropic, config)
    plugin.driver = driver
    return plugin


def test_summarize_replies_with_summary(fake_anthropic, config, driver):
    plugin = _plugin(fake_anthropic, config, driver)
    plugin.summarize(make_message("tldr", reply_id="p1"), "tldr")
    assert "Thread summary" in driver.replies[-1]
    assert "user-u1: db is slow" in fake_anthropic.messages.calls[0]["messages"][0]["content"]


def test_stats_counts_tokens(fake_anthropic, config, driver):
    plugin = _plugin(fake_anthropic, config, driver)
    plugin.stats(make_message("summary stats", reply_id="p1"))
    assert "~42 tokens" in driver.replies[-1]


def test_channel_allowlist(fake_anthropic, driver):
    from config import BotConfig

    cfg = BotConfig(summary_channel_allowlist=("other",))
    plugin = _plugin(fake_anthropic, cfg, driver)
    plugin.summarize(make_message("tldr"), "tldr")
    assert fake_anthropic.messages.calls == []
