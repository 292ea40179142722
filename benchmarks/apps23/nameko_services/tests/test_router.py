from types import SimpleNamespace
from unittest import mock

from nameko.testing.services import worker_factory

from services import router_strategies as fallbacks
from services.llm_router import LLMRouterService


def _resp(text):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        model="fake",
        usage=None,
    )


def test_complete_uses_router():
    service = worker_factory(LLMRouterService)
    service.router.completion.return_value = _resp("hi")

    result = service.complete([{"role": "user", "content": "hello"}])

    assert result["content"] == "hi"
    service.router.completion.assert_called_once()


@mock.patch("services.router_strategies.litellm.completion")
def test_fallback_chain_moves_on(mock_completion):
    mock_completion.side_effect = [RuntimeError("down"), _resp("ok")]

    response = fallbacks.complete_with_fallbacks([{"role": "user", "content": "x"}])

    assert response.choices[0].message.content == "ok"
    assert mock_completion.call_count == 2


def test_tracked_complete_goes_through_multi_model_service():
    fake_service = mock.Mock()
    service = worker_factory(LLMRouterService, tracked=fake_service)
    with mock.patch("services.llm_router.run_sync", side_effect=lambda coro: "tracked answer"):
        assert service.tracked_complete("question") == "tracked answer"
    fake_service.generate_response.assert_called_once()
