import asyncio
from unittest import mock

from plugins.ask import AskPlugin
from services.provider_switch import Completion
from tests.fakes import make_message


class _Store:
    def __init__(self):
        self.turns = []

    def messages(self, key):
        return []

    def append(self, turn):
        self.turns.append(turn)

    def clear(self, key):
        return len(self.turns)


def _plugin(driver, switch=None, allowed=True):
    switch = switch or mock.MagicMock()
    moderation = mock.MagicMock()
    moderation.is_allowed.return_value = allowed
    plugin = AskPlugin(switch, _Store(), moderation)
    plugin.driver = driver
    return plugin


def test_ask_routes_provider_prefix(driver):
    switch = mock.MagicMock()
    switch.complete.return_value = Completion("42", "anthropic", "claude")
    plugin = _plugin(driver, switch)
    asyncio.run(plugin.ask(make_message(), "@claude what is the answer"))
    args = switch.complete.call_args[0]
    assert args[1] == "claude"
    assert driver.replies == ["42"]


def test_ask_blocked_by_moderation(driver):
    plugin = _plugin(driver, allowed=False)
    asyncio.run(plugin.ask(make_message(), "bad thing"))
    assert "can't help" in driver.replies[0]


def test_quick_uses_tracked_service(driver):
    plugin = _plugin(driver)
    with mock.patch("plugins.ask.multi_model_service.generate_response", new=mock.AsyncMock(return_value="pong")):
        asyncio.run(plugin.quick(make_message("quick ping"), "ping"))
    assert driver.replies == ["pong"]
