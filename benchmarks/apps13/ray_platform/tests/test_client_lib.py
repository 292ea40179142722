from unittest import mock

from ray_inference_client import InferenceClient


def test_completion_wraps_chat():
    session = mock.Mock()
    session.headers = {}
    session.post.return_value.status_code = 200
    session.post.return_value.json.return_value = {"content": "pong"}
    client = InferenceClient(team="t", base_url="http://localhost:8000", session=session)
    assert client.completion("ping") == "pong"
    url = session.post.call_args[0][0]
    assert url == "http://localhost:8000/v1/chat"
