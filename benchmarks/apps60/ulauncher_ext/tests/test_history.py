from src.history import HistoryEntry


def test_create_and_recent(tmp_history):
    tmp_history.create("  what is dns ", "a name system", "openai")
    tmp_history.create("second", "answer", "groq")
    recent = tmp_history.recent()
    assert [e.question for e in recent] == ["second", "what is dns"]


def test_entry_create_strips():
    e = HistoryEntry.create(" q ", " a ", "mistral")
    assert (e.question, e.answer) == ("q", "a")


def test_clear(tmp_history):
    tmp_history.create("q", "a", "openai")
    tmp_history.clear()
    assert tmp_history.all() == []
