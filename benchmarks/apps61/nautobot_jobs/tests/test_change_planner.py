import unittest
from types import SimpleNamespace
from unittest import mock

from nautobot_ai.assistants.change_planner import ChangePlanner, plan_to_markdown
from tests.fakes import FakeAnthropic, FakeDevice


class ChangePlannerTest(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch("nautobot_ai.assistants.change_planner.get_setting", return_value="claude-test")
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_draft_uses_injected_client(self):
        fake = FakeAnthropic(reply="PLAN")
        planner = ChangePlanner(fake)
        iface = SimpleNamespace(name="Gi1/0/12", type="1000base-t", enabled=True, description="")
        self.assertEqual(planner.draft(FakeDevice(), "move to vlan 240", [iface]), "PLAN")
        call = fake.messages.calls[0]
        self.assertEqual(call["model"], "claude-test")
        self.assertIn("Gi1/0/12", call["messages"][0]["content"])

    def test_fake_client_directly(self):
        fake = FakeAnthropic(reply="ok")
        msg = fake.messages.create(model="claude-test", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
        self.assertEqual(msg.usage.output_tokens, 34)

    def test_markdown(self):
        self.assertTrue(plan_to_markdown(FakeDevice(name="core1"), "x").startswith("# Change plan: core1"))
