from bot.store import ConversationStore


def test_store_roundtrip(tmp_path):
    store = ConversationStore(tmp_path / "c.json", max_turns=4)
    conv = store.create("!room:x")
    for i in range(6):
        conv.add("user", f"m{i}")
    assert [m["content"] for m in conv.messages()] == ["m2", "m3", "m4", "m5"]
    store.save()
    other = ConversationStore(tmp_path / "c.json")
    other.load()
    assert other.get("!room:x").messages()[-1]["content"] == "m5"
