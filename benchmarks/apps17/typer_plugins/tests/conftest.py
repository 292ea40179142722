import pytest

from kestrel.config import reset_settings_cache


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    for var in ("TOGETHER_API_KEY", "XAI_API_KEY", "HF_TOKEN", "REPLICATE_API_TOKEN", "OLLAMA_HOST"):
        monkeypatch.delenv(var, raising=False)
    reset_settings_cache()
    yield
    reset_settings_cache()
