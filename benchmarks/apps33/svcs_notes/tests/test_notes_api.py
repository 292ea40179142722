from __future__ import annotations


def test_create_and_get(client):
    r = client.post("/api/notes/", json={"title": "Hello", "body": "first note"})
    assert r.status_code == 201
    note_id = r.get_json()["id"]
    assert client.get(f"/api/notes/{note_id}").get_json()["title"] == "Hello"


def test_summary_uses_fake_claude(client, fakes):
    note_id = client.post("/api/notes/", json={"title": "x", "body": "y"}).get_json()["id"]
    r = client.post(f"/api/notes/{note_id}/summary")
    assert r.get_json() == {"summary": "A summary."}


def test_suggest_tags(client, fakes):
    note_id = client.post("/api/notes/", json={"title": "x", "body": "y"}).get_json()["id"]
    r = client.post(f"/api/notes/{note_id}/tags/suggest")
    assert r.get_json()["tags"] == ["a", "b"]
    assert fakes["together"].chat.completions.calls


def test_missing_note_404(client):
    assert client.post("/api/notes/999/summary").status_code == 404
