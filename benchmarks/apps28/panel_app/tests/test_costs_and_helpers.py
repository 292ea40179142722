import pytest

from deskassist.legacy.desk_helpers import ChatLog
from deskassist.services.costs import BudgetMeter, estimate_cost_usd, rough_token_count
from deskassist.services.market_data import CurveBuilder, SnapshotStore
from deskassist.utils import chunk_text


def test_cost_known_model():
    assert estimate_cost_usd("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_cost_unknown_model_is_zero():
    assert estimate_cost_usd("mystery", 10, 10) == 0.0


def test_budget_meter():
    m = BudgetMeter(monthly_usd=10)
    m.add("gpt-4o", 1_000_000, 0)
    assert m.remaining == pytest.approx(7.5)


def test_rough_tokens():
    assert rough_token_count("abcd" * 10) == 10


def test_chunking_overlap():
    chunks = chunk_text("x" * 3000, size=1000, overlap=100)
    assert len(chunks) == 4


def test_chatlog_completion():
    log = ChatLog()
    log.add("user", "hi")
    assert log.completion() == 1 and log.done


def test_curve_builder_generate():
    snap = CurveBuilder("TTF").generate({"M+1": 35.0, "Q+1": 38.0})
    store = SnapshotStore()
    store.create("TTF", snap.as_of, snap.points)
    assert store.latest("TTF").points == [("M+1", 35.0), ("Q+1", 38.0)]
