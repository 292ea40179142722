from gateway.dispatch import TopicDispatcher, topic_parts
from gateway.handlers import TOPIC_TABLE

from tests.conftest import FakeMessage


def test_resolves_first_matching_pattern():
    seen = []
    table = [("alarms/+/ack", lambda c, u, m: seen.append("ack")), ("alarms/+", lambda c, u, m: seen.append("alarm"))]
    d = TopicDispatcher("site/x", table)
    d(None, {}, FakeMessage("site/x/alarms/boiler/ack", "{}"))
    d(None, {}, FakeMessage("site/x/alarms/boiler", "{}"))
    assert seen == ["ack", "alarm"]


def test_unknown_topic_is_ignored():
    d = TopicDispatcher("site/x", [])
    assert d.resolve("site/x/nothing") is None


def test_handler_exception_does_not_propagate():
    def boom(c, u, m):
        raise RuntimeError("x")

    d = TopicDispatcher("site/x", [("#", boom)])
    d(None, {}, FakeMessage("site/x/a", "{}"))


def test_topic_parts():
    assert topic_parts("site/x/sensors/ts-1/window", "site/x") == ["sensors", "ts-1", "window"]


def test_table_has_no_duplicate_patterns():
    pats = [p for p, _ in TOPIC_TABLE]
    assert len(pats) == len(set(pats))
