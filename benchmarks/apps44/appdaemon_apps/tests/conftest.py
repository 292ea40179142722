import os
import sys
import types

import pytest

ROOT = os.path.dirname(os.path.dirname(__file__))
APPS = os.path.join(ROOT, "apps")
for sub in ("", "sensor_summary", "notifications", "camera", "voice", "lib"):
    path = os.path.join(APPS, sub)
    if path not in sys.path:
        sys.path.insert(0, path)


def _install_hassapi_stub():
    """Make `import appdaemon.plugins.hass.hassapi as hass` work without appdaemon installed."""
    if "appdaemon.plugins.hass.hassapi" in sys.modules:
        return
    from fakes import FakeHass

    hassapi = types.ModuleType("appdaemon.plugins.hass.hassapi")
    hassapi.Hass = FakeHass
    adapi = types.ModuleType("appdaemon.adapi")
    adapi.ADAPI = FakeHass
    for name in ("appdaemon", "appdaemon.plugins", "appdaemon.plugins.hass"):
        sys.modules.setdefault(name, types.ModuleType(name))
    sys.modules["appdaemon.plugins.hass.hassapi"] = hassapi
    sys.modules["appdaemon.adapi"] = adapi


sys.path.insert(0, os.path.dirname(__file__))
_install_hassapi_stub()


@pytest.fixture
def history_points():
    return [[
        {"entity_id": "sensor.living_room_temperature", "state": "20.5", "last_changed": "2024-12-01T08:00:00+00:00"},
        {"entity_id": "sensor.living_room_temperature", "state": "21.0", "last_changed": "2024-12-01T12:00:00+00:00"},
        {"entity_id": "sensor.living_room_temperature", "state": "19.8", "last_changed": "2024-12-01T20:00:00+00:00"},
    ]]
