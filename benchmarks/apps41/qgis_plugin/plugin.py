"""Main plugin class: toolbar, menu, dock and processing provider."""
import os

from qgis.core import QgsApplication, QgsMapLayerType
from qgis.PyQt.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QInputDialog

from .core import get_openai_client, settings
from .core.backends import create_backend
from .core.legacy_gpt import quick_describe
from .gui.dock import AssistantDock
from .gui.expression_dialog import ExpressionDialog
from .gui.label_dialog import LabelDialog
from .gui.settings_dialog import SettingsDialog
from .processing.provider import GeoScribeProvider
from .tasks.describe_task import DescribeLayerTask, TrackedDescribeLayerTask

PLUGIN_DIR = os.path.dirname(__file__)
MENU = "&GeoScribe"


class GeoScribePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = None
        self.dock = None
        self.provider = None
        self.openai = None
        self._tasks = []
        locale = (QSettings().value("locale/userLocale") or "en")[0:2]
        qm = os.path.join(PLUGIN_DIR, "i18n", "geoscribe_{}.qm".format(locale))
        if os.path.exists(qm):
            self.translator = QTranslator()
            self.translator.load(qm)
            QCoreApplication.installTranslator(self.translator)

    def tr(self, message):
        return QCoreApplication.translate("GeoScribe", message)

    def add_action(self, icon_name, text, callback, add_to_toolbar=True, checkable=False):
        icon = QIcon(os.path.join(PLUGIN_DIR, "icons", icon_name))
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(callback)
        action.setCheckable(checkable)
        if add_to_toolbar:
            self.toolbar.addAction(action)
        self.iface.addPluginToVectorMenu(MENU, action)
        self.actions.append(action)
        return action

    def initProcessing(self):
        self.provider = GeoScribeProvider(os.path.join(PLUGIN_DIR, "icons", "geoscribe.svg"))
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.toolbar = self.iface.addToolBar("GeoScribe")
        self.toolbar.setObjectName("GeoScribeToolbar")
        self.dock_action = self.add_action("chat.svg", self.tr("Assistant"), self.toggle_dock, checkable=True)
        self.add_action("describe.svg", self.tr("Describe active layer"), self.describe_layer)
        self.add_action("expression.svg", self.tr("Write expression..."), self.open_expression_dialog)
        self.add_action("label.svg", self.tr("Label features..."), self.open_label_dialog)
        self.add_action("style.svg", self.tr("Suggest style"), self.suggest_style, add_to_toolbar=False)
        self.add_action("quick.svg", self.tr("Quick describe (legacy)"), self.quick_describe, add_to_toolbar=False)
        self.add_action("settings.svg", self.tr("Settings..."), self.open_settings, add_to_toolbar=False)
        self.initProcessing()
        # created lazily by suggest_style, kept for the session
        self.openai = None

    def unload(self):
        for action in self.actions:
            self.iface.removePluginVectorMenu(MENU, action)
            self.iface.removeToolBarIcon(action)
        if self.toolbar is not None:
            del self.toolbar
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)

    def _vector_layer(self):
        layer = self.iface.activeLayer()
        if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
            self.iface.messageBar().pushWarning("GeoScribe", self.tr("Select a vector layer first"))
            return None
        return layer

    def toggle_dock(self, checked):
        if self.dock is None:
            self.dock = AssistantDock(self.iface)
            self.dock.closingPlugin.connect(lambda: self.dock_action.setChecked(False))
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.setVisible(checked)

    def describe_layer(self):
        layer = self._vector_layer()
        if layer is None:
            return
        if settings.track_usage():
            task = TrackedDescribeLayerTask(layer, backend=None)
        else:
            task = DescribeLayerTask(layer, create_backend())
        task.finishedWithText.connect(self._write_abstract)
        self._tasks.append(task)  # keep a python reference, QGIS does not
        QgsApplication.taskManager().addTask(task)

    def _write_abstract(self, layer_id, text):
        from qgis.core import QgsProject

        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        md = layer.metadata()
        md.setAbstract(text)
        layer.setMetadata(md)
        self.iface.messageBar().pushSuccess("GeoScribe", self.tr("Abstract updated for {}").format(layer.name()))

    def open_expression_dialog(self):
        dlg = ExpressionDialog(self.iface.activeLayer(), self.iface.mainWindow())
        if dlg.exec_():
            self.iface.messageBar().pushInfo("GeoScribe", dlg.expression())

    def open_label_dialog(self):
        layer = self._vector_layer()
        if layer is not None:
            LabelDialog(self.iface, layer, self.iface.mainWindow()).exec_()

    def open_settings(self):
        SettingsDialog(self.iface.mainWindow()).exec_()

    def quick_describe(self):
        layer = self._vector_layer()
        if layer is not None:
            text = quick_describe(layer.name(), layer.fields().names())
            self.iface.messageBar().pushInfo("GeoScribe", text[:300])

    def suggest_style(self):
        layer = self._vector_layer()
        if layer is None:
            return
        field, ok = QInputDialog.getItem(
            self.iface.mainWindow(), "GeoScribe", self.tr("Field to style by"), layer.fields().names(), 0, False
        )
        if not ok:
            return
        if self.openai is None:
            self.openai = get_openai_client()
        values = [str(v) for v in list(layer.uniqueValues(layer.fields().indexOf(field)))[:30]]
        completion = self.openai.chat.completions.create(
            model=settings.model_for("openai"),
            messages=[
                {"role": "system", "content": "Suggest a hex colour for each category. Reply as JSON."},
                {"role": "user", "content": "Layer {}; field {}; values: {}".format(layer.name(), field, values)},
            ],
            response_format={"type": "json_object"},
        )
        self.iface.messageBar().pushInfo("GeoScribe", completion.choices[0].message.content[:300])
