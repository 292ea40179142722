from kserve_predictors.router_predictor import RouterPredictor


def test_router_uses_registry_backend(fake_backend):
    p = RouterPredictor("router")
    p.load()
    out = p.predict({"instances": ["hi"], "parameters": {"provider": "anthropic"}})
    assert out["predictions"][0]["text"] == "fake answer"
    assert fake_backend.seen == [[{"role": "user", "content": "hi"}]]


def test_unknown_provider(fake_backend):
    import pytest
    from kserve.errors import InvalidInput

    p = RouterPredictor("router")
    p.load()
    with pytest.raises(InvalidInput):
        p.predict({"instances": ["hi"], "parameters": {"provider": "nope"}})
