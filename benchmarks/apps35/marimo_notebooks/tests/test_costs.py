from unittest.mock import AsyncMock, MagicMock

import pytest

from nbutils import costs


def test_calculate_cost_known_model():
    assert costs.calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_unknown_model_is_free():
    assert costs.calculate_cost("mystery-model", 10_000, 10_000) == 0.0


def test_format_estimate_alias():
    assert costs.completion("gpt-4o", 1000, 1000).startswith("gpt-4o: ~$")
    assert costs.format_estimate is costs.completion


@pytest.mark.asyncio
async def test_tracked_generate_uses_service(monkeypatch):
    from nbutils import tracking

    svc = MagicMock()
    svc.generate_response = AsyncMock(return_value="ok")
    monkeypatch.setattr(tracking, "multi_model_service", svc)
    assert await tracking.tracked_generate("hi") == "ok"
    svc.generate_response.assert_awaited_once()
