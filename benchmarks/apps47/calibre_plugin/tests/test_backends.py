import unittest
from unittest import mock

from calibre_plugins.ai_book_assistant.llm import backends
from calibre_plugins.ai_book_assistant.tests.fakes import FakeOpenAI, FakeAnthropic, FakeMistral


MSGS = [{'role': 'system', 'content': 'sys'}, {'role': 'user', 'content': 'hello'}]


class BackendTests(unittest.TestCase):

    def test_openai_backend_reports_usage(self):
        fake = FakeOpenAI('summary')
        b = backends.OpenAIBackend(fake, 'gpt-4o-mini')
        res = b.complete(MSGS)
        self.assertEqual(res.text, 'summary')
        self.assertEqual((res.input_tokens, res.output_tokens), (10, 5))
        self.assertEqual(fake.chat.completions.calls[0]['model'], 'gpt-4o-mini')

    def test_anthropic_backend_splits_system(self):
        fake = FakeAnthropic('hi')
        b = backends.AnthropicBackend(fake, 'claude-3-5-haiku-latest')
        b.complete(MSGS)
        call = fake.messages.calls[0]
        self.assertEqual(call['system'], 'sys')
        self.assertEqual(call['messages'], MSGS[1:])

    def test_mistral_backend(self):
        b = backends.MistralBackend(FakeMistral('["Fantasy"]'), 'mistral-small-latest')
        self.assertEqual(b.complete(MSGS).json(), ['Fantasy'])

    def test_fake_client_direct(self):
        client = FakeOpenAI('x')
        r = client.chat.completions.create(model='m', messages=MSGS)
        self.assertEqual(r.choices[0].message.content, 'x')

    def test_with_magicmock(self):
        client = mock.MagicMock()
        client.messages.create.return_value.content = [mock.Mock(type='text', text='t')]
        client.messages.create.return_value.usage.input_tokens = 1
        client.messages.create.return_value.usage.output_tokens = 1
        res = backends.AnthropicBackend(client, 'claude').complete(MSGS)
        self.assertEqual(res.text, 't')
        client.messages.create.assert_called_once()


if __name__ == '__main__':
    unittest.main()
