import importlib
from unittest import mock

from common.providers import Completion


def _request(json_body, method="POST"):
    req = mock.Mock()
    req.method = method
    req.get_json.return_value = json_body
    return req


def test_requires_listing_id(function_path):
    function_path("describe_listing")
    main = importlib.import_module("main")
    resp = main.describe_listing(_request({}))
    assert resp.status_code == 400


def test_polishes_banned_phrases(function_path):
    function_path("describe_listing")
    main = importlib.import_module("main")
    provider = mock.Mock()
    provider.complete.return_value = Completion(text="A hidden gem nestled in Alfama.",
                                                model="gemini-x", provider="gemini")
    openai_client = mock.MagicMock()
    openai_client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="A quiet flat in Alfama."))
    ]
    with mock.patch.object(main, "get_listing", return_value={"name": "Casa", "facts": {}}), \
            mock.patch.object(main, "get_provider", return_value=provider), \
            mock.patch.object(main, "get_openai_client", return_value=openai_client):
        from flask import Flask
        with Flask(__name__).app_context():
            resp = main.describe_listing(_request({"listing_id": "L1"}))
    assert resp.json["description"] == "A quiet flat in Alfama."
    openai_client.chat.completions.create.assert_called_once()
