from sopel_llm.store import ConversationStore


def test_roundtrip(tmp_path):
    store = ConversationStore(str(tmp_path / "s.db"))
    store.create()
    store.append("#Chan", "Nick", "user", "hello")
    store.append("#chan", "nick", "assistant", "hi there")
    assert [t.content for t in store.history("#CHAN", "NICK")] == ["hello", "hi there"]


def test_history_limit(tmp_path):
    store = ConversationStore(str(tmp_path / "s.db"))
    store.create()
    for i in range(20):
        store.append("#c", "n", "user", str(i))
    assert len(store.history("#c", "n", turns=3)) == 6


def test_clear(tmp_path):
    store = ConversationStore(str(tmp_path / "s.db"))
    store.create()
    store.append("#c", "n", "user", "x")
    assert store.clear("#c", "n") == 1
