"""Stub out the FreeCAD modules so the pure-Python parts can be unit tested."""
import sys
import types

import pytest


class _Params:
    def __init__(self):
        self.values = {}

    def GetString(self, k, d=""):
        return self.values.get(k, d)

    def SetString(self, k, v):
        self.values[k] = v

    def GetInt(self, k, d=0):
        return self.values.get(k, d)

    def GetFloat(self, k, d=0.0):
        return self.values.get(k, d)

    def GetBool(self, k, d=False):
        return self.values.get(k, d)

    SetBool = SetString


_PARAMS = _Params()

freecad_stub = types.ModuleType("FreeCAD")
freecad_stub.ParamGet = lambda path: _PARAMS
freecad_stub.Console = types.SimpleNamespace(
    PrintMessage=lambda *a: None, PrintLog=lambda *a: None,
    PrintWarning=lambda *a: None, PrintError=lambda *a: None,
)
freecad_stub.getUserAppDataDir = lambda: "/tmp"
freecad_stub.ActiveDocument = None
sys.modules.setdefault("FreeCAD", freecad_stub)
sys.modules.setdefault("FreeCADGui", types.ModuleType("FreeCADGui"))


@pytest.fixture
def params():
    _PARAMS.values.clear()
    return _PARAMS
