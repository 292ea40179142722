from unittest import mock

import pytest

from include.services import attribute_extractor as ae
from include.utils.errors import InvalidModelOutput


def test_parse_filters_unknown_keys():
    out = ae._parse('```json\n{"colour": "red", "foo": 1, "size": null}\n```')
    assert out == {"colour": "red", "size": None}


def test_parse_rejects_lists():
    with pytest.raises(InvalidModelOutput):
        ae._parse("[1, 2]")


def test_falls_back_to_fireworks():
    watsonx = mock.Mock()
    watsonx.chat.return_value = {"choices": [{"message": {"content": "sorry, no"}}]}
    fw = mock.Mock()
    fw.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"material": "cotton"}'))
    ]
    with mock.patch.object(ae, "get_watsonx_model", return_value=watsonx), \
            mock.patch.object(ae, "get_fireworks_client", return_value=fw):
        extractor = ae.AttributeExtractor()
        assert extractor.extract("100% cotton tee") == {"material": "cotton"}
    fw.chat.completions.create.assert_called_once()
