"""Stub out qgis so the core package can be tested without a QGIS install."""
import sys
import types
from unittest import mock


def _install_qgis_stub():
    if "qgis" in sys.modules:
        return
    qgis = types.ModuleType("qgis")
    core = mock.MagicMock(name="qgis.core")

    class _Settings(dict):
        def value(self, key, default=None, type=None):  # noqa: A002
            return self.get(key, default)

        def setValue(self, key, val):
            self[key] = val

    _store = _Settings()
    core.QgsSettings = lambda: _store

    class QgsTask:
        CanCancel = 1

        def __init__(self, description="", flags=0):
            self.description = description
            self.progress = 0
            self._canceled = False

        def setProgress(self, value):
            self.progress = value

        def isCanceled(self):
            return self._canceled

        def cancel(self):
            self._canceled = True

    core.QgsTask = QgsTask
    pyqt = types.ModuleType("qgis.PyQt")
    qtcore = mock.MagicMock(name="qgis.PyQt.QtCore")
    qtcore.pyqtSignal = lambda *a, **k: mock.MagicMock()
    qgis.core = core
    qgis.PyQt = pyqt
    sys.modules.update(
        {
            "qgis": qgis,
            "qgis.core": core,
            "qgis.gui": mock.MagicMock(name="qgis.gui"),
            "qgis.PyQt": pyqt,
            "qgis.PyQt.QtCore": qtcore,
            "qgis.PyQt.QtGui": mock.MagicMock(),
            "qgis.PyQt.QtWidgets": mock.MagicMock(),
        }
    )


_install_qgis_stub()
