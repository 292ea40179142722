import asyncio
from unittest.mock import AsyncMock, patch

from services.ticket_classifier import TicketClassifier
from tests.fakes import FakeMistral


def test_classify_parses_json():
    clf = TicketClassifier(FakeMistral(), "mistral-small-latest")
    result = asyncio.run(clf.classify("cannot connect to wifi in building 4"))
    assert result["category"] == "network"


def test_classify_handles_garbage():
    clf = TicketClassifier(FakeMistral(content="not json"), "m")
    result = asyncio.run(clf.classify("??"))
    assert result["category"] == "other"
    assert result["needs_human"] is True


def test_priority_goes_through_tracked_service():
    clf = TicketClassifier(FakeMistral(), "m")
    with patch("services.ticket_classifier.multi_model_service.generate_response", new=AsyncMock(return_value=" p1 ")):
        assert asyncio.run(clf.classify_priority("whole floor offline")) == "P1"
