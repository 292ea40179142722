from __future__ import annotations

import bottle
import pytest
import webtest

from hrassist.plugins import PluginError, ProviderClientPlugin
from tests.fakes import FakeAnthropic, FakeFactory


def _app(factory):
    app = bottle.Bottle()
    app.install(ProviderClientPlugin(factory))

    @app.get("/with")
    def with_client(anthropic_client):
        msg = anthropic_client.messages.create(model="m", max_tokens=5, messages=[])
        return msg.content[0].text

    @app.get("/without")
    def without():
        return "plain"

    @app.get("/skipped", provider_clients={"skip": True})
    def skipped(anthropic_client="not injected"):
        return anthropic_client

    return app


def test_injects_declared_keywords(settings):
    factory = FakeFactory(settings, anthropic_client=FakeAnthropic(reply="hello"))
    res = webtest.TestApp(_app(factory)).get("/with")
    assert res.text == "hello"
    assert factory.anthropic().messages.calls[0]["max_tokens"] == 5


def test_leaves_other_routes_alone(settings):
    res = webtest.TestApp(_app(FakeFactory(settings))).get("/without")
    assert res.text == "plain"


def test_skip_config(settings):
    res = webtest.TestApp(_app(FakeFactory(settings))).get("/skipped")
    assert res.text == "not injected"


def test_conflicting_plugins(settings):
    app = bottle.Bottle()
    app.install(ProviderClientPlugin(FakeFactory(settings)))
    with pytest.raises(PluginError):
        app.install(ProviderClientPlugin(FakeFactory(settings)))


def test_factory_from_config(settings):
    app = bottle.Bottle()
    app.config["hr.client_factory"] = FakeFactory(settings)
    plugin = ProviderClientPlugin()
    app.install(plugin)
    assert plugin.factory is app.config["hr.client_factory"]
