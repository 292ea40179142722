# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import unittest
from unittest.mock import MagicMock

from ..providers.anthropic_provider import AnthropicProvider
from ..providers.cohere_provider import CohereProvider
from ..providers.openai_provider import OpenAIProvider
from ..tokens import estimate_cost, rough_count
from .fakes import FakeAnthropic, FakeOpenAI


class ProviderTestCase(unittest.TestCase):

    def test_openai_provider(self):
        client = FakeOpenAI("hello")
        provider = OpenAIProvider(client, 'gpt-4o-mini')
        completion = provider.generate("hi", system="sys")
        self.assertEqual(completion.text, "hello")
        self.assertEqual(completion.input_tokens, 10)
        sent = client.chat.completions.calls[0]
        self.assertEqual(sent['messages'][0]['role'], 'system')

    def test_anthropic_provider(self):
        provider = AnthropicProvider(FakeAnthropic("hey"), 'claude-x')
        completion = provider.generate("hi")
        self.assertEqual(completion.text, "hey")
        self.assertEqual(completion.output_tokens, 7)

    def test_cohere_provider_with_mock(self):
        client = MagicMock()
        client.chat.return_value.message.content = [
            MagicMock(type='text', text='ok')]
        client.chat.return_value.usage = None
        provider = CohereProvider(client, 'command-r')
        self.assertEqual(provider.generate("x").text, 'ok')
        client.chat.assert_called_once()

    def test_mock_completion_direct(self):
        client = MagicMock()
        client.chat.completions.create.return_value.choices = [
            MagicMock(message=MagicMock(content='z'))]
        result = client.chat.completions.create(model='m', messages=[])
        self.assertEqual(result.choices[0].message.content, 'z')

    def test_cost(self):
        self.assertEqual(estimate_cost('unknown', 10, 10), 0)
        self.assertGreater(estimate_cost('gpt-4o', 1000, 1000), 0)
        self.assertEqual(rough_count('abcdefgh'), 2)


if __name__ == '__main__':
    unittest.main()
