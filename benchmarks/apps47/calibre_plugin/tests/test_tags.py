import unittest
from unittest import mock

from calibre_plugins.ai_book_assistant.features import tags
from calibre_plugins.ai_book_assistant.tests.fakes import FakeMistral, FakeDB, FakeMetadata


class TagTests(unittest.TestCase):

    def test_parse_tags_json(self):
        self.assertEqual(tags._parse_tags('["A", "b", "a"]', 5), ['A', 'b'])

    def test_parse_tags_fenced(self):
        self.assertEqual(tags._parse_tags('```json\n{"tags": ["X"]}\n```', 5), ['X'])

    def test_suggest_uses_injected_client(self):
        with mock.patch.object(tags, 'prefs', {'tag_limit': 3}):
            s = tags.TagSuggester(FakeDB(['Fantasy']), client=FakeMistral('["Fantasy", "Magic"]'))
        self.assertEqual(s.suggest(FakeMetadata()), ['Fantasy', 'Magic'])

    def test_merge(self):
        self.assertEqual(tags.merge_tags(['A'], ['a', 'B']), ['A', 'B'])

    @mock.patch('calibre_plugins.ai_book_assistant.features.tags.get_anthropic_client')
    def test_strict_filters(self, get_client):
        get_client.return_value.messages.create.return_value.content = [
            mock.Mock(text='["Fantasy", "Nope"]')]
        with mock.patch.object(tags, 'prefs', {'tag_limit': 3}):
            s = tags.TagSuggester(FakeDB(['Fantasy']), client=FakeMistral())
        self.assertEqual(s.suggest_strict(FakeMetadata()), ['Fantasy'])


if __name__ == '__main__':
    unittest.main()
