import json
from unittest import mock

from tests.fakes import FakeMistral


def test_suggest_filters_unknown_and_low_confidence():
    reply = json.dumps({'categories': ['Villages', 'Made up'],
                        'confidence': 0.9})
    with mock.patch('wikiai.categories.get_mistral_client',
                    return_value=FakeMistral(reply)):
        from wikiai.categories import CategorySuggester
        s = CategorySuggester(['Villages', 'Towns'])
        assert s.suggest('Lakeside', 'Lakeside is a village.') == ['Villages']


def test_suggest_low_confidence():
    reply = json.dumps({'categories': ['Villages'], 'confidence': 0.2})
    with mock.patch('wikiai.categories.get_mistral_client',
                    return_value=FakeMistral(reply)):
        from wikiai.categories import CategorySuggester
        s = CategorySuggester(['Villages'])
        assert s.suggest('X', 'text') == []


def test_mock_mistral_called_once():
    client = mock.MagicMock()
    client.chat.complete.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"categories": [], '
                                            '"confidence": 1}'))]
    with mock.patch('wikiai.categories.get_mistral_client',
                    return_value=client):
        from wikiai.categories import CategorySuggester
        CategorySuggester(['A']).suggest('T', 'text')
    client.chat.complete.assert_called_once()
