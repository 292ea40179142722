from doctools.providers import get_backend
from doctools.providers.offline import OfflineGenerator


def test_offline_generator_bullets():
    gen = OfflineGenerator.create(max_items=2)
    out = gen.generate("- function a(): Does A. More.\n- class B: Is B.\n- function c(): C.")
    assert "* function a(): Does A." in out
    assert "function c" not in out


def test_offline_backend_registered():
    backend = get_backend("offline")
    assert backend("sys", "- function x(): X.", 10).startswith(".. note::")
