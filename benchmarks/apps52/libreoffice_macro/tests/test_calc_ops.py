from writerai.calc_ops import CellFiller, _coerce

from tests.fakes import FakeCellRange, FakeOpenAI


def test_fill_direct_only_empty_cells():
    fake = FakeOpenAI(["42", "blue"])
    rng = FakeCellRange([("apple", ""), ("pear", "kept"), ("sky", "")])
    filler = CellFiller("Describe {A}", client=fake)
    filler.fill(rng, tracked=False)
    assert rng.rows[0][1] == 42.0
    assert rng.rows[1][1] == "kept"
    assert rng.rows[2][1] == "blue"
    assert len(fake.chat.completions.calls) == 2


def test_coerce():
    assert _coerce("1,200") == 1200.0
    assert _coerce("n/a") == "n/a"
