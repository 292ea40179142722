# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import unittest
from types import SimpleNamespace

from ..agent import QuoteAgent


class _ScriptedMessages:
    "Returns a tool_use turn, then a final text turn"

    def __init__(self):
        self.turn = 0

    def create(self, **kwargs):
        self.turn += 1
        if self.turn == 1:
            block = SimpleNamespace(type='tool_use', id='t1',
                name='unknown_tool', input={})
            return SimpleNamespace(content=[block], stop_reason='tool_use')
        block = SimpleNamespace(type='text', text='Proposed 2 lines')
        return SimpleNamespace(content=[block], stop_reason='end_turn')


class QuoteAgentTestCase(unittest.TestCase):

    def test_loop_stops_on_text(self):
        client = SimpleNamespace(messages=_ScriptedMessages())
        party = SimpleNamespace(rec_name='ACME')
        quote_agent = QuoteAgent(client, 'claude-test', party)
        self.assertEqual(quote_agent.run("need bolts"), 'Proposed 2 lines')
        self.assertEqual(client.messages.turn, 2)

    def test_max_turns(self):
        class Always:
            def create(self, **kwargs):
                block = SimpleNamespace(type='tool_use', id='x',
                    name='nope', input={})
                return SimpleNamespace(content=[block],
                    stop_reason='tool_use')
        client = SimpleNamespace(messages=Always())
        quote_agent = QuoteAgent(client, 'm', SimpleNamespace(rec_name='A'),
            max_turns=2)
        self.assertIsNone(quote_agent.run("x"))
