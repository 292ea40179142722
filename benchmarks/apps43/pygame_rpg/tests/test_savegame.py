import json
from types import SimpleNamespace
from unittest import mock

from rpg.save import savegame


def test_migrate_v1_dialogue_to_npcs():
    data = {"version": 1, "dialogue": {"bram": [{"role": "user", "content": "hi"}]}, "quests": []}
    out = savegame._migrate(data)
    assert out["version"] == savegame.SAVE_VERSION
    assert out["npcs"]["bram"]["transcript"][0]["content"] == "hi"


def test_recap_uses_anthropic(monkeypatch):
    fake = mock.MagicMock()
    fake.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(text="Previously...")])
    monkeypatch.setattr(savegame, "get_anthropic", lambda: fake)
    assert savegame.recap({"quests": [{"title": "Rats"}], "npcs": {}}) == "Previously..."
    fake.messages.create.assert_called_once()


def test_list_saves_empty(tmp_path, monkeypatch):
    monkeypatch.setattr(savegame, "SAVE_DIR", tmp_path / "none")
    assert savegame.list_saves() == []


def test_save_roundtrip_file(tmp_path, monkeypatch):
    monkeypatch.setattr(savegame, "SAVE_DIR", tmp_path)
    (tmp_path / "slot1.json").write_text(json.dumps({"version": 3}))
    assert savegame.list_saves() == ["slot1"]
