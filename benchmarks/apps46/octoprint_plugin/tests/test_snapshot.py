from octoprint_aiassist.analysis import snapshot
from octoprint_aiassist.llm.backends import OllamaBackend


def test_analyze_parses_json(monkeypatch, fake_ollama):
    monkeypatch.setattr(snapshot.webcam, "fetch_snapshot", lambda url: b"jpeg")
    monkeypatch.setattr(snapshot.webcam, "downscale", lambda data: data)
    analyzer = snapshot.SnapshotAnalyzer(OllamaBackend(fake_ollama, "llava"), "http://cam/snapshot")
    verdict = analyzer.analyze()
    assert verdict["failing"] is True
    assert verdict["source"] == "ollama"


def test_local_prefilter_short_circuits(monkeypatch, fake_ollama):
    monkeypatch.setattr(snapshot.webcam, "fetch_snapshot", lambda url: b"jpeg")
    monkeypatch.setattr(snapshot.webcam, "downscale", lambda data: data)
    monkeypatch.setattr(snapshot.ollama, "generate", lambda **kw: {"response": "No."})
    analyzer = snapshot.SnapshotAnalyzer(OllamaBackend(fake_ollama, "llava"), "http://cam",
                                         use_local_prefilter=True)
    assert analyzer.analyze()["source"] == "local"
    assert fake_ollama.calls == []


def test_parse_verdict_garbage():
    assert snapshot._parse_verdict("not json")["failing"] is False
