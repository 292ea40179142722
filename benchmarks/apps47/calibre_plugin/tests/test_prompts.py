import unittest

from calibre_plugins.ai_book_assistant.llm import prompts
from calibre_plugins.ai_book_assistant.tests.fakes import FakeMetadata


class PromptTests(unittest.TestCase):

    def test_strip_html(self):
        self.assertEqual(prompts.strip_html('<p>Hi&nbsp;there</p>'), 'Hi there')

    def test_summary_has_system_and_user(self):
        msgs = prompts.summary_messages(FakeMetadata(), words=50)
        self.assertEqual([m['role'] for m in msgs], ['system', 'user'])
        self.assertIn('50 words', msgs[1]['content'])

    def test_split_system(self):
        system, rest = prompts.split_system(prompts.tag_messages(FakeMetadata()))
        self.assertTrue(system.startswith('You are a careful librarian'))
        self.assertEqual(len(rest), 1)

    def test_genai_contents(self):
        msgs = [{'role': 'system', 'content': 's'}, {'role': 'user', 'content': 'u'},
                {'role': 'assistant', 'content': 'a'}]
        out = prompts.to_genai_contents(msgs)
        self.assertEqual([c['role'] for c in out], ['user', 'model'])


if __name__ == '__main__':
    unittest.main()
